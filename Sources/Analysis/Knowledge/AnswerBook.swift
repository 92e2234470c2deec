import Core
import Workspace

/// The user's answers to clarifying questions, by question id.
struct AnswerBook: Sendable {
    var path: String
    var byID: [String: Located<String>]

    init(_ answers: Answers?) {
        path = answers?.path ?? Analysis.answersPath
        var byID: [String: Located<String>] = [:]
        for (id, answer) in answers?.answers ?? [] where byID[id.value] == nil { byID[id.value] = answer }
        self.byID = byID
    }

    var isEmpty: Bool { byID.isEmpty }

    subscript(id: String) -> Located<String>? { byID[id] }

    /// True for answers that say no: "no", "never", "not yet", "none", "n/a", false.
    static func isNegative(_ text: String) -> Bool {
        let words = Writing.words(text.lowercased())
        guard let first = words.first else { return true }
        if ["no", "never", "none", "nope", "nein", "non", "false", "n", "nothing", "neither"].contains(first) { return true }
        if first == "not" || text.lowercased().hasPrefix("n/a") { return true }
        return false
    }
}
