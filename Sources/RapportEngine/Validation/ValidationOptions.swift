import LuaBridge

/// What the validator does and within which bounds.
public struct ValidationOptions: Sendable, Hashable {
    /// Run probe exploration (`--no-explore` turns it off).
    public var explore: Bool
    /// Random playthroughs per scenario (`--random N`; 0 turns them off).
    public var randomGames: Int
    /// The most distinct states probe exploration expands per scenario.
    public var stateBound: Int
    /// The limits every script call runs under while validating. A scenario that hits one while loading or on a
    /// turn gets an RP0010 diagnostic, and its dynamic checks stop there; the rest of the pack goes on.
    public var limits: LuaLimits
    /// Scenarios validated at the same time (default: the number of cores).
    public var parallelism: Int
    /// Wall-clock seconds the dynamic checks of one scenario may take. A scenario whose turns are slow without
    /// hitting a limit is stopped there with an RP0010 diagnostic, so it cannot stall the pack.
    public var secondsPerScenario: Double

    /// Defaults: exploration on, 200 random games, 256 states, 16 MiB and 1 s per call, one task per core, 60 s per scenario.
    public init(explore: Bool = true, randomGames: Int = 200, stateBound: Int = 256,
                limits: LuaLimits = LuaLimits(memoryBytes: 16 << 20, timeoutSeconds: 1),
                parallelism: Int = 0, secondsPerScenario: Double = 60) {
        self.explore = explore
        self.randomGames = randomGames
        self.stateBound = stateBound
        self.limits = limits
        self.parallelism = parallelism
        self.secondsPerScenario = secondsPerScenario
    }
}
