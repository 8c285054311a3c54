import Foundation
import Testing
@testable import RapportCLI
import RapportCore

/// Runs one JSONL input line through the command's line handler and decodes the output line.
func outputLine(_ line: String) throws -> [String: Any] {
    var out: [UInt8] = []
    var bytes = Array(line.utf8)
    _ = bytes.withUnsafeMutableBufferPointer { buffer in
        AnalyzeCommand.analyzeLine(UnsafeBufferPointer(buffer), analyzer: ReplyAnalyzer(), into: &out)
    }
    #expect(out.last == 0x0A)
    #expect(out.filter { $0 == 0x0A }.count == 1, "exactly one output line per input line")
    let object = try JSONSerialization.jsonObject(with: Data(out))
    return try #require(object as? [String: Any])
}

@Test func jsonlLineCarriesTheWholeContract() throws {
    let object = try outputLine(#"{"id": "r1", "text": "I'm so sorry, that sounds exhausting. What happened next?", "context": "My refund bounced twice."}"#)
    #expect(object["id"] as? String == "r1")
    let empathy = try #require(object["empathy"] as? Int)
    #expect((0...100).contains(empathy))
    let mechanisms = try #require(object["mechanisms"] as? [String: Int])
    #expect(Set(mechanisms.keys) == ["emotional_reactions", "interpretations", "explorations"])
    #expect(mechanisms.values.allSatisfy { (0...2).contains($0) })
    let techniques = try #require(object["techniques"] as? [String])
    #expect(techniques.contains("apology") && techniques.contains("open_question"))
    let evidence = try #require(object["evidence"] as? [[String: Any]])
    let text = "I'm so sorry, that sounds exhausting. What happened next?"
    let scalars = Array(text.unicodeScalars)
    for item in evidence {
        let start = try #require(item["start"] as? Int), end = try #require(item["end"] as? Int)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        #expect(String(view) == item["text"] as? String)
        #expect(techniques.contains(try #require(item["technique"] as? String)))
    }
    let breakdown = try #require(object["breakdown"] as? [[String: Any]])
    let total = breakdown.compactMap { $0["points"] as? Double }.reduce(0, +)
    #expect(Int(min(100, max(0, total)).rounded()) == empathy)
}

@Test func idAndContextAreOptionalAndIdsEchoAsWritten() throws {
    let noId = try outputLine(#"{"text": "Thanks for waiting."}"#)
    #expect(noId["id"] is NSNull)
    let numeric = try outputLine(#"{"id": 42, "text": "Thanks for waiting.", "context": null}"#)
    #expect(numeric["id"] as? Int == 42)
}

@Test(arguments: [
    "not json",
    #"["an", "array"]"#,
    #"{"id": "x7"}"#,
    #"{"id": "x8", "text": 12}"#,
    #"{"id": "x9", "text": "unterminated}"#,
    #"{"id": "x10", "text": "ok"} trailing"#,
])
func malformedLinesYieldAnErrorLine(_ line: String) throws {
    let object = try outputLine(line)
    let message = try #require(object["error"] as? String)
    #expect(!message.isEmpty)
    #expect(object["empathy"] == nil)
    if line.contains("\"id\": \"x") { #expect((object["id"] as? String)?.hasPrefix("x") == true) }
}

@Test func escapesAndSurrogatePairsRoundTrip() throws {
    let object = try outputLine(#"{"id": "e\"1", "text": "Sorry \ud83d\ude1e \u0007 \"quoted\"\nline"}"#)
    #expect(object["id"] as? String == "e\"1")
    let evidence = try #require(object["evidence"] as? [[String: Any]])
    let apology = try #require(evidence.first { $0["technique"] as? String == "apology" })
    #expect(apology["start"] as? Int == 0 && apology["end"] as? Int == 5)
}

@Test func invalidUTF8InsideALineIsReplacedNotFatal() throws {
    var out: [UInt8] = []
    var bytes = Array(#"{"id": "u", "text": "I'm sorry "#.utf8) + [0xFF, 0xC3] + Array(#"!"}"#.utf8)
    _ = bytes.withUnsafeMutableBufferPointer { buffer in
        AnalyzeCommand.analyzeLine(UnsafeBufferPointer(buffer), analyzer: ReplyAnalyzer(), into: &out)
    }
    let object = try #require(try JSONSerialization.jsonObject(with: Data(out)) as? [String: Any])
    #expect((object["techniques"] as? [String])?.contains("apology") == true)
}
