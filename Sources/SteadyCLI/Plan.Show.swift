import ArgumentParser
import Foundation
import SteadyCore
import SteadyStore

extension Steady.Plan {
    /// Shows the plan as text, Markdown, or a page to print.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show your plan, as text, Markdown, or a page to print with a card for your wallet.",
            discussion: "--format html makes one self-contained page (no scripts, nothing fetched) with the whole plan and a wallet-size card of the essentials. Files are written readable by you alone.")

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, markdown, html
        }

        @OptionGroup var options: SharedOptions

        @Option(help: ArgumentHelp("text, markdown or html.", valueName: "format"))
        var format: Format = .text

        @Option(name: .shortAndLong, help: ArgumentHelp(
            "The file to write (default: standard output). It is readable by you alone.", valueName: "file"))
        var output: String?

        @Option(help: ArgumentHelp("Region for crisis lines, such as US, UK, IE, CA, AU, NZ or IN.", valueName: "code"))
        var region: String?

        func validate() throws {
            if let output, output.isEmpty { throw ValidationError("--output needs a file name.") }
        }

        func run() throws {
            if let output, Steady.Export.samePath(output, DataFolder(path: options.resolvedDataDir).databasePath) {
                throw ValidationError("\(output) is Steady's own data file; choose another file.")
            }
            let library = try loadLibraryOrExit(options, quiet: true)
            let store = try options.openStore()
            let plan: SafetyPlan
            let contacts: [SupportContact]
            let settings: [String: String]
            do {
                plan = try store.safetyPlan()
                contacts = try store.contacts()
                settings = try store.settings()
            } catch {
                throw commandError(error)
            }
            let engine = Engine(library: library, region: ChatSetup.resolveRegion(library, flag: region, saved: settings["region"]))
            let lines = engine.crisisLineEntries()
            let text = SafetyPlanText(plan: plan, contacts: contacts, lines: lines)
            let rendered: String
            switch format {
            case .text:
                rendered = (plan.isEmpty ? "You haven't made a safety plan yet. Run steady plan to make one together; it takes a few minutes.\n\n" : "")
                    + text.text()
            case .markdown:
                rendered = text.markdown()
            case .html:
                rendered = SafetyPlanHTML(text: text, emergency: engine.emergencyNumber, line: engine.firstCrisisLine,
                                          name: settings["name"]).document()
            }
            try Self.emit(rendered, to: output)
        }

        /// Prints, or writes the file whole with mode 0600 and says where.
        static func emit(_ text: String, to output: String?) throws {
            guard let output else {
                printSafely(text, terminator: text.hasSuffix("\n") ? "" : "\n")
                return
            }
            do {
                try Steady.Export.writePrivately(Data(text.utf8), to: output)
            } catch {
                printError("Steady couldn't write \(output): \((error as NSError).localizedDescription)")
                throw ExitCode.failure
            }
            printError("Wrote \(output). It is readable by you alone.")
        }
    }
}
