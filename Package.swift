// swift-tools-version: 6.0
import PackageDescription

// Native libraries come from Debian (see README.md): cmark-gfm, libyaml, poppler-glib (loaded at run time), pango/cairo, GLib.
let package = Package(
    name: "PersonaForge",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "personaforge", targets: ["personaforge"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // C shims: a module map and one header each. Only the *Support/bridge files import them.
        .systemLibrary(name: "CCmarkGFM", pkgConfig: "libcmark-gfm", providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .systemLibrary(name: "CGLib", pkgConfig: "glib-2.0", providers: [.apt(["libglib2.0-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // The allocator (see Core's ProcessMemory): Debian ships no pkg-config file for it.
        .systemLibrary(name: "CMimalloc", providers: [.apt(["libmimalloc-dev"])]),
        // poppler-glib is loaded with dlopen when a PDF is first read, not linked: see its header.
        .target(name: "CPoppler"),
        // Pango, Cairo and fontconfig likewise, when a PDF is first typeset (libpango1.0-dev).
        .target(name: "CPangoCairo"),
        // libcurl likewise, when the language-model client makes its first request.
        .target(name: "CCurl"),

        // SHA-256 with the CPU's SHA instructions (Core falls back to GLib's without them).
        .target(name: "CSHA256"),
        // A per-thread arena for cmark-gfm's allocations while one document is parsed and read.
        .target(name: "CMarkdownArena"),
        // cmark-gfm's extension characters switched on once, so documents finish in parallel.
        .target(name: "CMarkdownCharacters"),
        .target(name: "Core", dependencies: ["CGLib", "CMimalloc", "CSHA256"]),
        .target(name: "YAMLSupport", dependencies: ["Core", "CYAML"]),
        .target(name: "MarkdownSupport", dependencies: ["Core", "CCmarkGFM", "CMarkdownArena", "CMarkdownCharacters"]),
        .target(name: "Workspace", dependencies: ["Core", "YAMLSupport", "MarkdownSupport"]),
        .target(name: "Rendering", dependencies: ["Core", "YAMLSupport", "MarkdownSupport", "Workspace", "Analysis", "LLM", "Typesetting", "DOCX"]),
        .target(name: "Build", dependencies: ["Core", "Workspace", "Rendering", "Import", "PDFReading"]),
        // `serve`: the HTTP server, live reload and the workspace watcher (POSIX sockets, inotify).
        .target(name: "PreviewServer", dependencies: ["Core", "Workspace", "Build"]),
        // `doctor`: the set-up's health, from the libraries' own version calls to the model server.
        .target(name: "Doctor", dependencies: ["Core", "YAMLSupport", "MarkdownSupport", "Workspace", "Rendering", "Build",
                                               "Typesetting", "PDFReading", "LLM"]),
        .target(name: "Analysis", dependencies: ["Core", "YAMLSupport", "MarkdownSupport", "Workspace"]),
        .target(name: "Typesetting", dependencies: ["Core", "MarkdownSupport", "CPangoCairo"]),
        .target(name: "PDFReading", dependencies: ["Core", "CPoppler", "CPangoCairo"]),
        .target(name: "DOCX", dependencies: ["Core", "MarkdownSupport", "CZlib"]),
        .target(name: "LLM", dependencies: ["Core", "YAMLSupport", "Workspace", "Analysis", "CCurl"]),
        // CV import: reads PDFs' characters and boxes through CPoppler itself.
        .target(name: "Import", dependencies: ["Core", "YAMLSupport", "MarkdownSupport", "Workspace", "CPoppler", "CZlib"]),
        .executableTarget(name: "personaforge", dependencies: [
            "Core", "Workspace", "Rendering", "Build", "Import", "Analysis", "LLM", "DOCX", "Typesetting", "PDFReading", "PreviewServer", "Doctor",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .testTarget(name: "CoreTests", dependencies: ["Core"]),
        .testTarget(name: "YAMLSupportTests", dependencies: ["YAMLSupport", "MarkdownSupport"]),
        .testTarget(name: "MarkdownSupportTests", dependencies: ["MarkdownSupport", "CMarkdownArena", "CMarkdownCharacters", "CCmarkGFM"]),
        .testTarget(name: "WorkspaceTests", dependencies: ["Workspace", "TestSupport"]),
        .testTarget(name: "RenderingTests", dependencies: ["Rendering", "TestSupport", "PDFReading"]),
        .testTarget(name: "BuildTests", dependencies: ["Build", "TestSupport", "Import"]),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "Workspace", "YAMLSupport", "TestSupport"]),
        .testTarget(name: "TypesettingTests", dependencies: ["Typesetting", "CPangoCairo", "PDFReading", "MarkdownSupport", "Core", "TestSupport"]),
        .testTarget(name: "ImportTests", dependencies: ["Import", "YAMLSupport", "Workspace", "TestSupport"]),
        .testTarget(name: "DOCXTests", dependencies: ["DOCX", "MarkdownSupport", "Core", "TestSupport", "Import", "Typesetting", "PDFReading"]),
        .testTarget(name: "LLMTests", dependencies: ["LLM", "Analysis", "Workspace", "YAMLSupport", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["TestSupport"]),
        .target(name: "TestSupport", dependencies: ["Core"], path: "Tests/TestSupport"),
    ],
    swiftLanguageModes: [.v6]
)
