import Foundation
import SteadyCore
import SteadyStore
import SteadyTestSupport
import Testing

/// The safety plan in the store, and in export and import.
struct SafetyPlanStoreTests {
    @Test func itemsAreKeptInOrderWithinTheirSections() throws {
        let store = try Store.inMemory()
        try store.addToSafetyPlan(["my kids"], section: .reasons)
        try store.addToSafetyPlan(["a walk", "music"], section: .coping)
        try store.addToSafetyPlan(["cold water", "Music"], section: .coping)
        let plan = try store.safetyPlan()
        #expect(plan.texts(.coping) == ["a walk", "music", "cold water"])
        #expect(plan.items.map(\.section) == [.coping, .coping, .coping, .reasons])
    }

    @Test func removeTakesTheNumberShownAndABadNumberChangesNothing() throws {
        let store = try Store.inMemory()
        try store.addToSafetyPlan(["a", "b", "c"], section: .coping)
        #expect(try store.removeFromSafetyPlan(section: .coping, number: 2).text == "b")
        #expect(throws: StoreError.noPlanItem(section: "coping", number: 3, count: 2)) {
            try store.removeFromSafetyPlan(section: .coping, number: 3)
        }
        #expect(throws: StoreError.noPlanItem(section: "people", number: 1, count: 0)) {
            try store.removeFromSafetyPlan(section: .people, number: 1)
        }
        #expect(try store.safetyPlan().texts(.coping) == ["a", "c"])
        try store.addToSafetyPlan(["d"], section: .coping)
        #expect(try store.safetyPlan().texts(.coping) == ["a", "c", "d"])
    }

    @Test func emptyWordsAreRefusedAndNothingIsAdded() throws {
        let store = try Store.inMemory()
        #expect(throws: StoreError.emptyPlanItem) { try store.addToSafetyPlan(["a walk", "  "], section: .coping) }
        #expect(throws: StoreError.emptyPlanItem) { try store.addToSafetyPlan([], section: .coping) }
        #expect(try store.safetyPlan().isEmpty)
    }

    @Test func clearEmptiesThePlanOnly() throws {
        let store = try Store.inMemory()
        try store.addReason("my kids")
        try store.addToSafetyPlan(["a walk"], section: .coping)
        #expect(try store.clearSafetyPlan() == 1)
        #expect(try store.safetyPlan().isEmpty)
        #expect(try store.reasons().count == 1)
    }

    @Test func thePlanSurvivesExportAndImport() throws {
        let store = try Store.inMemory()
        try store.addToSafetyPlan(["no sleep"], section: .warningSigns, at: TestClock.date("2025-06-01"))
        try store.addToSafetyPlan(["a walk", "<b>music</b> & \"quotes\""], section: .coping, at: TestClock.date("2025-06-01"))
        try store.addToSafetyPlan(["Jo keeps my pills"], section: .safeEnvironment, at: TestClock.date("2025-06-02"))
        let archive = try store.exportArchive(at: TestClock.date("2025-06-08"))
        #expect(archive.safetyPlan.count == 4)
        let json = String(decoding: try archive.encoded(), as: UTF8.self)
        #expect(json.contains("\"safe_environment\""))
        let copy = try Store.inMemory()
        let summary = try copy.importArchive(try Archive.decode(try archive.encoded()))
        #expect(summary.planItemsAdded == 4)
        #expect(summary.description.contains("4 safety plan items"))
        #expect(try copy.safetyPlan() == store.safetyPlan())
        let again = try copy.importArchive(try Archive.decode(try archive.encoded()))
        #expect(again.planItemsAdded == 0)
        #expect(again.alreadyThere == 4)
        #expect(try copy.safetyPlan().items.count == 4)
    }

    @Test func anOlderExportWithoutAPlanStillImports() throws {
        let json = #"{"format": "steady-export", "version": 1, "reasons": []}"#
        let archive = try Archive.decode(Data(json.utf8))
        #expect(archive.safetyPlan.isEmpty)
    }

    @Test func anExportWithAnEmptyItemIsRefusedWhole() throws {
        let item = #"{"id": "2C6C1809-B8BD-4862-8D62-58096A22103C", "section": "coping", "position": 1, "text": " ", "created": "2025-06-01T00:00:00.000Z"}"#
        let json = #"{"format": "steady-export", "version": 1, "reasons": [], "safetyPlan": [\#(item)]}"#
        let store = try Store.inMemory()
        #expect(throws: StoreError.self) { try store.importArchive(try Archive.decode(Data(json.utf8))) }
        #expect(try store.safetyPlan().isEmpty)
    }
}
