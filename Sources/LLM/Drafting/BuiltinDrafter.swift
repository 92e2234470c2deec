import Foundation
import Core
import Workspace

/// Drafts audience personas from a brief without a model: buying roles (economic buyer,
/// technical evaluator, everyday user, ...) filled in from the brief's product, audience,
/// demographics, goals and pain points. Deterministic: the same brief gives the same drafts.
enum BuiltinDrafter {
    struct Archetype: Sendable {
        var tag: String
        var epithet: String
        var seniority: String
        var style: String
        var styleNotes: String
        /// Words that tie a brief's goal or pain point to this role.
        var keywords: [String]
        var channels: [String]
        var motivations: [String]
        var objections: [String]
        var quote: String
        var education: String
        var age: String
        /// The title for the brief's main business function.
        var title: @Sendable (Function) -> String
    }

    /// The part of a business a brief's product serves, read from its words.
    enum Function: String, CaseIterable {
        case sales, marketing, support, finance, hr, engineering, product, it, operations

        var keywords: [String] {
            switch self {
            case .sales: return ["sales", "crm", "pipeline", "deal", "forecast", "reps", "quota", "account"]
            case .marketing: return ["marketing", "campaign", "brand", "leads", "seo", "content", "audience"]
            case .support: return ["support", "ticket", "helpdesk", "customer service", "service desk"]
            case .finance: return ["finance", "accounting", "invoice", "billing", "expense", "payroll", "ledger"]
            case .hr: return ["hr", "hiring", "recruit", "employee", "onboarding", "people team", "talent"]
            case .engineering: return ["developer", "engineering", "code", "deploy", "devops", "api", "software team"]
            case .product: return ["product manager", "roadmap", "feature", "user research"]
            case .it: return ["it ", "security", "sso", "single sign-on", "infrastructure", "network", "devices"]
            case .operations: return ["operations", "logistics", "inventory", "warehouse", "supply", "manufacturing"]
            }
        }

        static func main(of text: String) -> Function {
            let text = " " + text.lowercased() + " "
            var best = Function.operations, bestCount = 0
            for function in allCases {
                let count = function.keywords.reduce(0) { $0 + text.components(separatedBy: $1).count - 1 }
                if count > bestCount { best = function; bestCount = count }
            }
            return best
        }
    }

