extension ConcreteTime {
    /// A word of up to 8 ASCII letters (or `%`), lower case, packed into an integer, one byte per letter: cheap to
    /// make and compare on every word of a reply, with no string made. 0 for a longer word or none.
    typealias WordKey = UInt64

    /// The key of `word` (see ``WordKey``).
    static func key(_ word: String) -> WordKey {
        guard word.utf8.count <= 8 else { return 0 }
        return word.utf8.reduce(0) { $0 << 8 | WordKey($1) }
    }

    /// The keys of the words the reader looks for (``ConcreteTime/hourWords`` among them: compared one by one,
    /// which is cheaper than a set look-up on every word).
    enum Keys {
        static let by = key("by"), at = key("at"), before = key("before"), around = key("around")
        static let noon = key("noon"), midday = key("midday"), o = key("o"), clock = key("clock"), oclock = key("oclock")
        static let half = key("half"), quarter = key("quarter"), past = key("past"), to = key("to")
        static let within = key("within"), in_ = key("in"), the = key("the"), an = key("an"), hour = key("hour")
        static let twenty = key("twenty"), thirty = key("thirty")
        static let minutes = key("minutes"), minute = key("minute"), mins = key("mins"), min = key("min")
        /// ``ConcreteTime/amountWords``, asked only after a clock hour.
        static let amounts = Set(amountWords.map(key))
    }

    /// The text's UTF-8 bytes, read with ASCII letters in lower case, as Lua's patterns read them. Offsets are byte
    /// offsets into the text, so a phrase found in the lowered bytes is the same span of the original text. Valid
    /// only while the bytes are (inside `String.withUTF8`): it reads them in place, with no copy.
    struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        /// The byte at `i`, lower-cased if it is an ASCII capital; 0 past the end (no rule matches 0).
        subscript(i: Int) -> UInt8 {
            guard i < bytes.count else { return 0 }
            let byte = bytes[i]
            return byte &- 0x41 < 26 ? byte | 0x20 : byte
        }

        /// The original text of bytes `start..<end`.
        func text(from start: Int, to end: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }

