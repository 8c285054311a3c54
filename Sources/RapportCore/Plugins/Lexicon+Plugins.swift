import Foundation

extension Lexicon {
    /// The shipped lexicon with extra pattern lines appended to the named pattern files (from plugins' `lexicon`
    /// tables). Unknown file names add a new pattern file of that name.
    public static func bundled(adding extra: [String: [String]]) -> Lexicon {
        let directory = Bundle.module.resourcePath ?? ""
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".txt") }
        var classes = ""
        var files: [String: String] = [:]
        for name in names {
            let text = String(decoding: FileManager.default.contents(atPath: directory + "/" + name) ?? Data(), as: UTF8.self)
            let stem = String(name.dropLast(4))
            if stem == "classes" { classes = text } else { files[stem] = text }
        }
        for (stem, lines) in extra where !lines.isEmpty {
            files[stem, default: ""] += "\n" + lines.joined(separator: "\n") + "\n"
        }
        return Lexicon(classes: classes, files: files.map { ($0.key, $0.value) })
    }
}
