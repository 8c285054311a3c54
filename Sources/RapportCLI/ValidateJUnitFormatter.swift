import Foundation
import RapportCore
import RapportEngine

/// `--format junit`: JUnit XML as CI test reporters read it, using only the elements and attributes of the common
/// JUnit schema (Jenkins' junit-10.xsd), so strict readers accept it; locations are in the failure text. One `<testsuite>` per scenario file; in it, a
/// `checks` test case that fails when the file has errors (or warnings, with `--strict`), and one test case per
/// golden test. Warnings and infos go to the suite's `<system-out>`.
struct ValidateJUnitFormatter {
    let strict: Bool

    /// Escapes text for XML content and attributes, dropping characters XML 1.0 cannot carry.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            default:
                let v = scalar.value
                if v < 0x20 || (0xD800...0xDFFF).contains(v) || v == 0xFFFE || v == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func seconds(_ value: Double) -> String { String(format: "%.3f", value) }

    func failing(_ d: Diagnostic) -> Bool { d.severity == .error || (strict && d.severity == .warning) }

    func render(_ report: PackReport) -> String {
        var suites = ""
        var totalTests = 0, totalFailures = 0
        for scenario in report.scenarios {
            let name = Self.escape(scenario.scenarioID ?? scenario.path)
            let diagnostics = scenario.diagnostics
            let failures = diagnostics.filter(failing).filter { $0.code != DiagnosticCode.goldenTestFailed.rawValue }
            var cases = "    <testcase classname=\"\(name)\" name=\"checks\" time=\"\(Self.seconds(scenario.seconds))\">\n"
            if !failures.isEmpty {
                let body = failures.map(\.formatted).joined(separator: "\n")
                cases += "      <failure message=\"\(Self.escape("\(failures.count) problem\(failures.count == 1 ? "" : "s"): \(failures[0].message)"))\" type=\"\(failures[0].code)\">\(Self.escape(body))</failure>\n"
            }
            cases += "    </testcase>\n"
            for test in scenario.tests {
                cases += "    <testcase classname=\"\(name)\" name=\"\(Self.escape("golden: " + test.name))\" time=\"\(Self.seconds(test.seconds))\">\n"
                if let failure = test.failure {
                    let place = test.file + (test.line.map { ":\($0)" } ?? "")
                    cases += "      <failure message=\"\(Self.escape(failure))\" type=\"\(DiagnosticCode.goldenTestFailed.rawValue)\">"
                        + "\(Self.escape("\(place): \(failure)"))</failure>\n"
                }
                cases += "    </testcase>\n"
            }
            let tests = 1 + scenario.tests.count
            let failed = (failures.isEmpty ? 0 : 1) + scenario.tests.filter { !$0.passed }.count
            totalTests += tests
            totalFailures += failed
            suites += "  <testsuite name=\"\(Self.escape(scenario.path))\" tests=\"\(tests)\" failures=\"\(failed)\" errors=\"0\" skipped=\"0\" time=\"\(Self.seconds(scenario.seconds))\">\n"
            suites += cases
            let notes = diagnostics.filter { !failing($0) }
            if !notes.isEmpty { suites += "    <system-out>\(Self.escape(notes.map(\.formatted).joined(separator: "\n")))</system-out>\n" }
            suites += "  </testsuite>\n"
        }
        if !report.packDiagnostics.isEmpty {
            let failures = report.packDiagnostics.filter(failing)
            totalTests += 1
            totalFailures += failures.isEmpty ? 0 : 1
            suites += "  <testsuite name=\"pack\" tests=\"1\" failures=\"\(failures.isEmpty ? 0 : 1)\" errors=\"0\" skipped=\"0\" time=\"0.000\">\n"
            suites += "    <testcase classname=\"pack\" name=\"manifest\">\n"
            if let first = failures.first {
                suites += "      <failure message=\"\(Self.escape(first.message))\" type=\"\(first.code)\">\(Self.escape(failures.map(\.formatted).joined(separator: "\n")))</failure>\n"
            }
            suites += "    </testcase>\n  </testsuite>\n"
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"rapport validate\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\" errors=\"0\" time=\"\(Self.seconds(report.seconds))\">\n"
            + suites + "</testsuites>\n"
    }
}
