import Testing
@testable import RapportEngine

/// The undeclared-global scan follows Lua's scopes and multiple assignment.
@Suite struct SourceScannerTests {
    func globals(_ source: String) -> [String] { SourceScanner(source: source).globals.map(\.name) }

    @Test func everyNameOfAMultipleAssignmentIsChecked() {
        #expect(globals("local a\na, b = 1, 2") == ["b"])
        #expect(globals("local t = {}\nt.x, y = 1, 2") == ["y"])
        #expect(globals("local a, b = 1, 2\na, b = b, a").isEmpty)
    }

    @Test func aLocalIsSeenOnlyInsideItsBlock() {
        // `count` is local to the `do` block; the assignment after `end` creates a global.
        #expect(globals("do\n  local count = 0\nend\ncount = 1") == ["count"])
        // A local declared after a function is not the name the function assigns: Lua reads a global there.
        #expect(globals("local function bump() total = 1 end\nlocal total = 0") == ["total"])
        #expect(globals("local total = 0\nlocal function bump() total = total + 1 end").isEmpty)
    }

    @Test func parametersAndLoopVariablesAreLocalToTheirBlock() {
        #expect(globals("local function f(x, y) x = y end").isEmpty)
        #expect(globals("for i = 1, 3 do i = i + 1 end").isEmpty)
        #expect(globals("for k, v in pairs({}) do v = k end\nv = 2") == ["v"])
        #expect(globals("if true then local z = 1 else z = 2 end") == ["z"])
    }

    @Test func expressionsAndTableFieldsAreNotAssignments() {
        #expect(globals("local x = 1\nif x == 1 then print(x) end").isEmpty)
        #expect(globals("local t = { a = 1, b = 2 }").isEmpty)
        #expect(globals("local f = function(a, b) return a, b end").isEmpty)
    }
}
