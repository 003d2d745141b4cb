import SteadyCore

/// The safety plan as a printable page: the whole plan, then a wallet-size card of the essentials
/// to cut out and fold.
struct SafetyPlanHTML {
    var text: SafetyPlanText
    /// The region's emergency number, for the card.
    var emergency: String
    /// The crisis line for the card, as "name: how"; nil when the region is unknown.
    var line: String?
    var name: String?

    func document() -> String {
        var body = ["<main>"]
        let owner = (name?.isEmpty == false) ? "\(HTMLPage.escape(name ?? ""))\u{2019}s safety plan" : "My safety plan"
        body.append("<h1>\(owner)</h1>")
        body.append("<p class=\"lead\">When things get very hard, start at the top. If one step doesn't help, go on to the next.</p>")
        for (index, section) in SafetyPlan.Section.allCases.enumerated() {
            body.append("<section class=\"step\" id=\"\(section.rawValue)\">")
            body.append("<h2><span class=\"number\">\(index + 1)</span> \(HTMLPage.escape(section.title))</h2>")
            body.append(HTMLPage.list(text.entries(section)))
            body.append("</section>")
        }
        body.append("<p class=\"footer\">Made with Steady on your own computer. Nothing in it has left this machine.</p>")
        body.append("</main>")
        body.append(card())
        return HTMLPage(title: "My safety plan", style: Self.style, body: body.joined(separator: "\n")).document
    }

    /// The card: two faces side by side, to cut out on the dashed line and fold in the middle.
    func card() -> String {
        let plan = text.plan
        let coping = Array(plan.texts(.coping).prefix(3))
        let people = Array(plan.texts(.people).prefix(2)).map(text.person)
        let reason = plan.texts(.reasons).first
        var front = ["<div class=\"face\">", "<h3>When it gets hard</h3>", "<h4>I can</h4>",
                     HTMLPage.list(coping, empty: "write a step here")]
        front += ["<h4>I can ask</h4>", HTMLPage.list(people, empty: "write a name here")]
        front.append("</div>")
        var back = ["<div class=\"face\">", "<h4>Help, day or night</h4>"]
        back.append(HTMLPage.list((line.map { [$0] } ?? []) + ["Emergency: \(emergency)"], className: "lines"))
        if let reason {
            back += ["<h4>My reason</h4>", "<p class=\"reason\">\(HTMLPage.escape(reason))</p>"]
        }
        back.append("</div>")
        return (["<aside class=\"page-break card-sheet\">", "<p class=\"screen-only\">A card for your wallet: cut along the dashed line and fold in the middle.</p>",
                 "<div class=\"card\">"] + front + back + ["</div>", "</aside>"]).joined(separator: "\n")
    }

    static let style = """
        .step { border-left: 4px solid #7fb3c4; padding: .35rem 0 .35rem .9rem; margin: 0 0 .9rem; }
        .step ul { margin: 0; padding-left: 1.1rem; }
        .number { display: inline-block; min-width: 1.5rem; height: 1.5rem; line-height: 1.5rem; border-radius: 50%;
                  background: #1f4e5f; color: #fff; text-align: center; font-size: .85rem; margin-right: .3rem; }
        .card-sheet { margin-top: 2.5rem; }
        .card { display: flex; width: 171.2mm; height: 54mm; border: 1px dashed #555; box-sizing: border-box; }
        .face { width: 85.6mm; height: 54mm; box-sizing: border-box; padding: 3mm 4mm; overflow: hidden; font-size: 7.5pt;
                line-height: 1.3; }
        .face + .face { border-left: 1px dotted #999; }
        .face h3 { font-size: 9pt; margin: 0 0 1mm; color: #1f4e5f; }
        .face h4 { font-size: 7.5pt; margin: 1.2mm 0 .3mm; text-transform: uppercase; letter-spacing: .04em; color: #1f4e5f; }
        .face ul { margin: 0; padding-left: 3.5mm; }
        .face .empty { font-size: 7pt; }
        .face .reason { margin: 0; font-style: italic; }
        .lines li { font-weight: bold; }
        @media print { .card-sheet { margin-top: 0; } .step { border-left-color: #555; } }
        """
}
