import ArgumentParser
import SteadyAuthoring
import SteadyCore

extension Steady {
    /// Draw the flow of a dialogue, for Graphviz or Mermaid.
    struct Graph: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "graph",
            abstract: "Draw the flow of a dialogue as a graph (Graphviz DOT or Mermaid).",
            discussion: """
                Each step is a box with its id and the start of what it says. Arrows carry the \
                option labels, replies and conditions; dashed arrows are calls to other dialogues; \
                dotted arrows are where a dialogue ends by itself. For a picture: \
                steady graph urge-surfing | dot -Tsvg > urge-surfing.svg
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case dot, mermaid
        }

        @OptionGroup var options: SharedOptions

        @Argument(help: ArgumentHelp("The id of the dialogue to draw.", valueName: "dialogue"))
        var dialogue: String?

        @Flag(help: "Draw every dialogue.")
        var all = false

        @Option(help: "dot (Graphviz) or mermaid.")
        var format: Format = .dot

        func validate() throws {
            if all == (dialogue != nil) {
                throw ValidationError("Name one dialogue to draw, or use --all for every one.")
            }
        }

        func run() throws {
            let library = try loadLibraryOrExit(options, quiet: true)
            let chosen: [Dialogue]
            if all {
                chosen = library.dialogues
            } else {
                guard let id = dialogue, let found = library.dialogue(id) else {
                    let known = library.dialogues.map(\.id).sorted()
                    throw ValidationError(
                        "There is no dialogue '\(dialogue ?? "")'. Dialogues: \(known.joined(separator: ", ")).")
                }
                chosen = [found]
            }
            printSafely(GraphRenderer(format: format == .dot ? .dot : .mermaid).render(chosen), terminator: "")
        }
    }
}
