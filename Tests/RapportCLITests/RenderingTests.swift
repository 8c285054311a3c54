import Testing
@testable import RapportCLI
import RapportCore

/// The pieces under the REPL's screen: completion, input parsing, terminal detection, wrapping, meters.
@Suite struct RenderingTests {
    @Test func tabCompletesTheFirstWordOnly() {
        let commands = ReplCommand.completions
        #expect(TabCompletion.complete(":tr", candidates: commands) == TabCompletion(insertion: "anscript ", choices: []))
        #expect(TabCompletion.complete(":h", candidates: commands) == TabCompletion(insertion: "", choices: [":help", ":hint"]))
        #expect(TabCompletion.complete(":re", candidates: commands) == TabCompletion(insertion: "", choices: [":reload", ":restart"]))
        #expect(TabCompletion.complete(":rel", candidates: commands).insertion == "oad ")
        #expect(TabCompletion.complete("I am :h", candidates: commands) == TabCompletion(insertion: "", choices: []))
        #expect(TabCompletion.complete("dou", candidates: ["double-charge", "late-callback"]).insertion == "ble-charge ")
        #expect(TabCompletion.complete("x", candidates: commands) == TabCompletion(insertion: "", choices: []))
    }

    @Test func inputIsAReplyACommandOrNothing() {
        #expect(ReplInput.parse("  ") == .empty)
        #expect(ReplInput.parse("I'm sorry.") == .reply("I'm sorry."))
        #expect(ReplInput.parse(":goals") == .command(.goals))
        #expect(ReplInput.parse("  :QUIT now ") == .command(.quit))
        #expect(ReplInput.parse(":tr") == .command(.transcript))
        #expect(ReplInput.parse(":re") == .unknownCommand(":re"))  // restart or reload
        #expect(ReplInput.parse(":xyz") == .unknownCommand(":xyz"))
        #expect(ReplInput.parse(":)") == .reply(":)"))
        // A chat-style slash command is caught rather than said to the customer; a slash inside a reply is not.
        #expect(ReplInput.parse("/quit") == .slashCommand(.quit))
        #expect(ReplInput.parse(" /Help ") == .slashCommand(.help))
        #expect(ReplInput.parse("/exit") == .slashCommand(.quit))
        #expect(ReplInput.parse(":exit") == .command(.quit))
        #expect(ReplInput.parse("/q") == .reply("/q"))
        #expect(ReplInput.parse("/quit now please") == .reply("/quit now please"))
        #expect(ReplInput.parse("and/or we can refund it") == .reply("and/or we can refund it"))
        #expect(ReplInput.parse(":-( sorry") == .reply(":-( sorry"))
    }

    @Test func terminalProfileFollowsNoColorDumbTermsPipesAndTheLocale() {
        let tty = TerminalProfile.detect(environment: ["LANG": "en_GB.UTF-8", "TERM": "xterm"], stdoutIsTerminal: true)
        #expect(tty.color && tty.unicode)
        #expect(!TerminalProfile.detect(environment: ["NO_COLOR": "1"], stdoutIsTerminal: true).color)
        #expect(TerminalProfile.detect(environment: ["NO_COLOR": ""], stdoutIsTerminal: true).color)
        #expect(!TerminalProfile.detect(environment: ["TERM": "dumb"], stdoutIsTerminal: true).color)
        #expect(!TerminalProfile.detect(environment: [:], stdoutIsTerminal: false).color)
        // LC_ALL wins over LC_CTYPE, which wins over LANG; no locale at all is ASCII.
        #expect(!TerminalProfile.detect(environment: ["LC_ALL": "C", "LANG": "en_US.UTF-8"], stdoutIsTerminal: true).unicode)
        #expect(TerminalProfile.detect(environment: ["LC_CTYPE": "C.utf8", "LANG": "C"], stdoutIsTerminal: true).unicode)
        #expect(!TerminalProfile.detect(environment: [:], stdoutIsTerminal: true).unicode)
        #expect(TerminalProfile.detect(environment: ["COLUMNS": "50"], stdoutIsTerminal: false).width == 50)
        #expect(TerminalProfile.detect(environment: [:], stdoutIsTerminal: false).width == nil)  // pipes are not wrapped
        #expect(TerminalProfile.detect(environment: ["COLUMNS": "5"], stdoutIsTerminal: false).width == TerminalProfile.minimumWidth)
    }

    @Test func wrappingCountsColumnsLikeATerminal() {
        let wrapper = TextWrapper(width: 10)
        func text(_ lines: [[Styled.Run]]) -> [String] { lines.map { $0.map(\.text).joined() } }
        #expect(text(wrapper.wrap("one two three four")) == ["one two", "three four"])
        #expect(text(wrapper.wrap("😀😀😀😀😀😀")) == ["😀😀😀😀😀", "😀"])  // two columns each
        #expect(text(wrapper.wrap("abcdefghijklmno")) == ["abcdefghij", "klmno"])
        #expect(text(wrapper.wrap("a\nb")) == ["a", "b"])
        #expect(text(TextWrapper(width: 12).wrap("  · one two three")) == ["  · one two", "    three"])
        #expect(text(TextWrapper(width: nil).wrap("no width means one line however long it gets")).count == 1)
        let styled = Styled("say ", .plain) + Styled("that sounds hard", .goodMark)
        let lines = TextWrapper(width: 12).wrap(styled)
        #expect(lines[1] == [Styled.Run(text: "sounds hard", style: .goodMark)])  // the style survives the break
    }

    @Test func wrappingAVeryLongWordTakesLinearTime() {
        // A pasted 1 MB reply is echoed through the wrapper; appending to a shared run made that quadratic
        // (about 20 s for 1.2 million characters), long enough to look like a hang.
        let word = String(repeating: "x", count: 1_000_000)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            #expect(TextWrapper(width: nil).wrap(Styled(word)).map { $0.map(\.text.count).reduce(0, +) } == [1_000_000])
            #expect(TextWrapper(width: 80).wrap(Styled(word)).count == 12_500)
        }
        #expect(elapsed < .seconds(8))
    }

    @Test func asciiFoldingKeepsMeaning() {
        #expect(Screen.asciiFold("“It’s fine” — really…") == "\"It's fine\" - really...")
        #expect(Screen.asciiFold("José") == "Jos?")
    }

    @Test func moodMeterShowsFaceWordAndTrend() {
        let unicode = MoodMeter.header(name: "Dana", moods: [-65, -70, -40], glyphs: .unicode, unicode: true)
        #expect(unicode.plain == "Dana \u{1F620} upset ▂▂▃")
        let ascii = MoodMeter.header(name: "Dana", moods: [-65], glyphs: .ascii, unicode: false)
        #expect(ascii.plain == "Dana [furious -65]")
        #expect(Glyphs.unicode.sparkline([-100, 0, 100]) == "▁▄█")
        #expect(Glyphs.ascii.difficulty(2) == "**...")
    }

    @Test func theEditorIsMadeOnFirstUseWithTheCompletionsSetBefore() {
        nonisolated(unsafe) var made = 0
        let inner = ScriptedLineReader(["hello"])
        let deferred = DeferredLineReader(isInteractive: true) {
            made += 1
            return inner
        }
        deferred.completions = [":help"]
        #expect(made == 0)
        #expect(deferred.read(prompt: "you> ") == .line("hello"))
        #expect(made == 1)
        #expect(inner.completions == [":help"])
        deferred.remember("hello")
        #expect(deferred.read(prompt: "you> ") == .end)
        #expect(made == 1)
        #expect(inner.history == ["hello"])
    }
}
