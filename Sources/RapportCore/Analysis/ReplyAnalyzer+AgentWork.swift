/// The agent's own work and job, told in the first person ("I have to wrap up the call now", "I'm waiting for
/// approval", "I'm new here", "I've got the notes here", "I know exactly how to fix it"): sentences that look like a
/// story of the speaker's own life and are the call itself. ``settleClosings(_:into:)`` drops the self-disclosure
/// (and the shared-experience reading) these would otherwise earn.
extension ReplyAnalyzer {
    /// Verbs of leaving the call: "I have to *go* now", "I need to *wrap* up".
    static let leavingVerbs: Set<String> = ["go", "leave", "wrap", "end", "finish", "close", "hang", "sign", "log", "head", "run"]
    /// Words that may follow a leaving verb in the same clause and keep it about the call: "…wrap up the call here now".
    static let leavingFollowers: Set<String> = ["up", "off", "now", "soon", "shortly", "here", "the", "this", "our", "call",
                                                "chat", "conversation", "session", "today", "in", "a", "minute", "moment", "for"]

    /// True when the span holds "I have/need/must/got to" and a verb of leaving the call that ends its clause with
    /// nothing but the call after it: "I have to wrap up the call now", "I need to go", not "I had to leave my job".
    /// "I'm off shift now", "I'm finishing my shift at six": the agent's working day, too.
    static func leavesTheCall(_ tokens: [Token], _ span: (first: Int, end: Int)) -> Bool {
        for k in span.first..<span.end where tokens[k].norm == "i" && k + 2 < span.end && tokens[k + 1].norm == "am" {
            if (k + 2..<min(span.end, k + 6)).contains(where: { ["shift", "duty"].contains(tokens[$0].norm) && tokens[$0].clause == tokens[k].clause }) { return true }
        }
        for k in span.first..<span.end where tokens[k].norm == "i" && k + 3 < span.end {
            guard ["have", "need", "must", "got"].contains(tokens[k + 1].norm) else { continue }
            let to = tokens[k + 2].norm == "to" ? k + 2 : (tokens[k + 2].norm == "got" && k + 3 < span.end && tokens[k + 3].norm == "to" ? k + 3 : -1)
            guard to > 0, to + 1 < span.end, ReplyAnalyzer.leavingVerbs.contains(tokens[to + 1].norm) else { continue }
            let clause = tokens[to + 1].clause
            var j = to + 2
            while j < span.end, tokens[j].clause == clause, ReplyAnalyzer.leavingFollowers.contains(tokens[j].norm) { j += 1 }
            if j == span.end || tokens[j].clause != clause { return true }
        }
        return false
    }

    /// What the agent can be waiting on for the case: "I'm waiting for *approval*", "…on my *supervisor*".
    static let caseWaits: Set<String> = ["approval", "authorisation", "authorization", "confirmation", "team", "reply", "response",
                                         "billing", "system", "manager", "supervisor", "engineer", "courier", "bank", "sign"]

    /// True when the span has the agent on the call or waiting on the case: "while I'm on this call", "while I'm
    /// waiting for approval" (not "I'm waiting for my test results", the speaker's own life).
    static func waitsOnTheCase(_ tokens: [Token], _ span: (first: Int, end: Int)) -> Bool {
        (span.first..<span.end).contains { k in
            guard tokens[k].norm == "i", k + 3 < span.end, tokens[k + 1].norm == "am" else { return false }
            var j = k + 2
            if tokens[j].norm == "still" { j += 1 }
            guard j + 2 < span.end else { return false }
            if tokens[j].norm == "on", ["the", "this"].contains(tokens[j + 1].norm), ["call", "line", "phone", "chat"].contains(tokens[j + 2].norm) { return true }
            guard tokens[j].norm == "waiting", ["for", "on"].contains(tokens[j + 1].norm) else { return false }
            return (j + 2..<min(span.end, j + 5)).contains { ReplyAnalyzer.caseWaits.contains(tokens[$0].norm) } &&
                !(j + 2..<min(span.end, j + 4)).contains { tokens[$0].norm == "my" && !(tokens.indices.contains($0 + 1) && ["manager", "supervisor", "team"].contains(tokens[$0 + 1].norm)) }
        }
    }

