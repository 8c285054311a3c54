import Foundation
import Testing

/// `rapport progress`, `rapport plan` and the progress database as a built binary, with a temporary data directory.
@Suite struct BinaryProgressTests {
    let binary = BinaryTests()

    func environment(_ data: URL) -> [String: String] { ["XDG_DATA_HOME": data.path, "LANG": "C.UTF-8", "NO_COLOR": ""] }

    @Test func aRelativeDataHomeIsIgnoredAsTheXDGSpecificationAsks() throws {
        let home = try binary.temporaryDirectory()
        let result = try binary.run(["play", "double-charge", "--no-plugins"], input: "I'm sorry.\n",
                                    environment: ["HOME": home.path, "XDG_DATA_HOME": "relative/data", "LANG": "C.UTF-8"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Saved: \(home.path)/.local/share/rapport/sessions/"))
        #expect(!FileManager.default.fileExists(atPath: BinaryTests.root.appendingPathComponent("relative").path))
    }

    @Test func playIsStoredAndExportedAsJSON() throws {
        let data = try binary.temporaryDirectory()
        // A pack named on purpose that does not exist is an error, not a silently alphabetical outcome list.
        let missingPack = try binary.run(["progress", "--pack", "/nonexistent/pack"], environment: environment(data))
        #expect(missingPack.status == 2)
        #expect(missingPack.stderr.contains("/nonexistent/pack: no such folder"))
        let empty = try binary.run(["progress"], environment: environment(data))
        #expect(empty.status == 0)
        #expect(empty.stdout.contains("No progress yet."))
        let play = try binary.run(["play", "double-charge", "--no-plugins"], input: "I'm so sorry, that sounds stressful.\nWhat happened?\n", environment: environment(data))
        #expect(play.status == 0)
        let export = try binary.run(["progress", "--export", "json"], environment: environment(data))
        #expect(export.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows[0]["scenario_id"] as? String == "double-charge")
        #expect((rows[0]["turn_empathy"] as? [Int])?.count == 2)
        #expect(rows[0]["mode"] as? String == "coach")
        #expect((rows[0]["outcomes"] as? [String])?.contains("why-empathy") == true)
        let report = try binary.run(["progress"], environment: environment(data))
        #expect(report.stdout.contains("Your progress — 1 session since"))
        #expect(report.stdout.contains("double-charge"))
        let csvFile = data.appendingPathComponent("out.csv").path
        let csv = try binary.run(["progress", "--export", "csv", "--output", csvFile], environment: environment(data))
        #expect(csv.status == 0)
        #expect(try String(contentsOfFile: csvFile, encoding: .utf8).split(separator: "\n").count == 2)
    }

    @Test func deleteNeedsConfirmationWithoutATerminalAndRemovesEverything() throws {
        let data = try binary.temporaryDirectory()
        _ = try binary.run(["play", "double-charge", "--no-plugins"], input: "Hello.\n", environment: environment(data))
        _ = try binary.run(["plan", "--tool", "breathing"], environment: environment(data))
        let refused = try binary.run(["progress", "--delete"], environment: environment(data))
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--delete --yes"))
        #expect(FileManager.default.fileExists(atPath: data.path + "/rapport/progress.sqlite"))
        let deleted = try binary.run(["progress", "--delete", "--yes"], environment: environment(data))
        #expect(deleted.status == 0)
        #expect(deleted.stdout.contains("your progress database: 1 session, 0 shifts and your resilience plan"))
        #expect(deleted.stdout.contains("Deleted 2 items: progress.sqlite, sessions."))
        #expect(try FileManager.default.contentsOfDirectory(atPath: data.path + "/rapport").isEmpty)
        let again = try binary.run(["progress", "--delete", "--yes"], environment: environment(data))
        #expect(again.stdout.contains("Nothing to delete"))
    }

    @Test func aCorruptDatabaseIsAClearErrorAndPlayStillWorks() throws {
        let data = try binary.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: data.path + "/rapport", withIntermediateDirectories: true)
        try String(repeating: "not sqlite ", count: 100).write(toFile: data.path + "/rapport/progress.sqlite", atomically: true, encoding: .utf8)
        let progress = try binary.run(["progress"], environment: environment(data))
        #expect(progress.status == 2)
        #expect(progress.stderr.contains("not a Rapport progress database, or damaged"))
        #expect(!progress.stderr.contains("internal error"))
        let play = try binary.run(["play", "double-charge", "--no-plugins"], input: "Hello.\n", environment: environment(data))
        #expect(play.status == 0)
        #expect(play.stdout.components(separatedBy: "warning: ").count == 2)
        #expect(play.stdout.contains("progress is not being saved; the call goes on"))
        #expect(play.stdout.contains("Debrief — Charged twice, rent bounced"))
    }

    @Test func thePlanIsBuiltWithFlagsAndExportedAsMarkdown() throws {
        let data = try binary.temporaryDirectory()
        let set = try binary.run(["plan", "--add-sign", "drained", "--tool", "reframing", "--note", "Call Sam."], environment: environment(data))
        #expect(set.status == 0)
        #expect(set.stdout.contains("Recovery tools: reframing"))
        let bad = try binary.run(["plan", "--tool", "yoga"], environment: environment(data))
        #expect(bad.status == 2)
        let file = data.appendingPathComponent("plan.md").path
        let export = try binary.run(["plan", "--export", "markdown", "--output", file], environment: environment(data))
        #expect(export.status == 0)
        let markdown = try String(contentsOfFile: file, encoding: .utf8)
        #expect(markdown.contains("- Feeling drained"))
        #expect(markdown.contains("- **reframing**"))
        #expect(markdown.contains("> Call Sam."))
    }

    @Test func aPipedShiftIsSummarisedAndStored() throws {
        let data = try binary.temporaryDirectory()
        let shift = try binary.run(["shift", "--calls", "3", "--seed", "4", "--no-plugins"], input: "I'm sorry, that sounds stressful.\n:quit\n2\nq\n",
                                   environment: environment(data))
        #expect(shift.status == 0)
        #expect(shift.stdout.contains("Shift: 3 calls"))
        #expect(shift.stdout.contains("Seed 4"))
        #expect(shift.stdout.contains("Shift summary — 1 of 3 calls, ended early"))
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(try binary.run(["progress", "--export", "json"], environment: environment(data)).stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows[0]["shift_id"] as? Int == 1)
        #expect(rows[0]["call_number"] as? Int == 1)
        let again = try binary.run(["shift", "--calls", "3", "--seed", "4", "--no-plugins"], input: "", environment: environment(data))
        let firstTitle = shift.stdout.split(separator: "\n")[5], againTitle = again.stdout.split(separator: "\n")[5]
        #expect(firstTitle == againTitle)  // the same seed gives the same first call
        #expect(try binary.run(["shift", "--calls", "0"]).status == 2)
    }
}
