import LuaBridge
import RapportCore

extension DefinitionReader {
    mutating func readPersona() -> Persona? {
        guard case .table(let p) = table["persona"] else {
            if table["persona"].isNil { report(.missingField, "the scenario is missing 'persona'") } else {
                report(.wrongType, "'persona' must be a table", key: "persona")
            }
            return nil
        }
        let name = string(p, "name", required: true, context: "the persona") ?? "Customer"
        let mood = integer(p, "mood", default: -30, range: -100...100, context: "the persona")
        let patience = integer(p, "patience", default: 3, range: 1...50, context: "the persona")
        let trust = integer(p, "trust", default: 0, range: 0...100, context: "the persona")
        var story: [StoryPart] = []
        switch p["story"] {
        case .nil:
            break
        case .table(let s):
            for element in s.array {
                guard case .table(let part) = element, let id = part["id"].stringValue, let text = part["text"].stringValue else {
                    report(.wrongType, "each story part must be a table with an 'id' and a 'text'", key: "story")
                    continue
                }
                if !part["unlock"].isNil && part["unlock"].functionValue == nil {
                    report(.wrongType, "'unlock' of story part '\(id)' must be a function", key: "unlock")
                }
                story.append(StoryPart(id: id, text: text))
            }
            for key in s.stringKeys {
                guard let text = s[key].stringValue else {
                    report(.wrongType, "story part '\(key)' must be a string", key: key)
                    continue
                }
                story.append(StoryPart(id: key, text: text))
            }
        case let other:
            report(.wrongType, "'story' must be a table, not a \(other.typeName)", key: "story")
        }
        var seen = Set<String>()
        for part in story where !seen.insert(part.id).inserted {
            report(.duplicateID, "two story parts are named '\(part.id)'", value: part.id)
        }
        return Persona(name: name, mood: mood, patience: patience, trust: trust, story: story)
    }

    mutating func readGoals(story: [StoryPart]) -> [Goal] {
        guard case .table(let list) = table["goals"] else {
            if table["goals"].isNil { report(.missingField, "the scenario is missing 'goals' (what resolution means)") } else {
                report(.wrongType, "'goals' must be a list of tables", key: "goals")
            }
            return []
        }
        var goals: [Goal] = []
        for element in list.array {
            guard case .table(let g) = element, let id = g["id"].stringValue else {
                report(.wrongType, "each goal must be a table with an 'id'", key: "goals")
                continue
            }
            let description = string(g, "description", required: false, context: "goal '\(id)'") ?? id
            var techniques: [Technique] = []
            for name in strings(g, "techniques", context: "goal '\(id)'") {
                if let technique = Technique(rawValue: name) { techniques.append(technique) } else {
                    report(.unknownTechnique, "goal '\(id)' names an unknown technique '\(name)'" + Technique.didYouMean(name), value: "\"\(name)\"")
                }
            }
            let phrases = strings(g, "phrases", context: "goal '\(id)'")
            let hasPredicate = g["when"].functionValue != nil
            if !g["when"].isNil && !hasPredicate {
                report(.wrongType, "'when' of goal '\(id)' must be a function", key: "when")
            }
            let weight = g["weight"].doubleValue ?? 1
            goals.append(Goal(id: id, description: description, required: g["required"].isTruthy, weight: weight,
                              techniques: techniques, phrases: phrases, after: g["after"].stringValue, hasPredicate: hasPredicate))
        }
        let ids = Set(goals.map(\.id))
        var seen = Set<String>()
        for goal in goals {
            if !seen.insert(goal.id).inserted { report(.duplicateID, "two goals are named '\(goal.id)'", value: goal.id) }
            if let after = goal.after, !ids.contains(after) {
                report(.undefinedReference, "goal '\(goal.id)' comes after '\(after)', but there is no goal '\(after)'", key: "after", value: after)
            }
        }
        return goals
    }

    mutating func readTests() -> [ScenarioTest] {
        guard case .table(let list) = table["tests"] else { return [] }
        var tests: [ScenarioTest] = []
        for (offset, element) in list.array.enumerated() {
            guard case .table(let t) = element else { continue }
            let name = t["name"].stringValue ?? "test \(offset + 1)"
            let replies = strings(t, "replies", context: "test '\(name)'")
            let expect = t["expect"].tableValue ?? LuaTable()
            var outcome: Outcome?
            if let raw = expect["outcome"].stringValue {
                outcome = Outcome(rawValue: raw)
                if outcome == nil { report(.wrongType, "test '\(name)' expects an unknown outcome '\(raw)'", value: raw) }
            }
            tests.append(ScenarioTest(
                name: name, replies: replies, seed: t["seed"].intValue.map { UInt64(max(0, $0)) }, expectedOutcome: outcome,
                expectedGoals: strings(expect, "goals", context: "test '\(name)'"),
                expectedReveals: strings(expect, "reveals", context: "test '\(name)'"),
                minimumEmpathy: expect["min_empathy"].intValue, maximumEmpathy: expect["max_empathy"].intValue))
        }
        return tests
    }

    mutating func readWeights() -> [Technique: Double] {
        guard case .table(let t) = table["weights"] else {
            if !table["weights"].isNil { report(.wrongType, "'weights' must be a table of technique = number", key: "weights") }
            return [:]
        }
        var weights: [Technique: Double] = [:]
        for key in t.stringKeys {
            guard let technique = Technique(rawValue: key) else {
                report(.unknownTechnique, "'weights' names an unknown technique '\(key)'" + Technique.didYouMean(key), key: key)
                continue
            }
            guard let value = t[key].doubleValue, value >= 0, value <= 5 else {
                report(.outOfRange, "the weight of '\(key)' must be a number from 0 to 5", key: key)
                continue
            }
            weights[technique] = value
        }
        return weights
    }

    mutating func readModelReplies() -> [ModelReply] {
        guard case .table(let list) = table["model_replies"] else { return [] }
        return list.array.compactMap { element in
            guard case .table(let m) = element, let reply = m["reply"].stringValue else {
                report(.wrongType, "each model reply must be a table with 'moment' and 'reply'", key: "model_replies")
                return nil
            }
            return ModelReply(moment: m["moment"].stringValue ?? "", reply: reply)
        }
    }
}