    /// Words of the agent's job: "I'm *new* here", "I'm in the *office* until 6", "I'm the team *leader*", "I've *had a
    /// look*". ("I've done this a hundred times" is left a story: from a peer it is shared experience; it reassures too.)
    static let roleWords: Set<String> = ["new", "office", "team", "leader", "manager", "supervisor", "department", "branch",
                                         "shift", "agent", "adviser", "advisor", "desk", "queue", "look"]

    /// True when the span tells of the agent's job rather than their life: "I'm new here", "I'm in the office until
    /// 6", "I'm the team leader for this area", "I've had a look" (not "I'm new to
    /// the area", "I'm a manager too": a role said with "a" is the speaker's own life, as peers tell it).
    static func describesTheRole(_ tokens: [Token], _ span: (first: Int, end: Int)) -> Bool {
        (span.first..<span.end).contains { k in
            guard tokens[k].norm == "i", k + 2 < span.end, ["am", "have"].contains(tokens[k + 1].norm) else { return false }
            let am = tokens[k + 1].norm == "am"
            let window = (k + 2..<min(span.end, k + 8)).prefix { tokens[$0].clause == tokens[k].clause }
            guard let hit = window.first(where: { roleWords.contains(tokens[$0].norm) }) else { return false }
            let next = hit + 1 < span.end ? tokens[hit + 1].norm : ""
            switch tokens[hit].norm {
            case "new":
                let after = (hit + 1..<min(span.end, hit + 4)).map { tokens[$0].norm }
                return am && hit <= k + 4 && (next == "here" || ["to", "in", "on"].contains(next) &&
                    after.contains { ["job", "role", "team", "department", "company", "line"].contains($0) })
            case "look": return !am && ["had", "taken"].contains(tokens[k + 2].norm)
            case "office", "department", "branch", "shift", "desk", "queue": return am && hit <= k + 5
            default: return am && hit <= k + 5 && (tokens[hit - 1].norm == "the" || hit >= 2 && tokens[hit - 2].norm == "the")
            }
        }
    }

    /// The case's papers and entries an agent reads, beyond the service nouns: "I've got the *notes* here", "I can see
    /// both *charges*" (``readsTheRecord(_:matchEnd:)``).
    static let caseRecords: Set<String> = [
        "notes", "note", "details", "account", "record", "records", "file", "order", "history", "case", "reference", "letter",
        "charge", "charges", "transaction", "transactions", "bill", "bills", "statement", "statements", "booking", "bookings",
        "ticket", "tickets", "claim", "claims", "calls", "callbacks", "entries", "entry", "debit", "debits", "fault", "faults",
        "outage", "outages",
    ]

    /// True when the span has the agent holding the case's record: "I've got the notes here", "I have your details in
    /// front of me", "I've been looking at your bill", "I'm reading through your account" (not "I've got two kids" or
    /// "I've been reading about anxiety", the speaker's own life).
    static func hasTheRecord(_ tokens: [Token], _ span: (first: Int, end: Int)) -> Bool {
        (span.first..<span.end).contains { k in
            if tokens[k].norm == "i", let verb = (k + 1..<min(span.end, k + 4)).first(where: { ["looking", "reading", "going"].contains(tokens[$0].norm) }) {
                var j = verb + 1
                while j < span.end, ["at", "through", "over", "back"].contains(tokens[j].norm) { j += 1 }
                if j + 1 < span.end, ["the", "your"].contains(tokens[j].norm), caseRecords.contains(tokens[j + 1].norm) { return true }
            }
            guard tokens[k].norm == "i", k + 3 < span.end, ["have", "got"].contains(tokens[k + 1].norm) else { return false }
            var j = k + 2
            if tokens[j].norm == "got" { j += 1 }
            if j < span.end, tokens[j].norm == "all" { j += 1 }
            guard j + 1 < span.end, ["the", "your"].contains(tokens[j].norm) else { return false }
            return caseRecords.contains(tokens[j + 1].norm)
        }
    }

    /// True when the span says the agent knows how to do something: "I know exactly how to fix it" (competence, not
    /// a story of one's own; "I know how it feels" is still one).
    static func knowsHowTo(_ tokens: [Token], _ span: (first: Int, end: Int)) -> Bool {
        (span.first..<span.end).contains { k in
            guard tokens[k].norm == "know", k > span.first, tokens[k - 1].norm == "i" else { return false }
            var j = k + 1
            while j < span.end, ["exactly", "just", "already"].contains(tokens[j].norm) { j += 1 }
            return j + 1 < span.end && ["how", "what"].contains(tokens[j].norm) && tokens[j + 1].norm == "to"
        }
    }
}