    static let archetypes: [Archetype] = [
        Archetype(tag: "economic-buyer", epithet: "the results-driven budget holder", seniority: "Director", style: "driver",
                  styleNotes: "Decides quickly once the business case is clear. Wants a one-page summary, a price, a reference customer and a date; delegates the detailed evaluation.",
                  keywords: ["revenue", "forecast", "cost", "budget", "growth", "plan", "pipeline", "roi", "price", "target", "accurate"],
                  channels: ["Peer recommendations from other leaders", "Analyst reports and industry newsletters", "Vendor executive briefings"],
                  motivations: ["Hitting the numbers the board expects.", "A team that spends its time on work that moves results."],
                  objections: ["What return will we see in the first year, and how will we measure it?", "Switching costs time we do not have this quarter."],
                  quote: "Show me how this pays for itself, and when.", education: "Bachelor's degree in business", age: "42-55",
                  title: { function in
                      switch function {
                      case .sales: return "Sales Director"
                      case .marketing: return "Marketing Director"
                      case .support: return "Head of Customer Support"
                      case .finance: return "Finance Director"
                      case .hr: return "HR Director"
                      case .engineering: return "VP of Engineering"
                      case .product: return "Head of Product"
                      case .it: return "Head of IT"
                      case .operations: return "Operations Director"
                      }
                  }),
        Archetype(tag: "technical-evaluator", epithet: "the careful gatekeeper", seniority: "Manager", style: "analytical",
                  styleNotes: "Reads the documentation before the sales deck, builds a comparison spreadsheet with weighted criteria and asks for a sandbox before any decision.",
                  keywords: ["security", "sso", "single sign-on", "integration", "integrations", "erp", "data", "gdpr", "audit",
                             "permissions", "upgrade", "api", "on-premise", "migration", "compliance", "protection"],
                  channels: ["Vendor documentation and trust centres", "Peer review sites", "Technical communities and forums"],
                  motivations: ["Systems that run without late-night calls.", "Being seen as an enabler rather than a blocker."],
                  objections: ["Which security certifications do you hold, and where is our data stored?", "How does the integration behave when an upgrade changes the other side?"],
                  quote: "I don't need the flashiest tool. I need the one that won't wake me up at 2 a.m.", education: "Bachelor's degree in information systems", age: "35-48",
                  title: { $0 == .engineering ? "Engineering Manager" : "IT Manager" }),
        Archetype(tag: "everyday-user", epithet: "the busy practitioner", seniority: "Individual contributor", style: "amiable",
                  styleNotes: "Trusts colleagues' experience more than vendor claims; wants to know the change will make the working day easier, not add admin.",
                  keywords: ["admin", "daily", "one place", "time", "manual", "update", "updates", "spreadsheet", "spreadsheets", "inbox", "skip", "simple", "slow"],
                  channels: ["Colleagues and team chats", "Short video tutorials", "Professional communities on LinkedIn"],
                  motivations: ["Less time on admin, more on the work that counts.", "Tools that are quick to learn."],
                  objections: ["Another system to update means more clicks in my day.", "Will it work on my phone between meetings?"],
                  quote: "If it saves me an hour a week, I'll use it. If it costs me one, I won't.", education: "Bachelor's degree", age: "26-38",
                  title: { function in
                      switch function {
                      case .sales: return "Account Executive"
                      case .marketing: return "Marketing Specialist"
                      case .support: return "Customer Support Specialist"
                      case .finance: return "Accountant"
                      case .hr: return "HR Generalist"
                      case .engineering: return "Software Engineer"
                      case .product: return "Product Manager"
                      case .it: return "Helpdesk Technician"
                      case .operations: return "Operations Coordinator"
                      }
                  }),
        Archetype(tag: "champion", epithet: "the change champion", seniority: "Manager", style: "expressive",
                  styleNotes: "Gets behind a clear vision and sells it internally; needs material to share, quick wins to point at and a vendor who stays involved after the contract.",
                  keywords: ["roll out", "rollout", "adoption", "process", "implementation", "project", "team", "change", "training", "without"],
                  channels: ["Industry conferences and meetups", "Webinars with a live Q&A", "Vendor customer communities"],
                  motivations: ["Leading a change that people thank them for.", "A visible success to point to at review time."],
                  objections: ["How much of the rollout falls on my team?", "What training and onboarding do you provide?"],
                  quote: "I can get the team on board, if the first month goes smoothly.", education: "Bachelor's degree", age: "30-42",
                  title: { function in
                      switch function {
                      case .sales: return "Sales Operations Manager"
                      case .marketing: return "Marketing Operations Manager"
                      case .support: return "Support Operations Manager"
                      case .finance: return "Finance Systems Manager"
                      case .hr: return "People Operations Manager"
                      default: return "Operations Manager"
                      }
                  }),
        Archetype(tag: "executive-sponsor", epithet: "the strategic sponsor", seniority: "Executive", style: "driver",
                  styleNotes: "Cares about risk and strategy more than features; joins late, asks few questions and expects the team to have done the evaluation.",
                  keywords: ["strategy", "growth", "risk", "plan", "hiring", "market", "compliance", "expensive"],
                  channels: ["Board and peer networks", "Business press", "Analyst briefings"],
                  motivations: ["A business that can grow without adding overhead.", "Fewer surprises in the quarterly numbers."],
                  objections: ["Is this the right priority for this year?", "What happens to us if the vendor is acquired?"],
                  quote: "Tell me the risk of doing this, and the risk of not doing it.", education: "MBA", age: "48-60",
                  title: { function in
                      switch function {
                      case .sales: return "Chief Revenue Officer"
                      case .marketing: return "Chief Marketing Officer"
                      case .finance: return "Chief Financial Officer"
                      case .engineering, .it: return "Chief Technology Officer"
                      default: return "Chief Operating Officer"
                      }
                  }),
        Archetype(tag: "procurement", epithet: "the contract negotiator", seniority: "Manager", style: "analytical",
                  styleNotes: "Compares total cost over three years, reads the contract line by line and asks for the discount the others did not think to ask for.",
                  keywords: ["contract", "price", "pricing", "vendor", "cost", "per seat", "annual", "licence", "license", "expensive"],
                  channels: ["Procurement networks", "Vendor comparison sites", "Reference calls with existing customers"],
                  motivations: ["Predictable costs and fair terms.", "No auto-renewals that nobody noticed."],
                  objections: ["The per-seat price rises quickly as more people need access.", "We need an exit clause and our data back in a usable format."],
                  quote: "The list price is where the conversation starts.", education: "Bachelor's degree in economics", age: "35-50",
                  title: { _ in "Procurement Manager" }),
        Archetype(tag: "administrator", epithet: "the hands-on administrator", seniority: "Specialist", style: "analytical",
                  styleNotes: "Tries everything in a trial account, reads the admin guide and judges a product by how easy it is to configure without scripts.",
                  keywords: ["permissions", "sso", "upgrade", "integration", "configuration", "users", "audit", "change", "consultant"],
                  channels: ["Admin guides and release notes", "Technical forums", "Online courses and certifications"],
                  motivations: ["A system they can change themselves, without waiting for a consultant.", "Clear audit trails when something goes wrong."],
                  objections: ["How much can I configure without code?", "How are permissions managed for hundreds of users?"],
                  quote: "Give me a sandbox and a good admin guide, and I'll tell you in a week.", education: "Associate degree in IT", age: "27-40",
                  title: { _ in "Systems Administrator" }),
        Archetype(tag: "finance-approver", epithet: "the numbers checker", seniority: "Manager", style: "analytical",
                  styleNotes: "Signs off on spend after checking the business case; wants costs, savings and payment terms in one table.",
                  keywords: ["cost", "budget", "invoice", "roi", "forecast", "price", "accurate", "inventory"],
                  channels: ["Finance peer groups", "Business press", "Recommendations from the accountants"],
                  motivations: ["Spend that shows up as savings elsewhere.", "Forecasts the finance team can rely on."],
                  objections: ["Where are the savings in the first year?", "Can we pay quarterly instead of annually up front?"],
                  quote: "I approve what I can explain to the board.", education: "Degree in accounting", age: "38-52",
                  title: { _ in "Financial Controller" }),
    ]

