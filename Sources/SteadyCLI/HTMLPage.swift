/// A self-contained page to print: inline CSS, no scripts, nothing fetched from anywhere.
/// Every piece of the person's text goes through ``escape(_:)``, the one place text becomes HTML.
struct HTMLPage {
    var title: String
    var style: String
    /// The body, already HTML.
    var body: String

    /// Text as HTML: the five special characters escaped, control characters dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out += " "
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A list of escaped items, or the given placeholder when there are none.
    static func list(_ items: [String], empty: String = "Nothing yet.", className: String? = nil) -> String {
        guard !items.isEmpty else { return "<p class=\"empty\">\(escape(empty))</p>" }
        let attribute = className.map { " class=\"\($0)\"" } ?? ""
        return "<ul\(attribute)>" + items.map { "<li>\(escape($0))</li>" }.joined() + "</ul>"
    }

    /// The whole document. The content security policy forbids scripts and every fetch.
    var document: String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <title>\(Self.escape(title))</title>
        <style>
        \(Self.baseStyle)
        \(style)
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    static let baseStyle = """
        :root { color-scheme: light; }
        body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: #1d2a2f; background: #fff;
               max-width: 46rem; margin: 2rem auto; padding: 0 1.5rem; line-height: 1.45; }
        h1 { font-size: 1.7rem; margin: 0 0 .3rem; color: #1f4e5f; }
        h2 { font-size: 1.05rem; margin: 0 0 .35rem; color: #1f4e5f; }
        .lead { margin: 0 0 1.2rem; color: #44575e; }
        .empty { color: #7a8a90; font-style: italic; margin: .2rem 0; }
        .footer { margin-top: 1.5rem; font-size: .8rem; color: #6b7c82; }
        @page { size: A4; margin: 14mm; }
        @media print {
          body { margin: 0; max-width: none; padding: 0; font-size: 10.5pt; }
          .screen-only { display: none; }
          section, .card, figure, table { break-inside: avoid; }
          .page-break { break-before: page; }
        }
        """
}
