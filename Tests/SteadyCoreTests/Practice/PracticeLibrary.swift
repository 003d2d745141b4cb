import Foundation
import SteadyCore
import SteadyTestSupport
import Testing

/// The shipped Dialogues folder loaded into a library, and a conversation driven through it.
enum PracticeLibrary {
    /// The shipped library; fails the test when a practice scenario file has an error.
    static func load(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Library {
        let (library, diagnostics) = try ShippedLibrary.build()
        let ours = diagnostics.filter { $0.severity == .error && $0.location.file.contains("practice/scenarios/") }
        #expect(ours.isEmpty, "\(ours.map(\.description))", sourceLocation: sourceLocation)
        return try #require(library, sourceLocation: sourceLocation)
    }

    static let shared: Result<Library, any Error> = Result { try load() }
}