    static let firstNames = ["Dana", "Marcus", "Priya", "Tomás", "Aisha", "Lena", "Kenji", "Sofia", "Daniel", "Amara", "Jonas",
                             "Mei", "Rafael", "Ingrid", "Omar", "Claire", "Nikhil", "Ruth", "Mateo", "Hana", "Elliot", "Zanele",
                             "Viktor", "Grace"]
    static let lastNames = ["Whitfield", "Okoye", "Raman", "Álvarez", "Bello", "Fischer", "Sato", "Rossi", "Murphy", "Mensah",
                            "Lindqvist", "Chen", "Costa", "Berg", "Haddad", "Dubois", "Mehta", "Cohen", "Herrera", "Kim",
                            "Walsh", "Dlamini", "Novak", "Adeyemi"]

    static func draft(_ brief: Brief, count: Int) -> [PersonaDraft] {
        let root = brief.root
        let product = productName(brief.product ?? brief.project)
        let text = [brief.product, brief.audience, root["notes"]?.scalarText].compactMap { $0 }.joined(separator: " ")
            + " " + (root["goals"]?.strings.map(\.value) ?? []).joined(separator: " ")
            + " " + (root["pain_points"]?.strings.map(\.value) ?? []).joined(separator: " ")
        let function = Function.main(of: text)
        let goals = root["goals"]?.strings.map(\.value) ?? []
        let pains = root["pain_points"]?.strings.map(\.value) ?? []
        let demographics = root["demographics"]
        let age = demographics?["age"]?.scalarText
        let regions = list(demographics?["region"]?.scalarText ?? demographics?["location"]?.scalarText)
        let industries = list(demographics?["industries"]?.scalarText ?? demographics?["industry"]?.scalarText)
        let companySize = demographics?["company_size"]?.scalarText
        var usedFirst: Set<String> = []
        var drafts: [PersonaDraft] = []
        for index in 0..<count {
            let archetype = archetypes[index % archetypes.count]
            let round = index / archetypes.count
            let industry = industries.isEmpty ? nil : industries[index % industries.count]
            var title = archetype.title(function)
            if round > 0 { title += industry.map { ", \(capitalised($0))" } ?? " \(round + 1)" }
            let name = self.name(brief.path, index: index, avoiding: &usedFirst)
            let first = String(name.split(separator: " ").first ?? "")
            let myGoals = pick(goals, for: archetype, offset: index, fallback: "Make \(product) part of how the team works without slowing it down.")
            let myPains = pick(pains, for: archetype, offset: index + 1, fallback: "The current way of working costs time every week.")
            let region = regions.isEmpty ? nil : regions[index % regions.count]
            let place = [industry.map { "a \($0) company" } ?? "a company", companySize.map { "of \($0)" }].compactMap { $0 }.joined(separator: " ")
            let narrative = """
                \(first) works as \(article(title)) \(title) at \(place)\(region.map { " in \($0)" } ?? ""). This year's priority: \
                \(sentenceCase(myGoals[0], lower: true))\(myGoals.count > 1 ? " Close behind: \(sentenceCase(myGoals[1], lower: true))" : "")

                What gets in the way: \(sentenceCase(myPains[0], lower: true)) \(first) hears about tools like \(product) \
                through \(archetype.channels[0].lowercased()) and judges them as \(article(archetype.style)) \(archetype.style) buyer would. \
                \(archetype.styleNotes)
                """
            drafts.append(PersonaDraft(
                name: "\(name), \(archetype.epithet)", title: title, tags: [archetype.tag],
                demographics: .init(age: age ?? archetype.age, location: region, education: archetype.education, income: nil),
                role: .init(title: title, seniority: archetype.seniority, companySize: companySize, industry: industry.map(capitalised)),
                goals: myGoals, painPoints: myPains,
                objections: archetype.objections.map { $0.replacingOccurrences(of: "{product}", with: product) },
                motivations: archetype.motivations, buyingStyle: archetype.style, buyingNotes: archetype.styleNotes,
                channels: archetype.channels, quote: archetype.quote, narrative: narrative))
        }
        return drafts
    }

