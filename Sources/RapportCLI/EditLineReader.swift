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
        el_resize(editor)
        var count: Int32 = 0
        let line = el_gets(editor, &count)
        if cancelled { return .cancelled }
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

    /// Ctrl-C: shows `^C` at the end of the line and ends it; `read` then reports a cancellation.
    private func cancelLine() -> UInt8 {
        if let info = el_line(editor)?.pointee { el_cursor(editor, Int32(info.lastchar - info.cursor)) }
        el_insertstr(editor, "^C")
        cancelled = true
        el_push(editor, "\n")
        return UInt8(CC_REFRESH)
    }
}
