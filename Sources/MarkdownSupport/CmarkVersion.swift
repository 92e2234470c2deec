import CCmarkGFM

/// The cmark-gfm library this build runs with, as it reports itself (for `personaforge doctor`).
public enum CmarkVersion {
    public static var text: String { String(cString: cmark_version_string()) }
}
