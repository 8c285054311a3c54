import Foundation
import LuaBridge
import RapportCore
import RapportEngine

/// The validator's benchmark: the whole pack (static + probes + 200 random games per scenario) on all cores and on
/// one, and what one turn and one scenario load cost.
enum ValidateBenchmark {
    static func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18 }

    static func processCPU() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
    }

    static func run(pack: String) throws {
        let files = try PackValidator.files(in: [pack])
        print("Machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(ProcessInfo.processInfo.operatingSystemVersionString)")
        print("Pack: \(pack), \(files.scenarios.count) scenarios")
        for jobs in [0, 1] {
            var walls: [Double] = []
            var cpus: [Double] = []
            var turns = 0
            var played = 0
            for _ in 0..<5 {
                let validator = PackValidator(validator: ScenarioValidator(options: ValidationOptions(parallelism: jobs), analyzer: ReplyAnalyzer()))
                let cpu = processCPU()
                let start = ContinuousClock.now
                let report = validator.validate(scenarios: files.scenarios, manifests: files.manifests)
                walls.append(seconds(ContinuousClock.now - start))
                cpus.append(processCPU() - cpu)
                turns = report.scenarios.map(\.simulatedTurns).reduce(0, +)
                played = report.scenarios.map(\.playedTurns).reduce(0, +)
            }
            walls.sort()
            cpus.sort()
            let label = jobs == 0 ? "all cores" : "1 core"
            print(String(format: "full validation (%@): median %.2f s wall, %.2f s CPU; %d turns in the report (%.0f per CPU-second), "
                             + "%d turns played (%.0f per CPU-second)",
                         label, walls[2], cpus[2], turns, Double(turns) / cpus[2], played, Double(played) / cpus[2]))
        }
        // One load, and one turn on a loaded session with cached analyses, per scenario (and for a scenario with no
        // script at all, which shows the engine's own cost per turn).
        let minimal = "return scenario { api_version = 1, id = 'minimal', title = 'M', persona = { name = 'S', patience = 50 },\n"
            + "opening = 'Hi.', max_turns = 100, goals = { { id = 'g', phrases = 'xyzzy' } } }"
        var sources = try files.scenarios.map { ($0, try String(contentsOfFile: $0, encoding: .utf8)) }
        sources.append(("minimal (no script)", minimal))
        let analyzer = CachingAnalyzer(ReplyAnalyzer())
        let probes = Probe.builtIn.filter { $0.kind == .cold || $0.kind == .offTopic || $0.kind == .silent || $0.kind == .warm }
        for (path, source) in sources {
            let loads = 200
            var start = ContinuousClock.now
            for seed in 0..<loads { _ = try ScenarioRuntime.load(source: source, path: path, seed: UInt64(seed)).get() }
            let loadMicros = seconds(ContinuousClock.now - start) / Double(loads) * 1e6
            var played = 0
            var turnTime = 0.0
            for seed in 0..<loads {
                let runtime = try ScenarioRuntime.load(source: source, path: path, seed: UInt64(seed), limits: LuaLimits(timeoutSeconds: 5)).get()
                let session = Session(runtime: runtime, analyzer: analyzer, seed: UInt64(seed))
                _ = try session.start()
                start = ContinuousClock.now
                var k = seed
                while !session.isOver {
                    _ = try session.reply(probes[k % probes.count].text)
                    k += 1
                    played += 1
                }
                turnTime += seconds(ContinuousClock.now - start)
            }
            print(String(format: "%@: load %.0f µs; one turn (cached analysis) %.1f µs = %.0f turns/s on one core",
                         (path as NSString).lastPathComponent, loadMicros, turnTime / Double(played) * 1e6, Double(played) / turnTime))
        }
    }
}
