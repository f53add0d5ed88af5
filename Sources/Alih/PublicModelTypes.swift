import AlihCore
import AlihFormats
import AlihMemory
import AlihStages

// The types of the modules below `Alih` that its entry points take and return, named here so
// that `import Alih` is enough to use them. They are declared where the stages and formats use
// them (so they cannot move up into this module); everything else in those modules is
// `package`, for Alih's own targets only. The whole public surface is listed in
// Tests/AlihTests/Golden/public-api.txt (checked by `PublicAPITests`).

// Messages and errors.
public typealias Diagnostic = AlihCore.Diagnostic
public typealias DiagnosticError = AlihCore.DiagnosticError
public typealias SourceLocation = AlihCore.SourceLocation

// The extracted article (`Extraction.document`).
public typealias Document = AlihCore.Document
public typealias Block = AlihCore.Block
public typealias BlockKind = AlihCore.BlockKind
public typealias Segment = AlihCore.Segment
public typealias InlineCode = AlihCore.InlineCode
public typealias InputFormat = AlihCore.InputFormat
public typealias TermMatch = AlihCore.TermMatch
public typealias MatchTier = AlihCore.MatchTier
public typealias Leverage = AlihCore.Leverage
public typealias FuzzyCandidate = AlihCore.FuzzyCandidate
public typealias TextOrigin = AlihCore.TextOrigin
public typealias NormalizationReport = AlihCore.NormalizationReport
public typealias NormalizationChange = AlihCore.NormalizationChange
public typealias TextPosition = AlihCore.TextPosition

// Pipeline definitions (the YAML files' schema).
public typealias PipelineDefinition = AlihCore.PipelineDefinition
public typealias NormalizationOptions = AlihCore.NormalizationOptions
public typealias BoilerplateOptions = AlihCore.BoilerplateOptions
public typealias BoilerplateRule = AlihCore.BoilerplateRule
public typealias SegmentationOptions = AlihCore.SegmentationOptions
public typealias XLIFFOptions = AlihCore.XLIFFOptions
public typealias HTMLOptions = AlihCore.HTMLOptions
public typealias XLIFFVersion = AlihCore.XLIFFVersion

// Glossaries.
public typealias Glossary = AlihCore.Glossary
public typealias GlossaryEntry = AlihCore.GlossaryEntry
public typealias GlossaryTranslation = AlihCore.GlossaryTranslation
public typealias TermStatus = AlihCore.TermStatus
public typealias GlossaryFile = AlihFormats.GlossaryFile
public typealias GlossaryFileFormat = AlihFormats.GlossaryFileFormat
public typealias GlossaryReading = AlihFormats.GlossaryReading
public typealias GlossaryChecker = AlihFormats.GlossaryChecker

// A translated XLIFF file (what `check` and `reimport` read) and its QA findings.
public typealias XLIFFReader = AlihFormats.XLIFFReader
public typealias TranslatedDocument = AlihCore.TranslatedDocument
public typealias TranslatedUnit = AlihCore.TranslatedUnit
public typealias TranslatedPiece = AlihCore.TranslatedPiece
public typealias TranslatedSegment = AlihCore.TranslatedSegment
public typealias QAFinding = AlihCore.QAFinding

// The translation memory (`TranslationMemory.open(path:)`, `MemoryFile`).
public typealias TranslationMemory = AlihMemory.TranslationMemory

// Coverage candidates (`CoverageReport.Candidate.kind`).
public typealias TermCandidateKind = AlihStages.TermCandidateKind
