@testable import Analysis
import Testing

/// The shipped taxonomy and its matcher: aliases, word boundaries, case, plurals, user extensions.
@Suite struct TaxonomyTests {
    let taxonomy = SkillTaxonomy.shipped

    func names(in text: String) -> [String] { taxonomy.skills(in: text).map { taxonomy[$0].name } }

    @Test func shippedTaxonomyParsesWithoutProblems() {
        #expect(taxonomy.problems == [])
        #expect(taxonomy.count >= 1500)
    }

    @Test func coversEveryDomain() {
        let categories = Set(taxonomy.skills.map(\.category))
        for domain in ["software", "data", "design", "product", "sales", "healthcare", "operations", "finance", "marketing"] {
            #expect(categories.contains(domain), "no \(domain) skills")
            #expect(taxonomy.skills.filter { $0.category == domain }.count >= 20, "too few \(domain) skills")
        }
    }

    @Test func resolvesAliasesToOneSkill() {
        #expect(names(in: "We run k8s and kube on Postgres, in JS and TS.") == ["Kubernetes", "PostgreSQL", "JavaScript", "TypeScript"])
        #expect(taxonomy.id(of: "golang") == taxonomy.id(of: "Go"))
        #expect(taxonomy.id(of: "Amazon Web Services") == taxonomy.id(of: "AWS"))
    }

    @Test func matchesOnWordBoundariesOnly() {
        #expect(names(in: "JavaScript and TypeScript") == ["JavaScript", "TypeScript"])
        #expect(names(in: "Java, then JavaScript") == ["Java", "JavaScript"])
        #expect(names(in: "C++ and C# but not C") == ["C++", "C#", "C"])
        #expect(names(in: "R&D budgets") == ["Budgeting"])
        #expect(names(in: "Python and R.") == ["Python", "R"])
        #expect(names(in: "Node.js services") == ["Node.js"])
        #expect(names(in: "Scalable services") == [])
    }

    @Test func caseSensitiveNamesNeedTheirCapitals() {
        #expect(names(in: "We go home early and react quickly.") == [])
        #expect(names(in: "We go live in May.") == ["Go-live"])
        #expect(names(in: "Services in Go and React.") == ["Go", "React"])
    }

    @Test func toleratesPluralsAndHyphens() {
        #expect(names(in: "Designed REST APIs and microservices.") == ["REST", "Microservices"])
        #expect(names(in: "idempotent APIs for payment state machines") == ["Idempotency", "Payments"])
        #expect(names(in: "event driven settlement") == ["Event-driven architecture"])
    }

    @Test func prefersTheLongestName() {
        #expect(names(in: "Ruby on Rails and CI/CD") == ["Ruby on Rails", "CI/CD"])
        #expect(names(in: "AWS Certified Solutions Architect") == ["AWS Certified Solutions Architect"])
    }

    @Test func impliesBroaderSkills() throws {
        let kafka = try #require(taxonomy.id(of: "Kafka"))
        #expect(taxonomy.implied(by: kafka).map { taxonomy[$0].name } == ["Stream processing", "Message queues"])
        let eks = try #require(taxonomy.id(of: "EKS"))
        #expect(taxonomy.implied(by: eks).map { taxonomy[$0].name } == ["AWS", "Kubernetes", "Docker"])
        #expect(taxonomy.expanded([kafka]).count == 3)
    }

    @Test func learnsNewNamesAndAliases() {
        var extended = taxonomy
        let own = extended.add(name: "Ledger reconciliation", aliases: ["recon"], category: "knowledge")
        let go = extended.add(name: "Go", aliases: ["Go language"], category: "knowledge")
        #expect(Int(own) == taxonomy.count)
        #expect(go == taxonomy.id(of: "Go"))
        #expect(extended.skills(in: "Owned recon jobs in the Go language") == [own, go])
        // The shipped taxonomy is untouched.
        #expect(taxonomy.skills(in: "recon") == [])
    }

    @Test func reportsMalformedLines() {
        let parsed = SkillTaxonomy(parsing: "Go | golang | software | case\nbroken line\nGolang | | software |\n")
        #expect(parsed.count == 2)
        #expect(parsed.problems == ["line 2: expected 'Name | aliases | category | flags'", "line 3: 'Golang' already names Go"])
    }

    /// The file is read as bytes; these are the cases where bytes and Characters could part:
    /// Windows line ends, whitespace that is not ASCII at a field's ends, empty fields and names.
    @Test func readsEdgesOfTheFormat() {
        let text = "  # a comment\r\n\t\r\n\u{00A0}Rust\u{00A0} | rustlang , , Rust language ,| software |  tool   case \r\n"
            + "| nameless | software |\nKafka | | data |\nStream processing | | data |\n"
            + "Kafka > Stream processing, , Nowhere\nGo|golang|software\n=R | | data | case\n"
        let parsed = SkillTaxonomy(parsing: text)
        #expect(parsed.skills.map(\.name) == ["Rust", "Kafka", "Stream processing", "Go", "R"])
        #expect(parsed.skills[0].aliases == ["rustlang", "Rust language"])
        #expect(parsed.skills[0].isTool && parsed.skills[0].category == "software")
        #expect(parsed.skills[3].aliases == ["golang"])
        #expect(parsed.problems == [
            "line 4: expected 'Name | aliases | category | flags'",
            "line 7: '' is not a skill named above",
            "line 7: 'Nowhere' is not a skill named above",
        ])
        let kafka = parsed.id(of: "Kafka")!
        #expect(parsed.implied(by: kafka).map { parsed[$0].name } == ["Stream processing"])
        // "case" among the flags: "rust" in lowercase is not the skill; "=R" marks one name exact.
        #expect(parsed.skills(in: "Rust and Rust language") == [parsed.id(of: "Rust")!])
        #expect(parsed.skills(in: "rust") == [])
        #expect(parsed.skills(in: "R and r") == [parsed.id(of: "R")!])
    }
}
