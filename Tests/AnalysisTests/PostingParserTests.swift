@testable import Analysis
import Testing

/// Requirements read from a posting: sections, cues, years, degrees, certifications, seniority.
@Suite struct PostingParserTests {
    static let posting = """
    -- personaforge.yaml --
    name: Test
    -- jobs/platform.md --
    ---
    title: Senior Platform Engineer
    company: Initech
    ---
    Initech builds logistics software used by 300 warehouses. We use Slack and Notion.

    ## What you'll do

    - Run our Kubernetes clusters on AWS.

    ## Requirements

    - 5+ years of experience with Go or Java.
    - Deep knowledge of PostgreSQL (Postgres) and k8s.
    - Experience with event streaming, ideally Kafka, and with CI/CD.
    - Bachelor's degree in Computer Science or a related field.
    - AWS Certified Solutions Architect certification.
    - JavaScript is a plus.

    ## Nice to have

    - Terraform or another infrastructure-as-code tool.
    - German at a professional level.
    - Must be able to obtain a security clearance.
    """

    struct Row: Equatable, CustomStringConvertible {
        var kind: Requirement.Kind
        var importance: Requirement.Importance
        var name: String
        init(_ kind: Requirement.Kind, _ importance: Requirement.Importance, _ name: String) {
            self.kind = kind
            self.importance = importance
            self.name = name
        }
        var description: String { "(\(kind), \(importance), \(name))" }
    }

    @Test func extractsTheKnownRequirements() async throws {
        let harness = try await AnalysisHarness(Self.posting)
        let posting = harness.context.posting(for: try harness.job("jobs/platform.md"))
        #expect(posting.requirements.map { Row($0.kind, $0.importance, $0.name) } == [
            Row(.seniority, .required, "Senior"),
            Row(.skill, .required, "Kubernetes"),
            Row(.skill, .preferred, "AWS"),
            Row(.years, .required, "5+ years of Go or Java"),
            Row(.skill, .required, "Go or Java"),
            Row(.skill, .required, "PostgreSQL"),
            Row(.skill, .required, "Stream processing"),
            Row(.skill, .preferred, "Kafka"),
            Row(.skill, .required, "CI/CD"),
            Row(.education, .required, "Bachelor's degree in Computer Science or a related field"),
            Row(.certification, .required, "AWS Certified Solutions Architect"),
            Row(.skill, .preferred, "JavaScript"),
            Row(.skill, .preferred, "Terraform or Infrastructure as code"),
            Row(.skill, .preferred, "German"),
        ])
    }

    @Test func keepsYearsDegreesAndLocations() async throws {
        let harness = try await AnalysisHarness(Self.posting)
        let requirements = harness.context.posting(for: try harness.job("jobs/platform.md")).requirements
        let years = try #require(requirements.first { $0.kind == .years })
        #expect(years.years == 5)
        #expect(years.skills == ["Go", "Java"])
        #expect(years.location?.line == 13)
        #expect(years.text == "5+ years of experience with Go or Java.")
        let degree = try #require(requirements.first { $0.kind == .education })
        #expect(degree.level == "bachelor's degree")
        #expect(degree.field == "Computer Science or a related field")
        #expect(requirements.first?.location?.line == 2)
    }

    /// Saved with Windows line ends (which Swift reads as one Character, "\r\n"), a posting reads
    /// the same: the same requirements, at the same lines.
    @Test func windowsLineEndsReadTheSame() async throws {
        let harness = try await AnalysisHarness(Self.posting)
        let unix = harness.context.posting(for: try harness.job("jobs/platform.md")).requirements
        let text = try #require(harness.files.read("jobs/platform.md"))
        try harness.files.write("jobs/platform.md", text.replacingOccurrences(of: "\n", with: "\r\n"))
        let context = try await harness.reloaded()
        let job = try #require(context.workspace.jobs.first { $0.path == "jobs/platform.md" })
        let windows = context.posting(for: job).requirements
        #expect(windows.map { Row($0.kind, $0.importance, $0.name) } == unix.map { Row($0.kind, $0.importance, $0.name) })
        #expect(windows.map(\.location?.line) == unix.map(\.location?.line))
        #expect(unix.count > 10)
    }

    @Test func readsSectionsInOtherLanguages() async throws {
        let harness = try await AnalysisHarness("""
        -- personaforge.yaml --
        name: Test
        -- jobs/de.md --
        ---
        title: Entwickler
        ---
        Wir sind ein Team in Berlin, wir nutzen Jira.

        **Dein Profil**
        - Mindestens 3 Jahre Erfahrung mit Python
        - Sehr gute Kenntnisse in SQL

        **Wünschenswert**
        - Erfahrung mit Airflow
        """)
        let requirements = harness.context.posting(for: try harness.job("jobs/de.md")).requirements
        #expect(requirements.map { Row($0.kind, $0.importance, $0.name) } == [
            Row(.years, .required, "3+ years of Python"), Row(.skill, .required, "Python"),
            Row(.skill, .required, "SQL"), Row(.skill, .preferred, "Airflow"),
        ])
    }

    @Test func treatsAPostingWithoutSectionsAsAllRequired() async throws {
        let harness = try await AnalysisHarness("""
        -- personaforge.yaml --
        name: Test
        -- jobs/plain.md --
        ---
        title: Nurse
        ---
        We need a registered nurse with BLS certification and Epic EHR experience.
        """)
        let requirements = harness.context.posting(for: try harness.job("jobs/plain.md")).requirements
        #expect(requirements.map { Row($0.kind, $0.importance, $0.name) } == [
            Row(.certification, .required, "Registered Nurse"), Row(.certification, .required, "Basic Life Support"),
            Row(.skill, .required, "Epic"),
        ])
    }

    /// Only a line with an ASCII digit or a number word is cut into words for its years; the
    /// check must never turn away a line that states them.
    @Test func yearsAreReadInWordsAndDigitsAndOnlyThere() {
        for line in ["Twelve years of Python", "at least FIVE YEARS with Go", "3-5 yrs SQL", "Mindestens 3 Jahre Python",
                     "one or more years in Kotlin", "ten+ years"] {
            #expect(PostingParser.mayStateYears(ScannedText(lowering: line)), "\(line)")
        }
        for line in ["Years of Python", "Experience with Go", "Deep knowledge of PostgreSQL (Postgres) and k8s."] {
            #expect(PostingParser.mayStateYears(ScannedText(lowering: line)) == (line.contains("8")), "\(line)")
        }
        let parser = PostingParser(taxonomy: .shipped)
        let twelve = parser.parse(text: "- Twelve years of Python", file: "jobs/x.md", firstLine: 1, everythingRequired: true)
        #expect(twelve.first { $0.kind == .years }?.years == 12)
        let none = parser.parse(text: "- Years of Python, ideally", file: "jobs/x.md", firstLine: 1, everythingRequired: true)
        #expect(!none.contains { $0.kind == .years })
    }
}
