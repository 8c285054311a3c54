import RapportCore
import RapportProgress

extension ShiftRunner {
    /// Asks the check-in items after call `afterCall` and stores the answers. Returns nil when the trainee ended the
    /// shift (`q`) or input ended; the answers given so far are kept either way.
    func checkIn(afterCall: Int) -> CheckIn? {
        let glyphs = screen.glyphs
        screen.line(Styled("Check-in \(glyphs.dash) about 20 seconds", .bold))
        screen.line(Styled("A self-reflection, not a clinical test. Rate each from 1 (not at all) to 5 (very much); Enter skips a question, q ends the shift.", .dim))
        var ratings: [CheckInItem: Int] = [:]
        var stopped = false
        items: for item in CheckInItem.allCases {
            for _ in 0..<3 {
                let event = ask("  \(item.question) [1-5] ")
                guard case .line(let text) = event else {
                    if event == .end { stopped = true; break items }
                    continue items  // Ctrl-C skips the question
                }
                let answer = text.trimmed.lowercased()
                if answer.isEmpty { continue items }
                if ["q", "quit", ":quit"].contains(answer) { stopped = true; break items }
                if let value = Int(answer), (1...5).contains(value) {
                    ratings[item] = value
                    continue items
                }
                screen.line(Styled("Type a number from 1 to 5, press Enter to skip, or q to end the shift.", .warn), indent: 2)
            }
        }
        let checkIn = CheckIn(afterCall: afterCall, ratings: ratings)
        if !checkIn.isSkipped || !stopped {
            checkIns.append(checkIn)
            if let shiftID = shift?.id {
                recorder.attempt { store throws(ProgressError) in try store.record(CheckInEntry(shiftID: shiftID, checkIn: checkIn)) }
            }
        }
        screen.blank()
        if stopped {
            screen.line(Styled(inputEnded ? "Input ended: the shift ends here." : "You ended the shift.", .dim))
            screen.blank()
            return nil
        }
        return checkIn
    }
}
