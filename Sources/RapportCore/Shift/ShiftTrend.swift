/// The empathy trend of a shift, call by call: the numbers the fading rules look at.
///
/// A reply is *templated* when its word set has a Jaccard similarity of at least ``templateThreshold`` with any
/// earlier reply of the shift (in the same call or an earlier one): the same words carried from call to call.
public struct ShiftTrend: Sendable, Hashable {
    /// Word-set similarity at or above which a reply counts as a near-repeat of an earlier one.
    public static let templateThreshold = 0.8

    /// One call's numbers.
    public struct Point: Sendable, Hashable, Codable {
        /// The call's empathy score, 0–100.
        public var empathy: Int
        /// Mean words per reply.
        public var wordsPerReply: Double
        /// Share of the call's replies that near-repeat an earlier reply of the shift, 0–1.
        public var templatedShare: Double
        /// Share of the call's replies with a harmful technique, 0–1.
        public var harmfulRate: Double
        /// How many replies the call had.
        public var replies: Int
        /// How many replies called the customer by a name that is not theirs.
        public var nameSlips: Int

        /// Stores the values as given.
        public init(empathy: Int, wordsPerReply: Double, templatedShare: Double, harmfulRate: Double, replies: Int, nameSlips: Int = 0) {
            self.empathy = empathy
            self.wordsPerReply = wordsPerReply
            self.templatedShare = templatedShare
            self.harmfulRate = harmfulRate
            self.replies = replies
            self.nameSlips = nameSlips
        }
    }

    /// One point per call, in the order taken. Calls without replies are skipped (they say nothing about the trend).
    public let points: [Point]

    /// The trend of `calls`, in the order they were taken.
    public init(calls: [CallStats]) {
        var earlier: [String] = []
        var points: [Point] = []
        for call in calls where !call.replies.isEmpty {
            var templated = 0
            for reply in call.replies {
                if earlier.contains(where: { ReplyTokens.jaccard($0, reply) >= Self.templateThreshold }) { templated += 1 }
                earlier.append(reply)
            }
            points.append(Point(empathy: call.empathy, wordsPerReply: call.wordsPerReply,
                                templatedShare: Double(templated) / Double(call.replies.count),
                                harmfulRate: call.harmfulRate, replies: call.replies.count, nameSlips: call.nameSlips))
        }
        self.points = points
    }

    /// Trend points given directly (for tests and stored shifts).
    public init(points: [Point]) { self.points = points }

    /// The least-squares slope of empathy per call (points per call), or nil with fewer than two calls.
    public var empathySlope: Double? {
        guard points.count >= 2 else { return nil }
        let n = Double(points.count)
        let xs = points.indices.map(Double.init), ys = points.map { Double($0.empathy) }
        let meanX = xs.reduce(0, +) / n, meanY = ys.reduce(0, +) / n
        let numerator = zip(xs, ys).map { ($0 - meanX) * ($1 - meanY) }.reduce(0, +)
        let denominator = xs.map { ($0 - meanX) * ($0 - meanX) }.reduce(0, +)
        return numerator / denominator
    }
}
