import Testing
@testable import RapportCore

@Test func moduleLoads() {
    #expect(Bool(true))
}
