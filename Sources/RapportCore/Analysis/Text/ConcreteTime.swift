/// A concrete time of day, or a short concrete wait, named in a text: something a customer can plan around.
///
/// "I'll ring you back at 3pm", "by 3", "at noon", "in 20 minutes" name one; "within 24 hours", "in 3 days",
/// "by the 3rd", "this afternoon" and "as soon as possible" do not. What counts (case is ignored; letters, digits
/// and spaces are ASCII, as in Lua patterns; words are whole words):
///
/// - a clock time: a number followed by am or pm ("3pm", "3 p.m.", "10am", "3.30pm"), or an hour 0–24 and minutes
///   00–59 with a colon ("10:30", "17:45");
/// - a clock hour in digits, 1 to 12, after "by", "at", "before" or "around", optionally with two-digit minutes
///   after a dot or colon ("by 3", "at 4 today", "before 5 this afternoon", "around 3.30") — unless the next word
///   makes the number an amount ("by 3 working days", "at 2 days", "by 3rd", "at 5%", "by 3 pounds": see
///   ``amountWords``) or it is a decimal or a thousands figure ("by 1.5 days", "by 3,000");
/// - a time in words: "noon", "midday", "o'clock" (also with a curly apostrophe, or as "oclock"), "half past",
///   "quarter past", "quarter to";
/// - a short wait: a number of minutes in digits ("in 20 minutes", "5 mins"), "twenty minutes", "thirty minutes",
///   "half an hour", "in an hour", "within an hour", "within the hour".
///
/// Durations in hours, days, weeks or months ("24 hours", "in 48 hours", "within 3 working days"), dates ("by the
/// 3rd"), parts of the day ("this afternoon", "end of day", "tomorrow") and "soon"/"as soon as possible" are not
/// concrete times. Hours in words ("by four") count only with "o'clock".
public struct ConcreteTime: Hashable, Sendable {
    /// How a time is said.
    public enum Form: String, Hashable, Sendable, CaseIterable {
        /// A number with am/pm, or hours and minutes with a colon: "3pm", "3 p.m.", "3.30pm", "10:30".
        case clockTime
        /// A clock hour in digits after "by", "at", "before" or "around": "by 3", "at 4", "around 3.30".
        case clockHour
        /// A time in words: "noon", "midday", "o'clock", "half past", "quarter past", "quarter to".
        case namedTime
        /// A short wait: "20 minutes", "twenty minutes", "thirty minutes", "half an hour", "in an hour", "within
        /// an hour", "within the hour".
        case shortWait
    }

    /// How the time is said.
    public let form: Form
    /// The words that name the time, exactly as the text has them ("by 3", "3 P.M", "half past", "20 minutes").
    public let phrase: String

    /// A time said as `phrase`, in the form `form`.
    public init(form: Form, phrase: String) {
        self.form = form
        self.phrase = phrase
    }

    /// True when `text` names a concrete time of day or a short concrete wait (see ``ConcreteTime``); false for
    /// empty text. Never fails, whatever the text.
    public static func isNamed(in text: String) -> Bool {
        first(in: text) != nil
    }

    /// The first concrete time `text` names, reading from its start (see ``ConcreteTime`` for what counts), or nil
    /// when it names none. Never fails, whatever the text.
    public static func first(in text: String) -> ConcreteTime? {
        var text = text
        return text.withUTF8 { bytes in
            let reader = Reader(bytes)
            guard let found = reader.first(from: 0) else { return nil }
            return ConcreteTime(form: found.form, phrase: reader.text(from: found.start, to: found.end))
        }
    }

    /// Words that, straight after a number, make it an amount rather than an hour: "by 3 working days", "at 2 days",
    /// "by 3rd", "at 5%", "at 5 per cent", "by 3 pounds".
    public static let amountWords: Set<String> = [
        "day", "days", "hour", "hours", "hr", "hrs", "week", "weeks", "month", "months", "year", "years", "working",
        "business", "calendar", "st", "nd", "rd", "th", "%", "percent", "per", "pounds", "quid", "pence", "euros",
        "dollars", "times",
    ]

    /// Words that put a clock hour in digits after them: "by 3", "at 4 today", "before 5", "around 3.30".
    public static let hourWords: Set<String> = ["by", "at", "before", "around"]
}
