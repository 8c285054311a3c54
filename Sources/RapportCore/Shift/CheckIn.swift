/// The trainee's answers to one check-in; items skipped with Enter have no rating.
public struct CheckIn: Codable, Sendable, Hashable {
    /// The check-in followed this call (1-based).
    public var afterCall: Int
    /// Ratings 1–5 for the items answered.
    public var ratings: [CheckInItem: Int]

    /// Ratings outside 1–5 are dropped.
    public init(afterCall: Int, ratings: [CheckInItem: Int]) {
        self.afterCall = afterCall
        self.ratings = ratings.filter { (1...5).contains($0.value) }
    }

    /// The rating of `item`, if answered.
    public func rating(_ item: CheckInItem) -> Int? { ratings[item] }

    /// True when every item was skipped.
    public var isSkipped: Bool { ratings.isEmpty }
}
