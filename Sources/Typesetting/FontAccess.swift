internal import CPangoCairo
import Foundation
import Synchronization

// A small bridge beside PangoTextEngine.swift: the process's one Pango font map, and the lock
// every use of fonts through Pango and Cairo holds.

/// Lets one call at a time use fonts through Pango and Cairo, on a font map they all share.
///
/// Cairo 1.16 (Debian 12's) keeps a process-wide table of the font files it has open, at most
/// ten: to open another it closes one it finds idle, but it reads whether a file is idle without
/// that file's own lock, so a thread starting to use a face can get one another thread is
/// closing. Typesetting in more than ten font files on several tasks at once crashed in FreeType
/// or, worse, gave a PDF other bytes (TypesettingTests' ConcurrencyTests). Font maps of their own
/// would not help, as the table is Cairo's; so calls take turns, and a build renders its other
/// outputs on the other cores meanwhile.
enum FontAccess {
    private static let lock = NSLock()
    /// Made at the first call and kept: it caches fonts, so later calls reuse what earlier ones loaded.
    private nonisolated(unsafe) static var fontMap: OpaquePointer?  // only read or written holding `lock`
    private static let warming = DispatchGroup()
    private static let warmUpStarted = Atomic<Bool>(false)

    /// Starts fontconfig (reading its configuration files and caches, several milliseconds) on
    /// another thread, for a caller with other work to do before its first layout. Calls after
    /// the first do nothing.
    static func warmUp() {
        guard !warmUpStarted.exchange(true, ordering: .relaxed) else { return }
        warming.enter()
        Thread.detachNewThread {
            // Loading the libraries, then what Pango's own set-up thread would do at the first
            // font map, started earlier.
            if pf_pango_cairo_load_error() == nil { _ = FcInit() }
            warming.leave()
        }
    }

    /// Pango and Cairo, loaded at the first call (see CPangoCairo.h), or why they cannot be.
    static func loadLibraries() throws(TypesettingError) {
        guard let reason = pf_pango_cairo_load_error() else { return }
        throw TypesettingError(message: "PDFs cannot be typeset: Pango and Cairo could not be loaded (\(String(cString: reason))).",
                               hint: TypesettingInstallation.installAdvice)
    }

    /// Runs `body` with the shared font map while no other call in the process uses fonts.
    /// Every Pango and Cairo object `body` makes must be released before it returns.
    static func withFontMap<T, E: Error>(_ body: (OpaquePointer) throws(E) -> T) throws(E) -> T {
        warming.wait()  // returns at once unless a warm-up is under way
        lock.lock()
        defer { lock.unlock() }
        return try body(sharedFontMap())
    }

    /// `withFontMap`, or nil at once when another call is using the fonts.
    static func withFontMapIfFree<T, E: Error>(_ body: (OpaquePointer) throws(E) -> T) throws(E) -> T? {
        warming.wait()
        guard lock.try() else { return nil }
        defer { lock.unlock() }
        return try body(sharedFontMap())
    }

    /// Call holding `lock`.
    private static func sharedFontMap() -> OpaquePointer {
        let shared = fontMap ?? pango_cairo_font_map_new()!
        fontMap = shared
        return shared
    }
}
