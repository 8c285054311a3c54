import Foundation
import RapportCore
import RapportEngine

/// `--format sarif`: SARIF 2.1.0 for code-scanning UIs. One rule per diagnostic code (with its help page), one
/// result per diagnostic, located by file, line and column where known.
struct ValidateSARIFFormatter {
    struct Text: Encodable { var text: String }
    struct Configuration: Encodable { var level: String }
    struct Rule: Encodable {
        var id: String
        var name: String
        var shortDescription: Text
        var helpUri: String?
        var defaultConfiguration: Configuration
    }
    struct Driver: Encodable {
        var name: String
        var version: String
        var informationUri: String?
        var rules: [Rule]
    }
    struct Tool: Encodable { var driver: Driver }
    struct Artifact: Encodable { var uri: String }
    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int?
    }
    struct Physical: Encodable {
        var artifactLocation: Artifact
        var region: Region?
    }
    struct Location: Encodable { var physicalLocation: Physical }
    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Text
        var locations: [Location]
    }
    struct Run: Encodable {
        var tool: Tool
        var results: [Result]
    }
    struct Log: Encodable {
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]
        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    let links: DiagnosticLinks

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// A relative path as a URI reference (percent-encoded); an absolute path as a `file://` URI.
    static func uri(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ":")
        let encoded = path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }

    func render(_ report: PackReport) throws -> String {
        let codes = DiagnosticCode.allCases
        let rules = codes.map {
            Rule(id: $0.rawValue, name: $0.ruleName, shortDescription: Text(text: $0.summary), helpUri: links.absoluteURL($0.rawValue),
                 defaultConfiguration: Configuration(level: Self.level($0.defaultSeverity)))
        }
        let ruleIndex = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1.rawValue, $0) })
        let results = report.allDiagnostics.map { d -> Result in
            let region = d.line.map { Region(startLine: max(1, $0), startColumn: d.column.map { max(1, $0) }) }
            let locations = d.file.map { [Location(physicalLocation: Physical(artifactLocation: Artifact(uri: Self.uri($0)), region: region))] } ?? []
            return Result(ruleId: d.code, ruleIndex: ruleIndex[d.code] ?? 0, level: Self.level(d.severity), message: Text(text: d.message), locations: locations)
        }
        let driver = Driver(name: "rapport validate", version: RapportCommand.version, informationUri: links.absoluteURL("README")?.replacingOccurrences(of: "README.md", with: ""),
                            rules: rules)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(Log(runs: [Run(tool: Tool(driver: driver), results: results)]))
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
