import Core
import YAMLSupport

/// Edits `knowledge/answers.yaml` as text, so recording one answer leaves every other byte of
/// the file as it was: comments, order, quoting and blank lines.
public enum AnswersFile {
    public struct EditError: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// The file's new text with `id` answered `answer`: that key's line(s) replaced, or a line
    /// appended (after a `# question` comment when one is given). Verified by parsing the result.
    public static func setting(_ id: String, to answer: String, question: String? = nil, in text: String?) throws(EditError) -> String {
        let original = text ?? ""
        let newline = original.contains("\r\n") ? "\r\n" : "\n"
        let entry = "\(id): \(scalar(answer))"
        var lines = original.isEmpty ? [] : original.components(keepingSeparator: newline)
        if let start = lines.firstIndex(where: { isKey(id, line: $0) }) {
            // The value runs on over indented (or blank, then indented) lines: a block scalar or a folded plain one.
            var end = start + 1
            var lastValue = start
            while end < lines.count {
                let line = lines[end].trimmingLineEnd()
                if line.isEmpty { end += 1; continue }
                guard line.first == " " || line.first == "\t" else { break }
                lastValue = end
                end += 1
            }
            let ending = lines[lastValue].hasSuffix(newline) ? newline : ""
            lines.replaceSubrange(start...lastValue, with: [entry + ending])
        } else if let empty = lines.firstIndex(where: { $0.trimmingLineEnd().trimmingWhitespace() == "{}" || $0.trimmingLineEnd().hasPrefix("{} #") }) {
            // `{}`, the empty mapping the workspace template starts with, becomes the first entry.
            let ending = lines[empty].hasSuffix(newline) ? newline : ""
            lines[empty] = (question.map { "# \(oneLine($0))" + newline } ?? "") + entry + ending
        } else {
            if let first = lines.first(where: { let t = $0.trimmingWhitespace(); return !t.isEmpty && !t.hasPrefix("#") }),
               first.trimmingWhitespace().hasPrefix("{") {
                throw EditError(description: "\(Analysis.answersPath) is written as a flow mapping ({...}); write one 'id: answer' per line to let personaforge add answers.")
            }
            if let last = lines.last, !last.hasSuffix(newline) { lines[lines.count - 1] = last + newline }
            if original.isEmpty {
                lines.append("# Answers to clarifying questions, by question id (personaforge kb questions lists them)." + newline)
            }
            if let question { lines.append("# \(oneLine(question))" + newline) }
            lines.append(entry + newline)
        }
        let result = lines.joined()
        // Never write a file that does not read back as the answer we meant.
        let root: YAMLNode?
        do throws(Diagnostic) {
            root = try YAMLParser.parse(result, file: Analysis.answersPath)
        } catch {
            throw EditError(description: "\(Analysis.answersPath) would not be valid YAML after the edit (\(error.message)); edit it by hand.")
        }
        guard root?[id]?.scalarText == answer else {
            throw EditError(description: "Could not add the answer to \(Analysis.answersPath) without changing its meaning; edit the file by hand.")
        }
        return result
    }

    static func isKey(_ id: String, line: String) -> Bool {
        for key in [id, "\"\(id)\"", "'\(id)'"] where line.hasPrefix(key) {
            let rest = line.dropFirst(key.count)
            if rest.hasPrefix(":"), rest.count == 1 || rest.dropFirst().first.map({ $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }) == true {
                return true
            }
        }
        return false
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }.joined(separator: " ")
    }

    /// The answer as a YAML scalar: plain when that is unambiguous, else double-quoted.
    static func scalar(_ text: String) -> String {
        let reserved: Set<String> = ["y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"]
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;()'/-+%&")
        let plain = !text.isEmpty && text.first!.isLetter && text.last != " " && text.allSatisfy { allowed.contains($0) || ($0.isLetter && !$0.isASCII) }
            && !reserved.contains(text.lowercased()) && !text.contains(": ") && !text.contains(" #")
        if plain { return text }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + (scalar.value < 16 ? "0" : "") + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

extension String {
    /// The lines of the text, each with its line ending (the last one may have none).
    func components(keepingSeparator separator: String) -> [String] {
        var lines: [String] = []
        var rest = Substring(self)
        while let range = rest.firstRange(of: separator) {
            lines.append(String(rest[..<range.upperBound]))
            rest = rest[range.upperBound...]
        }
        if !rest.isEmpty { lines.append(String(rest)) }
        return lines
    }

    func trimmingLineEnd() -> String {
        var text = Substring(self)
        while let last = text.last, last == "\n" || last == "\r" || last == "\r\n" { text.removeLast() }
        return String(text)
    }
}
