internal import CLuaShim

/// A reference to a Lua function held in its state's registry, callable later with ``LuaState/call(_:_:)``.
///
/// The reference keeps its state alive and is released when the last Swift copy goes away.
public final class LuaFunction: Hashable {
    let ref: Int32
    let owner: LuaState

    init(ref: Int32, owner: LuaState) {
        self.ref = ref
        self.owner = owner
    }

    deinit {
        owner.release(ref: ref)
    }

    public static func == (lhs: LuaFunction, rhs: LuaFunction) -> Bool { lhs === rhs }

    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
