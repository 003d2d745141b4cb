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

        func validate() throws {
            guard (1...52).contains(weeks) else { throw ValidationError("--weeks needs a number from 1 to 52.") }
        }

        func run() throws {
            let store = try options.openStore()
            let calendar = Calendar.current
            do {
                let journal = try store.journal(now: Date(), calendar: calendar, weeks: weeks)
                printSafely(JournalText(calendar: calendar).render(journal))
                if let practice = PracticeText(calendar: calendar).render(try store.practiceSessions()) {
                    printSafely("\n" + practice)
                }
            } catch {
                throw commandError(error)
            }
        }
    }
}
