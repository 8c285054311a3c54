/// Reading the lexicon files: splitting lines, word classes, compiling patterns and indexing them.
extension Lexicon {

    /// Splits a lexicon file into numbered lines of words, dropping comments; a `(…)` group stays one word.
    /// Works on UTF-8 bytes: the files are read on every start, so this is kept fast.
    static func lines(_ text: String) -> [(number: Int, words: [String])] {
        var out: [(Int, [String])] = []
        let bytes = Array(text.utf8)
        var number = 0, i = 0
        while i <= bytes.count {
            number += 1
            var end = i
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            var words: [String] = []
            var wordStart = -1, depth = 0
            var k = i
            while k < end {
                let b = bytes[k]
                if b == UInt8(ascii: "#") && (k == i || bytes[k - 1] == 0x20 || bytes[k - 1] == 0x09) && wordStart < 0 { break }
                if b == UInt8(ascii: "(") { depth += 1 }
                if b == UInt8(ascii: ")") { depth = max(0, depth - 1) }
                let space = b == 0x20 || b == 0x09 || b == 0x0D
                if space && depth == 0 {
                    if wordStart >= 0 { words.append(word(bytes, wordStart, k)); wordStart = -1 }
                } else if wordStart < 0 {
                    wordStart = k
                }
                k += 1
            }
            if wordStart >= 0 { words.append(word(bytes, wordStart, k)) }
            if !words.isEmpty { out.append((number, words)) }
            i = end + 1
        }
        return out
    }

