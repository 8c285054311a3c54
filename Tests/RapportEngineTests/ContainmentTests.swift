import Testing
@testable import RapportEngine

/// The validator's fast line search answers exactly as `String.contains` does, including where bytes and
/// `Character`s disagree (CR LF, combining marks, canonical equivalence).
@Suite struct ContainmentTests {
    static let texts = ["", "I want my money back.", "a\r\nb", "a\rb", "cafe\u{301} au lait", "caf\u{E9} au lait", "back back", "🙏 back"]
    static let needles = ["", "back", "money back.", "\r", "\n", "a\r", "cafe", "caf\u{E9}", "cafe\u{301}", "au", "🙏", "x", "back back back"]

    @Test func agreesWithContains() {
        for text in Self.texts {
            for needle in Self.needles {
                #expect(text.containsText(needle) == text.contains(needle), "\(text.debugDescription) / \(needle.debugDescription)")
            }
        }
    }
}
