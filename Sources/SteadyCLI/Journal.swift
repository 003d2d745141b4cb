import ArgumentParser
import Foundation
import SteadyCore
import SteadyStore

extension Steady {
    /// What your check-ins show.
    struct Journal: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "journal",
            abstract: "What your check-ins show: the trend, what helped, and when hard moments come.")

        @OptionGroup var options: SharedOptions

        @Option(help: ArgumentHelp("How many weeks to look back over (1 to 52).", valueName: "n"))
        var weeks = 4

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, html
        }

        @Option(help: ArgumentHelp("text, or html for a page to print (intensity chart, what helped, practice).", valueName: "format"))
        var format: Format = .text

        @Option(name: .shortAndLong, help: ArgumentHelp(
            "The file to write (default: standard output). It is readable by you alone.", valueName: "file"))
        var output: String?

        func validate() throws {
            guard (1...52).contains(weeks) else { throw ValidationError("--weeks needs a number from 1 to 52.") }
            if let output, output.isEmpty { throw ValidationError("--output needs a file name.") }
        }

        func run() throws {
            let store = try options.openStore()
            let calendar = Calendar.current
            if let output, Steady.Export.samePath(output, DataFolder(path: options.resolvedDataDir).databasePath) {
                throw ValidationError("\(output) is Steady's own data file; choose another file.")
            }
            let now = Date()
            let journal: SteadyCore.Journal
            let checkIns: [CheckIn]
            let practice: [PracticeSession]
            do {
                journal = try store.journal(now: now, calendar: calendar, weeks: weeks)
                checkIns = format == .html ? try store.checkIns(since: journal.days.first?.date ?? now) : []
                practice = try store.practiceSessions()
            } catch {
                throw commandError(error)
            }
            switch format {
            case .html:
                let page = JournalHTML(journal: journal, checkIns: checkIns, practice: practice, calendar: calendar, now: now)
                try Steady.Plan.Show.emit(page.document(), to: output)
            case .text:
                let text = JournalText(calendar: calendar).render(journal)
                    + (PracticeText(calendar: calendar).render(practice).map { "\n\n" + $0 } ?? "")
                try Steady.Plan.Show.emit(text, to: output)
            }
        }
    }
}
