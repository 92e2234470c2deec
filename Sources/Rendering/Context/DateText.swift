import YAMLSupport

/// JSON Resume dates as people read them: `2019-09` -> "Sep 2019", ranges with an en dash.
public enum DateText {
    public static func format(_ text: String?, locale: LocaleStrings) -> String? {
        guard let text, !text.isEmpty else { return nil }
        if text.lowercased() == "present" { return locale.present }
        guard let date = JSONResumeDate(text) else { return text }
        guard let month = date.month else { return String(date.year) }
        return "\(locale.months[month - 1]) \(date.year)"
    }

    /// "Sep 2019 – Present", "2015 – 2019", or a single date; nil when there is no start.
    public static func range(start: String?, end: String?, locale: LocaleStrings) -> String? {
        guard let from = format(start, locale: locale) else { return format(end, locale: locale) }
        let to = format(end, locale: locale) ?? locale.present
        return from == to ? from : "\(from) – \(to)"
    }
}
