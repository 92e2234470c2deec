import Core
import Foundation
import Testing

@Suite struct DecimalTextTests {
    @Test func writesAFixedCountOfDecimals() {
        #expect(DecimalText.fixed(0, places: 2) == "0.00")
        #expect(DecimalText.fixed(0.5, places: 2) == "0.50")
        #expect(DecimalText.fixed(0.004, places: 2) == "0.00")
        #expect(DecimalText.fixed(9.996, places: 2) == "10.00")
        #expect(DecimalText.fixed(12.34, places: 0) == "12")
        #expect(DecimalText.fixed(2.25, places: 1) == "2.2")
        #expect(DecimalText.fixed(2.35, places: 1) == "2.4")
        #expect(DecimalText.fixed(-1.5, places: 1) == "-1.5")
        #expect(DecimalText.fixed(-0.001, places: 2) == "0.00")
        #expect(DecimalText.fixed(.infinity, places: 2) == "inf")
    }

    /// The same text as Foundation's `%.Nf` for the values a summary prints: durations in seconds
    /// and milliseconds, from 0.0001 to a million. (Far above that, scaling by 100 can round the
    /// product across a half, and the last digit may differ from printf's.)
    @Test func matchesPrintfForMeasuredDurations() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var mismatches: [String] = []
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let magnitude = Double((state >> 60) % 11)  // 0...10
            let value = Double(state >> 11) / Double(1 << 53) * pow(10, magnitude - 4)
            for places in [1, 2] where DecimalText.fixed(value, places: places) != String(format: "%.\(places)f", value) {
                mismatches.append("\(value) with \(places)")
            }
        }
        #expect(mismatches.isEmpty)
    }
}
