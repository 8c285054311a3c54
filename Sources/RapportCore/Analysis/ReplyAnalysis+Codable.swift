extension ReplyAnalysis {
    enum CodingKeys: String, CodingKey {
        case empathy, mechanisms, techniques, evidence, breakdown
    }

    struct MechanismKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Mechanisms are written as an object keyed by their names, always in the same order, so the same analysis
    /// always encodes to the same bytes (a dictionary with enum keys would encode in hash order).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(empathy, forKey: .empathy)
        var nested = container.nestedContainer(keyedBy: MechanismKey.self, forKey: .mechanisms)
        for mechanism in Mechanism.allCases {
            try nested.encode(level(mechanism), forKey: MechanismKey(stringValue: mechanism.rawValue))
        }
        try container.encode(techniques, forKey: .techniques)
        try container.encode(evidence, forKey: .evidence)
        try container.encode(breakdown, forKey: .breakdown)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let raw = try container.decode([String: Int].self, forKey: .mechanisms)
        var mechanisms: [Mechanism: MechanismLevel] = [:]
        for (key, value) in raw {
            if let mechanism = Mechanism(rawValue: key) { mechanisms[mechanism] = value }
        }
        self.init(empathy: try container.decode(Int.self, forKey: .empathy), mechanisms: mechanisms,
                  techniques: try container.decode([Technique].self, forKey: .techniques),
                  evidence: try container.decode([Evidence].self, forKey: .evidence),
                  breakdown: try container.decode([ScoreItem].self, forKey: .breakdown))
    }
}
