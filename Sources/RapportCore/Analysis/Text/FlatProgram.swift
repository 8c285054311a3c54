/// The lexicon's patterns flattened into plain arrays of trivial values for fast matching: no reference
/// counting happens while a reply is scanned. Built once from the ``PhrasePattern`` list; immutable after.
final class FlatProgram: @unchecked Sendable {
    /// One pattern element. `kind`: 0 word (value = id), 1 class (value = mask), 2 prefix (value = index into
    /// `prefixes`), 3 any word, 4 gap (value = max words), 5 choice (value = index into `choices`).
    struct Op {
        var kind: UInt8
        var optional: Bool
        var value: UInt64
    }

    /// Per pattern: its ops, anchoring, sentence kind (0 any, 1 question, 2 statement), label.
    struct Head {
        var start: Int32
        var end: Int32
        var anchored: Bool
        var kind: UInt8
        var label: Int32
        /// When the pattern's first element takes exactly one word and its second element is required and
        /// starts with a word or a class, a cheap test of the following token: a 64-bit Bloom filter of the
        /// allowed word numbers and the allowed class bits. `filtered` is false when no such test applies.
        var filtered: Bool = false
        var secondIds: UInt64 = 0
        var secondClasses: UInt64 = 0
    }

    let ops: UnsafeMutableBufferPointer<Op>
    let heads: UnsafeMutableBufferPointer<Head>
    /// Per choice: the range of its options in `options`.
    let choices: UnsafeMutableBufferPointer<(start: Int32, end: Int32)>
    /// Per option: the range of its ops in `optionOps`.
    let options: UnsafeMutableBufferPointer<(start: Int32, end: Int32)>
    let optionOps: UnsafeMutableBufferPointer<Op>
    let prefixes: [String]

