import AlihCore
import Yams

/// Reads a pipeline definition from YAML (`Pipelines/*.yaml`).
///
/// Keys are kebab-case and every one is optional except `version`; what a file leaves out
/// takes the default. Unknown keys are warnings (a typo must not pass silently); wrong types
/// and values are errors. Both point at the file and line.
///
/// **`extends: NAME`** starts from another pipeline (a site's preset on the generic news
/// pipeline) instead of the defaults: what the file says is applied on top of it. A key of
/// `normalize`, `segment` and `xliff`, the languages, `summary` and `input-format` take the
/// file's value; the file's `boilerplate.rules` come after the base's (a rule with a base
/// rule's id takes its place), its `html.chrome` and `html.content` selectors are added to the
/// base's. `name` is the file's own.
package struct PipelineFile: Sendable {
    /// The path or name shown in messages.
    package let path: String

    /// The pipeline a file extends, by the name or path its `extends` gives (with where that is
    /// written, for messages).
    package typealias Base = (_ name: String, _ at: SourceLocation) throws(DiagnosticError) -> PipelineDefinition

    package init(path: String) { self.path = path }

    /// The definition in `yaml` and warnings about it; throws the first error. `base` finds the
    /// pipeline an `extends` names (without it, `extends` is an error).
    package func parse(_ yaml: String, base: Base? = nil) throws(DiagnosticError) -> (PipelineDefinition, [Diagnostic])
    {
        let reader = Reader(path: path, base: base)
        let definition = try reader.definition(yaml)
        return (definition, reader.warnings)
    }

    private final class Reader {
        let path: String
        let base: Base?
        var warnings: [Diagnostic] = []

        init(path: String, base: Base?) {
            self.path = path
            self.base = base
        }

        func definition(_ yaml: String) throws(DiagnosticError) -> PipelineDefinition {
            let root: Node
            do {
                guard let composed = try Yams.compose(yaml: yaml) else {
                    throw error(
                        nil, code: "pipeline.empty", "the pipeline file is empty", hint: "start it with `version: 1`")
                }
                root = composed
            } catch let failure as DiagnosticError {
                throw failure
            } catch let YamlError.scanner(_, problem, mark, _), let YamlError.parser(_, problem, mark, _) {
                throw DiagnosticError(
                    code: "pipeline.yaml", "not valid YAML: \(problem)",
                    at: SourceLocation(file: path, line: mark.line, column: mark.column))
            } catch {
                throw DiagnosticError(code: "pipeline.yaml", "not valid YAML: \(error)", at: SourceLocation(file: path))
            }
            let top = try mapping(root, "the pipeline")
            guard let versionNode = top["version"] else {
                throw self.error(
                    root, code: "pipeline.version", "the pipeline has no `version`", hint: "add `version: 1` at the top"
                )
            }
            let version = try int(versionNode, "version")
            guard version == PipelineDefinition.currentVersion else {
                throw self.error(
                    versionNode, code: "pipeline.version",
                    "pipeline format version \(version) is not supported (this Alih reads version \(PipelineDefinition.currentVersion))",
                    hint: "upgrade Alih or rewrite the file for version \(PipelineDefinition.currentVersion)")
            }
            var definition = PipelineDefinition(name: "")
            if let extendsNode = top["extends"] {
                let name = try nonEmptyString(extendsNode, "extends")
                guard let base else {
                    throw error(
                        extendsNode, code: "pipeline.extends", "this pipeline cannot be read with an `extends`",
                        hint: "name it with --pipeline, or copy the base pipeline's keys into it")
                }
                definition = try base(name, location(extendsNode))
                definition.name = ""
            }
            // Each section starts from what the definition holds: the defaults, or the base's.
            try forEach(top, "the pipeline") { (key, value) throws(DiagnosticError) in
                switch key {
                case "version", "extends": break
                case "name": definition.name = try identifier(value, key)
                case "summary": definition.summary = try string(value, key)
                case "source-language": definition.sourceLanguage = try languageTag(value, key)
                case "target-language": definition.targetLanguage = try languageTag(value, key)
                case "normalize": definition.normalization = try normalization(value, on: definition.normalization)
                case "boilerplate": definition.boilerplate = try boilerplate(value, on: definition.boilerplate)
                case "segment": definition.segmentation = try segmentation(value, on: definition.segmentation)
                case "xliff": definition.xliff = try xliff(value, on: definition.xliff)
                case "html": definition.html = try html(value, on: definition.html ?? HTMLOptions())
                case "input-format":
                    definition.inputFormat = try choice(
                        value, key, InputFormat.self, "input-format must be text or html",
                        hint: "leave it out to read each file by its extension")
                default: return false
                }
                return true
            }
            if definition.name.isEmpty {
                throw self.error(
                    root, code: "pipeline.name", "the pipeline has no `name`", hint: "add e.g. `name: my-site`")
            }
            return definition
        }

        func normalization(_ node: Node, on base: NormalizationOptions) throws(DiagnosticError) -> NormalizationOptions
        {
            var options = base
            try forEach(try mapping(node, "normalize"), "normalize") { (key, value) throws(DiagnosticError) in
                let flag = try bool(value, "normalize.\(key)")
                switch key {
                case "nfc": options.nfc = flag
                case "unicode-spaces": options.unicodeSpaces = flag
                case "zero-width": options.zeroWidth = flag
                case "soft-hyphens": options.softHyphens = flag
                case "control-characters": options.controlCharacters = flag
                case "collapse-spaces": options.collapseSpaces = flag
                case "trim-lines": options.trimLines = flag
                case "double-hyphen-to-em-dash": options.doubleHyphenToEmDash = flag
                case "repair-mojibake": options.repairMojibake = flag
                default: return false
                }
                return true
            }
            return options
        }

        /// The boilerplate section on `base`'s: its rules after the base's, one with a base rule's
        /// id in that rule's place.
        func boilerplate(_ node: Node, on base: BoilerplateOptions) throws(DiagnosticError) -> BoilerplateOptions {
            var options = base
            try forEach(try mapping(node, "boilerplate"), "boilerplate") { (key, value) throws(DiagnosticError) in
                if key == "repeated-paragraphs" {
                    options.repeatedParagraphs = try bool(value, key)
                    return true
                }
                guard key == "rules" else { return false }
                guard case .sequence(let items) = value else {
                    throw error(value, code: "pipeline.type", "`boilerplate.rules` must be a list of rules")
                }
                var seen = Set<String>()
                for item in items {
                    let rule = try self.rule(item)
                    guard seen.insert(rule.id).inserted else {
                        throw error(
                            item, code: "pipeline.duplicate-rule", "two boilerplate rules have the id '\(rule.id)'",
                            hint: "give each rule its own id: it is written into the XLIFF and the report")
                    }
                    if let replaced = options.rules.firstIndex(where: { $0.id == rule.id }) {
                        options.rules[replaced] = rule
                    } else {
                        options.rules.append(rule)
                    }
                }
                return true
            }
            return options
        }

        func rule(_ node: Node) throws(DiagnosticError) -> BoilerplateRule {
            let fields = try mapping(node, "a boilerplate rule")
            guard let idNode = fields["id"] else {
                throw error(node, code: "pipeline.rule", "a boilerplate rule has no `id`")
            }
            let id = try identifier(idNode, "id")
            var match: BoilerplateRule.Match? = nil
            var caseInsensitive = false
            var sectionEnd = BoilerplateRule.SectionEnd.paragraph
            var kinds = 0
            try forEach(fields, "boilerplate rule '\(id)'") { (key, value) throws(DiagnosticError) in
                switch key {
                case "id": break
                case "line":
                    match = .line(pattern: try nonEmptyString(value, key))
                    kinds += 1
                case "trailing":
                    match = .trailing(pattern: try nonEmptyString(value, key))
                    kinds += 1
                case "section":
                    match = .section(pattern: try nonEmptyString(value, key), end: .paragraph)
                    kinds += 1
                case "teaser":
                    let teaser = try mapping(value, "teaser")
                    var words = 12
                    try forEach(teaser, "teaser") { (key, value) throws(DiagnosticError) in
                        guard key == "max-words" else { return false }
                        words = try int(value, "max-words")
                        guard words > 0 else {
                            throw error(value, code: "pipeline.value", "`max-words` must be at least 1")
                        }
                        return true
                    }
                    match = .teaser(maxWords: words)
                    kinds += 1
                case "case-insensitive": caseInsensitive = try bool(value, key)
                case "until":
                    let text = try string(value, key)
                    guard let end = BoilerplateRule.SectionEnd(rawValue: text) else {
                        throw error(
                            value, code: "pipeline.value", "`until` must be `paragraph` or `document`, not '\(text)'")
                    }
                    sectionEnd = end
                default: return false
                }
                return true
            }
            guard kinds == 1, var match else {
                throw error(
                    node, code: "pipeline.rule",
                    "boilerplate rule '\(id)' must have exactly one of `line`, `trailing`, `section` or `teaser`")
            }
            if case .section(let pattern, _) = match { match = .section(pattern: pattern, end: sectionEnd) }
            return BoilerplateRule(id: id, match: match, caseInsensitive: caseInsensitive, definedAt: location(node))
        }

        func segmentation(_ node: Node, on base: SegmentationOptions) throws(DiagnosticError) -> SegmentationOptions {
            var options = base
            try forEach(try mapping(node, "segment"), "segment") { (key, value) throws(DiagnosticError) in
                switch key {
                case "locale": options.locale = try languageTag(value, key)
                case "initials": options.initials = try bool(value, key)
                case "non-terminal": options.addNonTerminal = try abbreviations(value, key)
                case "list-ending": options.addListEnding = try abbreviations(value, key)
                case "remove": options.remove = try abbreviations(value, key)
                default: return false
                }
                return true
            }
            return options
        }

        /// The html section on `base`'s: its selectors added to the base's.
        func html(_ node: Node, on base: HTMLOptions) throws(DiagnosticError) -> HTMLOptions {
            var options = base
            try forEach(try mapping(node, "html"), "html") { (key, value) throws(DiagnosticError) in
                switch key {
                case "chrome": options.chrome += try selectors(value, key).filter { !options.chrome.contains($0) }
                case "content": options.content += try selectors(value, key).filter { !options.content.contains($0) }
                default: return false
                }
                return true
            }
            return options
        }

        func selectors(_ node: Node, _ key: String) throws(DiagnosticError) -> [String] {
            guard case .sequence(let items) = node else {
                throw error(
                    node, code: "pipeline.type", "`\(key)` must be a list such as [div.share-box, \"#terkait\"]")
            }
            var result: [String] = []
            for item in items {
                let text = try string(item, key)
                do {
                    _ = try HTMLSelector(text)
                } catch {
                    throw self.error(
                        item, code: "pipeline.value", error.message,
                        hint: "write one element as name.class#id[attr=value]; quote selectors that start with #")
                }
                result.append(text)
            }
            return result
        }

        func xliff(_ node: Node, on base: XLIFFOptions) throws(DiagnosticError) -> XLIFFOptions {
            var options = base
            try forEach(try mapping(node, "xliff"), "xliff") { (key, value) throws(DiagnosticError) in
                switch key {
                case "version":
                    options.version = try choice(
                        value, key, XLIFFVersion.self, "XLIFF version must be \"2.1\" or \"1.2\"",
                        hint: "quote it: version: \"2.1\"")
                case "prefill-targets": options.prefillTargets = try bool(value, key)
                default: return false
                }
                return true
            }
            return options
        }

        // MARK: - Typed access with locations

        /// Calls `body` for each key; a key it does not know (`false`) is a warning.
        func forEach(
            _ mapping: Node.Mapping, _ context: String,
            _ body: (String, Node) throws(DiagnosticError) -> Bool
        ) throws(DiagnosticError) {
            for (keyNode, value) in mapping {
                let key = keyNode.string ?? "\(keyNode)"
                if try !body(key, value) {
                    warnings.append(
                        Diagnostic(
                            .warning, code: "pipeline.unknown-key", "unknown key '\(key)' in \(context) is ignored",
                            at: location(keyNode), hint: "check the spelling against the README's pipeline reference"))
                }
            }
        }

        func mapping(_ node: Node, _ what: String) throws(DiagnosticError) -> Node.Mapping {
            guard case .mapping(let mapping) = node else {
                throw error(node, code: "pipeline.type", "\(what) must be a mapping of `key: value` lines")
            }
            return mapping
        }

        func string(_ node: Node, _ key: String) throws(DiagnosticError) -> String {
            guard case .scalar(let scalar) = node else {
                throw error(node, code: "pipeline.type", "`\(key)` must be text")
            }
            return scalar.string
        }

        func nonEmptyString(_ node: Node, _ key: String) throws(DiagnosticError) -> String {
            let text = try string(node, key)
            guard !text.isEmpty else { throw error(node, code: "pipeline.value", "`\(key)` must not be empty") }
            return text
        }

        func identifier(_ node: Node, _ key: String) throws(DiagnosticError) -> String {
            let text = try string(node, key)
            let allowed = text.unicodeScalars.allSatisfy {
                $0.isASCII
                    && ($0.properties.isAlphabetic || $0.properties.numericType != nil
                        || "-_.".unicodeScalars.contains($0))
            }
            guard !text.isEmpty, allowed else {
                throw error(node, code: "pipeline.value", "`\(key)` '\(text)' must be letters, digits, '-', '_' or '.'")
            }
            return text
        }

        func languageTag(_ node: Node, _ key: String) throws(DiagnosticError) -> String {
            let text = try string(node, key)
            guard LanguageTag.isWellFormed(text) else {
                throw error(
                    node, code: "pipeline.value", "`\(key)` '\(text)' is not a BCP-47 language tag",
                    hint: "e.g. id, en, en-GB")
            }
            return text
        }

        /// One of `T`'s values, by its raw value; anything else is an error saying what it must be.
        func choice<T: RawRepresentable<String>>(
            _ node: Node, _ key: String, _ type: T.Type, _ mustBe: String, hint: String
        ) throws(DiagnosticError) -> T {
            let text = try string(node, key)
            guard let value = T(rawValue: text) else {
                throw error(node, code: "pipeline.value", "\(mustBe), not '\(text)'", hint: hint)
            }
            return value
        }

        func bool(_ node: Node, _ key: String) throws(DiagnosticError) -> Bool {
            guard case .scalar = node, let value = node.bool else {
                throw error(node, code: "pipeline.type", "`\(key)` must be true or false")
            }
            return value
        }

        func int(_ node: Node, _ key: String) throws(DiagnosticError) -> Int {
            guard case .scalar = node, let value = node.int else {
                throw error(node, code: "pipeline.type", "`\(key)` must be a whole number")
            }
            return value
        }

        func abbreviations(_ node: Node, _ key: String) throws(DiagnosticError) -> [String] {
            guard case .sequence(let items) = node else {
                throw error(node, code: "pipeline.type", "`\(key)` must be a list such as [Bpk., Jl.]")
            }
            var result: [String] = []
            for item in items {
                let text = try string(item, key)
                guard text.hasSuffix("."), !text.contains(" ") else {
                    throw error(
                        item, code: "pipeline.value",
                        "abbreviation '\(text)' must end with a period and contain no space")
                }
                result.append(text)
            }
            return result
        }

        func location(_ node: Node) -> SourceLocation {
            SourceLocation(file: path, line: node.mark?.line, column: node.mark?.column)
        }

        func error(_ node: Node?, code: String, _ message: String, hint: String? = nil) -> DiagnosticError {
            DiagnosticError(code: code, message, at: node.map(location) ?? SourceLocation(file: path), hint: hint)
        }
    }
}
