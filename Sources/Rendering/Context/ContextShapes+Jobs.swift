/// The shapes of the job pipeline's pages and of cover letters.
extension ContextShapes {
    static let jobRow: TemplateShape = [
        "title": .scalar, "company": .scalar, "location": .scalar, "status": .scalar, "status_label": .scalar,
        "applied_on": .scalar, "href": .scalar, "url": .scalar, "notes": .scalar, "persona": link, "next": .scalar,
        "score": .scalar, "letter": link,
    ]

    static let statusBreakdown: TemplateShape = .list(of: statusCount)

    /// `templates/site/jobs.html.mustache`: the jobs dashboard.
    public static let jobsDashboard: TemplateShape = [
        "site": site,
        "jobs": .list(of: jobRow),
        "statuses": .list(of: statusCount),
        "summary": ["total": .scalar, "active": .scalar, "applied": .scalar, "responded": .scalar, "response_rate": .scalar],
        // Null when there are no jobs; `months` is null when nothing has been applied for.
        "overview": [
            "pipeline": .list(of: ["status": .scalar, "label": .scalar, "count": .scalar, "percent": .scalar]),
            "months": ["rows": .list(of: ["month": .scalar, "label": .scalar, "count": .scalar, "percent": .scalar, "statuses": statusBreakdown])],
            "personas": .list(of: ["title": .scalar, "href": .scalar, "count": .scalar, "active": .scalar,
                                   "average_score": .scalar, "statuses": statusBreakdown]),
        ],
    ]

    static let requirementRow: TemplateShape = [
        "name": .scalar, "kind": .scalar, "importance": .scalar, "text": .scalar, "line": .scalar,
        "verdict": .scalar, "verdict_label": .scalar, "evidence": .scalar, "note": .scalar,
    ]

    /// `templates/site/job.html.mustache`: one job with its posting's requirements and its match.
    public static let jobDetail: TemplateShape = [
        "site": site,
        "job": jobRow,
        "posting": .scalar,
        "requirements": ["required": .list(of: requirementRow), "preferred": .list(of: requirementRow), "count": .scalar,
                         "has_required": .scalar, "has_preferred": .scalar],
        "match": ["score": .scalar, "potential_score": .scalar, "persona": .scalar, "report_href": .scalar,
                  "matched": .scalar, "in_sources": .scalar, "missing": .scalar],
        "contact": ["name": .scalar, "email": .scalar, "phone": .scalar, "location": .scalar, "website": .scalar, "overridden": .scalar],
    ]

    static let letterContact: TemplateShape = [
        "name": .scalar, "email": .scalar, "phone": .scalar, "location": .scalar, "website": .scalar,
        "contacts": .list(of: ["kind": .scalar, "text": .scalar, "href": .scalar, "first": .scalar]),
    ]

    /// `cover-letter` templates: the letter's parts, the sender, the job and the persona.
    public static let coverLetter: TemplateShape = [
        "site": site,
        "sender": letterContact,
        "recipient": ["name": .scalar, "company": .scalar, "location": .scalar],
        "letter": [
            "date": .scalar, "subject": .scalar, "salutation": .scalar, "opening": .list(of: .scalar),
            "highlights_intro": .scalar, "highlights": .list(of: ["requirement": .scalar, "text": .scalar, "entry": .scalar]),
            "closing": .list(of: .scalar), "sign_off": .scalar, "engine": .scalar,
        ],
        "job": ["title": .scalar, "company": .scalar, "slug": .scalar, "url": .scalar],
        "persona": ["title": .scalar, "slug": .scalar],
    ]
}