    init(_ patterns: [PhrasePattern]) {
        var ops: [Op] = [], heads: [Head] = [], choices: [(start: Int32, end: Int32)] = []
        var options: [(start: Int32, end: Int32)] = [], optionOps: [Op] = [], prefixes: [String] = []
        func simple(_ element: PhrasePattern.Element, _ optional: Bool) -> Op {
            switch element {
            case .word(let id): return Op(kind: 0, optional: optional, value: UInt64(UInt32(bitPattern: id)))
            case .wordClass(let mask): return Op(kind: 1, optional: optional, value: mask)
            case .prefix(let p): prefixes.append(p); return Op(kind: 2, optional: optional, value: UInt64(prefixes.count - 1))
            case .any: return Op(kind: 3, optional: optional, value: 0)
            case .gap(let max): return Op(kind: 4, optional: optional, value: UInt64(max))
            case .choice: return Op(kind: 3, optional: optional, value: 0)
            }
        }
        for pattern in patterns {
            let start = Int32(ops.count)
            for (element, optional) in pattern.elements {
                if case .choice(let alternatives) = element {
                    let first = Int32(options.count)
                    for alternative in alternatives {
                        let s = Int32(optionOps.count)
                        for part in alternative { optionOps.append(simple(part, false)) }
                        options.append((s, Int32(optionOps.count)))
                    }
                    choices.append((first, Int32(options.count)))
                    ops.append(Op(kind: 5, optional: optional, value: UInt64(choices.count - 1)))
                } else {
                    ops.append(simple(element, optional))
                }
            }
            let kind: UInt8 = pattern.kind == .question ? 1 : pattern.kind == .statement ? 2 : 0
            var head = Head(start: start, end: Int32(ops.count), anchored: pattern.anchored, kind: kind, label: Int32(pattern.label))
            FlatProgram.addFilter(pattern, to: &head)
            heads.append(head)
        }
        func copy<T>(_ array: [T]) -> UnsafeMutableBufferPointer<T> {
            let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(1, array.count))
            _ = buffer.initialize(from: array)
            return UnsafeMutableBufferPointer(rebasing: buffer[0..<array.count])
        }
        self.ops = copy(ops); self.heads = copy(heads); self.choices = copy(choices)
        self.options = copy(options); self.optionOps = copy(optionOps); self.prefixes = prefixes
    }

    /// Fills in the second-token filter of `head` when every way the pattern can start fixes its second word
    /// to a word or a class.
    private static func addFilter(_ pattern: PhrasePattern, to head: inout Head) {
        var ids: UInt64 = 0, classes: UInt64 = 0
        func add(_ element: PhrasePattern.Element) -> Bool {
            switch element {
            case .word(let id): ids |= 1 << UInt64(UInt32(bitPattern: id) % 64); return true
            case .wordClass(let mask): classes |= mask; return true
            default: return false
            }
        }
        /// Adds the first words the pattern's second element can take.
        func addSecondElement() -> Bool {
            guard pattern.elements.count >= 2, !pattern.elements[1].optional else { return false }
            switch pattern.elements[1].element {
            case .choice(let options):
                for option in options { guard add(option[0]) else { return false } }
                return true
            case let element:
                return add(element)
            }
        }
        switch pattern.elements[0].element {
        case .word, .wordClass:
            guard addSecondElement() else { return }
        case .choice(let options):
            var needSecond = false
            for option in options {
                if option.count >= 2 { guard add(option[1]) else { return } } else { needSecond = true }
            }
            if needSecond { guard addSecondElement() else { return } }
        default:
            return
        }
        head.filtered = true
        head.secondIds = ids
        head.secondClasses = classes
    }

    deinit {
        ops.baseAddress.map { $0.deallocate() }
        heads.baseAddress.map { $0.deallocate() }
        choices.baseAddress.map { $0.deallocate() }
        options.baseAddress.map { $0.deallocate() }
        optionOps.baseAddress.map { $0.deallocate() }
    }

    /// The words of a document as the matcher sees them.
    struct Words {
        var ids: UnsafeBufferPointer<Int32>
        var bits: UnsafeBufferPointer<UInt64>
        var document: TextDocument
    }

    @inline(__always) func accepts(_ op: Op, _ words: Words, _ t: Int) -> Bool {
        switch op.kind {
        case 0: return words.ids[t] == Int32(bitPattern: UInt32(truncatingIfNeeded: op.value))
        case 1: return words.bits[t] & op.value != 0
        case 2: return words.document.tokens[t].norm.hasPrefix(prefixes[Int(op.value)])
        default: return true
        }
    }

    /// The end of a match of pattern `p` starting at token `t`, staying before `limit`, or -1.
    func match(_ p: Int, _ words: Words, _ t: Int, _ limit: Int) -> Int {
        let head = heads[p]
        return matchFrom(Int(head.start), Int(head.end), words, t, limit)
    }

    private func matchFrom(_ e: Int, _ end: Int, _ words: Words, _ t: Int, _ limit: Int) -> Int {
        if e == end { return t }
        let op = ops[e]
        switch op.kind {
        case 4:
            var k = 0
            while k <= Int(op.value) && t + k <= limit {
                let r = matchFrom(e + 1, end, words, t + k, limit)
                if r >= 0 { return r }
                k += 1
            }
            return -1
        case 5:
            let choice = choices[Int(op.value)]
            for o in Int(choice.start)..<Int(choice.end) {
                let option = options[o]
                var k = t
                var ok = true
                for q in Int(option.start)..<Int(option.end) {
                    if k < limit && accepts(optionOps[q], words, k) { k += 1 } else { ok = false; break }
                }
                if ok {
                    let r = matchFrom(e + 1, end, words, k, limit)
                    if r >= 0 { return r }
                }
            }
        default:
            if t < limit && accepts(op, words, t) {
                let r = matchFrom(e + 1, end, words, t + 1, limit)
                if r >= 0 { return r }
            }
        }
        return op.optional ? matchFrom(e + 1, end, words, t, limit) : -1
    }
}
