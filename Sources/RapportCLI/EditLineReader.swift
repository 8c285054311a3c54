import CEditLine
import Foundation
import RapportCore
#if canImport(Glibc)
import Glibc
#endif

/// Reads lines from a terminal through libedit: arrow keys, Emacs keys, history within and across sessions
/// (a history file), Tab completion of the first word, and Ctrl-C to cancel the line being typed.
///
/// Ctrl-C reaches libedit as a key (the edit-mode tty settings turn `isig` off), so no signal is involved while
/// a line is edited; callbacks from C only set fields and return, they never unwind.
final class EditLineReader: LineReader {
    let isInteractive = true
    var completions: [String] = []
    /// Where the history is kept, or nil for none.
    let historyPath: String?
    private let editor: OpaquePointer
    private let history: OpaquePointer
    private var promptText: UnsafeMutablePointer<CChar>?
    private var cancelled = false
    /// Characters read for the line being edited, and the count of an overlong line once it was dropped.
    private var typed = 0
    private var overlong: Int?
    /// How many characters a line may have before it is dropped unedited: twice the longest reply a session
    /// takes, so only a paste reaches it. libedit redraws the line for every character (≈ 50 µs each), so a
    /// 1 MB paste would otherwise keep the trainee waiting most of a minute for a refusal.
    static let lineLimit = 8_000

    /// Sets up libedit on the standard streams; nil when it cannot (no terminal).
    init?(historyPath: String?) {
        setlocale(LC_CTYPE, "")  // libedit reads multibyte input in the locale's encoding
        guard let editor = rapport_el_init_std("rapport") else { return nil }
        guard let history = history_init() else {
            el_end(editor)
            return nil
        }
        self.editor = editor
        self.history = history
        self.historyPath = historyPath
        rapport_history_setsize(history, 1000)
        rapport_history_setunique(history, 1)
        if let historyPath { rapport_history_load(history, historyPath) }
        rapport_el_configure(editor)
        rapport_el_set_history(editor, history)
        rapport_el_set_clientdata(editor, Unmanaged.passUnretained(self).toOpaque())
        rapport_el_set_prompt(editor, { el in el.flatMap(EditLineReader.from)?.promptText }, 0)
        rapport_el_setty_edit(editor, "-isig")
        rapport_el_add_function(editor, "rapport-complete", "Complete a command or scenario id", { el, _ in
            guard let el, let reader = EditLineReader.from(el) else { return UInt8(CC_ERROR) }
            return reader.complete()
        })
        rapport_el_add_function(editor, "rapport-cancel", "Cancel the line", { el, _ in
            guard let el, let reader = EditLineReader.from(el) else { return UInt8(CC_ERROR) }
            return reader.cancelLine()
        })
        rapport_el_set_getc(editor) { el, character in
            guard let el, let character, let reader = EditLineReader.from(el) else { return -1 }
            return reader.readCharacter(into: character)
        }
        rapport_el_bind(editor, "^I", "rapport-complete")
        rapport_el_bind(editor, "^C", "rapport-cancel")
        el_source(editor, nil)  // the user's ~/.editrc, if any
    }

    deinit {
        el_end(editor)
        history_end(history)
        free(promptText)
    }

    func read(prompt: String) -> LineEvent {
        free(promptText)
        promptText = strdup(prompt)
        cancelled = false
        typed = 0
        overlong = nil
        el_resize(editor)
        var count: Int32 = 0
        let line = el_gets(editor, &count)
        if cancelled { return .cancelled }
        if let overlong { return .overlong(characters: overlong) }
        guard let line, count > 0 else {
            Terminal.write("\n")
            return .end
        }
        var text = String(cString: line)
        while text.last == "\n" || text.last == "\r" { text.removeLast() }
        return .line(text)
    }

    func remember(_ line: String) {
        guard !line.trimmed.isEmpty else { return }
        rapport_history_enter(history, line)
        guard let historyPath else { return }
        try? FileManager.default.createDirectory(atPath: (historyPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        rapport_history_save(history, historyPath)
        chmod(historyPath, 0o600)  // replies can be personal
    }

    private static func from(_ el: OpaquePointer) -> EditLineReader? {
        rapport_el_clientdata(el).map { Unmanaged<EditLineReader>.fromOpaque($0).takeUnretainedValue() }
    }

    /// Tab: completes the first word, or lists the choices.
    private func complete() -> UInt8 {
        guard let info = el_line(editor)?.pointee else { return UInt8(CC_ERROR) }
        let length = info.cursor - info.buffer
        let before = String(decoding: UnsafeRawBufferPointer(start: info.buffer, count: max(0, length)), as: UTF8.self)
        let completion = TabCompletion.complete(before, candidates: completions)
        if !completion.insertion.isEmpty {
            return el_insertstr(editor, completion.insertion) == 0 ? UInt8(CC_REFRESH) : UInt8(CC_ERROR)
        }
        if !completion.choices.isEmpty {
            rapport_flush_stdout()
            // Scenario ids come from scenario files: sanitized like any scenario text.
            Terminal.write("\n" + completion.choices.map(TerminalSafe.sanitize).joined(separator: "  ") + "\n")
            return UInt8(CC_REDISPLAY)
        }
        return UInt8(CC_REFRESH_BEEP)
    }

    /// Reads one character from standard input for libedit, decoding it in the locale's encoding as libedit
    /// would (an invalid byte stands for itself). Past ``lineLimit`` characters the rest of the line is read and
    /// dropped and a newline is handed over instead, so `read` reports an overlong line.
    /// Returns 1 with a character, 0 at end of input, -1 on a read error.
    private func readCharacter(into character: UnsafeMutablePointer<wchar_t>) -> Int32 {
        var state = mbstate_t()
        var byte: UInt8 = 0
        while true {
            let got = Glibc.read(0, &byte, 1)
            if got == 0 { return 0 }
            if got < 0 {
                if errno == EINTR { continue }
                return -1
            }
            var wide: wchar_t = 0
            let used = withUnsafePointer(to: &byte) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 1) { mbrtowc(&wide, $0, 1, &state) }
            }
            if used == -2 { continue }  // the middle of a multibyte character
            if used == -1 {
                state = mbstate_t()
                wide = wchar_t(byte)
            }
            typed += 1
            if typed > EditLineReader.lineLimit, overlong == nil {
                overlong = typed + dropRestOfLine()
                wide = 0x0A
            }
            character.pointee = wide
            return 1
        }
    }

    /// Reads and drops input up to the end of the line (a newline or carriage return, which is dropped too, or the
    /// end of input); returns how many characters (UTF-8 lead bytes) it dropped.
    private func dropRestOfLine() -> Int {
        var buffer = [UInt8](repeating: 0, count: 1)
        var dropped = 0
        while true {
            let got = Glibc.read(0, &buffer, 1)
            if got < 0 && errno == EINTR { continue }
            guard got > 0, buffer[0] != 0x0A, buffer[0] != 0x0D else { return dropped }
            if buffer[0] & 0xC0 != 0x80 { dropped += 1 }
        }
    }

    /// Ctrl-C: shows `^C` at the end of the line and ends it; `read` then reports a cancellation.
    private func cancelLine() -> UInt8 {
        if let info = el_line(editor)?.pointee { el_cursor(editor, Int32(info.lastchar - info.cursor)) }
        el_insertstr(editor, "^C")
        cancelled = true
        el_push(editor, "\n")
        return UInt8(CC_REFRESH)
    }
}
