import Foundation
import RapportCore
import RapportEngine

/// `--format github`: GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=RP0012::message`),
/// one per diagnostic and failed golden test, then a plain summary line.
struct ValidateGitHubFormatter {
    /// Escapes a command's message: `%`, CR and LF.
    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Escapes a property value: as a message, plus `:` and `,`.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    func command(_ d: Diagnostic) -> String {
        let kind: String
        switch d.severity {
        case .error: kind = "error"
        case .warning: kind = "warning"
        case .info: kind = "notice"
        }
        var properties: [String] = []
        if let file = d.file { properties.append("file=" + Self.escapeProperty(file)) }
        if let line = d.line { properties.append("line=\(line)") }
        if let column = d.column { properties.append("col=\(column)") }
        properties.append("title=" + Self.escapeProperty(d.code))
        return "::\(kind) \(properties.joined(separator: ","))::\(Self.escapeData(d.message))"
    }

    func render(_ report: PackReport) -> String {
        var out = ""
        for diagnostic in report.allDiagnostics { out += command(diagnostic) + "\n" }
        let tests = report.allTests
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        out += "rapport validate: \(plural(report.scenarios.count, "scenario")), \(plural(report.count(.error), "error")), \(plural(report.count(.warning), "warning")), "
            + "golden tests \(tests.filter(\.passed).count)/\(tests.count) passed\n"
        return out
    }
}
