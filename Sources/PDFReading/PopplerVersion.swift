internal import CPoppler

/// The poppler library this build runs with, as it reports itself (for `personaforge doctor`).
public enum PopplerVersion {
    /// nil when poppler-glib cannot be loaded; `loadError` says why.
    public static var text: String? { pf_poppler().flatMap { $0.pointee.get_version() }.map { String(cString: $0) } }
    public static var loadError: String? { pf_poppler_load_error().map { String(cString: $0) } }
}
