import Core
import Workspace

/// A team's coverage of what it needs: required skills and the team description's requirements
/// against each member's persona and sources; uncovered skills, single points of failure, seniority mix.
struct TeamAnalyzer {
    let context: AnalysisContext

    struct Needed {
        var name: String
        var origin: String
        var location: SourceLocation?
        var ids: [Int32]
        var category: String
    }

    struct Member {
        var path: String
        var title: String
        var profile: PersonaProfile?
    }

    func analyze(_ team: Team) -> TeamReport {
        let (context, needed) = neededSkills(team)
        let members = self.members(of: team, context: context)
        var issues: [AnalysisIssue] = []
        var questions: [ClarifyingQuestion] = []
        for member in members where member.profile == nil {
            let location = team.members.first { $0.value == member.path }?.location
            issues.append(AnalysisIssue(code: "member-not-analysed", severity: .warning, field: "members", entry: member.path,
                                        message: "\(member.path) cannot be analysed: it is missing, has errors, or is an audience persona.",
                                        suggestion: "Fix or replace the member; run personaforge check.", evidence: location))
        }
        if team.members.isEmpty {
            issues.append(AnalysisIssue(code: "no-members", severity: .error, field: "members", message: "The team has no members.",
                                        suggestion: "List the members' persona files under members.", evidence: team.root.location))
        }
        if needed.isEmpty {
            issues.append(AnalysisIssue(code: "no-required-skills", severity: .warning, field: "required_skills",
                                        message: "The team names no skills it needs, and none could be read from its description.",
                                        suggestion: "List them under required_skills.", evidence: team.root.location))
        }
        let analysed = members.compactMap { member in member.profile.map { (member, $0) } }
        var rows: [TeamReport.Row] = []
        var uncovered: [String] = []
        var single: [TeamReport.SinglePoint] = []
        for skill in needed {
            var cells: [TeamReport.Cell] = []
            for (member, profile) in analysed {
                if let evidence = profile.shownEvidence(skill.ids) {
                    cells.append(.init(member: member.path, coverage: .shown, evidence: evidence.first))
                } else if let evidence = profile.sourceEvidence(skill.ids) {
                    cells.append(.init(member: member.path, coverage: .inSources, evidence: evidence.first))
                } else if let answer = context.answers[question(skill, profile, team).id], !AnswerBook.isNegative(answer.value) {
                    cells.append(.init(member: member.path, coverage: .inSources,
                                       evidence: Evidence(source: .answer, text: answer.value, location: answer.location)))
                } else {
                    cells.append(.init(member: member.path, coverage: .none, evidence: nil))
                }
            }
            let holders = cells.filter { $0.coverage != .none }.map(\.member)
            rows.append(.init(skill: skill.name, cells: cells, holders: holders))
            if holders.isEmpty {
                uncovered.append(skill.name)
                issues.append(AnalysisIssue(code: "uncovered-skill", severity: .error, field: skill.origin, entry: skill.name,
                                            message: "Nobody in the team has \(skill.name).",
                                            suggestion: "Hire or train for it, or check whether a member has it but does not show it (see the questions).",
                                            evidence: skill.location))
                for (_, profile) in analysed {
                    let asked = question(skill, profile, team)
                    if context.answers[asked.id] == nil { questions.append(asked) }
                }
            } else if holders.count == 1, analysed.count > 1 {
                single.append(.init(skill: skill.name, member: holders[0]))
                issues.append(AnalysisIssue(code: "single-point-of-failure", severity: .warning, field: skill.origin, entry: skill.name,
                                            message: "Only \(holders[0]) has \(skill.name): a single point of failure.",
                                            suggestion: "Pair someone with them on it, or document what only they know.", evidence: skill.location))
            }
            if !holders.isEmpty, !cells.contains(where: { $0.coverage == .shown }) {
                issues.append(AnalysisIssue(code: "not-shown", severity: .info, field: skill.origin, entry: skill.name,
                                            message: "\(skill.name) is only in the members' sources; no member's persona shows it.",
                                            suggestion: "Add it to the persona of \(holders.joined(separator: ", ")).", evidence: skill.location))
            }
        }
        let mix = seniorityMix(analysed.map { ($0.0.path, $0.1) })
        issues += seniorityIssues(mix, team: team, count: analysed.count)
        let sortedIssues = issues.sortedForReport()
        return TeamReport(
            team: team.path, name: team.name,
            members: members.map { .init(persona: $0.path, title: $0.title, seniority: $0.profile?.seniority?.name, analysed: $0.profile != nil) },
            neededSkills: needed.map { .init(name: $0.name, origin: $0.origin, location: $0.location) },
            coverage: rows, uncovered: uncovered, singlePointsOfFailure: single, seniorityMix: mix,
            counts: sortedIssues.counts, issues: sortedIssues, questions: questions.uniquedAndSorted())
    }

