/// The small script the server adds to every HTML page it serves (never to the files on disk):
/// it listens to the server's event stream, reloads the page after a rebuild, and shows a
/// rebuild's errors over the page until they are fixed.
enum LiveReload {
    static let eventsPath = "/_personaforge/events"

    /// The script for a page served while the site was at `version`.
    static func script(version: Int) -> String {
        """
        <script id="personaforge-live-reload">
        (function () {
          var version = \(version);
          var box = null;
          function show(text) {
            if (!box) {
              box = document.createElement("div");
              box.id = "personaforge-build-errors";
              box.setAttribute("role", "alert");
              box.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;z-index:2147483647;" +
                "margin:0;padding:1rem 1.25rem;background:#2b0b0b;color:#ffd7d5;border-top:4px solid #e5484d;" +
                "font:13px/1.45 ui-monospace,Menlo,Consolas,monospace;white-space:pre-wrap;box-shadow:0 -4px 16px rgb(0 0 0 / .35)";
              document.body.appendChild(box);
            }
            box.textContent = "PersonaForge: the last rebuild has errors\\n\\n" + text;
          }
          function hide() { if (box) { box.remove(); box = null; } }
          var source = new EventSource("\(eventsPath)");
          source.addEventListener("hello", function (event) {
            if (Number(event.data) !== version) { location.reload(); }
          });
          source.addEventListener("reload", function () { location.reload(); });
          source.addEventListener("build-error", function (event) { show(event.data); });
          source.addEventListener("build-ok", hide);
        })();
        </script>
        """
    }

    /// The page with the script before its closing body tag (or at its end).
    static func inject(into html: [UInt8], version: Int) -> [UInt8] {
        let script = Array(script(version: version).utf8)
        let closing = Array("</body>".utf8)
        if let at = lastRange(of: closing, in: html) {
            return Array(html[..<at]) + script + Array(html[at...])
        }
        return html + script
    }

    /// Where `needle` last occurs, ASCII case-insensitively.
    static func lastRange(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var start = haystack.count - needle.count
        while start >= 0 {
            var matches = true
            for offset in 0..<needle.count where lower(haystack[start + offset]) != needle[offset] {
                matches = false
                break
            }
            if matches { return start }
            start -= 1
        }
        return nil
    }

    static func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }

    /// One Server-Sent Event; every line of `data` gets its own `data:` field.
    static func event(_ name: String, data: String) -> [UInt8] {
        var text = "event: \(name)\n"
        for line in data.split(separator: "\n", omittingEmptySubsequences: false) { text += "data: \(line)\n" }
        return Array((text + "\n").utf8)
    }
}
