import Foundation

/// The analyzer's word classes and phrase patterns, read once from the text files in `Resources/`.
///
/// `classes.txt` defines word classes (`[feeling]` followed by words); every other `.txt` file holds phrase
/// patterns, grouped in `[sections]`. A pattern's label is `file` or `file.section`. See `Resources/README.md`.
public struct Lexicon: Sendable {
    /// The lexicon shipped with the package, loaded on first use.
    public static let shared: Lexicon = Lexicon.loadBundled()

    /// Word → number for every word a pattern or class mentions.
    var vocabulary: [String: Int32] = [:]
    /// Class name → its bit.
    var classBits: [String: UInt64] = [:]
    /// Word → bit set of the classes it belongs to.
    var classesOfWord: [String: UInt64] = [:]
    /// Class prefixes ("frustrat*"), keyed by prefix length.
    var classPrefixes: [Int: [String: UInt64]] = [:]
    /// All compiled patterns.
    var patterns: [PhrasePattern] = []
    /// Label names by number.
    public internal(set) var labels: [String] = []
    var labelNumbers: [String: Int] = [:]
    /// Labels whose matches stand even inside a negation's scope.
    var negationKept: Set<Int> = []
    /// Problems found while reading the files (empty for a healthy lexicon).
    public internal(set) var problems: [String] = []

    var byWord: [Int32: [Int]] = [:]
    var byClass: [(bit: UInt64, patterns: [Int])] = []
    var unindexed: [Int] = []
    /// Vocabulary number and class bits (prefix classes included) of every word the lexicon knows.
    var wordInfo = WordTable<(id: Int32, classes: UInt64)>([:])
    /// The patterns in the form the matcher runs.
    var program: FlatProgram = FlatProgram([])
    /// Pattern words already compiled while the files are read (emptied once the index is built).
    var compiledWords: [String: [PhrasePattern.Element]] = [:]

    /// Builds a lexicon from named file contents: `classes` is the word-class file, `files` the pattern files by stem.
    public init(classes: String, files: [(name: String, text: String)]) {
        readClasses(classes)
        for (name, text) in files.sorted(by: { $0.name < $1.name }) { readPatterns(name, text) }
        buildIndex()
    }

    static func loadBundled() -> Lexicon {
        bundled(adding: [:])
    }

    /// The number of a label, or nil when no file defines it.
    public func label(_ name: String) -> Int? { labelNumbers[name] }

    /// The class bit of a class name, 0 when unknown.
    public func classBit(_ name: String) -> UInt64 { classBits[name] ?? 0 }

    /// A bitmap of the first three bytes of every class prefix, to skip the prefix lookups for most words.
    var prefixHeads = [UInt64](repeating: 0, count: 128)

    @inline(__always) static func headSlot(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
        (Int(a) &* 961 &+ Int(b) &* 31 &+ Int(c)) & 8191
    }

    /// False when no class prefix can start `word` (checked on its first three bytes).
    @inline(__always) func mayHavePrefix(_ word: String) -> Bool {
        var it = word.utf8.makeIterator()
        guard let a = it.next(), let b = it.next(), let c = it.next() else { return true }
        let slot = Lexicon.headSlot(a, b, c)
        return prefixHeads[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }

    /// Fills in each token's vocabulary number and class bits.
    func annotate(_ tokens: inout [Token]) {
        let lengths = classPrefixes.keys
        let number = classBits["number"] ?? 0
        for k in tokens.indices {
            let norm = tokens[k].norm
            if let first = norm.utf8.first, first >= 48 && first <= 57 {
                tokens[k].id = vocabulary[norm] ?? -1
                tokens[k].classes = number
                continue
            }
            let info = wordInfo[norm]
            tokens[k].id = info?.id ?? -1
            var bits = info?.classes ?? 0
            if info == nil, mayHavePrefix(norm) {
                let count = norm.utf8.count
                for length in lengths where length <= count {
                    if let head = String(norm.utf8.prefix(length)), let hit = classPrefixes[length]?[head] { bits |= hit }
                }
            }
            tokens[k].classes = bits
        }
    }
}
