import Foundation
import SteadyCore
import SteadyTestSupport
import Testing

/// Keeps docs/dialogue.schema.json and docs/concepts.schema.json in step with the loader.
struct SchemaTests {
    static func schema(_ name: String) throws -> [String: Any] {
        let url = ShippedLibrary.packageRoot.appendingPathComponent("docs").appendingPathComponent(name)
        let object = try JSONSerialization.jsonObject(with: try Data(contentsOf: url))
        return try #require(object as? [String: Any])
    }

    static func propertyNames(_ object: [String: Any]?) -> Set<String> {
        Set(((object?["properties"] as? [String: Any]) ?? [:]).keys)
    }

    static func definition(_ schema: [String: Any], _ name: String) -> [String: Any]? {
        (schema["definitions"] as? [String: Any])?[name] as? [String: Any]
    }

    @Test func dialogueSchemaNamesTheKeysTheLoaderAccepts() throws {
        let schema = try Self.schema("dialogue.schema.json")
        #expect(Self.propertyNames(schema) == Set(ScriptLoader.dialogueKeys))
        #expect(Self.propertyNames(Self.definition(schema, "node")) == Set(ScriptLoader.nodeKeys))
        #expect(Self.propertyNames(Self.definition(schema, "option")) == Set(ScriptLoader.optionKeys))
        #expect(Self.propertyNames(Self.definition(schema, "reply")) == Set(ScriptLoader.replyKeys))
        #expect(Self.propertyNames(Self.definition(schema, "branch")) == Set(ScriptLoader.branchKeys))
        #expect(Self.propertyNames(Self.definition(schema, "review")) == Set(ScriptLoader.reviewKeys))
        let ask = try #require((Self.definition(schema, "ask")?["oneOf"] as? [[String: Any]])?.last)
        #expect(Self.propertyNames(ask) == Set(ScriptLoader.askKeys))
    }

    @Test func dialogueSchemaNamesTheTopicsAndEffectsSteadyKnows() throws {
        let schema = try Self.schema("dialogue.schema.json")
        let properties = try #require(schema["properties"] as? [String: Any])
        let topics = try #require((properties["topic"] as? [String: Any])?["enum"] as? [String])
        #expect(Set(topics) == Set(Topic.allCases.filter { $0 != .crisis && $0 != .fallback }.map(\.rawValue)))
        let effects = try #require(Self.definition(schema, "effectName")?["enum"] as? [String])
        #expect(Set(effects) == Set(Effect.known.keys))
        let parameters = try #require(Self.definition(schema, "effectParameter")?["enum"] as? [String])
        #expect(Set(parameters) == Set(Effect.known.values.joined()))
        let priority = try #require(properties["priority"] as? [String: Any])
        #expect(priority["maximum"] as? Int == Router.maximumScriptPriority)
        let nodes = try #require(properties["nodes"] as? [String: Any])
        #expect(nodes["maxProperties"] as? Int == ScriptLoader.maximumNodes)
    }

    @Test func conceptSchemaHasOnlyConcepts() throws {
        let schema = try Self.schema("concepts.schema.json")
        #expect(Self.propertyNames(schema) == ["concepts"])
        #expect(schema["required"] as? [String] == ["concepts"])
    }
}
