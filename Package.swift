// swift-tools-version:6.0
import Foundation
import PackageDescription

/// Debian's liblua5.4-dev ships Lua's static archive beside the shared library. Linking it into the executable makes
/// every call into the interpreter and the C API a direct call instead of one through the PLT and the library's
/// position-independent code (≈ 6% of `rapport validate`'s CPU time, see docs/performance.md). The same release of
/// Lua either way; where there is no archive (or RAPPORT_LUA_SHARED is set) the shared library is used as before.
let luaArchive: String? = ProcessInfo.processInfo.environment["RAPPORT_LUA_SHARED"] != nil ? nil :
    ["/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib"]
        .map { $0 + "/liblua5.4.a" }
        .first { FileManager.default.fileExists(atPath: $0) }
/// Every member of the archive, so its definitions take the place of the shared library's (listed first by pkg-config).
let luaLinking: [LinkerSetting] = luaArchive.map {
    [.unsafeFlags(["-Xlinker", "--whole-archive", "-Xlinker", $0, "-Xlinker", "--no-whole-archive"], .when(platforms: [.linux]))]
} ?? []

let package = Package(
    name: "Rapport",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "rapport", targets: ["rapport"]),
        .library(name: "RapportCore", targets: ["RapportCore"]),
        .library(name: "RapportEngine", targets: ["RapportEngine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        // SQLite (the system's libsqlite3; Debian: libsqlite3-dev) for the trainee's progress and resilience plan.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // Lua 5.4 from the system (Debian: liblua5.4-dev).
        .systemLibrary(
            name: "CLua",
            pkgConfig: "lua5.4",
            providers: [.apt(["liblua5.4-dev"]), .brew(["lua"])]
        ),
        // libedit from the system (Debian: libedit-dev, BSD licence): line editing and history for `rapport play`.
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"]), .brew(["libedit"])]
        ),
        // Static-inline wrappers for Lua's macros, the error trampoline, the limits and the watchdog.
        .target(name: "CLuaShim", dependencies: ["CLua"]),
        // Swift wrapper of the Lua C API. The only Swift module that imports CLua.
        .target(name: "LuaBridge", dependencies: ["CLua", "CLuaShim"], linkerSettings: luaLinking),
        // Pure Swift: reply analysis, techniques, scoring, scenario model, diagnostics.
        .target(name: "RapportCore", resources: [.process("Resources")]),
        // Scenarios, sessions, the Lua API, plugins, validation.
        .target(name: "RapportEngine", dependencies: ["RapportCore", "LuaBridge"], resources: [.process("Resources")]),
        // The trainee's stored progress (sessions, shifts, resilience plan) in SQLite. No printing.
        .target(name: "RapportProgress", dependencies: ["RapportCore", .product(name: "GRDB", package: "GRDB.swift")]),
        // Commands, REPL and rendering: the only module that reads or prints.
        .target(name: "RapportCLI", dependencies: [
            "RapportCore", "RapportEngine", "RapportProgress", "CEditLine",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "rapport", dependencies: ["RapportCLI"]),
        // Benchmarks behind docs/performance.md: swift run -c release rapport-bench
        .executableTarget(name: "rapport-bench", dependencies: ["LuaBridge", "RapportCore", "RapportEngine"],
                          path: "Benchmarks/rapport-bench", exclude: ["workload.lua"]),

        .testTarget(name: "LuaBridgeTests", dependencies: ["LuaBridge"]),
        .testTarget(name: "RapportCoreTests", dependencies: ["RapportCore"]),
        .testTarget(name: "RapportEngineTests", dependencies: [
            "RapportEngine", "RapportCore", "LuaBridge", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "RapportProgressTests", dependencies: [
            "RapportProgress", "RapportCore", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "RapportCLITests", dependencies: ["RapportCLI", "RapportEngine", "RapportCore", "RapportProgress"]),
    ]
)

// Strict settings for every Swift target, in one place (Swift 6 language mode already means complete concurrency checking).
for target in package.targets where [.executable, .test, .regular].contains(target.type) && target.name != "CLuaShim" {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    settings.append(.enableUpcomingFeature("InferIsolatedConformances"))
    target.swiftSettings = settings
}
