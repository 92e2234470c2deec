internal import CPoppler

/// The poppler library this build runs with, as it reports itself (for `personaforge doctor`).
public enum PopplerVersion {
    public static var text: String { String(cString: poppler_get_version()) }
}
