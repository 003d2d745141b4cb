// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Steady",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "steady", targets: ["steady"]),
        .library(name: "SteadyCore", targets: ["SteadyCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CReadline",
            providers: [.apt(["libreadline-dev"])]
        ),
        .target(
            name: "SteadyCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "SteadyAuthoring",
            dependencies: ["SteadyCore"]
        ),
        .target(
            name: "SteadyStore",
            dependencies: ["SteadyCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "SteadyCLI",
            dependencies: [
                "SteadyCore", "SteadyAuthoring", "SteadyStore", "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "steady", dependencies: ["SteadyCLI"]),
        .executableTarget(name: "SteadyBench", dependencies: ["SteadyCore"]),
        // Helpers shared by the test targets: the shipped library, small test libraries, a fixed clock.
        .target(name: "SteadyTestSupport", dependencies: ["SteadyCore"], path: "Tests/SteadyTestSupport"),
        .testTarget(name: "SteadyCoreTests", dependencies: ["SteadyCore", "SteadyTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "SteadyAuthoringTests", dependencies: ["SteadyAuthoring", "SteadyTestSupport"]),
        .testTarget(name: "SteadyStoreTests", dependencies: ["SteadyStore", "SteadyTestSupport"]),
        .testTarget(name: "SteadyCLITests", dependencies: ["SteadyCLI"], exclude: ["Fixtures"]),
    ]
)