        /// An ASCII digit.
        static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
        /// An ASCII letter, once lower-cased by the subscript.
        static func isLetter(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }
        /// Lua's `%s`: space, tab, line feed, vertical tab, form feed, carriage return.
        static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte &- 0x09 < 5 }

        /// The first letters of the words a rule starts with (by, at, before, around, noon, midday, o'clock, half,
        /// quarter, within, in, twenty, thirty), one bit per letter from a: a word starting otherwise is passed over,
        /// as is one longer than "quarter". A rule with a new first word needs its letter here.
        static let startLetters: UInt32 = "abhimnoqtw".utf8.reduce(0) { $0 | 1 << ($1 - 0x61) }

        /// The first concrete time from byte `i` on: where it starts and ends, and its form. Reads run by run: a number
        /// or a word is read once, and the rules start only at the first byte of one.
        func first(from i: Int) -> (start: Int, end: Int, form: Form)? {
            var i = i
            while i < bytes.count {
                let byte = self[i]
                if Self.isDigit(byte) {
                    let number = number(at: i)
                    if let end = clockTime(at: i, number: number) { return (i, end, .clockTime) }
                    if let end = minutes(after: number.end) { return (i, end, .shortWait) }
                    i = number.end
                } else if Self.isLetter(byte) {
                    let word = word(at: i)
                    // Only a word of 1 to 7 letters starting with one of ``startLetters`` can begin a rule.
                    if Self.startLetters & 1 << (byte - 0x61) != 0, word.end - i <= 7 {
                        if let end = clockHour(after: word) { return (i, end, .clockHour) }
                        if let found = namedPhrase(after: word) { return (i, found.end, found.form) }
                    }
                    i = word.end
                } else {
                    i += 1
                }
            }
            return nil
        }

        /// The end of the run of letters at `i` (also of `%` signs, with `percent`) and its key.
        func word(at i: Int, percent: Bool = false) -> (end: Int, key: WordKey) {
            var end = i, key: WordKey = 0
            while true {
                let byte = self[end]
                guard Self.isLetter(byte) || (percent && byte == 0x25) else { break }
                key = end &- i < 8 ? key << 8 | WordKey(byte) : 0
                end += 1
            }
            return (end, key)
        }

        /// The word after at least one space at `i`, or nil when no space comes first.
        func nextWord(at i: Int) -> (end: Int, key: WordKey)? {
            let start = skipSpaces(at: i)
            return start > i ? word(at: start) : nil
        }

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
        func clockTime(at i: Int, number hour: (end: Int, value: Int)) -> Int? {
            let minutes = minutesAfterHour(at: hour.end)
            if let end = meridiem(at: skipSpaces(at: minutes.end ?? hour.end)) { return end }
            guard let minutesEnd = minutes.end, self[hour.end] == 0x3A, hour.end - i <= 2, hour.value <= 24 else { return nil }
            return minutesEnd
        }

        /// "am" or "pm" at `i`, with an optional dot inside ("a.m", "p.m"), not followed by a letter: its end.
        func meridiem(at i: Int) -> Int? {
            guard self[i] == 0x61 || self[i] == 0x70 else { return nil }
            let m = self[i + 1] == 0x2E ? i + 2 : i + 1
            guard self[m] == 0x6D, !Self.isLetter(self[m + 1]) else { return nil }
            return m + 1
        }

        /// A number of minutes after the digits ending at `end`: "20 minutes", "1 minute", "5 mins".
        func minutes(after end: Int) -> Int? {
            let unit = word(at: skipSpaces(at: end))
            let key = unit.key
            return key == Keys.minutes || key == Keys.minute || key == Keys.mins || key == Keys.min ? unit.end : nil
        }

        /// A clock hour after the word `lead`, when it is one of ``ConcreteTime/hourWords``: "by 3", "at 4 today",
        /// "around 3.30"; not "by 13", "at 2 days", "by 3rd", "at 5%", "by 1.5 days", "by 3,000", nor "at 3pm"
        /// (a clock time, found at its digits).
        func clockHour(after lead: (end: Int, key: WordKey)) -> Int? {
            let key = lead.key
            guard key == Keys.by || key == Keys.at || key == Keys.before || key == Keys.around else { return nil }
            let start = skipSpaces(at: lead.end)
            guard start > lead.end else { return nil }
            let (hourEnd, hour) = number(at: start)
            guard hourEnd > start, hour >= 1, hour <= 12 else { return nil }
            let minutes = minutesAfterHour(at: hourEnd)
            if minutes.rejected { return nil }
            let end = minutes.end ?? hourEnd
            let next = skipSpaces(at: end)
            if meridiem(at: next) != nil { return nil }
            // The word straight after the number (letters or "%"), if any: "days", "rd", "%" make it an amount.
            let after = word(at: next, percent: true)
            guard after.end == next || !Keys.amounts.contains(after.key) else { return nil }
            return end
        }

        /// A time or short wait in words starting with the word `first`, with its form: "noon", "midday",
        /// "o'clock", "oclock", "half past", "quarter past", "quarter to"; "within the hour", "within an hour",
        /// "in an hour", "half an hour", "twenty minutes", "thirty minutes". Each word whole.
        func namedPhrase(after first: (end: Int, key: WordKey)) -> (end: Int, form: Form)? {
            let key = first.key
            if key == Keys.noon || key == Keys.midday || key == Keys.oclock {
                return (first.end, .namedTime)
            } else if key == Keys.o {
                // "o'clock", with a straight or a curly (U+2019) apostrophe.
                let quote = self[first.end] == 0x27 ? 1
                    : self[first.end] == 0xE2 && self[first.end + 1] == 0x80 && self[first.end + 2] == 0x99 ? 3 : 0
                guard quote > 0 else { return nil }
                let clock = word(at: first.end + quote)
                return clock.key == Keys.clock ? (clock.end, .namedTime) : nil
            } else if key == Keys.half {
                guard let second = nextWord(at: first.end) else { return nil }
                if second.key == Keys.past { return (second.end, .namedTime) }
                return second.key == Keys.an ? hour(after: second) : nil
            } else if key == Keys.quarter {
                guard let second = nextWord(at: first.end), second.key == Keys.past || second.key == Keys.to else { return nil }
                return (second.end, .namedTime)
            } else if key == Keys.within {
                guard let second = nextWord(at: first.end), second.key == Keys.the || second.key == Keys.an else { return nil }
                return hour(after: second)
            } else if key == Keys.in_ {
                guard let second = nextWord(at: first.end), second.key == Keys.an else { return nil }
                return hour(after: second)
            } else if key == Keys.twenty || key == Keys.thirty {
                guard let second = nextWord(at: first.end), second.key == Keys.minutes else { return nil }
                return (second.end, .shortWait)
            }
            return nil
        }

        /// "hour" as the next word after `word`: the end of a short wait ("in an hour", "within the hour").
        func hour(after word: (end: Int, key: WordKey)) -> (end: Int, form: Form)? {
            guard let hour = nextWord(at: word.end), hour.key == Keys.hour else { return nil }
            return (hour.end, .shortWait)
        }
    }
}
