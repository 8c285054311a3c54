/// The stable diagnostic codes of scenario and plugin problems. Each has a page in `docs/diagnostics/`.
public enum DiagnosticCode: String, CaseIterable, Sendable {
    /// The Lua file does not compile.
    case syntaxError = "RP0001"
    /// The file raised an error while loading.
    case loadError = "RP0002"
    /// The file does not return `scenario { ... }`.
    case notAScenario = "RP0003"
    /// A required field is missing.
    case missingField = "RP0004"
    /// A field has the wrong type.
    case wrongType = "RP0005"
    /// `api_version` is not one this engine supports.
    case unsupportedAPIVersion = "RP0006"
    /// A technique name is not in the vocabulary.
    case unknownTechnique = "RP0007"
    /// A reference to a goal, stage or story part that does not exist.
    case undefinedReference = "RP0008"
    /// Two goals or story parts share an id.
    case duplicateID = "RP0009"
    /// Loading hit the time, instruction or memory limit.
    case limitExceeded = "RP0010"
    /// A number is outside its range.
    case outOfRange = "RP0011"
    /// Two scenarios in a pack share an id.
    case duplicateScenarioID = "RP0012"
    /// An assignment to an undeclared global.
    case undeclaredGlobal = "RP0013"
    /// A customer line is empty or too long.
    case badLine = "RP0014"
}
