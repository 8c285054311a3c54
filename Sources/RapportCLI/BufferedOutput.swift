/// Collects output bytes and hands them to `Terminal` in large chunks, so a run that prints many thousands of
/// lines makes few system calls.
struct BufferedOutput {
    /// Bytes waiting to be written.
    private(set) var buffer: [UInt8] = []
    /// Size at which `append` flushes.
    let threshold: Int

    /// Creates a writer that flushes every `threshold` bytes.
    init(threshold: Int = 1 << 16) {
        self.threshold = threshold
        buffer.reserveCapacity(threshold + 4096)
    }

    /// Appends bytes, flushing when the buffer is full.
    mutating func append(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= threshold { flush() }
    }

    /// Writes everything buffered to standard output.
    mutating func flush() {
        guard !buffer.isEmpty else { return }
        Terminal.writeBytes(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
