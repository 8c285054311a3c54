/// Chooses the calls of a shift from a pack so the difficulty rises to a peak in the middle and eases off:
/// deterministic for a seed, each scenario at most once unless the pack has fewer scenarios than calls.
///
/// Each position gets a target difficulty: the pack's easiest at the first call, rising in a straight line to the
/// pack's hardest at the peak call (call `count / 2 + 1`: the middle one, or the later of the two middle ones), then
/// falling back to the easiest at the last call. Positions are filled hardest target first, each with an unused
/// scenario whose difficulty is nearest the target (ties broken by the seed), so the peak call is always one of
/// the hardest in the pack. When every scenario has been used, the pool refills.
public struct CallMixChooser: Sendable {
    /// A scenario the chooser can pick.
    public struct Candidate: Sendable, Hashable {
        /// The scenario's id.
        public var id: String
        /// Its difficulty, 1–5.
        public var difficulty: Int

        /// Stores the values as given.
        public init(id: String, difficulty: Int) {
            self.id = id
            self.difficulty = difficulty
        }
    }

    /// The seed for tie-breaks.
    public var seed: UInt64

    /// A chooser for `seed`.
    public init(seed: UInt64) { self.seed = seed }

    /// `count` scenario ids in call order (empty when `candidates` is empty or `count` is not positive).
    public func choose(from candidates: [Candidate], count: Int) -> [String] {
        guard !candidates.isEmpty, count > 0 else { return [] }
        let easiest = candidates.map(\.difficulty).min()!, hardest = candidates.map(\.difficulty).max()!
        let peak = count / 2
        let targets = (0..<count).map { position -> Double in
            let rise: Double
            if position <= peak {
                rise = peak == 0 ? 1 : Double(position) / Double(peak)
            } else {
                rise = Double(count - 1 - position) / Double(count - 1 - peak)
            }
            return Double(easiest) + Double(hardest - easiest) * rise
        }
        var random = SplitMix64(seed: seed)
        var pool = candidates
        var chosen = [String?](repeating: nil, count: count)
        // Hardest targets first; equal targets in call order.
        let order = targets.indices.sorted { targets[$0] != targets[$1] ? targets[$0] > targets[$1] : $0 < $1 }
        for position in order {
            if pool.isEmpty { pool = candidates }
            let distance = { (candidate: Candidate) in abs(Double(candidate.difficulty) - targets[position]) }
            let best = pool.map(distance).min()!
            let nearest = pool.indices.filter { distance(pool[$0]) == best }
            let pick = nearest[Int(random.next() % UInt64(nearest.count))]
            chosen[position] = pool[pick].id
            pool.remove(at: pick)
        }
        return chosen.compactMap { $0 }
    }
}
