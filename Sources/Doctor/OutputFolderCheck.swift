import Core
import Foundation
import Glibc

/// Whether the build can write its output folder: it is a folder and a file can be made in it,
/// or, when it does not exist yet, the nearest existing parent is writable.
enum OutputFolderCheck {
    @Sendable static func run(_ context: Doctor.Context) async -> [DoctorCheck] {
        guard let root = context.options.root, let workspace = context.workspace else { return [] }
        let setting = context.options.output ?? workspace.settings.root?["output"]?.scalarText ?? "_build"
        let folder = URL(fileURLWithPath: setting.hasPrefix("/") ? setting : FileSystem.join(root, setting)).standardizedFileURL.path
        let shown = folder.hasPrefix(root + "/") ? String(folder.dropFirst(root.count + 1)) : folder
        if let status = FileSystem.status(folder) {
            guard status.isDirectory else {
                return [DoctorCheck("output", .error, "the output folder \(shown) is a file, not a folder",
                                    fix: "Move the file away, or set 'output' in personaforge.yaml to another folder.")]
            }
            let probe = FileSystem.join(folder, ".personaforge-doctor-\(getpid())")
            do {
                try AtomicFile.write("", to: probe)
                unlink(probe)
                return [DoctorCheck("output", .ok, "the output folder \(shown) is writable")]
            } catch {
                return [DoctorCheck("output", .error, "the output folder \(shown) is not writable: \(error)",
                                    fix: "Make it writable (chmod u+w \(shown)), or set 'output' in personaforge.yaml to a folder you can write.")]
            }
        }
        var parent = (folder as NSString).deletingLastPathComponent
        while FileSystem.status(parent) == nil, parent != "/" { parent = (parent as NSString).deletingLastPathComponent }
        if access(parent, W_OK) == 0 { return [DoctorCheck("output", .ok, "the output folder \(shown) does not exist yet; the build can create it")] }
        return [DoctorCheck("output", .error, "the output folder \(shown) cannot be created: \(parent) is not writable",
                            fix: "Make \(parent) writable, or set 'output' in personaforge.yaml to a folder you can write.")]
    }
}
