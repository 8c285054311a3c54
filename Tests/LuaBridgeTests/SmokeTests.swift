import Testing
@testable import LuaBridge

@Test func moduleLoads() {
    #expect(Bool(true))
}
