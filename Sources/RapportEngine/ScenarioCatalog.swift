import Foundation
import LuaBridge
import RapportCore

/// The scenarios in a pack folder.
public struct ScenarioCatalog: Sendable {
    /// One scenario file and what loading it found.
    public struct Entry: Sendable {
        public var path: String
        public var definition: ScenarioDefinition?
        public var diagnostics: [Diagnostic]
    }

    /// The folder.
    public let directory: String
    /// Every scenario file, sorted by path, loaded once to read its definition.
    public let entries: [Entry]

    /// Files in a pack folder that are not scenarios.
    static let ignoredFiles: Set<String> = ["pack.lua", "types.lua"]

    /// Lists the `*.lua` scenario files directly in `directory` and loads each one (in parallel-safe fresh states).
    public init(directory: String, limits: LuaLimits = .standard) throws(CatalogError) {
        self.directory = directory
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw .unreadable(path: directory, reason: "cannot read the folder")
        }
        let files = names.filter { $0.hasSuffix(".lua") && !Self.ignoredFiles.contains($0) && !$0.hasPrefix(".") }.sorted()
        let loaded = files.map { name in
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            switch ScenarioRuntime.load(path: path, limits: limits) {
            case .success(let runtime): return Entry(path: path, definition: runtime.definition, diagnostics: runtime.diagnostics)
            case .failure(let failure): return Entry(path: path, definition: nil, diagnostics: failure.diagnostics)
            }
        }
        // The pack manifest's teaching order first, then anything it does not list, by file name.
        let order = Self.teachingOrder(directory: directory, limits: limits)
        let rank = Dictionary(order.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        entries = loaded.enumerated().sorted { a, b in
            let ra = a.element.definition.flatMap { rank[$0.id] } ?? Int.max
            let rb = b.element.definition.flatMap { rank[$0.id] } ?? Int.max
            return ra != rb ? ra < rb : a.offset < b.offset
        }.map(\.element)
    }

    /// The scenario ids in the order `pack.lua` teaches them, or none when the pack has no readable manifest.
    static func teachingOrder(directory: String, limits: LuaLimits) -> [String] {
        let path = (directory as NSString).appendingPathComponent("pack.lua")
        guard let data = FileManager.default.contents(atPath: path),
              let lua = try? LuaState(limits: limits),
              let table = try? lua.run(String(decoding: data, as: UTF8.self), chunkName: path).first?.tableValue else {
            return []
        }
        return table["scenarios"].tableValue?.array.compactMap(\.stringValue) ?? []
    }

    /// The path of the scenario with `id`, if the pack has it.
    public func path(of id: String) -> String? {
        entries.first { $0.definition?.id == id }?.path
    }
}

/// A pack folder that could not be read.
public enum CatalogError: Error, Sendable, Hashable {
    case unreadable(path: String, reason: String)
}
