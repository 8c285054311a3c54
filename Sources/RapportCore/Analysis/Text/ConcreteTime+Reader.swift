extension ConcreteTime {
    /// Times said in words, each a list of whole words (an apostrophe also matches a curly one), with their form.
    static let namedPhrases: [(words: [[UInt8]], form: Form)] = {
        let named: [String] = ["noon", "midday", "o'clock", "oclock", "half past", "quarter past", "quarter to"]
        let waits: [String] = ["within the hour", "within an hour", "in an hour", "half an hour", "twenty minutes",
                               "thirty minutes"]
        func words(_ phrase: String) -> [[UInt8]] { phrase.split(separator: " ").map { Array($0.utf8) } }
        return named.map { (words($0), Form.namedTime) } + waits.map { (words($0), Form.shortWait) }
    }()

    /// Words for minutes after a number in digits: "20 minutes", "1 minute", "5 mins".
    static let minuteWords: [[UInt8]] = ["minutes", "minute", "mins", "min"].map { Array($0.utf8) }

    /// The text's UTF-8 bytes, read with ASCII letters in lower case, as Lua's patterns read them. Offsets are byte
    /// offsets into the text, so a phrase found in the lowered bytes is the same span of the original text.
    struct Reader {
        let bytes: [UInt8]

        init(_ text: String) {
            bytes = Array(text.utf8)
        }

        var count: Int { bytes.count }

        /// The byte at `i`, lower-cased if it is an ASCII capital; 0 past the end (no rule matches 0).
        subscript(i: Int) -> UInt8 {
            guard i < bytes.count else { return 0 }
            let byte = bytes[i]
            return byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
        }

        /// The original text of bytes `start..<end`.
        func text(from start: Int, to end: Int) -> String {
            String(decoding: bytes[start..<end], as: UTF8.self)
        }

        static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        static func isLetter(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A || byte >= 0x41 && byte <= 0x5A }
        /// Lua's `%s`: space, tab, line feed, vertical tab, form feed, carriage return.
        static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

        /// The end of the run of digits at `i` (`i` itself when there is none) and its value, capped at 1,000.
        func number(at i: Int) -> (end: Int, value: Int) {
            var end = i, value = 0
            while Self.isDigit(self[end]) {
                value = min(1_000, value * 10 + Int(self[end] - 0x30))
                end += 1
            }
            return (end, value)
        }

        /// The end of a run of spaces at `i` (`i` itself when there is none).
        func skipSpaces(at i: Int) -> Int {
            var end = i
            while Self.isSpace(self[end]) { end += 1 }
            return end
        }

        /// The end of `literal` when the text has it at `i` (an apostrophe in it also matches U+2019), else nil.
        func match(_ literal: [UInt8], at i: Int) -> Int? {
            var end = i
            for byte in literal {
                if byte == 0x27, self[end] == 0xE2, self[end + 1] == 0x80, self[end + 2] == 0x99 {
                    end += 3
                } else if self[end] == byte {
                    end += 1
                } else {
                    return nil
                }
            }
            return end
        }

        /// The end of `literal` as a whole word at `i` (no letter follows it), else nil.
        func matchWord(_ literal: [UInt8], at i: Int) -> Int? {
            guard let end = match(literal, at: i), !Self.isLetter(self[end]) else { return nil }
            return end
        }

        /// Two-digit minutes after a dot or colon at `i` ("3.30", "10:45"): their end, or nil when there are none.
        /// `rejected` is true when the separator is followed by digits that are not minutes ("1.5", "3,000").
        func minutesAfterHour(at i: Int) -> (end: Int?, rejected: Bool) {
            let separator = self[i]
            guard separator == 0x2E || separator == 0x3A || separator == 0x2C, Self.isDigit(self[i + 1]) else {
                return (nil, false)
            }
            let (end, value) = number(at: i + 1)
            guard separator != 0x2C, end - i - 1 == 2, value <= 59 else { return (nil, true) }
            return (end, false)
        }

        /// A clock time starting at the digits at `i`: a number (with optional minutes) then am/pm ("3pm",
        /// "3 p.m.", "3.30pm"), or an hour 0–24 of one or two digits, a colon and minutes 00–59 ("10:30").
        func clockTime(at i: Int) -> Int? {
            let (hourEnd, hour) = number(at: i)
            let minutes = minutesAfterHour(at: hourEnd)
            let numberEnd = minutes.end ?? hourEnd
            if let end = meridiem(at: skipSpaces(at: numberEnd)) { return end }
            guard let minutesEnd = minutes.end, self[hourEnd] == 0x3A, hourEnd - i <= 2, hour <= 24 else { return nil }
            return minutesEnd
        }

        /// "am" or "pm" at `i`, with an optional dot inside ("a.m", "p.m"), not followed by a letter: its end.
        func meridiem(at i: Int) -> Int? {
            guard self[i] == 0x61 || self[i] == 0x70 else { return nil }
            let m = self[i + 1] == 0x2E ? i + 2 : i + 1
            guard self[m] == 0x6D, !Self.isLetter(self[m + 1]) else { return nil }
            return m + 1
        }

        /// A number of minutes starting at the digits at `i`: "20 minutes", "1 minute", "5 mins".
        func minutes(at i: Int) -> Int? {
            let word = skipSpaces(at: number(at: i).end)
            return ConcreteTime.minuteWords.lazy.compactMap { matchWord($0, at: word) }.first
        }

        /// A clock hour after one of ``ConcreteTime/hourWords`` starting at the word at `i`: "by 3", "at 4 today",
        /// "around 3.30"; not "by 13", "at 2 days", "by 3rd", "at 5%", "by 1.5 days", "by 3,000", nor "at 3pm"
        /// (a clock time, found at its digits).
        func clockHour(at i: Int) -> Int? {
            var wordEnd = i
            while Self.isLetter(self[wordEnd]) { wordEnd += 1 }
            guard wordEnd - i <= 6, ConcreteTime.hourWords.contains(text(from: i, to: wordEnd).lowercased()) else {
                return nil
            }
            let start = skipSpaces(at: wordEnd)
            guard start > wordEnd else { return nil }
            let (hourEnd, hour) = number(at: start)
            guard hourEnd > start, (1...12).contains(hour) else { return nil }
            let minutes = minutesAfterHour(at: hourEnd)
            if minutes.rejected { return nil }
            let end = minutes.end ?? hourEnd
            // "at 3pm" is a clock time: the digits are read as one (see ``clockTime(at:)``).
            if meridiem(at: skipSpaces(at: end)) != nil { return nil }
            // The word straight after the number (letters or "%"), if any: "days", "rd", "%", "pm", "today".
            let next = skipSpaces(at: end)
            var nextEnd = next
            while Self.isLetter(self[nextEnd]) || self[nextEnd] == 0x25 { nextEnd += 1 }
            guard !ConcreteTime.amountWords.contains(text(from: next, to: nextEnd).lowercased()) else { return nil }
            return end
        }

        /// A time or short wait in words (``ConcreteTime/namedPhrases``) starting at the word at `i`, with its form.
        func namedPhrase(at i: Int) -> (end: Int, form: Form)? {
            phrases: for phrase in ConcreteTime.namedPhrases {
                var end = i
                for (k, word) in phrase.words.enumerated() {
                    if k > 0 {
                        let next = skipSpaces(at: end)
                        guard next > end else { continue phrases }
                        end = next
                    }
                    guard let wordEnd = matchWord(word, at: end) else { continue phrases }
                    end = wordEnd
                }
                return (end, phrase.form)
            }
            return nil
        }
    }
}
