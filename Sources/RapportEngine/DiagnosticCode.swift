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
    /// A script uses a function or library the sandbox removes (`io`, `os.execute`, `require`, `debug`, …).
    case sandboxRemoved = "RP0015"
    /// A goal that nothing can meet: no technique, phrase or `when`, and no `meet` call names it.
    case unreachableGoal = "RP0016"
    /// A story part that nothing can reveal: no `unlock`, and no `reveal` call names it.
    case unrevealableStory = "RP0017"
    /// The pack manifest (`pack.lua`) disagrees with the scenario files.
    case manifestMismatch = "RP0018"
    /// A golden test declared in the scenario failed.
    case goldenTestFailed = "RP0019"
    /// An ending that no probe conversation reached.
    case endingNeverReached = "RP0020"
    /// A goal that no probe conversation met.
    case goalNeverMet = "RP0021"
    /// A story part that no probe conversation revealed.
    case revealNeverUnlocked = "RP0022"
    /// A state the customer never leaves: every reply gets the same line and changes nothing.
    case repeatsForever = "RP0023"
    /// A script error on a turn of a probe or random conversation.
    case turnScriptError = "RP0024"
    /// A dismissive agent scores better than an empathetic one.
    case unfairRubric = "RP0025"
    /// Random conversations that ran to the turn limit.
    case turnLimitHit = "RP0026"
    /// A field the scenario API does not know (usually a typo, so the intended field keeps its default).
    case unknownField = "RP0027"
    /// Bytes in the file that are not UTF-8 text: they reach the trainee as `�` (usually a file saved in another encoding).
    case notUTF8 = "RP0028"
}
