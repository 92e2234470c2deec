/// A number written with a fixed count of decimals, as `String(format: "%.2f")` writes it, but
/// without Foundation's formatter: its first use in a process costs about 0.4 ms, and the summary
/// a build prints last is the only text of a build that needs one.
public enum DecimalText {
    /// `value` rounded to `places` decimals (half to even, on the scaled value), with all of them
    /// written: `fixed(0.5, places: 2)` is `0.50`, `fixed(2.25, places: 1)` is `2.2`. Up to a
    /// million it is printf's text; far above, the last digit may differ where scaling rounds the
    /// product across a half. A value that is not finite, or whose scaled digits do not fit 64
    /// bits, is left to `description`.
    public static func fixed(_ value: Double, places: Int) -> String {
        let places = max(0, min(places, 9))
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrEven)
        guard value.isFinite, scaled < 9.0e18 else { return value.description }
        let digits = UInt64(scaled)
        let power = UInt64(scale)
        var text = value < 0 && digits > 0 ? "-" : ""
        text += String(digits / power)
        guard places > 0 else { return text }
        let fraction = String(digits % power)
        return text + "." + String(repeating: "0", count: places - fraction.utf8.count) + fraction
    }
}
