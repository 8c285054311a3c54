import Testing
@testable import RapportCore

/// The empathy-trend numbers and the fading rules, with constructed calls and points.
@Suite struct ShiftTrendTests {
    func call(_ empathy: Int, replies: [String], harmful: Int = 0) -> CallStats {
        CallStats(scenarioID: "s", title: "S", difficulty: 2, empathy: empathy, resolution: 50, turnEmpathy: replies.map { _ in empathy },
                  replies: replies, harmfulReplies: harmful)
    }

    func point(_ empathy: Int, words: Double = 12, templated: Double = 0, harmful: Double = 0) -> ShiftTrend.Point {
        ShiftTrend.Point(empathy: empathy, wordsPerReply: words, templatedShare: templated, harmfulRate: harmful, replies: 4)
    }

    @Test func wordsAndJaccard() {
        #expect(ReplyTokens.words("I’m so sorry, Dana — that's 2 charges!") == ["i'm", "so", "sorry", "dana", "that's", "2", "charges"])
        #expect(ReplyTokens.jaccard("I am sorry about that", "sorry about that I am") == 1)
        #expect(ReplyTokens.jaccard("a b c d", "a b") == 0.5)
        #expect(ReplyTokens.jaccard("", "") == 0)
    }

    @Test func pointsCountWordsHarmAndNearRepeatsAcrossCalls() {
        let trend = ShiftTrend(calls: [
            call(70, replies: ["I am so sorry to hear that, tell me more", "What happened next for you today?"]),
            call(60, replies: ["I am so sorry to hear that, tell me more", "Let me fix the refund now for you"], harmful: 1),
            call(0, replies: []),
        ])
        #expect(trend.points.count == 2)  // the call without replies is skipped
        #expect(trend.points[0].templatedShare == 0)
        #expect(trend.points[1].templatedShare == 0.5)
        #expect(trend.points[1].harmfulRate == 0.5)
        #expect(trend.points[0].wordsPerReply == 8)
    }

    @Test func aNameSlipInTheLastCallOnlyFlagsLosingTrack() throws {
        func slips(_ n: Int) -> ShiftTrend.Point {
            ShiftTrend.Point(empathy: 70, wordsPerReply: 12, templatedShare: 0, harmfulRate: 0, replies: 4, nameSlips: n)
        }
        let flag = try #require(FadingDetector().flags(ShiftTrend(points: [slips(0), slips(0), slips(1)])).first)
        #expect(flag.kind == .lostTrack)
        #expect(flag.evidence == "1 reply in the last call called the customer by a name that was not theirs vs none in the first two calls")
        // Slips from the start are not a change; none at the end is nothing to flag.
        #expect(FadingDetector().flags(ShiftTrend(points: [slips(1), slips(0), slips(2)])).isEmpty)
        #expect(FadingDetector().flags(ShiftTrend(points: [slips(0), slips(0), slips(0)])).isEmpty)
        // It calls for a reflection note, like trouble concentrating.
        #expect(RecoveryToolChooser().choose(checkIn: nil, flags: [flag]) == .reflection)
    }

    @Test func aCallCountsItsNameSlipsFromItsScores() {
        var definition = sampleDefinition
        definition.persona.name = "Joan"
        var b = TranscriptBuilder(mood: 0)
        b.add("Thank you, Margaret.", empathy: 40)
        b.add("Thanks, Joan.", empathy: 40)
        let transcript = b.transcript(outcome: .unresolved)
        let score = SessionScorer().score(transcript, definition: definition)
        #expect(score.turns.map(\.nameSlip) == ["Margaret", nil])
        #expect(CallStats(transcript: transcript, definition: definition, score: score).nameSlips == 1)
        #expect(ShiftTrend(calls: [CallStats(transcript: transcript, definition: definition, score: score)]).points.first?.nameSlips == 1)
    }

    @Test func aSteadyShiftRaisesNoFlags() {
        let trend = ShiftTrend(points: [point(70), point(65), point(72), point(66), point(68)])
        #expect(FadingDetector().flags(trend).isEmpty)
    }

