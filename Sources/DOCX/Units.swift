/// WordprocessingML's units, from points.
enum Units {
    /// Twentieths of a point: page sizes, margins, indents, spacing, tab stops.
    static func twips(_ points: Double) -> Int { Int((points * 20).rounded()) }
    /// Half points: font sizes.
    static func halfPoints(_ points: Double) -> Int { max(2, Int((points * 2).rounded())) }
    /// Eighths of a point: border widths (Word allows 2 to 96).
    static func eighths(_ points: Double) -> Int { min(96, max(2, Int((points * 8).rounded()))) }
    /// English Metric Units, 12,700 to the point: drawing sizes.
    static func emu(_ points: Double) -> Int { Int((points * 12_700).rounded()) }
}
