import Foundation
import SteadyAuthoring
import SteadyCore
import SteadyTestSupport
import Testing

struct LintClinicalNotesTests {
    static func dialogue(_ id: String) -> String {
        """
        id: \(id)
        topic: stress
        start: one
        nodes:
          one:
            say: "Hi."

        """
    }

    static func findings(notes: [ClinicalNotes]) -> [Diagnostic] {
        let sources = [TestLibrary.concepts,
                       ScriptSource(path: "lib/Dialogues/stress/noted.yaml", text: dialogue("noted")),
                       ScriptSource(path: "lib/Dialogues/stress/unnoted.yaml", text: dialogue("unnoted")),
                       ScriptSource(path: "mine/own.yaml", text: dialogue("own"))]
        let (library, diagnostics) = Library.build(sources: sources, safety: [TestLibrary.safety])
        return Linter(library: library, sources: sources, loadDiagnostics: diagnostics, clinicalNotes: notes)
            .run().filter { $0.code == .noClinicalNotes }
    }

    @Test func aDialogueWithNoSectionIsNamedAndOneWithASectionIsNot() throws {
        let notes = ClinicalNotes(folder: "lib/Dialogues", path: "lib/docs/CLINICAL.md",
                                  text: "# Clinical notes\n\n## Rules\n\n## noted\n\n- **Technique:** grounding\n")
        let found = Self.findings(notes: [notes])
        #expect(found.count == 1)
        let finding = try #require(found.first)
        #expect(finding.severity == .warning)
        #expect(finding.location.file == "lib/Dialogues/stress/unnoted.yaml")
        #expect(finding.message == "'unnoted' has no section in lib/docs/CLINICAL.md")
    }

    @Test func aFolderWithoutNotesIsNotChecked() {
        #expect(Self.findings(notes: []).isEmpty)
        let elsewhere = ClinicalNotes(folder: "other/Dialogues", path: "other/docs/CLINICAL.md", text: "## x\n")
        #expect(Self.findings(notes: [elsewhere]).isEmpty)
    }

    @Test func headingsAreReadAsIdsOnlyWhenTheyAreOneWord() {
        let notes = ClinicalNotes(folder: "Dialogues/", path: "docs/CLINICAL.md",
                                  text: "## urge-surfing\n## Rules every dialogue follows\n### sub-part\n##no-space\n## `ticked`\n")
        #expect(notes.ids == ["urge-surfing", "ticked"])
        #expect(notes.covers(file: "Dialogues/craving/urge-surfing.yaml"))
        #expect(!notes.covers(file: "DialoguesOther/x.yaml"))
    }

    @Test func everyShippedDialogueHasASectionInTheClinicalNotes() throws {
        let (scripts, safety) = try LintHarness.shippedSources()
        let text = try String(contentsOf: LintHarness.packageRoot.appendingPathComponent("docs/CLINICAL.md"), encoding: .utf8)
        let notes = ClinicalNotes(folder: "Dialogues", path: "docs/CLINICAL.md", text: text)
        let (library, diagnostics) = Library.build(sources: scripts, safety: safety)
        let missing = Linter(library: library, sources: scripts, loadDiagnostics: diagnostics, clinicalNotes: [notes])
            .run().filter { $0.code == .noClinicalNotes }
        #expect(missing.isEmpty, "\(missing.map(\.message).joined(separator: "\n"))")
    }
}