    /// The brief's goals (or pain points) that speak to this role most, two or three of them.
    static func pick(_ items: [String], for archetype: Archetype, offset: Int, fallback: String) -> [String] {
        guard !items.isEmpty else { return [fallback] }
        let scored = items.enumerated().map { index, item -> (Int, Int, String) in
            let lower = item.lowercased()
            return (archetype.keywords.filter { lower.contains($0) }.count, (index - offset + items.count * 4) % items.count, item)
        }
        let ranked = scored.sorted { ($0.0, -$0.1) > ($1.0, -$1.1) }
        return ranked.prefix(min(3, max(2, ranked.filter { $0.0 > 0 }.count))).map(\.2)
    }

    /// A name from the brief's path and the persona's place: stable, varied, no first name twice.
    static func name(_ seed: String, index: Int, avoiding used: inout Set<String>) -> String {
        let digest = Array(SHA256.hex("\(seed)\n\(index)").utf8)
        var first = Int(digest[0] &+ digest[1]) % firstNames.count
        while used.contains(firstNames[first]), used.count < firstNames.count { first = (first + 1) % firstNames.count }
        used.insert(firstNames[first])
        let last = Int(digest[2] &+ digest[3] &+ UInt8(index % 256)) % lastNames.count
        return "\(firstNames[first]) \(lastNames[last])"
    }

    /// The product's name: the brief's product text up to its first comma or dash.
    static func productName(_ text: String) -> String {
        let cut = text.split(whereSeparator: { $0 == "," || $0 == "—" || $0 == "(" || $0 == ":" || $0 == "\n" }).first.map(String.init) ?? text
        let words = cut.split(separator: " ")
        return words.count <= 6 ? cut.trimmingWhitespace() : words.prefix(3).joined(separator: " ")
    }

    /// "North America and Western Europe" -> two; "manufacturing, wholesale" -> two.
    static func list(_ text: String?) -> [String] {
        guard let text else { return [] }
        return text.replacingOccurrences(of: " and ", with: ",").split(separator: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    static func article(_ word: String) -> String {
        guard let first = word.lowercased().first else { return "a" }
        return "aeio".contains(first) || word.hasPrefix("HR") ? "an" : "a"
    }

    static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// A goal as part of a sentence: first letter lowered (unless an acronym or name), ending in a full stop.
    static func sentenceCase(_ text: String, lower: Bool) -> String {
        var result = text.trimmingWhitespace()
        if lower, let first = result.first, first.isUppercase, result.dropFirst().first?.isLowercase == true {
            result = first.lowercased() + result.dropFirst()
        }
        if let last = result.last, !".!?".contains(last) { result += "." }
        return result
    }
}
