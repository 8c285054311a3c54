/// The stable diagnostic codes for plugin problems (a range of their own, after the scenario codes).
public enum PluginCode: String, CaseIterable, Sendable {
    /// The plugin file does not compile, or raised an error while loading.
    case loadError = "RP1001"
    /// The file does not return `plugin { ... }`.
    case notAPlugin = "RP1002"
    /// A required manifest field is missing or has the wrong type.
    case badManifest = "RP1003"
    /// The plugin targets a plugin API version this engine does not support.
    case unsupportedAPI = "RP1004"
    /// A capability is unknown, or a hook is present without its capability (or the reverse).
    case capabilityMismatch = "RP1005"
    /// A lexicon names a technique that does not exist or cannot be extended.
    case badLexicon = "RP1006"
    /// Two plugins share a name.
    case duplicateName = "RP1007"
}
