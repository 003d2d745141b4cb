import Foundation
import SteadyCore

/// Everything Steady keeps for a person, as one JSON document they own.
///
/// Each record carries a stable id, so importing the same archive twice adds nothing new.
public struct Archive: Sendable, Equatable, Codable {
    public static let formatName = "steady-export"
    public static let currentVersion = 1

    public var format: String
    public var version: Int
    public var exported: Date
    public var contacts: [SupportContact]
    public var checkIns: [CheckIn]
    public var reasons: [Reason]
    public var practiceSessions: [PracticeSession]
    public var settings: [String: String]
    /// The safety plan's items, each with its section.
    public var safetyPlan: [SafetyPlan.Item]
    /// The conversation in progress, as the engine's JSON text; nil when none was saved.
    public var conversationState: String?

    public init(
        exported: Date, contacts: [SupportContact] = [], checkIns: [CheckIn] = [], reasons: [Reason] = [],
        practiceSessions: [PracticeSession] = [], settings: [String: String] = [:], conversationState: String? = nil,
        safetyPlan: [SafetyPlan.Item] = []
    ) {
        format = Self.formatName
        version = Self.currentVersion
        self.exported = exported
        self.contacts = contacts
        self.checkIns = checkIns
        self.reasons = reasons
        self.practiceSessions = practiceSessions
        self.settings = settings
        self.conversationState = conversationState
        self.safetyPlan = safetyPlan
    }

    enum CodingKeys: String, CodingKey {
        case format, version, exported, contacts, checkIns, reasons, practiceSessions, settings, conversationState, safetyPlan
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        format = try container.decode(String.self, forKey: .format)
        version = try container.decode(Int.self, forKey: .version)
        exported = try container.decodeIfPresent(Date.self, forKey: .exported) ?? Date(timeIntervalSince1970: 0)
        contacts = try container.decodeIfPresent([SupportContact].self, forKey: .contacts) ?? []
        checkIns = try container.decodeIfPresent([CheckIn].self, forKey: .checkIns) ?? []
        reasons = try container.decodeIfPresent([Reason].self, forKey: .reasons) ?? []
        practiceSessions = try container.decodeIfPresent([PracticeSession].self, forKey: .practiceSessions) ?? []
        settings = try container.decodeIfPresent([String: String].self, forKey: .settings) ?? [:]
        conversationState = try container.decodeIfPresent(String.self, forKey: .conversationState)
        safetyPlan = try container.decodeIfPresent([SafetyPlan.Item].self, forKey: .safetyPlan) ?? []
    }

    /// The archive as pretty-printed JSON with sorted keys and millisecond dates.
    public func encoded() throws(StoreError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(date.formatted(Self.timestamp))
        }
        do {
            return try encoder.encode(self)
        } catch {
            throw .database("the export could not be written (\(error))")
        }
    }

    /// Reads an archive, checking that it is a Steady export this version understands.
    public static func decode(_ data: Data) throws(StoreError) -> Archive {
        struct Header: Decodable {
            var format: String?
            var version: Int?
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = (try? timestamp.parse(text)) ?? (try? Date.ISO8601FormatStyle().parse(text)) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "\"\(text)\" is not a date")
            }
            return date
        }
        let header: Header
        do {
            header = try decoder.decode(Header.self, from: data)
        } catch {
            throw .badArchive("it isn't JSON")
        }
        guard header.format == formatName else { throw .badArchive("it has no \"format\": \"\(formatName)\"") }
        guard let version = header.version else { throw .badArchive("it has no version") }
        guard version <= currentVersion else { throw .newerArchive(version: version) }
        do {
            return try decoder.decode(Archive.self, from: data)
        } catch let DecodingError.dataCorrupted(context) {
            throw .badArchive(describe(context))
        } catch let DecodingError.keyNotFound(key, context) {
            throw .badArchive("\(describe(context)): \"\(key.stringValue)\" is missing")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw .badArchive(describe(context))
        } catch {
            throw .badArchive("\(error)")
        }
    }

    static func describe(_ context: DecodingError.Context) -> String {
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
        return path.isEmpty ? context.debugDescription : "at \(path): \(context.debugDescription)"
    }

    /// Dates as ISO 8601 in UTC with milliseconds, as the database keeps them.
    static let timestamp = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
}
