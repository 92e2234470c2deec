import Testing
@testable import Workspace

/// References that leave the workspace: absolute paths and any `..` component, wherever it is.
@Test func pathsWithADotDotComponentOrALeadingSlashAreOutside() {
    for path in ["/etc/passwd", "..", "../cvs/a.yaml", "cvs/../../etc/passwd", "cvs/..", "cvs//../a.yaml", "a/b/../c"] {
        #expect(References.isOutside(path), "\(path)")
    }
    for path in ["cvs/a.yaml", "cvs/..a.yaml", "cvs/a..yaml", "cvs/.../a.yaml", "./cvs/a.yaml", "cvs/.hidden", ".", ""] {
        #expect(!References.isOutside(path), "\(path)")
    }
}
