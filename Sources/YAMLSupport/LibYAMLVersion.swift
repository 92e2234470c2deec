import CYAML

/// The libyaml library this build runs with, as it reports itself (for `personaforge doctor`).
public enum LibYAMLVersion {
    public static var text: String { String(cString: yaml_get_version_string()) }
}
