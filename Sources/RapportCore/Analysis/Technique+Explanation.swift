extension Technique {
    /// A short phrase a trainee can read that says what the technique is, used in score breakdowns.
    public var explanation: String {
        switch self {
        case .openQuestion: "asks an open question"
        case .closedQuestion: "asks a yes/no question"
        case .paraphrase: "restates what the customer said"
        case .reflectFeeling: "names the customer's feeling"
        case .validate: "says the reaction makes sense"
        case .apology: "apologises"
        case .reassurance: "reassures or encourages"
        case .selfDisclosure: "shares a similar experience"
        case .suggestion: "suggests something to do"
        case .information: "gives useful information"
        case .ownership: "takes ownership of the problem"
        case .nextStep: "commits to a concrete next step"
        case .personalization: "uses the customer's name"
        case .gratitude: "thanks the customer"
        case .blame: "blames the customer"
        case .dismissive: "dismisses or minimises the problem"
        case .policyShield: "hides behind policy"
        case .jargon: "uses jargon the customer may not know"
        case .sarcasm: "is sarcastic"
        case .profanity: "swears"
        case .shouting: "shouts in capitals"
        }
    }
}

extension Mechanism {
    /// A short phrase for a breakdown line describing the mechanism at `level` (1 weak, 2 strong).
    public func explanation(level: Int) -> String {
        switch (self, level >= 2) {
        case (.emotionalReactions, true): "expresses warmth or concern in words of feeling"
        case (.emotionalReactions, false): "alludes to warmth or good wishes"
        case (.interpretations, true): "shows specific understanding of the customer's feelings or experience"
        case (.interpretations, false): "shows general understanding"
        case (.explorations, true): "explores the customer's situation with a specific question"
        case (.explorations, false): "invites the customer to say more"
        }
    }
}
