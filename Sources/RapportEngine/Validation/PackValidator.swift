import Foundation
import RapportCore

/// Validates scenario packs: every scenario file in parallel (one task per core, each with its own runtimes), then
/// the checks across files: duplicate scenario ids and the pack manifest.
public struct PackValidator: Sendable {
    /// Validates each scenario file.
    public let validator: ScenarioValidator

    /// A pack validator that validates each file with `validator`.
    public init(validator: ScenarioValidator) {
        self.validator = validator
    }

    /// The scenario files and manifests under `paths`: a folder gives its `*.lua` files (not `pack.lua`,
    /// `types.lua` or dot files; not subfolders) and its `pack.lua` if any; a file is taken as is.
    /// Throws for a path that does not exist or cannot be read.
    public static func files(in paths: [String]) throws(CatalogError) -> (scenarios: [String], manifests: [String]) {
        var scenarios: [String] = []
        var manifests: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw .unreadable(path: path, reason: "no such file or folder")
            }
            guard isDirectory.boolValue else {
                scenarios.append(path)
                continue
            }
            guard let names = try? manager.contentsOfDirectory(atPath: path) else {
                throw .unreadable(path: path, reason: "cannot read the folder")
            }
            let folder = path.hasSuffix("/") ? path : path + "/"
            for name in names.sorted() where name.hasSuffix(".lua") && !name.hasPrefix(".") {
                var nested: ObjCBool = false
                guard manager.fileExists(atPath: folder + name, isDirectory: &nested), !nested.boolValue else { continue }
                if name == "pack.lua" { manifests.append(folder + name) } else if !ScenarioCatalog.ignoredFiles.contains(name) {
                    scenarios.append(folder + name)
                }
            }
        }
        // A file named twice (as itself and inside a folder) is validated once, or it would clash with itself (RP0012).
        var seen = Set<String>()
        let unique = scenarios.filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.path).inserted }
        var seenManifests = Set<String>()
        return (unique, manifests.filter { seenManifests.insert(URL(fileURLWithPath: $0).standardizedFileURL.path).inserted })
    }

    /// Validates `scenarios` (in parallel) and `manifests`. `progress` is called after each file, from any thread,
    /// with the number done, the total and the file.
    public func validate(scenarios: [String], manifests: [String] = [],
                         progress: (@Sendable (_ done: Int, _ total: Int, _ path: String) -> Void)? = nil) -> PackReport {
        let started = ContinuousClock.now
        // Largest files first (a rough measure of their cost), so no big scenario is left to run alone at the end.
        let sizes = scenarios.map { ((try? FileManager.default.attributesOfItem(atPath: $0)[.size]) as? Int) ?? 0 }
        let results = Results(order: scenarios.indices.sorted { (sizes[$0], $1) > (sizes[$1], $0) })
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let workers = max(1, min(scenarios.count, validator.options.parallelism > 0 ? validator.options.parallelism : cores))
        let validator = self.validator
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = results.claim() {
                let report = validator.validate(path: scenarios[index])
                let done = results.store(report, at: index)
                progress?(done, scenarios.count, scenarios[index])
            }
        }
        var reports = results.reports
        Self.markDuplicateIDs(&reports)
        var packDiagnostics: [Diagnostic] = []
        for manifest in manifests {
            let folder = (manifest as NSString).deletingLastPathComponent
            let members = reports.filter { ($0.path as NSString).deletingLastPathComponent == folder }
            guard let data = FileManager.default.contents(atPath: manifest) else {
                packDiagnostics.append(Diagnostic(code: DiagnosticCode.loadError.rawValue, severity: .error, file: manifest, message: "cannot read the file"))
                continue
            }
            var checker = PackManifest(path: manifest, source: String(decoding: data, as: UTF8.self))
            checker.check(against: members, limits: validator.options.limits)
            packDiagnostics += checker.diagnostics
        }
        return PackReport(scenarios: reports, packDiagnostics: ScenarioValidator.sorted(packDiagnostics),
                          seconds: ScenarioValidator.seconds(since: started))
    }

    /// RP0012 on every file whose scenario id an earlier file (by path) already uses.
    static func markDuplicateIDs(_ reports: inout [ScenarioReport]) {
        var firstByID: [String: String] = [:]
        for i in reports.indices {
            guard let id = reports[i].scenarioID else { continue }
            if let first = firstByID[id] {
                reports[i].diagnostics.insert(Diagnostic(code: DiagnosticCode.duplicateScenarioID.rawValue, severity: .error, file: reports[i].path,
                                                         line: reports[i].idLine, message: "scenario id '\(id)' is already used by \(first)"), at: 0)
                reports[i].diagnostics = ScenarioValidator.sorted(reports[i].diagnostics)
            } else {
                firstByID[id] = reports[i].path
            }
        }
    }
}

/// The reports of a parallel run: workers claim file indices (in `order`) and store reports under a lock.
final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private let order: [Int]
    private var next = 0
    private var done = 0
    private var slots: [ScenarioReport?]

    /// Results for `order.count` files, handed out in `order` (a permutation of their indices).
    init(order: [Int]) {
        self.order = order
        slots = Array(repeating: nil, count: order.count)
    }

    /// The next file index to validate, or nil when all are taken.
    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < order.count else { return nil }
        next += 1
        return order[next - 1]
    }

    /// Stores a report; returns how many are done.
    func store(_ report: ScenarioReport, at index: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = report
        done += 1
        return done
    }

    /// The reports in file order.
    var reports: [ScenarioReport] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
