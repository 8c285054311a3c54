import Testing
@testable import RapportCore

/// The call mix, the tool-choice rule, check-ins and the resilience plan.
@Suite struct ShiftChoiceTests {
    let pack: [CallMixChooser.Candidate] = [
        .init(id: "a1", difficulty: 1), .init(id: "b2", difficulty: 2), .init(id: "c2", difficulty: 2), .init(id: "d3", difficulty: 3),
        .init(id: "e3", difficulty: 3), .init(id: "f4", difficulty: 4), .init(id: "g5", difficulty: 5), .init(id: "h5", difficulty: 5),
    ]

    func difficulties(_ ids: [String]) -> [Int] { ids.map { id in pack.first { $0.id == id }!.difficulty } }

    @Test func theMixIsDeterministicForASeedAndVariesAcrossSeeds() {
        let chooser = CallMixChooser(seed: 42)
        #expect(chooser.choose(from: pack, count: 5) == chooser.choose(from: pack, count: 5))
        let shifts = Set((1...20).map { CallMixChooser(seed: $0).choose(from: pack, count: 5) })
        #expect(shifts.count > 1)
    }

    @Test func theMixStartsEasyPeaksInTheMiddleAndHasNoRepeats() {
        for seed in UInt64(1)...30 {
            let ids = CallMixChooser(seed: seed).choose(from: pack, count: 5)
            let levels = difficulties(ids)
            #expect(ids.count == 5)
            #expect(Set(ids).count == 5)
            #expect(levels[2] == 5, "the middle call is one of the hardest")
            #expect(levels[0] <= 2 && levels[4] <= 2, "first and last are easy: \(levels)")
            #expect(levels[1] >= levels[0] && levels[2] >= levels[1] && levels[3] <= levels[2])
        }
    }

    @Test func evenAndShortShiftsStillPeakAtTheHardest() {
        for seed in UInt64(1)...10 {
            #expect(difficulties(CallMixChooser(seed: seed).choose(from: pack, count: 2)) == [1, 5])
            let four = difficulties(CallMixChooser(seed: seed).choose(from: pack, count: 4))
            #expect(four[0] == 1 && four[2] == 5 && four[3] <= 2, "\(four)")
            #expect(difficulties(CallMixChooser(seed: seed).choose(from: pack, count: 3)) == [1, 5, 2])
        }
    }

    @Test func aSmallPackRepeatsOnlyWhenItMust() {
        let small = Array(pack.prefix(3))
        let ids = CallMixChooser(seed: 3).choose(from: small, count: 5)
        #expect(ids.count == 5)
        #expect(Set(ids) == Set(small.map(\.id)))
        #expect(CallMixChooser(seed: 3).choose(from: [], count: 5).isEmpty)
        #expect(CallMixChooser(seed: 3).choose(from: pack, count: 0).isEmpty)
        #expect(CallMixChooser(seed: 3).choose(from: pack, count: 1).map { difficulties([$0])[0] } == [5])
    }

    @Test func noToolWhenNothingCallsForOne() {
        let calm = CheckIn(afterCall: 1, ratings: [.irritability: 3, .drained: 2])
        #expect(RecoveryToolChooser().choose(checkIn: calm, flags: []) == nil)
        #expect(RecoveryToolChooser().choose(checkIn: nil, flags: []) == nil)
    }

    @Test func theRuleMapsSignsAndFlagsToTools() {
        let chooser = RecoveryToolChooser()
        #expect(chooser.choose(checkIn: CheckIn(afterCall: 1, ratings: [.irritability: 4]), flags: []) == .breathing)
        #expect(chooser.choose(checkIn: CheckIn(afterCall: 1, ratings: [.drained: 5, .detachment: 5]), flags: []) == .breathing)
        #expect(chooser.choose(checkIn: CheckIn(afterCall: 1, ratings: [.detachment: 4]), flags: []) == .reframing)
        #expect(chooser.choose(checkIn: nil, flags: [FadingFlag(kind: .empathyFalling, evidence: "")]) == .reframing)
        #expect(chooser.choose(checkIn: nil, flags: [FadingFlag(kind: .templatedReplies, evidence: "")]) == .reframing)
        #expect(chooser.choose(checkIn: CheckIn(afterCall: 1, ratings: [.concentration: 4]), flags: []) == .reflection)
        #expect(chooser.choose(checkIn: nil, flags: [FadingFlag(kind: .shorterReplies, evidence: "")]) == .reflection)
    }

    @Test func aFlagCallsForAToolOnce() {
        let chooser = RecoveryToolChooser()
        let falling = [FadingFlag(kind: .empathyFalling, evidence: "")]
        #expect(chooser.choose(checkIn: nil, flags: falling, answered: [.empathyFalling]) == nil)
        // A new kind of flag, or a high rating, still calls for one.
        #expect(chooser.choose(checkIn: nil, flags: falling + [FadingFlag(kind: .shorterReplies, evidence: "")],
                               answered: [.empathyFalling]) == .reflection)
        #expect(chooser.choose(checkIn: CheckIn(afterCall: 3, ratings: [.drained: 4]), flags: falling,
                               answered: [.empathyFalling]) == .breathing)
    }

    @Test func thePlanPreferencesWin() {
        let chooser = RecoveryToolChooser()
        let irritable = CheckIn(afterCall: 1, ratings: [.irritability: 5])
        #expect(chooser.choose(checkIn: irritable, flags: [], preferred: [.reflection]) == .reflection)
        #expect(chooser.choose(checkIn: irritable, flags: [], preferred: [.reflection, .breathing]) == .breathing)
        #expect(chooser.choose(checkIn: CheckIn(afterCall: 1, ratings: [.irritability: 2]), flags: [], preferred: [.breathing]) == nil)
    }

    @Test func checkInsDropOutOfRangeRatings() {
        let checkIn = CheckIn(afterCall: 2, ratings: [.irritability: 0, .drained: 6, .detachment: 3])
        #expect(checkIn.ratings == [.detachment: 3])
        #expect(CheckIn(afterCall: 1, ratings: [:]).isSkipped)
    }

    @Test func thePlanKeepsItemsOnceAndRendersMarkdown() {
        var plan = ResiliencePlan(tools: [.breathing, .breathing], signs: [.drained])
        #expect(plan.tools == [.breathing])
        let added = [plan.add(.reflection), plan.add(.breathing), plan.add(.irritability), plan.add(.drained)]
        #expect(added == [true, false, true, false])
        plan.note = "Stand up between calls.\nText Sam."
        let markdown = plan.markdown()
        #expect(markdown.hasPrefix("# My resilience plan\n"))
        #expect(markdown.contains("- Feeling drained\n- Irritability"))
        #expect(markdown.contains("- **breathing**: a paced-breathing timer (in 4 s, out 6 s)\n- **reflection**"))
        #expect(markdown.contains("> Stand up between calls.\n> Text Sam."))
        #expect(ResiliencePlan().isEmpty)
        #expect(ResiliencePlan().markdown().contains("None chosen yet."))
    }
}
