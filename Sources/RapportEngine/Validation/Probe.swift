import RapportCore

/// A fixed reply the validator sends to a scenario, and the kind of agent it stands for.
public struct Probe: Sendable, Hashable, Codable {
    /// The kinds of agent the built-in probes play.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case warm, cold, dismissive, blaming, offTopic = "off_topic", abusive, silent, long, nonEnglish = "non_english", emoji
        /// A reply taken from the scenario itself: its golden tests, model replies and goal phrases.
        case scenario
    }

    /// The kind of agent the reply stands for.
    public var kind: Kind
    /// A short name for reports ("warm", "scenario: refund").
    public var name: String
    /// The reply itself, at most ``Session/maximumReplyLength`` characters.
    public var text: String

    /// A probe of `kind` called `name` that replies `text`.
    public init(kind: Kind, name: String, text: String) {
        self.kind = kind
        self.name = name
        self.text = text
    }

    /// The built-in probes, one or two per kind. The long one is just under ``Session/maximumReplyLength``.
    public static let builtIn: [Probe] = {
        let warmSentence = "I'm really sorry, that sounds so frustrating, and it makes sense that you're upset. "
        var long = ""
        while long.count + warmSentence.count < Session.maximumReplyLength - 10 { long += warmSentence }
        return [
            Probe(kind: .warm, name: "warm", text: "I'm so sorry, that sounds really stressful. Can you tell me what happened, so I can sort it out for you?"),
            Probe(kind: .warm, name: "warm-ownership", text: "That must be so frustrating, anyone would be upset. I'll take care of this myself and make sure it gets fixed."),
            Probe(kind: .cold, name: "cold", text: "Please provide your account number and the date of the transaction."),
            Probe(kind: .dismissive, name: "dismissive", text: "Calm down. It's not a big deal, these things happen."),
            Probe(kind: .blaming, name: "blaming", text: "That's your fault, you should have checked before calling us."),
            Probe(kind: .offTopic, name: "off-topic", text: "Did you see the football last night? Great match."),
            Probe(kind: .abusive, name: "abusive", text: "Shut up, you stupid idiot. I don't care about your problem."),
            Probe(kind: .silent, name: "silent", text: ""),
            Probe(kind: .long, name: "long", text: long),
            Probe(kind: .nonEnglish, name: "non-English", text: "Lo siento mucho, ¿puede explicarme qué pasó con su pedido?"),
            Probe(kind: .emoji, name: "emoji", text: "🙏😔👍"),
        ]
    }()

    /// The probes for one scenario: the built-in ones, then the scenario's own golden-test and model replies and one
    /// reply per goal phrase list, so exploration can reach what only the scenario's words unlock. No duplicates.
    public static func probes(for definition: ScenarioDefinition, limit: Int = 40) -> [Probe] {
        var result = builtIn
        var seen = Set(result.map(\.text))
        func add(_ name: String, _ text: String) {
            guard result.count < limit, text.count <= Session.maximumReplyLength, seen.insert(text).inserted else { return }
            result.append(Probe(kind: .scenario, name: name, text: text))
        }
        for test in definition.tests {
            for (offset, reply) in test.replies.enumerated() { add("test '\(test.name)' #\(offset + 1)", reply) }
        }
        for model in definition.modelReplies { add("model reply (\(model.moment))", model.reply) }
        for goal in definition.goals {
            if let phrase = goal.phrases.first(where: { !$0.allSatisfy(\.isWhitespace) }) {
                add("goal '\(goal.id)'", "I understand, and I'm sorry about this. \(phrase.prefix(1).uppercased() + phrase.dropFirst()), so we can put it right.")
            }
        }
        return result
    }
}
