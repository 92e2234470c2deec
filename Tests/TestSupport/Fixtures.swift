/// Small valid files, for tests that need a working workspace and change one thing.
public enum Fixtures {
    public static let settings = """
    -- personaforge.yaml --
    version: 1
    name: Test workspace
    private: [basics.phone]
    """

    public static let janeCV = """
    -- cvs/jane.yaml --
    basics:
      name: Jane Doe
      label: Backend Engineer
      email: jane@example.com
      phone: "+1 555 0100"
      summary: Builds payment systems.
    work:
      - name: Acme Pay
        position: Senior Engineer
        startDate: "2019-09"
        highlights:
          - Cut settlement latency by 40%.
          - {text: Led the Kafka migration., tags: [backend]}
          - {text: Hired four engineers., tags: [management]}
      - name: Globex
        position: Engineer
        startDate: "2015-01"
        endDate: "2019-08"
        tags: [backend]
        highlights: [Built the ledger.]
    skills:
      - name: Go
      - name: PostgreSQL
      - name: PHP
    """

    public static let backendPersona = """
    -- personas/backend.md --
    ---
    title: Backend Engineer
    cv: cvs/jane.yaml
    tags: [backend]
    skills: {exclude: [PHP]}
    ---
    ## Why backend

    I like **queues**.
    """

    public static let audiencePersona = """
    -- personas/acme/it-manager.md --
    ---
    kind: audience
    title: IT Manager
    name: Dana
    goals: [Fewer tickets]
    buying_style: analytical
    ---
    Dana runs IT for a clinic.
    """

    public static let job = """
    -- jobs/acme.md --
    ---
    title: Staff Engineer
    company: Acme
    status: applied
    persona: personas/backend.md
    ---
    ## Requirements

    - Go
    """

    public static let team = """
    -- teams/platform.yaml --
    name: Platform
    members: [personas/backend.md]
    required_skills: [Go]
    """

    /// A small, valid workspace with one of everything.
    public static let workspace = [settings, janeCV, backendPersona, audiencePersona, job, team].joined(separator: "\n")
}
