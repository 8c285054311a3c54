import Foundation
import Testing
import LuaBridge
import RapportCore
@testable import RapportEngine

@Suite struct ScenarioCatalogTests {
    @Test func theShippedPackIsListedInItsTeachingOrder() throws {
        let catalog = try ScenarioCatalog(directory: repositoryRoot + "/Scenarios")
        let order = ScenarioCatalog.teachingOrder(directory: repositoryRoot + "/Scenarios", limits: .standard)
        #expect(order.count == 12)
        #expect(catalog.entries.compactMap(\.definition?.id) == order)
    }

    @Test func withoutAManifestScenariosAreListedByFileNameAndUnlistedOnesComeLast() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("catalog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for id in ["zeta", "alpha", "mid"] {
            try minimalScenario.replacingOccurrences(of: "id = \"minimal\"", with: "id = \"\(id)\"")
                .write(to: folder.appendingPathComponent("\(id).lua"), atomically: true, encoding: .utf8)
        }
        #expect(try ScenarioCatalog(directory: folder.path).entries.compactMap(\.definition?.id) == ["alpha", "mid", "zeta"])
        try "return { name = 'p', version = '1', api = 1, scenarios = { 'zeta', 'alpha' } }"
            .write(to: folder.appendingPathComponent("pack.lua"), atomically: true, encoding: .utf8)
        #expect(try ScenarioCatalog(directory: folder.path).entries.compactMap(\.definition?.id) == ["zeta", "alpha", "mid"])
    }
}