    /// One word of a lexicon line; tabs and carriage returns inside a group become spaces.
    static func word(_ bytes: [UInt8], _ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end].map { $0 == 0x09 || $0 == 0x0D ? 0x20 : $0 }, as: UTF8.self)
    }

    /// Lower case with straight apostrophes, as the tokenizer folds words.
    static func fold(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: word.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
        }
        return String(word.lowercased().map { $0 == "\u{2019}" || $0 == "\u{2018}" ? "'" : $0 })
    }

    mutating func intern(_ word: String) -> Int32 {
        if let id = vocabulary[word] { return id }
        let id = Int32(vocabulary.count)
        vocabulary[word] = id
        return id
    }

    mutating func readClasses(_ text: String) {
        var current: UInt64 = 0
        for (number, words) in Lexicon.lines(text) {
            if words.count == 1, words[0].hasPrefix("["), words[0].hasSuffix("]") {
                let name = String(words[0].dropFirst().dropLast())
                if let bit = classBits[name] { current = bit; continue }
                guard classBits.count < 64 else { problems.append("classes.txt:\(number): more than 64 classes"); continue }
                current = 1 << UInt64(classBits.count)
                classBits[name] = current
                continue
            }
            guard current != 0 else { problems.append("classes.txt:\(number): word outside a [class]"); continue }
            for raw in words {
                let word = Lexicon.fold(raw)
                if word.hasSuffix("*"), word.count > 1 {
                    let prefix = String(word.dropLast())
                    classPrefixes[prefix.utf8.count, default: [:]][prefix, default: 0] |= current
                } else {
                    for part in Contractions.expand(word) { classesOfWord[part, default: 0] |= current }
                }
            }
        }
    }

    mutating func labelNumber(_ name: String) -> Int {
        if let n = labelNumbers[name] { return n }
        labels.append(name)
        labelNumbers[name] = labels.count - 1
        return labels.count - 1
    }

    mutating func readPatterns(_ file: String, _ text: String) {
        var label = labelNumber(file)
        var keepNegated = false
        for (number, words) in Lexicon.lines(text) {
            let origin = "\(file).txt:\(number)"
            if words[0] == "%keep-negated" { keepNegated = true; negationKept.insert(label); continue }
            if words.count == 1, words[0].hasPrefix("["), words[0].hasSuffix("]") {
                label = labelNumber(file + "." + words[0].dropFirst().dropLast())
                if keepNegated { negationKept.insert(label) }
                continue
            }
            if let pattern = compile(words, label: label, origin: origin) {
                patterns.append(contentsOf: Lexicon.expandLeadingOptionals(pattern))
            }
        }
    }

    mutating func compile(_ words: [String], label: Int, origin: String) -> PhrasePattern? {
        var words = words
        var anchored = false, kind = PhrasePattern.SentenceKind.any
        if words.first == "^" { anchored = true; words.removeFirst() }
        if words.last == "$q" { kind = .question; words.removeLast() } else if words.last == "$s" { kind = .statement; words.removeLast() }
        var elements: [(element: PhrasePattern.Element, optional: Bool)] = []
        for raw in words {
            var word = raw
            var optional = false
            // Byte-level tests: every start reads the whole lexicon, and Character-level ones cost more.
            if word.utf8.count > 1, word.utf8.last == UInt8(ascii: "?") { optional = true; word.removeLast() }
            if word == "..." { elements.append((.gap(3), false)); continue }
            if word == "*" { elements.append((.any, optional)); continue }
            let utf8 = word.utf8
            if utf8.first == UInt8(ascii: "@") {
                guard let bit = classBits[String(word.dropFirst())] else {
                    problems.append("\(origin): unknown class \(word)"); return nil
                }
                elements.append((.wordClass(bit), optional)); continue
            }
            if utf8.count > 1, utf8.first == UInt8(ascii: "("), utf8.last == UInt8(ascii: ")") {
                let inner = utf8.dropFirst().dropLast()
                // "(a|b (c|d))" would split into stray one-word options that match almost anything.
                if inner.contains(UInt8(ascii: "(")) || inner.contains(UInt8(ascii: ")")) {
                    problems.append("\(origin): nested parentheses are not supported; write separate lines"); return nil
                }
                var options: [[PhrasePattern.Element]] = []
                for option in inner.split(separator: UInt8(ascii: "|")) {
                    var parts: [PhrasePattern.Element] = []
                    for piece in option.split(separator: 0x20) {
                        guard let simple = simpleElements(String(decoding: piece, as: UTF8.self), origin: origin) else { return nil }
                        parts.append(contentsOf: simple)
                    }
                    if !parts.isEmpty { options.append(parts) }
                }
                guard !options.isEmpty else { problems.append("\(origin): empty alternatives"); return nil }
                elements.append((.choice(options), optional)); continue
            }
            guard let simple = simpleElements(word, origin: origin) else { return nil }
            for element in simple { elements.append((element, optional)) }
        }
        guard !elements.isEmpty, elements.contains(where: { !$0.optional }) else { problems.append("\(origin): empty pattern"); return nil }
        if case .gap = elements[0].element { problems.append("\(origin): a pattern may not begin with a gap"); return nil }
        return PhrasePattern(elements: elements, anchored: anchored, kind: kind, label: label, origin: origin,
                             source: words.joined(separator: " "))
    }

    /// A pattern that begins with optional elements becomes one pattern per way of starting, so every
    /// pattern can be indexed by a required first element.
    static func expandLeadingOptionals(_ pattern: PhrasePattern) -> [PhrasePattern] {
        guard let first = pattern.elements.first, first.optional else { return [pattern] }
        var with = pattern, without = pattern
        with.elements[0].optional = false
        without.elements.removeFirst()
        return [with] + expandLeadingOptionals(without)
    }

    /// Compiles one word, class, prefix or wildcard (contractions may yield several words).
    mutating func simpleElements(_ raw: String, origin: String) -> [PhrasePattern.Element]? {
        // The same words recur on hundreds of lines; each is folded, expanded and interned once.
        if let known = compiledWords[raw] { return known }
        guard let elements = compileWord(raw, origin: origin) else { return nil }
        compiledWords[raw] = elements
        return elements
    }

    mutating func compileWord(_ raw: String, origin: String) -> [PhrasePattern.Element]? {
        if raw == "*" { return [.any] }
        if raw.hasPrefix("@") {
            guard let bit = classBits[String(raw.dropFirst())] else {
                problems.append("\(origin): unknown class \(raw)"); return nil
            }
            return [.wordClass(bit)]
        }
        let word = Lexicon.fold(raw)
        if word.hasSuffix("*") { return [.prefix(String(word.dropLast()))] }
        return Contractions.expand(word).map { .word(intern($0)) }
    }

    mutating func buildIndex() {
        var byBit: [UInt64: [Int]] = [:]
        for (index, pattern) in patterns.enumerated() {
            switch pattern.elements[0].element {
            case .word(let id): byWord[id, default: []].append(index)
            case .wordClass(let mask): byBit[mask, default: []].append(index)
            case .choice(let options):
                var ids: Set<Int32> = []
                var indexable = true
                for option in options {
                    if case .word(let id) = option[0] { ids.insert(id) } else { indexable = false }
                }
                var masks: UInt64 = 0
                for option in options { if case .wordClass(let mask) = option[0] { masks |= mask } }
                let onlyWordsAndClasses = options.allSatisfy { option in
                    switch option[0] { case .word, .wordClass: return true; default: return false }
                }
                if indexable {
                    for id in ids { byWord[id, default: []].append(index) }
                } else if onlyWordsAndClasses {
                    for id in ids { byWord[id, default: []].append(index) }
                    var m = masks
                    while m != 0 {
                        let bit = m & (~m &+ 1)
                        byBit[bit, default: []].append(index)
                        m &= m - 1
                    }
                } else { unindexed.append(index) }
            default: unindexed.append(index)
            }
        }
        byClass = byBit.sorted { $0.key < $1.key }.map { (bit: $0.key, patterns: $0.value) }
        program = FlatProgram(patterns)
        compiledWords = [:]
        for table in classPrefixes.values {
            for prefix in table.keys {
                let bytes = Array(prefix.utf8)
                if bytes.count < 3 { prefixHeads = [UInt64](repeating: ~0, count: 128); continue }
                let slot = Lexicon.headSlot(bytes[0], bytes[1], bytes[2])
                prefixHeads[slot >> 6] |= 1 << UInt64(slot & 63)
            }
        }
        var info: [String: (id: Int32, classes: UInt64)] = [:]
        info.reserveCapacity(vocabulary.count + classesOfWord.count)
        for (word, id) in vocabulary { info[word] = (id, classesOfWord[word] ?? 0) }
        for (word, bits) in classesOfWord where vocabulary[word] == nil { info[word] = (-1, bits) }
        for (word, entry) in info where mayHavePrefix(word) {
            var bits = entry.classes
            for (length, table) in classPrefixes where length <= word.utf8.count {
                if let head = String(word.utf8.prefix(length)), let hit = table[head] { bits |= hit }
            }
            if bits != entry.classes { info[word] = (entry.id, bits) }
        }
        wordInfo = WordTable(info)
    }
}
