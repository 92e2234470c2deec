extension BuildReport {
    /// Outputs counted by top-level folder, for the report and the output stamps. A build has a
    /// handful of folders, and paths come grouped by folder, so the last folder counted is looked
    /// at first; folders are compared as bytes, with no String made for each path.
    struct FolderTally {
        enum Field { case planned, rendered, failed }

        struct Count {
            var folder: [UInt8]
            var planned = 0
            var rendered = 0
            var failed = 0
        }

        private(set) var counts: [Count] = []
        private var last = 0

        mutating func add(_ path: String, _ field: Field) {
            var path = path
            let index = path.withUTF8 { bytes -> Int in
                // A "/" is never part of a longer UTF-8 sequence; a path without one is the root's.
                let folder = bytes.firstIndex(of: UInt8(ascii: "/")).map { UnsafeBufferPointer(rebasing: bytes[..<$0]) }
                    ?? UnsafeBufferPointer(start: Self.root.utf8Start, count: Self.root.utf8CodeUnitCount)
                func isFolder(_ count: Count) -> Bool { count.folder.elementsEqual(folder) }
                if last < counts.count, isFolder(counts[last]) { return last }
                if let index = counts.firstIndex(where: isFolder) { return index }
                counts.append(Count(folder: Array(folder)))
                return counts.count - 1
            }
            last = index
            switch field {
            case .planned: counts[index].planned += 1
            case .rendered: counts[index].rendered += 1
            case .failed: counts[index].failed += 1
            }
        }

        /// The root folder's name in the counts.
        private static let root: StaticString = "."

        /// Each folder's name, as a String.
        func name(of count: Count) -> String { String(decoding: count.folder, as: UTF8.self) }

        /// Each folder's rendered and reused outputs (its outputs less its rendered and failed ones).
        var folderCounts: [FolderCount] {
            counts.map { FolderCount(folder: name(of: $0), rendered: $0.rendered, reused: $0.planned - $0.rendered - $0.failed) }
        }
    }
}
