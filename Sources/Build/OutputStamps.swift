import Core
import Foundation

/// `.personaforge/output-stamps`: cheap proof that every output of the last build is still in
/// the output folder. It keeps the modification time of each folder holding outputs, taken after
/// the build's last write and after seeing that the folder holds them all; removing or renaming
/// a file changes its folder's time, so the no-op check stats a few hundred folders instead of
/// listing thousands of files and parsing every output's record.
///
/// A folder modified too recently for its time to be trusted (a removal within the same clock
/// tick would leave it unchanged) is kept by the names of its outputs instead, looked up in a
/// listing. The stamps belong to one build state (its `written` time); stamps that do not match
/// it, or any folder that changed, send the check back to the outputs' own records.
struct OutputStamps: Sendable, Equatable {
    static let header = "personaforge-output-stamps 1"

    /// The `written` time of the build state the stamps were taken for.
    var state: Int64 = 0
    /// Folder (relative to the output folder, `.` for itself) -> modification time in nanoseconds.
    var folders: [String: Int64] = [:]
    /// Folders whose time is not trusted yet -> the names of the outputs in them.
    var listed: [String: [String]] = [:]
    /// Outputs per top-level folder (`.` for the root), for the report of a build that read nothing.
    var counts: [String: Int] = [:]

    var outputCount: Int { counts.values.reduce(0, +) }

    /// Which of the outputs' folders a `take` stamps: the output folder itself, the folders
    /// below it, or all. A build writes `report.json` into the root after its other outputs, so
    /// it stamps the folders below while it saves its state, and the root at the very end.
    enum Part: Sendable { case root, belowRoot, all }

    /// Stamps for `outputs` (paths relative to `root`) in `part`'s folders, or nil when one of
    /// them is not there.
    static func take(outputs: some Sequence<String>, in root: String, state: Int64, part: Part = .all) -> OutputStamps? {
        var stamps = OutputStamps(state: state)
        var names: [String: [String]] = [:]
        var tally = BuildReport.FolderTally()
        for output in outputs {
            // Split on the last slash by bytes, in place: thousands of paths, and the generic
            // search of a String's UTF-8 view cost more than the rest of the loop. The part is
            // decided before any String is made: the root's stamps, taken last on one core, skip
            // nearly every output.
            var path = output
            let pieces: (folder: String?, name: String)? = path.withUTF8 { bytes in
                let slash = bytes.lastIndex(of: UInt8(ascii: "/"))
                switch (part, slash) {
                case (.root, .some), (.belowRoot, .none): return nil
                case (_, nil): return (nil, output)
                case (_, let slash?):
                    return (String(decoding: UnsafeBufferPointer(rebasing: bytes[..<slash]), as: UTF8.self),
                            String(decoding: UnsafeBufferPointer(rebasing: bytes[(slash + 1)...]), as: UTF8.self))
                }
            }
            guard let (folder, name) = pieces else { continue }
            names[folder ?? ".", default: []].append(name)
            tally.add(output, .planned)
        }
        for count in tally.counts { stamps.counts[tally.name(of: count)] = count.planned }
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let nanoseconds = Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
        for (folder, inFolder) in names {
            let path = folder == "." ? root : FileSystem.join(root, folder)
            // The time first, then the listing: a removal after the time was read shows in one or the other.
            guard let modified = FileSystem.status(path)?.modified, let listing = FileSystem.names(in: path) else { return nil }
            let present = Set(listing)
            guard inFolder.allSatisfy(present.contains) else { return nil }
            if nanoseconds - modified < untrustedWindow(modified) {
                stamps.listed[folder] = inFolder.sortedAsPaths()
            } else {
                stamps.folders[folder] = modified
            }
        }
        return stamps
    }

    /// How long after a change a folder's time is not trusted: file systems with whole-second
    /// times (their times end in nine zeros) get two seconds; nanosecond ones tick every few
    /// milliseconds, and a tenth of a second covers that with room to spare.
    static func untrustedWindow(_ modified: Int64) -> Int64 {
        modified % 1_000_000_000 == 0 ? 2_000_000_000 : 100_000_000
    }

    /// These stamps and `other`'s, taken of other folders for the same state.
    func merged(with other: OutputStamps) -> OutputStamps {
        var merged = self
        merged.folders.merge(other.folders) { _, new in new }
        merged.listed.merge(other.listed) { _, new in new }
        merged.counts.merge(other.counts, uniquingKeysWith: +)
        return merged
    }

    /// Whether every output the stamps stand for is still in `root`.
    func hold(in root: String) -> Bool {
        for (folder, modified) in folders {
            guard FileSystem.status(folder == "." ? root : FileSystem.join(root, folder))?.modified == modified else { return false }
        }
        for (folder, names) in listed {
            guard let listing = FileSystem.names(in: folder == "." ? root : FileSystem.join(root, folder)) else { return false }
            let present = Set(listing)
            guard names.allSatisfy(present.contains) else { return false }
        }
        return true
    }

    static func load(from path: String) -> OutputStamps? {
        guard let bytes = FileSystem.read(path) else { return nil }
        var stamps = OutputStamps()
        let parsed = BuildState.lines(bytes[...], header: header) { fields in
            func text(_ index: Int) -> String? { String(validating: fields[index], as: UTF8.self) }
            switch (String(decoding: fields[0], as: UTF8.self), fields.count) {
            case ("state", 2):
                guard let state = BuildState.integer(fields[1]) else { return false }
                stamps.state = Int64(state)
            case ("folder", 3):
                guard let modified = BuildState.integer(fields[1]), let folder = text(2) else { return false }
                stamps.folders[folder] = Int64(modified)
            case ("listed", 3):
                guard let folder = text(1), let name = text(2) else { return false }
                stamps.listed[folder, default: []].append(name)
            case ("count", 3):
                guard let count = BuildState.integer(fields[1]), let folder = text(2) else { return false }
                stamps.counts[folder] = count
            default: return false
            }
            return true
        }
        return parsed ? stamps : nil
    }

    /// The file's text, sorted so that the same stamps give the same bytes.
    func serialized() -> String {
        var out = Self.header + "\n" + "state\t\(state)\n"
        for (folder, count) in counts.sorted(by: { $0.key < $1.key }) { out += "count\t\(count)\t\(folder)\n" }
        for (folder, modified) in folders.sorted(by: { $0.key < $1.key }) { out += "folder\t\(modified)\t\(folder)\n" }
        for (folder, names) in listed.sorted(by: { $0.key < $1.key }) {
            for name in names { out += "listed\t\(folder)\t\(name)\n" }
        }
        return out
    }
}
