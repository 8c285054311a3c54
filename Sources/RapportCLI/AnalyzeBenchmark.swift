import RapportCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `rapport analyze --benchmark FILE`: times the analysis of each JSONL reply on one thread (after a warm-up
/// pass) and reports the per-reply latency distribution. Parsing and output are not timed.
enum AnalyzeBenchmark {
    /// Runs the benchmark over the replies in `input` (JSONL) with `analyzer` (the built-in one, or it with the
    /// plugins, as `rapport analyze` would use) and returns the report, or nil when no line is a JSONL reply.
    static func run(_ input: [UInt8], analyzer: any ReplyAnalyzing = ReplyAnalyzer(), rounds: Int = 3) -> String? {
        var requests: [(String, AnalysisContext)] = []
        input.withUnsafeBufferPointer { bytes in
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
                if index > start, case .success(let request) = JSONLineParser.parse(UnsafeBufferPointer(rebasing: bytes[start..<index])) {
                    requests.append((request.text ?? "", AnalysisContext(customerText: request.context, customerName: request.name)))
                }
                start = index + 1
            }
        }
        guard !requests.isEmpty else { return nil }
        var sink = 0
        for (text, context) in requests { sink &+= analyzer.analyze(text, context: context).empathy }
        var samples: [Double] = []
        samples.reserveCapacity(requests.count * rounds)
        for _ in 0..<rounds {
            for (text, context) in requests {
                let start = now()
                sink &+= analyzer.analyze(text, context: context).empathy
                samples.append(now() - start)
            }
        }
        samples.sort()
        func percentile(_ p: Double) -> Double { samples[min(samples.count - 1, Int((Double(samples.count) * p).rounded(.up)) - 1)] }
        let mean = samples.reduce(0, +) / Double(samples.count)
        func micro(_ seconds: Double) -> String { String(Int((seconds * 1_000_000).rounded())) + " µs" }
        return """
            replies timed: \(samples.count) (\(requests.count) × \(rounds) rounds, one thread, after a warm-up pass)
            mean \(micro(mean))  p50 \(micro(percentile(0.5)))  p90 \(micro(percentile(0.9)))  p99 \(micro(percentile(0.99)))  max \(micro(samples.last ?? 0))
            single-thread rate: \(Int(1 / mean)) replies/s   (checksum \(sink % 1000))

            """
    }

    private static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
