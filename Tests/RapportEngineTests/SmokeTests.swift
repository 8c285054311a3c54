import Testing
@testable import RapportEngine

@Test func moduleLoads() {
    #expect(Bool(true))
}
