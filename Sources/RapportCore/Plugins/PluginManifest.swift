/// What a plugin declares about itself.
public struct PluginManifest: Codable, Sendable, Hashable {
    public var name: String
    public var version: String
    /// The plugin API version it targets.
    public var api: Int
    public var description: String
    public var capabilities: [PluginCapability]
    /// The file it was loaded from.
    public var file: String

    public init(name: String, version: String, api: Int, description: String, capabilities: [PluginCapability], file: String) {
        self.name = name
        self.version = version
        self.api = api
        self.description = description
        self.capabilities = capabilities
        self.file = file
    }
}

/// The hooks a plugin may use; it must declare each one it uses.
public enum PluginCapability: String, Codable, Sendable, Hashable, CaseIterable {
    /// `analyze(text, context)`: extra techniques with evidence, and score adjustments.
    case analyze
    /// `on_turn(turn, session)`: notes and flags after each turn of a call.
    case onTurn = "on_turn"
    /// `on_session_end(session)`: extra debrief sections.
    case onSessionEnd = "on_session_end"
    /// `lexicon`: extra patterns for the built-in analyzer's techniques.
    case lexicon
}

/// What plugins said about one turn of a call.
public struct PluginTurnNote: Codable, Sendable, Hashable {
    public var plugin: String
    public var text: String
    public init(plugin: String, text: String) {
        self.plugin = plugin
        self.text = text
    }
}