    func candidateQuestions(_ team: Team) -> [ClarifyingQuestion] {
        let (context, needed) = neededSkills(team)
        let members = self.members(of: team, context: context).compactMap(\.profile)
        return needed.flatMap { skill in
            let holders = members.filter { profile in skill.ids.contains(where: profile.has) }
            return holders.isEmpty ? members.map { question(skill, $0, team) } : []
        }
    }

    func question(_ skill: Needed, _ profile: PersonaProfile, _ team: Team) -> ClarifyingQuestion {
        ClarifyingQuestion(kind: "skill", subject: skill.name, scope: profile.scope,
                           question: MatchAnalyzer.question(about: skill.name, category: skill.category, person: profile.person ?? profile.persona),
                           why: "\(team.name) needs \(skill.name), and no member's persona or sources show it.",
                           field: "skills", evidence: skill.location)
    }

    /// The team's required skills and its description's requirements; names the taxonomy does not
    /// know are added to a copy of it, so members' texts are searched for them too.
    func neededSkills(_ team: Team) -> (AnalysisContext, [Needed]) {
        var taxonomy = context.taxonomy
        var needed: [Needed] = []
        var seen: Set<[Int32]> = []
        for skill in team.requiredSkills {
            let id = taxonomy.id(of: skill.value) ?? taxonomy.add(name: skill.value, aliases: [], category: "team")
            guard seen.insert([id]).inserted else { continue }
            let index = team.requiredSkills.firstIndex { $0.value == skill.value } ?? 0
            needed.append(Needed(name: taxonomy[id].name, origin: "required_skills[\(index)]", location: skill.location, ids: [id],
                                 category: taxonomy[id].category))
        }
        if let description = team.root["description"], let text = description.scalarText {
            // A folded or literal block starts on the line after its indicator.
            var first = description.location.line
            if case .scalar(_, let style) = description.content, style == .folded || style == .literal { first += 1 }
            let parsed = PostingParser(taxonomy: taxonomy).parse(text: text, file: team.path, firstLine: first, everythingRequired: true)
            for requirement in parsed where requirement.kind == .skill || requirement.kind == .certification {
                guard seen.insert(requirement.skillIDs.sorted()).inserted else { continue }
                needed.append(Needed(name: requirement.name, origin: "description", location: requirement.location, ids: requirement.skillIDs,
                                     category: requirement.category ?? ""))
            }
        }
        return (context.with(taxonomy: taxonomy), needed)
    }

    func members(of team: Team, context: AnalysisContext) -> [Member] {
        var seen: Set<String> = []
        return team.members.compactMap { member in
            guard seen.insert(member.value).inserted else { return nil }
            guard let resolved = context.workspace.resolved[member.value], resolved.persona.kind == .professional else {
                return Member(path: member.value, title: context.workspace.persona(at: member.value)?.title ?? member.value, profile: nil)
            }
            return Member(path: member.value, title: resolved.persona.title, profile: context.profile(for: resolved))
        }
    }

    func seniorityMix(_ members: [(String, PersonaProfile)]) -> [TeamReport.SeniorityGroup] {
        var groups: [Seniority?: [String]] = [:]
        for (path, profile) in members { groups[profile.seniority, default: []].append(path) }
        return groups.sorted { ($0.key?.rawValue ?? -1) > ($1.key?.rawValue ?? -1) }
            .map { TeamReport.SeniorityGroup(level: $0.key?.name ?? "unknown", members: $0.value) }
    }

    func seniorityIssues(_ mix: [TeamReport.SeniorityGroup], team: Team, count: Int) -> [AnalysisIssue] {
        guard count > 0 else { return [] }
        let seniorNames = Set(Seniority.allCases.filter { $0 >= .senior }.map(\.name))
        let seniors = mix.filter { seniorNames.contains($0.level) }.flatMap(\.members)
        let at = team.root["members"]?.location ?? team.root.location
        if seniors.isEmpty {
            return [AnalysisIssue(code: "no-senior", severity: .warning, field: "members",
                                  message: "No member reads as senior or above.",
                                  suggestion: "A team without senior members depends on outside help for hard calls; plan for it.", evidence: at)]
        }
        if seniors.count == 1, count >= 3 {
            return [AnalysisIssue(code: "single-senior", severity: .info, field: "members",
                                  message: "Only \(seniors[0]) reads as senior or above.",
                                  suggestion: "Grow a second senior member so reviews and on-call do not rest on one person.", evidence: at)]
        }
        if mix.count == 1, count >= 3 {
            return [AnalysisIssue(code: "uniform-seniority", severity: .info, field: "members",
                                  message: "Every member reads as \(mix[0].level).",
                                  suggestion: "A mix of levels spreads mentoring and keeps costs balanced.", evidence: at)]
        }
        return []
    }
}
