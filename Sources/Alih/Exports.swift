@_exported import AlihChecks
// The `Alih` library is the umbrella users import: the model, the stages and the formats.
@_exported import AlihCore
@_exported import AlihFormats
@_exported import AlihMemory
@_exported import AlihStages
