internal import CLuaShim

/// A copy of a state's whole Lua heap, taken between calls by ``LuaState/snapshot()`` and put back by
/// ``LuaState/restore(_:)``: restoring makes the state exactly what it was (globals, upvalues, the random
/// generator, string hashes, table layouts, the garbage collector's progress).
///
/// Holds only bytes; valid only for the state that took it. Freed when the last Swift reference goes away.
public final class LuaSnapshot {
    let pointer: OpaquePointer
    /// The registry references Swift held when it was taken.
    let refs: Set<Int32>
    /// The identity of the state that took it (not the state itself: a weak reference would give every state a
    /// side table, and make each retain and release of it, many per call, take the slow path).
    let owner: LuaState.Identity

    init(pointer: OpaquePointer, refs: Set<Int32>, owner: LuaState.Identity) {
        self.pointer = pointer
        self.refs = refs
        self.owner = owner
    }

    deinit {
        rlua_snapshot_free(pointer)
    }

    /// The bytes it holds (the part of the heap's region in use when it was taken).
    public var byteCount: Int { rlua_snapshot_size(pointer) }

    /// Bytes of that part neither copied out nor back: the insides of large free blocks (for tests).
    var skippedByteCount: Int { rlua_snapshot_skipped(pointer) }

    /// True when `other` records the same allocations (bytes in use, the allocator's bump offset and free lists), so
    /// every block is at the same address; contents may differ (for tests of what a step leaves in the heap).
    func hasSameAllocations(as other: LuaSnapshot) -> Bool { rlua_snapshot_same_allocations(pointer, other.pointer) != 0 }
}
