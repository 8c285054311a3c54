// Benchmarks for docs/performance.md. Run: swift run -c release rapport-bench
import Foundation
import LuaBridge
import RapportCore
import RapportEngine

let clock = ContinuousClock()

/// CPU time of this thread: what an operation costs, whatever else the shared machine is doing.
func threadCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

func measure(_ label: String, iterations: Int, unit: Double = 1e-6, unitName: String = "µs", _ body: () throws -> Void) rethrows {
    for _ in 0..<max(1, iterations / 20) { try body() }  // warm up
    var samples: [Double] = []
    samples.reserveCapacity(iterations)
    for _ in 0..<iterations {
        let start = threadCPUSeconds()
        try body()
        samples.append(threadCPUSeconds() - start)
    }
    samples.sort()
    let median = samples[samples.count / 2] / unit
    let p99 = samples[Int(Double(samples.count) * 0.99)] / unit
    print(String(format: "%-58@ median %8.2f %@   p99 %8.2f %@ (thread CPU time)", label as NSString, median, unitName, p99, unitName))
}

// `rapport-bench --probe FILE`: runs a Lua file in the sandbox with a `cpu()` host function, prints its results.
if let i = CommandLine.arguments.firstIndex(of: "--probe"), i + 1 < CommandLine.arguments.count {
    let lua = try LuaState(limits: LuaLimits(timeoutSeconds: 60))
    lua.setGlobal("cpu", lua.function("cpu") { _ in
        var ts = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
        return [.number(Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9)]
    })
    print(try lua.run(String(contentsOfFile: CommandLine.arguments[i + 1], encoding: .utf8)))
    exit(0)
}

// `rapport-bench --validate [PACK]`: the validator's figures in docs/performance.md.
if let i = CommandLine.arguments.firstIndex(of: "--validate") {
    let pack = i + 1 < CommandLine.arguments.count ? CommandLine.arguments[i + 1] : "Scenarios"
    try ValidateBenchmark.run(pack: pack)
    exit(0)
}

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let scenarioPath = root.appendingPathComponent("Scenarios/late-callback.lua").path
let scenarioSource = try String(contentsOfFile: scenarioPath, encoding: .utf8)
let lines = scenarioSource.split(separator: "\n", omittingEmptySubsequences: false).count
print("Machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(ProcessInfo.processInfo.operatingSystemVersionString)")

if CommandLine.arguments.contains("--stages") {
    let prelude = try String(contentsOfFile: root.appendingPathComponent("Sources/RapportEngine/Resources/prelude.lua").path, encoding: .utf8)
    try measure("stage: LuaState()", iterations: 2000) { _ = try LuaState() }
    try measure("stage: + prelude", iterations: 2000) { let l = try LuaState(); try l.run(prelude) }
    try measure("stage: + prelude + scenario chunk", iterations: 2000) {
        let l = try LuaState(); try l.run(prelude); try l.enableStrictGlobals(); _ = try l.run(scenarioSource, chunkName: "s.lua")
    }
    try measure("stage: + prelude bytecode + scenario chunk", iterations: 2000) {
        let l = try LuaState(); _ = try l.call(l.load(ScenarioRuntime.preludeForBenchmarks), [l.phraseFunctions()]); try l.enableStrictGlobals(); _ = try l.run(scenarioSource, chunkName: "s.lua")
    }
    try measure("stage: full ScenarioRuntime.load", iterations: 2000) {
        _ = try ScenarioRuntime.load(source: scenarioSource, path: scenarioPath).get()
    }
    exit(0)
}

// 1. A sandboxed state plus a scenario file.
try measure("sandboxed state + load \(lines)-line scenario (engine, prelude included)", iterations: 2000) {
    _ = try ScenarioRuntime.load(source: scenarioSource, path: scenarioPath).get()
}
let twoHundred = (0..<20).map { i in "local function helper\(i)(turn, customer)\n  if turn:mentions('refund') then customer:feel(5) end\n  local s = 0\n  for k = 1, 3 do s = s + k end\n  if s > 100 then return 'x' end\n  return nil\nend\n" }.joined() +
    String(repeating: "-- comment line\n", count: 40) + "return { api_version = 1 }\n"
try measure("sandboxed state + load a 200-line chunk (bridge only)", iterations: 2000) {
    let lua = try LuaState()
    try lua.run(twoHundred, chunkName: "two-hundred.lua")
}

// 2. One Swift -> Lua -> Swift call.
let lua = try LuaState()
lua.setGlobal("host", lua.function("host") { args in args })
let roundTrip = try lua.run("return function(x) return host(x) end").first!.functionValue!
let batch = 1000
try measure("Swift -> Lua -> Swift call (per call, batches of \(batch))", iterations: 500, unit: 1e-6 * Double(batch)) {
    for _ in 0..<batch { _ = try lua.call(roundTrip, [.integer(7)]) }
}

// 3. The Lua side of a 100,000-turn session, sandbox and limits on, against the stand-alone interpreter.
let workloadPath = root.appendingPathComponent("Benchmarks/rapport-bench/workload.lua").path
let workload = try String(contentsOfFile: workloadPath, encoding: .utf8)
let sandboxed = try LuaState(limits: LuaLimits(memoryBytes: 16 << 20, timeoutSeconds: 30))
let chunk = try sandboxed.load(workload, chunkName: "workload.lua")
// CPU time on both sides (the stand-alone interpreter reports os.clock()), so a busy machine does not skew the ratio.
var hostTimes: [Double] = []
for _ in 0..<7 {
    let start = threadCPUSeconds()
    _ = try sandboxed.call(chunk, [.integer(100_000)])
    hostTimes.append(threadCPUSeconds() - start)
}
hostTimes.sort()
var standaloneTimes: [Double] = []
for _ in 0..<7 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/lua5.4")
    process.arguments = ["-e", "local f = assert(loadfile('\(workloadPath)')); local t = os.clock(); f(100000); io.write(os.clock() - t)"]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    process.waitUntilExit()
    standaloneTimes.append(Double(String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)) ?? .nan)
}
standaloneTimes.sort()
let hostMedian = hostTimes[3], soloMedian = standaloneTimes[3]
print(String(format: "100,000-turn Lua workload: in Rapport %.1f ms, lua5.4 %.1f ms, ratio %.2fx", hostMedian * 1e3, soloMedian * 1e3, hostMedian / soloMedian))
