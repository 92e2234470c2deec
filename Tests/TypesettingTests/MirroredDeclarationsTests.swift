import CPangoCairo
import Foundation
import Testing

/// CPangoCairo.h declares what PersonaForge uses of Pango and Cairo itself, so that they can be
/// loaded at run time (see the header). This compiles a small C program against the libraries'
/// real headers and checks every constant, size and offset the mirror declares against them.
@Suite struct MirroredDeclarationsTests {
    /// Each checked name with its value as the mirror gives it.
    static let mirrored: [String: String] = {
        var values: [String: Int] = [
            "CAIRO_STATUS_SUCCESS": Int(CAIRO_STATUS_SUCCESS.rawValue),
            "CAIRO_STATUS_READ_ERROR": Int(CAIRO_STATUS_READ_ERROR.rawValue),
            "CAIRO_STATUS_WRITE_ERROR": Int(CAIRO_STATUS_WRITE_ERROR.rawValue),
            "CAIRO_FORMAT_ARGB32": Int(CAIRO_FORMAT_ARGB32.rawValue),
            "CAIRO_FORMAT_RGB24": Int(CAIRO_FORMAT_RGB24.rawValue),
            "CAIRO_HINT_STYLE_NONE": Int(CAIRO_HINT_STYLE_NONE.rawValue),
            "CAIRO_HINT_METRICS_OFF": Int(CAIRO_HINT_METRICS_OFF.rawValue),
            "CAIRO_FILTER_GOOD": Int(CAIRO_FILTER_GOOD.rawValue),
            "CAIRO_PDF_METADATA_TITLE": Int(CAIRO_PDF_METADATA_TITLE.rawValue),
            "CAIRO_PDF_METADATA_AUTHOR": Int(CAIRO_PDF_METADATA_AUTHOR.rawValue),
            "CAIRO_PDF_METADATA_SUBJECT": Int(CAIRO_PDF_METADATA_SUBJECT.rawValue),
            "CAIRO_PDF_METADATA_KEYWORDS": Int(CAIRO_PDF_METADATA_KEYWORDS.rawValue),
            "CAIRO_PDF_METADATA_CREATOR": Int(CAIRO_PDF_METADATA_CREATOR.rawValue),
            "CAIRO_PDF_METADATA_CREATE_DATE": Int(CAIRO_PDF_METADATA_CREATE_DATE.rawValue),
            "CAIRO_PDF_OUTLINE_FLAG_OPEN": Int(CAIRO_PDF_OUTLINE_FLAG_OPEN.rawValue),
            "CAIRO_PDF_OUTLINE_ROOT": Int(CAIRO_PDF_OUTLINE_ROOT),
            "PANGO_SCALE": Int(PANGO_SCALE),
            "PANGO_GLYPH_UNKNOWN_FLAG": Int(PANGO_GLYPH_UNKNOWN_FLAG),
            "PANGO_WEIGHT_NORMAL": Int(PANGO_WEIGHT_NORMAL.rawValue),
            "PANGO_WEIGHT_BOLD": Int(PANGO_WEIGHT_BOLD.rawValue),
            "PANGO_STYLE_NORMAL": Int(PANGO_STYLE_NORMAL.rawValue),
            "PANGO_STYLE_ITALIC": Int(PANGO_STYLE_ITALIC.rawValue),
            "PANGO_UNDERLINE_SINGLE": Int(PANGO_UNDERLINE_SINGLE.rawValue),
            "PANGO_ALIGN_LEFT": Int(PANGO_ALIGN_LEFT.rawValue),
            "PANGO_ALIGN_CENTER": Int(PANGO_ALIGN_CENTER.rawValue),
            "PANGO_ALIGN_RIGHT": Int(PANGO_ALIGN_RIGHT.rawValue),
            "PANGO_WRAP_WORD_CHAR": Int(PANGO_WRAP_WORD_CHAR.rawValue),
            "sizeof(PangoRectangle)": MemoryLayout<PangoRectangle>.size,
            "offsetof(PangoRectangle, x)": MemoryLayout<PangoRectangle>.offset(of: \.x)!,
            "offsetof(PangoRectangle, y)": MemoryLayout<PangoRectangle>.offset(of: \.y)!,
            "offsetof(PangoRectangle, width)": MemoryLayout<PangoRectangle>.offset(of: \.width)!,
            "offsetof(PangoRectangle, height)": MemoryLayout<PangoRectangle>.offset(of: \.height)!,
            "offsetof(PangoAttribute, start_index)": MemoryLayout<PangoAttribute>.offset(of: \.start_index)!,
            "offsetof(PangoAttribute, end_index)": MemoryLayout<PangoAttribute>.offset(of: \.end_index)!,
            "offsetof(PangoLayoutLine, start_index)": MemoryLayout<PangoLayoutLine>.offset(of: \.start_index)!,
            "offsetof(PangoLayoutLine, length)": MemoryLayout<PangoLayoutLine>.offset(of: \.length)!,
            "offsetof(PangoLayoutRun, glyphs)": MemoryLayout<PangoLayoutRun>.offset(of: \.glyphs)!,
            "offsetof(PangoGlyphString, num_glyphs)": MemoryLayout<PangoGlyphString>.offset(of: \.num_glyphs)!,
            "offsetof(PangoGlyphString, glyphs)": MemoryLayout<PangoGlyphString>.offset(of: \.glyphs)!,
            "sizeof(PangoGlyphInfo)": MemoryLayout<PangoGlyphInfo>.stride,
            "offsetof(PangoGlyphInfo, glyph)": MemoryLayout<PangoGlyphInfo>.offset(of: \.glyph)!,
            "sizeof(PangoGlyph)": MemoryLayout<PangoGlyph>.size,
        ]
        values["sizeof(cairo_status_t)"] = MemoryLayout<cairo_status_t>.size
        var texts = values.mapValues(String.init)
        texts["CAIRO_TAG_LINK"] = CAIRO_TAG_LINK
        texts["CAIRO_MIME_TYPE_JPEG"] = CAIRO_MIME_TYPE_JPEG
        return texts
    }()

