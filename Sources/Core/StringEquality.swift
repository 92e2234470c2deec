extension String {
    /// `self == other`, comparing lengths first: most strings a key look-up compares differ in
    /// length, and comparing two counts is far cheaper than String's `==` on unequal text. For the
    /// linear searches of small tables (YAML mappings, template objects, heading ids).
    @inlinable @inline(__always)
    public func isSameText(as other: String) -> Bool {
        utf8.count == other.utf8.count && self == other
    }
}
