import ArgumentParser
import Dispatch
import RapportCore
import RapportEngine
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `rapport analyze [FILE]`: scores replies for empathy and shows the evidence.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Score replies for empathy and show the words that earned each point.",
        discussion: """
            Reads FILE, or standard input when no FILE is given (or FILE is -).
            --format text (default): the whole input is one reply; prints a report, with the evidence in colour \
            on a terminal (plain when piped or NO_COLOR is set).
            --format jsonl: each line is {"id": "...", "text": "the reply", "context": "what the customer said"} \
            (id, context and name optional); each output line, in input order, holds the analysis, or an "error" \
            field when the line could not be read (the run goes on, and exits with status 1 at the end). \
            Blank lines are skipped.
            """
    )

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, jsonl
    }

    @Argument(help: "A file of replies (default: standard input).")
    var file: String?

    @Option(help: "Output format: text or jsonl.")
    var format: Format = .text

    @Option(help: "What the customer said just before (text format only).")
    var context: String?

    @Option(help: "The customer's name (text format only).")
    var name: String?

    @Flag(help: "Time each reply of a JSONL input on one thread and print latency percentiles instead of analyses.")
    var benchmark = false

    @OptionGroup var pluginOptions: PluginOptions

    init() {}

    func run() throws {
        if file == nil || file == "-", Terminal.stdinIsTerminal {
            // Otherwise a new user sees nothing happen: the reply is read to the end of input.
            Terminal.error("Type or paste the reply, then press Ctrl-D on a new line (or give a FILE; see --help).")
        }
        let input = try Terminal.readInput(file)
        let (analyzer, _) = try pluginOptions.analyzer()
        if benchmark {
            guard let report = AnalyzeBenchmark.run(input, analyzer: analyzer) else {
                throw CLIError.usage("--benchmark times JSONL input (one {\"text\": \"…\"} object per line) and found none")
            }
            Terminal.write(report)
            return
        }
        switch format {
        case .jsonl:
            let failures = AnalyzeCommand.runJSONLines(input, analyzer: analyzer)
            if let plugins = analyzer as? PluginAnalyzer {
                for warning in plugins.takeWarnings() { Terminal.error("warning: \(TerminalSafe.sanitize(warning))") }
            }
            if failures > 0 {
                throw CLIError.content("\(failures) input line\(failures == 1 ? "" : "s") could not be read (see the \"error\" fields)")
            }
        case .text:
            let text = String(decoding: input, as: UTF8.self)
            let reply = text.hasSuffix("\n") ? String(text.dropLast()) : text
            guard !reply.trimmed.isEmpty else { throw CLIError.usage("nothing to analyze: the reply is empty") }
            let analysis = analyzer.analyze(reply, context: AnalysisContext(customerText: context, customerName: name))
            Terminal.write(AnalysisRenderer.render(reply: reply, analysis: analysis, color: Terminal.colorEnabled))
            if let plugins = analyzer as? PluginAnalyzer {
                for warning in plugins.takeWarnings() { Terminal.error("warning: \(TerminalSafe.sanitize(warning))") }
            }
        }
    }

    /// Analyses every non-blank line of `input`, in parallel batches, printing results in input order.
    /// Returns how many lines could not be read (each got an error line).
    @discardableResult
    static func runJSONLines(_ input: [UInt8], analyzer: any ReplyAnalyzing = ReplyAnalyzer()) -> Int {
        var lines: [Range<Int>] = []
        var start = 0
        for (index, byte) in input.enumerated() where byte == 0x0A {
            lines.append(start..<index)
            start = index + 1
        }
        if start < input.count { lines.append(start..<input.count) }
        lines = lines.compactMap { range in
            var r = range
            while r.upperBound > r.lowerBound, [0x0D, 0x20, 0x09].contains(input[r.upperBound - 1]) { r = r.lowerBound..<(r.upperBound - 1) }
            while r.lowerBound < r.upperBound, [0x20, 0x09].contains(input[r.lowerBound]) { r = (r.lowerBound + 1)..<r.upperBound }
            return r.isEmpty ? nil : r
        }
        let workers = max(1, min(8, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))))
        var output = BufferedOutput()
        var failures = 0
        let batchSize = 4096
        input.withUnsafeBufferPointer { pointer in
            let bytes = SharedBytes(pointer: pointer)
            var batchStart = 0
            while batchStart < lines.count {
                let batch = Array(lines[batchStart..<min(lines.count, batchStart + batchSize)])
                let chunks = min(workers * 4, batch.count)
                let results = ChunkResults(count: chunks)
                let per = (batch.count + chunks - 1) / chunks
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    var out: [UInt8] = []
                    out.reserveCapacity(per * 600)
                    var failed = 0
                    // With more chunks than a whole share each (17 lines in 8 chunks of 3), the last chunks are empty.
                    for index in min(batch.count, chunk * per)..<min(batch.count, (chunk + 1) * per) {
                        if !analyzeLine(UnsafeBufferPointer(rebasing: bytes.pointer[batch[index]]), analyzer: analyzer, into: &out) {
                            failed += 1
                        }
                    }
                    results.store(out, failed: failed, at: chunk)
                }
                for chunk in 0..<chunks {
                    let (bytes, failed) = results.take(chunk)
                    output.append(bytes)
                    failures += failed
                }
                batchStart += batchSize
            }
        }
        output.flush()
        return failures
    }

    /// Analyses one JSONL input line and appends its output line; false when the line could not be read.
    @discardableResult
    static func analyzeLine(_ line: UnsafeBufferPointer<UInt8>, analyzer: any ReplyAnalyzing, into out: inout [UInt8]) -> Bool {
        switch JSONLineParser.parse(line) {
        case .failure(let failure):
            AnalysisJSON.appendError(idJSON: failure.idJSON, message: failure.message, to: &out)
            return false
        case .success(let request):
            let context = AnalysisContext(customerText: request.context, customerName: request.name)
            let analysis = analyzer.analyze(request.text ?? "", context: context)
            AnalysisJSON.appendLine(idJSON: request.idJSON, analysis: analysis, to: &out)
            return true
        }
    }
}

/// Read-only input bytes shared by the workers of a batch (never written while they run).
private struct SharedBytes: @unchecked Sendable {
    let pointer: UnsafeBufferPointer<UInt8>
}

/// Per-chunk output of a parallel batch; each chunk writes only its own slot.
private final class ChunkResults: @unchecked Sendable {
    private var slots: [([UInt8], Int)]
    private let lock = NSLockLike()

    init(count: Int) { slots = Array(repeating: ([], 0), count: count) }

    func store(_ bytes: [UInt8], failed: Int, at index: Int) { lock.withLock { slots[index] = (bytes, failed) } }

    func take(_ index: Int) -> ([UInt8], Int) { lock.withLock { slots[index] } }
}

/// A pthread mutex, so the CLI needs no Foundation for one lock.
private final class NSLockLike: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }
    func withLock<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return body()
    }
}