    @Test func fewerThanTwoCallsNeverFlag() {
        #expect(FadingDetector().flags(ShiftTrend(points: [point(10, words: 1, templated: 1, harmful: 1)])).isEmpty)
        #expect(FadingDetector().flags(ShiftTrend(points: [])).isEmpty)
    }

    @Test func aDropBelowTheFirstTwoCallsFlagsFallingEmpathyWithTheNumbers() throws {
        let flags = FadingDetector().flags(ShiftTrend(points: [point(70), point(70), point(54)]))
        let flag = try #require(flags.first)
        #expect(flags.count == 1)
        #expect(flag.kind == .empathyFalling)
        #expect(flag.evidence.contains("last call 54 vs 70 in the first two calls"))
        // 15 points below is not yet fading.
        #expect(FadingDetector().flags(ShiftTrend(points: [point(70), point(70), point(55), point(70)])).isEmpty)
    }

    @Test func aSteadySlideFlagsFallingEmpathyByTheSlope() throws {
        // Last call recovers above the drop threshold, but the trend is -8 points per call.
        let trend = ShiftTrend(points: [point(80), point(72), point(64), point(56)])
        #expect(trend.empathySlope == -8)
        let flag = try #require(FadingDetector().flags(trend).first)
        #expect(flag.kind == .empathyFalling)
        #expect(flag.evidence.contains("trend -8 points per call over 4 calls"))
        #expect(flag.evidence.contains("last call 56 vs 76"))
    }

    @Test func withTwoCallsTheFirstIsTheBaseline() throws {
        let flag = try #require(FadingDetector().flags(ShiftTrend(points: [point(80), point(60)])).first)
        #expect(flag.evidence == "last call 60 vs 80 in the first call")
    }

    @Test func shorterRepliesNeedAFullBaseline() throws {
        let flags = FadingDetector().flags(ShiftTrend(points: [point(60, words: 20), point(60, words: 16), point(60, words: 10.8)]))
        let flag = try #require(flags.first)
        #expect(flag.kind == .shorterReplies)
        #expect(flag.evidence == "10.8 words per reply in the last call vs 18 in the first two calls")
        // Just above 60% of the baseline: no flag.
        #expect(FadingDetector().flags(ShiftTrend(points: [point(60, words: 20), point(60, words: 16), point(60, words: 10.9)])).isEmpty)
        // Terse from the start is not fading.
        #expect(FadingDetector().flags(ShiftTrend(points: [point(60, words: 4), point(60, words: 4), point(60, words: 1)])).isEmpty)
    }

    @Test func templatedRepliesMustBeHalfTheCallAndRise() throws {
        let flag = try #require(FadingDetector().flags(ShiftTrend(points: [point(60), point(60, templated: 0.2), point(60, templated: 0.5)])).first)
        #expect(flag.kind == .templatedReplies)
        #expect(flag.evidence == "50% of the last call's replies repeated earlier ones vs 10% in the first two calls")
        #expect(FadingDetector().flags(ShiftTrend(points: [point(60, templated: 0.4), point(60, templated: 0.4), point(60, templated: 0.6)])).isEmpty)
    }

    @Test func harmfulTechniquesRising() throws {
        let flag = try #require(FadingDetector().flags(ShiftTrend(points: [point(60), point(60), point(60, harmful: 0.25)])).first)
        #expect(flag.kind == .harmfulRising)
        #expect(flag.evidence == "25% of the last call's replies used a harmful technique vs 0% in the first two calls")
        #expect(FadingDetector().flags(ShiftTrend(points: [point(60, harmful: 0.5), point(60, harmful: 0.5), point(60, harmful: 0.5)])).isEmpty)
    }

    @Test func everyRuleCanFireTogetherInOrder() {
        let flags = FadingDetector().flags(ShiftTrend(points: [point(80, words: 20), point(76, words: 20), point(30, words: 5, templated: 1, harmful: 1)]))
        #expect(flags.map(\.kind) == [.empathyFalling, .shorterReplies, .templatedReplies, .harmfulRising])
    }
}
