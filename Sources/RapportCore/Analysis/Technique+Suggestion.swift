/// Suggestions for misspelt technique names in scenarios and plugins.
extension Technique {
    /// "; did you mean 'apology'?" when `name` is a near miss of a technique's name ("apologie",
    /// "reflect feeling", "open_questions"), or "" when no technique is near.
    public static func didYouMean(_ name: String) -> String {
        NameSuggestion.didYouMean(name, in: allCases.map(\.rawValue))
    }
}
