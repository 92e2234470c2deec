import Workspace
import YAMLSupport

/// Template data for the site's own pages: the index and team pages (jobs: JobContext).
enum SiteContext {
    static func personaHref(_ persona: Persona, from root: String) -> String { root + "personas/\(persona.slug).html" }

    static func displayName(_ persona: Persona, in workspace: Workspace) -> String? {
        if persona.kind == .audience { return persona.name }
        return workspace.resolved[persona.path]?.cv["basics"]?["name"]?.scalarText
    }

    static func index(_ workspace: Workspace, personas: [Persona], cvs: [CV], locale: LocaleStrings) -> TemplateValue {
        func card(_ persona: Persona) -> TemplateValue {
            let basics = workspace.resolved[persona.path]?.publicBasics
            let summary = persona.kind == .audience ? persona.frontMatter["quote"]?.scalarText : basics?["summary"]?.scalarText
            return [
                "title": .string(persona.title), "name": .optional(displayName(persona, in: workspace)),
                "summary": .optional(summary), "href": .string("personas/\(persona.slug).html"),
                "label": .optional(persona.kind == .audience ? persona.frontMatter["role"]?["title"]?.scalarText : basics?["label"]?.scalarText),
                "tags": .array(persona.tags.map { ["name": .string($0)] }),
            ]
        }
        var groups: [TemplateValue] = []
        let professional = personas.filter { $0.kind == .professional }
        if !professional.isEmpty {
            groups.append(["title": "Professional personas", "kind": "professional", "project": .null, "personas": .array(professional.map(card))])
        }
        let audience = Dictionary(grouping: personas.filter { $0.kind == .audience }) { $0.project ?? "Audience" }
        for (project, members) in audience.sorted(by: { $0.key < $1.key }) {
            groups.append(["title": .string("Audience · \(project)"), "kind": "audience", "project": .string(project), "personas": .array(members.map(card))])
        }
        var tagCounts: [String: Int] = [:]
        for persona in personas { for tag in persona.tags { tagCounts[tag, default: 0] += 1 } }
        return [
            "site": DocumentContext.site(workspace.settings),
            "groups": .array(groups),
            "cvs": .array(cvs.map { cv in
                ["name": .string(cv.name ?? cv.slug), "label": .optional(cv.label), "href": .string("cvs/\(cv.slug).html")]
            }),
            "jobs": ["count": .int(workspace.jobs.count), "href": "jobs/index.html", "statuses": statusCounts(workspace.jobs, locale: locale)],
            "teams": .array(workspace.teams.map { team in
                ["name": .string(team.name), "href": .string("teams/\(team.slug).html"), "members_count": .int(team.members.count)]
            }),
            "tags": .array(tagCounts.sorted { $0.key < $1.key }.map { ["name": .string($0.key), "count": .int($0.value)] }),
        ]
    }

    static func statusCounts(_ jobs: [Job], locale: LocaleStrings) -> TemplateValue {
        .array(DocumentSchemas.jobStatuses.compactMap { status in
            let count = jobs.filter { $0.status == status }.count
            return count == 0 ? nil : ["status": .string(status), "label": .string(locale.label(status)), "count": .int(count)]
        })
    }

    static func team(_ team: Team, workspace: Workspace) -> TemplateValue {
        [
            "site": DocumentContext.site(workspace.settings),
            "team": [
                "name": .string(team.name), "description": .optional(team.description),
                "required_skills": .array(team.requiredSkills.map { ["name": .string($0.value)] }),
                "members": .array(team.members.compactMap { workspace.persona(at: $0.value) }.map { persona in
                    ["title": .string(persona.title), "name": .optional(displayName(persona, in: workspace)),
                     "href": .string(personaHref(persona, from: "../"))]
                }),
            ],
        ]
    }
}
