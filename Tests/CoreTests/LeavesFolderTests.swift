import Core
import Testing

/// References that leave the workspace: absolute paths and any `..` component, wherever it is.
@Test func pathsWithADotDotComponentOrALeadingSlashLeaveTheFolder() {
    for path in ["/etc/passwd", "..", "../cvs/a.yaml", "cvs/../../etc/passwd", "cvs/..", "cvs//../a.yaml", "a/b/../c"] {
        #expect(FileSystem.leavesFolder(path), "\(path)")
    }
    for path in ["cvs/a.yaml", "cvs/..a.yaml", "cvs/a..yaml", "cvs/.../a.yaml", "./cvs/a.yaml", "cvs/.hidden", ".", ""] {
        #expect(!FileSystem.leavesFolder(path), "\(path)")
    }
}
