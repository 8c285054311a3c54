import Testing
@testable import RapportCLI

@Test func moduleLoads() {
    #expect(Bool(true))
}
