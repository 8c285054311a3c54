import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the screen can show: colour, Unicode, and how wide it is.
struct TerminalProfile: Equatable {
    /// Colour escape codes may be used.
    var color: Bool
    /// The terminal's character set is UTF-8 (otherwise only ASCII is printed for symbols and punctuation).
    var unicode: Bool
    /// A fixed width to wrap at; nil means the terminal's width if there is one, else no wrapping.
    var columns: Int?
    /// Follow the terminal's width as it is resized (when `columns` is nil).
    var followsTerminal: Bool

    /// Narrowest width wrapped to; anything narrower is treated as this.
    static let minimumWidth = 24

    /// A fixed profile (tests, files).
    init(color: Bool, unicode: Bool, columns: Int?) {
        self.color = color
        self.unicode = unicode
        self.columns = columns
        self.followsTerminal = false
    }

    /// The width to wrap at now, or nil for no wrapping.
    var width: Int? {
        if let columns { return max(Self.minimumWidth, columns) }
        guard followsTerminal, let live = Self.terminalWidth() else { return nil }
        return max(Self.minimumWidth, live)
    }

    /// The profile of standard output under `environment`: colour per ``Terminal/colorEnabled`` rules, Unicode
    /// when the locale (`LC_ALL`, else `LC_CTYPE`, else `LANG`) names UTF-8, width from `COLUMNS` or the tty.
    static func detect(environment: [String: String] = ProcessInfo.processInfo.environment, stdoutIsTerminal: Bool = Terminal.stdoutIsTerminal) -> TerminalProfile {
        var color = stdoutIsTerminal
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { color = false }
        if environment["TERM"] == "dumb" { color = false }
        var profile = TerminalProfile(color: color, unicode: isUTF8(environment), columns: environment["COLUMNS"].flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil })
        profile.followsTerminal = stdoutIsTerminal
        return profile
    }

    /// True when the effective locale's character set is UTF-8.
    static func isUTF8(_ environment: [String: String]) -> Bool {
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        let lowered = locale.lowercased()
        return lowered.contains("utf-8") || lowered.contains("utf8")
    }

    /// The width of the terminal on standard output, if it is one.
    static func terminalWidth() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