    @Test func everyConstantSizeAndOffsetMatchesTheLibrariesHeaders() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pf-mirror-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let names = Self.mirrored.keys.sorted()
        let lines = names.map { name in
            name.hasPrefix("CAIRO_TAG") || name.hasPrefix("CAIRO_MIME")
                ? "    printf(\"%s\\t%s\\n\", \"\(name)\", \(name));"
                : "    printf(\"%s\\t%ld\\n\", \"\(name)\", (long)(\(name)));"
        }
        let program = """
        #include <pango/pangocairo.h>
        #include <cairo-pdf.h>
        #include <stddef.h>
        #include <stdio.h>
        int main(void) {
        \(lines.joined(separator: "\n"))
            return 0;
        }
        """
        let source = folder.appendingPathComponent("mirror.c").path
        let binary = folder.appendingPathComponent("mirror").path
        try program.write(toFile: source, atomically: true, encoding: .utf8)
        let flags = try run("pkg-config", ["--cflags", "pangocairo", "cairo-pdf"]).split(separator: " ").map(String.init)
        let compiler = try #require(["clang", "cc", "gcc"].first { Self.onPath($0) != nil }, "no C compiler on PATH")
        _ = try run(compiler, flags + [source, "-o", binary])
        var real: [String: String] = [:]
        for line in try run(binary, []).split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            real[parts[0]] = parts[1]
        }
        #expect(real == Self.mirrored)
    }

    static func onPath(_ tool: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(tool)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs a tool (looked up on PATH) and returns its standard output; throws when it fails.
    func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool.hasPrefix("/") ? tool : try #require(Self.onPath(tool), "\(tool) is not on PATH"))
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let problems = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "\(tool) \(arguments.joined(separator: " ")) failed: \(problems)")
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
