import Foundation
import Testing
@testable import RapportCore

// The session files (`.jsonl`, `.json`) write turn events in the documented `{"kind": …}` form (docs/playing.md).

@Test func turnEventsEncodeWithAKindAndNamedFields() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    func json(_ event: TurnEvent) throws -> String { String(decoding: try encoder.encode(event), as: UTF8.self) }
    #expect(try json(.revealed("loan")) == #"{"id":"loan","kind":"revealed"}"#)
    #expect(try json(.goalMet("respect")) == #"{"id":"respect","kind":"goal_met"}"#)
    #expect(try json(.goalUnmet("respect")) == #"{"id":"respect","kind":"goal_unmet"}"#)
    #expect(try json(.stage("calming")) == #"{"id":"calming","kind":"stage"}"#)
    #expect(try json(.note("debug: trust 40")) == #"{"kind":"note","text":"debug: trust 40"}"#)
    #expect(try json(.pluginNote(plugin: "robotic", text: "stock phrase")) == #"{"kind":"plugin_note","plugin":"robotic","text":"stock phrase"}"#)
}

@Test func turnEventsDecodeWhatTheyEncode() throws {
    let events: [TurnEvent] = [.revealed("a"), .goalMet("b"), .goalUnmet("c"), .stage("d"), .note("e"), .pluginNote(plugin: "f", text: "g")]
    let data = try JSONEncoder().encode(events)
    #expect(try JSONDecoder().decode([TurnEvent].self, from: data) == events)
    #expect(throws: DecodingError.self) { try JSONDecoder().decode(TurnEvent.self, from: Data(#"{"kind":"shrug"}"#.utf8)) }
}
