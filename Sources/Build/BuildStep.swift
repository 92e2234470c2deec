import Core

/// One named stage of the build. The build is the list in `Builder.steps`, run in order.
struct BuildStep: Sendable {
    var name: String
    var run: @Sendable (inout BuildContext) async throws -> Void
}
