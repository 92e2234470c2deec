import Analysis
import Workspace

/// Template data for the job pipeline: the dashboard and each job's page.
enum JobContext {
    /// What a job's row and page show besides the job file itself.
    struct Extras {
        var score: Int?
        /// Relative to the site's root: `letters/acme.html`.
        var letter: String?
        /// Whether the letter is the user's own `letters/JOB.md` (else a draft).
        var letterIsOwn = false
    }

    static func row(_ entry: JobPipeline.Entry, job: Job, workspace: Workspace, root: String, locale: LocaleStrings, extras: Extras) -> TemplateValue {
        let persona = entry.persona.flatMap { workspace.persona(at: $0) }
        return [
            "title": .string(entry.title), "company": .optional(entry.company), "location": .optional(entry.location),
            "status": .string(entry.status.rawValue), "status_label": .string(locale.label(entry.status.rawValue)),
            "applied_on": .optional(DateText.format(entry.appliedOn, locale: locale)), "href": .string(root + "jobs/\(entry.slug).html"),
            "url": .optional(job.url), "notes": .optional(entry.notes), "next": .optional(entry.next),
            "persona": persona.map { ["title": .string($0.title), "href": .string(SiteContext.personaHref($0, from: root))] } ?? .null,
            "score": extras.score.map { .int($0) } ?? .null,
            "letter": extras.letter.map { ["title": .string(extras.letterIsOwn ? "your letter" : "draft letter"), "href": .string(root + $0)] } ?? .null,
        ]
    }

    /// Most advanced first (offers, interviews, applications, saved), then closed ones; the
    /// latest application first within a status, then by file.
    static func dashboardOrder(_ entries: [JobPipeline.Entry]) -> [JobPipeline.Entry] {
        let rank: [JobPipeline.Status: Int] = [.offer: 0, .interview: 1, .applied: 2, .saved: 3, .rejected: 4, .withdrawn: 5]
        return entries.sorted { a, b in
            if a.status != b.status { return rank[a.status]! < rank[b.status]! }
            if a.appliedOn != b.appliedOn { return (a.appliedOn ?? "") > (b.appliedOn ?? "") }
            return a.job < b.job
        }
    }

    static func dashboard(_ pipeline: JobPipeline, jobs: [String: Job], workspace: Workspace, locale: LocaleStrings,
                          extras: [String: Extras]) -> TemplateValue {
        func percent(_ count: Int, of total: Int) -> TemplateValue { .int(total == 0 ? 0 : (100 * count + total / 2) / total) }
        func statuses(_ counts: [JobPipeline.Count]) -> TemplateValue {
            .array(counts.filter { $0.count > 0 }.map { count in
                ["status": .string(count.status.rawValue), "label": .string(locale.label(count.status.rawValue)), "count": .int(count.count)]
            })
        }
        let busiest = pipeline.byMonth.map(\.count).max() ?? 0
        return [
            "site": DocumentContext.site(workspace.settings),
            "jobs": .array(dashboardOrder(pipeline.jobs).compactMap { entry in
                jobs[entry.job].map { row(entry, job: $0, workspace: workspace, root: "../", locale: locale, extras: extras[entry.job] ?? Extras()) }
            }),
            "statuses": statuses(pipeline.byStatus),
            "summary": [
                "total": .int(pipeline.total), "active": .int(pipeline.active), "applied": .int(pipeline.applied),
                "responded": .int(pipeline.responded),
                "response_rate": pipeline.applied == 0 ? .null : .string("\((100 * pipeline.responded + pipeline.applied / 2) / pipeline.applied)%"),
            ],
            "overview": pipeline.total == 0 ? .null : [
                "pipeline": .array(pipeline.byStatus.map { count in
                    ["status": .string(count.status.rawValue), "label": .string(locale.label(count.status.rawValue)),
                     "count": .int(count.count), "percent": percent(count.count, of: pipeline.total)]
                }),
                "months": pipeline.byMonth.isEmpty ? .null : ["rows": .array(pipeline.byMonth.map { month in
                    ["month": .string(month.month), "label": .string(DateText.format(month.month, locale: locale) ?? month.month),
                     "count": .int(month.count), "percent": percent(month.count, of: busiest), "statuses": statuses(month.byStatus)]
                })],
                "personas": .array(pipeline.byPersona.map { group in
                    let persona = group.persona.flatMap { workspace.persona(at: $0) }
                    let scores = pipeline.jobs.filter { $0.persona == group.persona }.compactMap { extras[$0.job]?.score }
                    return [
                        "title": .string(persona?.title ?? group.persona ?? "No persona"),
                        "href": persona.map { .string(SiteContext.personaHref($0, from: "../")) } ?? .null,
                        "count": .int(group.count), "active": .int(group.active),
                        "average_score": scores.isEmpty ? .null : .int((scores.reduce(0, +) + scores.count / 2) / scores.count),
                        "statuses": statuses(group.byStatus),
                    ]
                }),
            ],
        ]
    }

