/// Flags fading empathy over a shift (docs/shift-mode.md lists the rules and thresholds).
///
/// The last call is compared with a baseline: the mean of the first two calls when the shift has three or more,
/// the first call when it has two. Fewer than two calls with replies never raise a flag.
///
/// - Empathy falling: the last call's empathy is more than ``empathyDrop`` points below the baseline, or (with
///   three or more calls) the least-squares slope of empathy is ``empathySlope`` points per call or steeper.
/// - Shorter replies: the baseline had at least ``minimumBaselineWords`` words per reply and the last call has at
///   most ``shorterRatio`` of them.
/// - Templated replies: at least ``templatedShare`` of the last call's replies near-repeat earlier replies of the
///   shift, and that share is at least ``templatedRise`` above the baseline.
/// - Harmful rising: the share of the last call's replies with a harmful technique is at least ``harmfulRise`` above
///   the baseline.
/// - Lost track: the last call called the customer by a name that was not theirs, and the baseline never did (a
///   slip of the concentration that fatigue wears down).
public struct FadingDetector: Sendable {
    /// Points below the baseline at which empathy counts as falling.
    public static let empathyDrop = 15.0
    /// Slope (points per call) at or below which empathy counts as falling.
    public static let empathySlope = -8.0
    /// The last call's words per reply at or below this share of the baseline count as shorter.
    public static let shorterRatio = 0.6
    /// Baselines shorter than this many words per reply are not compared (already terse is not fading).
    public static let minimumBaselineWords = 5.0
    /// The smallest templated share of the last call that can raise a flag.
    public static let templatedShare = 0.5
    /// How far the templated share must rise above the baseline.
    public static let templatedRise = 0.25
    /// How far the harmful-reply share must rise above the baseline.
    public static let harmfulRise = 0.25

    /// A detector with the documented thresholds.
    public init() {}

    /// The flags `trend` raises, in the order empathy, length, templates, harm, names; each names its evidence.
    public func flags(_ trend: ShiftTrend) -> [FadingFlag] {
        let points = trend.points
        guard points.count >= 2, let last = points.last else { return [] }
        let base = points.count >= 3 ? Array(points.prefix(2)) : [points[0]]
        let baseLabel = base.count == 2 ? "the first two calls" : "the first call"
        func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(values.count) }
        var flags: [FadingFlag] = []

        let baseEmpathy = mean(base.map { Double($0.empathy) })
        var empathyEvidence: [String] = []
        if Double(last.empathy) < baseEmpathy - Self.empathyDrop {
            empathyEvidence.append("last call \(last.empathy) vs \(Self.format(baseEmpathy)) in \(baseLabel)")
        }
        if points.count >= 3, let slope = trend.empathySlope, slope <= Self.empathySlope {
            empathyEvidence.append("trend \(Self.format(slope)) points per call over \(points.count) calls")
        }
        if !empathyEvidence.isEmpty {
            flags.append(FadingFlag(kind: .empathyFalling, evidence: empathyEvidence.joined(separator: "; ")))
        }

        let baseWords = mean(base.map(\.wordsPerReply))
        if baseWords >= Self.minimumBaselineWords, last.wordsPerReply <= baseWords * Self.shorterRatio + 1e-9 {
            flags.append(FadingFlag(kind: .shorterReplies,
                                    evidence: "\(Self.format(last.wordsPerReply)) word\(Self.format(last.wordsPerReply) == "1" ? "" : "s") per reply in the last call vs \(Self.format(baseWords)) in \(baseLabel)"))
        }

        let baseTemplated = mean(base.map(\.templatedShare))
        if last.templatedShare >= Self.templatedShare, last.templatedShare - baseTemplated >= Self.templatedRise {
            flags.append(FadingFlag(kind: .templatedReplies,
                                    evidence: "\(Self.percent(last.templatedShare)) of the last call's replies repeated earlier ones vs \(Self.percent(baseTemplated)) in \(baseLabel)"))
        }

        let baseHarmful = mean(base.map(\.harmfulRate))
        if last.harmfulRate > 0, last.harmfulRate - baseHarmful >= Self.harmfulRise {
            flags.append(FadingFlag(kind: .harmfulRising,
                                    evidence: "\(Self.percent(last.harmfulRate)) of the last call's replies used a harmful technique vs \(Self.percent(baseHarmful)) in \(baseLabel)"))
        }
        let baseSlips = base.map(\.nameSlips).reduce(0, +)
        if last.nameSlips > 0, baseSlips == 0 {
            flags.append(FadingFlag(kind: .lostTrack,
                                    evidence: "\(last.nameSlips) \(last.nameSlips == 1 ? "reply" : "replies") in the last call called the customer by a name that was not theirs vs none in \(baseLabel)"))
        }
        return flags
    }

    /// A number with at most one decimal ("40", "12.5", "-9.5").
    static func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// A share as a whole percentage ("50%").
    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
}
