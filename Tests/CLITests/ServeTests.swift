import Foundation
import Testing
import TestSupport

/// `personaforge serve` against a real headless chromium: pages update by themselves after an
/// edit, a rebuild's errors show over the page, paths cannot leave the output, Ctrl-C exits 0.
@Suite(.serialized) struct ServeTests {
    @Test func theIndexUpdatesByItselfWhenAPersonaFileChanges() async throws {
        let workspace = try TemporaryWorkspace(Fixtures.workspace)
        let server = try await onThread { try ServeProcess(in: workspace.root) }
        let seen = try await onThread { () -> (before: Bool, after: Bool, reloadedByItself: Bool) in
            let browser = try HeadlessChromium()
            let tab = try BrowserTab(browser, url: server.address + "index.html")
            let before = try tab.waitUntil("document.readyState === 'complete' && document.body.innerText.includes('Backend Engineer')")
            // A mark in the page's memory: it is gone only if the page reloaded, and nothing here reloads it.
            _ = try tab.evaluate("window.personaforgeTestMark = 1")
            _ = try tab.waitUntil("document.getElementById('personaforge-live-reload') !== null")
            try workspace.write("personas/backend.md", workspace.read("personas/backend.md")!
                .replacingOccurrences(of: "title: Backend Engineer", with: "title: Payments Platform Engineer"))
            let after = try tab.waitUntil("document.body.innerText.includes('Payments Platform Engineer')")
            let reloaded = try tab.evaluate("window.personaforgeTestMark === undefined") as? Bool ?? false
            return (before, after, reloaded)
        }
        #expect(seen.before)
        #expect(seen.after, "the index never showed the new title")
        #expect(seen.reloadedByItself)
        let stopped = server.interrupt()
        #expect(stopped.status == 0, "\(stopped.stderr)")
        #expect(stopped.reason == .exit)
        // The first build and at least one rebuild after the edit (an editor's save can be two events).
        #expect(stopped.stderr.components(separatedBy: "Build: built ").count - 1 >= 2, "\(stopped.stderr)")
        #expect(stopped.stderr.contains("Stopped."))
    }

    @Test func aRebuildsErrorsShowOverThePageUntilTheyAreFixed() async throws {
        let workspace = try TemporaryWorkspace(Fixtures.workspace)
        let server = try await onThread { try ServeProcess(in: workspace.root) }
        let overlay = "document.getElementById('personaforge-build-errors')"
        let seen = try await onThread { () -> (shown: Bool, text: String, gone: Bool) in
            let browser = try HeadlessChromium()
            let tab = try BrowserTab(browser, url: server.address + "personas/backend.html")
            _ = try tab.waitUntil("document.readyState === 'complete' && document.getElementById('personaforge-live-reload') !== null")
            let good = workspace.read("personas/backend.md")!
            try workspace.write("personas/backend.md", good.replacingOccurrences(of: "tags: [backend]", with: "tags: [backend"))
            let shown = try tab.waitUntil("\(overlay) !== null")
            let text = try tab.evaluate("\(overlay).textContent") as? String ?? ""
            try workspace.write("personas/backend.md", good)
            let gone = try tab.waitUntil("\(overlay) === null && document.body.innerText.includes('I like queues')")
            return (shown, text, gone)
        }
        #expect(seen.shown, "no error overlay appeared")
        #expect(seen.text.contains("personas/backend.md:5:7: error: YAML syntax error"), "\(seen.text)")
        #expect(seen.gone, "the overlay stayed after the fix")
        let stopped = server.interrupt()
        #expect(stopped.status == 0)
        // The terminal got the same error, with its place.
        #expect(stopped.stderr.contains("personas/backend.md:5:7: error: YAML syntax error"))
    }

    @Test func servesOnlyTheOutputAndInjectsTheScriptOnlyIntoServedPages() async throws {
        let workspace = try TemporaryWorkspace(Fixtures.workspace)
        let server = try await onThread { try ServeProcess(in: workspace.root) }
        let answers = try await onThread {
            try ["/../personaforge.yaml", "/%2e%2e/personaforge.yaml", "/jobs/..%2f..%2fcvs/jane.yaml", "/.personaforge-output",
                 "/index.html", "/jobs", "/nope.html"].map { path in
                try rawRequest(server.address, "GET \(path) HTTP/1.1\r\nHost: localhost\r\n\r\n")
            }
        }
        #expect(answers.map(\.status) == [403, 403, 403, 404, 200, 301, 404])
        #expect(!answers[0].body.contains("name:"))
        #expect(answers[4].body.contains("<script id=\"personaforge-live-reload\">"))
        #expect(workspace.read("_build/index.html")?.contains("personaforge-live-reload") == false)
        let post = try await onThread { try rawRequest(server.address, "POST /index.html HTTP/1.1\r\nContent-Length: 0\r\n\r\n") }
        #expect(post.status == 405)
        #expect(server.interrupt().status == 0)
    }

    @Test func refusesAnAddressOtherMachinesCanReachUnlessAskedTo() throws {
        let workspace = try TemporaryWorkspace(Fixtures.workspace)
        let result = try CommandRunner().run(["serve", "--host", "0.0.0.0"], in: workspace.root)
        #expect(result.status == 64)
        #expect(result.stderr.contains("serve listens on 127.0.0.1 only; to listen on 0.0.0.0, pass --allow-remote as well"))
        #expect(!workspace.exists("_build"))
    }

    @Test func aPortInUseIsAClearError() async throws {
        let workspace = try TemporaryWorkspace(Fixtures.workspace)
        let first = try await onThread { try ServeProcess(in: workspace.root) }
        let port = try #require(URL(string: first.address)?.port)
        let other = try TemporaryWorkspace(Fixtures.workspace)
        let second = try CommandRunner().run(["serve", "--port", String(port)], in: other.root)
        #expect(second.status == 1)
        #expect(second.stderr.contains("Port \(port) on 127.0.0.1 is in use by another program; choose another with --port"))
        #expect(first.interrupt().status == 0)
    }
}