    static func detail(_ job: Job, workspace: Workspace, locale: LocaleStrings, extras: Extras, posting: Posting, match: MatchReport?,
                       contact: CoverLetter.Contact?, reportHref: String?) -> TemplateValue {
        let entry = JobPipeline(jobs: [job]).jobs[0]
        var verdicts: [Requirement: (String, MatchReport.Result)] = [:]
        if let match {
            verdicts.reserveCapacity(match.matched.count + match.missing.inPersonaSources.count + match.missing.nowhere.count)
            for result in match.matched { verdicts[result.requirement] = ("matched", result) }
            for result in match.missing.inPersonaSources { verdicts[result.requirement] = ("in-sources", result) }
            for result in match.missing.nowhere { verdicts[result.requirement] = ("missing", result) }
        }
        let labels = ["matched": "Shown", "in-sources": "In your sources", "missing": "Missing"]
        func requirement(_ requirement: Requirement) -> TemplateValue {
            let verdict = verdicts[requirement]
            return [
                "name": .string(requirement.name), "kind": .string(requirement.kind.rawValue),
                "importance": .string(requirement.importance.rawValue), "text": .string(requirement.text),
                "line": requirement.location.map { .int($0.line) } ?? .null,
                "verdict": .optional(verdict?.0), "verdict_label": .optional(verdict.map { labels[$0.0]! }),
                "evidence": .optional(verdict?.1.evidence.first?.text), "note": .optional(verdict?.1.note),
            ]
        }
        let persona = match.flatMap { workspace.persona(at: $0.persona) }
        return [
            "site": DocumentContext.site(workspace.settings),
            "job": row(entry, job: job, workspace: workspace, root: "../", locale: locale, extras: extras),
            "posting": .raw(PageLayout.html(fromMarkdown: job.body)),
            "requirements": [
                "required": .array(posting.required.map(requirement)), "preferred": .array(posting.preferred.map(requirement)),
                "count": .int(posting.requirements.count),
                "has_required": .bool(!posting.required.isEmpty), "has_preferred": .bool(!posting.preferred.isEmpty),
            ],
            "match": match.map { match in
                [
                    "score": .int(match.score), "potential_score": .int(match.potentialScore), "persona": .optional(persona?.title),
                    "report_href": .optional(reportHref), "matched": .int(match.matched.count),
                    "in_sources": .int(match.missing.inPersonaSources.count), "missing": .int(match.missing.nowhere.count),
                ]
            } ?? .null,
            "contact": contact.map { contact in
                [
                    "name": .optional(contact.name), "email": .optional(contact.email), "phone": .optional(contact.phone),
                    "location": .optional(contact.location), "website": .optional(contact.website),
                    "overridden": .bool(job.frontMatter["contact"] != nil),
                ]
            } ?? .null,
        ]
    }
}
