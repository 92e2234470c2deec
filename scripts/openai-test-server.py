#!/usr/bin/env python3
"""A small OpenAI-compatible Chat Completions server for PersonaForge's tests and benchmarks.

Standard library only. It listens on 127.0.0.1 and prints its address as the first line of
standard output ("http://127.0.0.1:PORT/v1"), then serves:

  POST /v1/chat/completions   a chat completion. With nothing scripted it answers with a value
                              generated from the request's JSON schema (response_format, or the
                              schema quoted in the system prompt): lowercase words, no digits.
  GET  /v1/models             one model, for reachability checks.

and, for the tests that drive it:

  POST /_script   a JSON list of steps, used one per completion request, in order:
                    {"status": 429, "headers": {"Retry-After": "1"}, "body": "..."}   that reply as is
                    {"content": "text"} / {"json": {...}}   a completion whose message is that
                  {"finish_reason": "length"}             (with any completion) cut off at the token limit
                    {"hang": true}                          never answer
                    {"delay": 0.5}                          wait first (with any of the above)
  POST /_config   {"reject_json_schema": bool, "delay": seconds, "require_key": "sk-..."}
  GET  /_stats    {"requests": n, "max_in_flight": n, "log": [{"time", "path", "headers", "body"}]}
  POST /_reset    forget the log and the script

Usage: python3 scripts/openai-test-server.py [--port 0] [--delay 0] [--quiet]
"""

import argparse
import collections
import http.server
import json
import os
import signal
import sys
import threading
import time

WORDS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo",
         "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor",
         "whiskey", "xray", "yankee", "zulu"]


class State:
    def __init__(self, delay):
        self.lock = threading.Lock()
        self.script = collections.deque()
        self.log = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.completions = 0
        self.config = {"reject_json_schema": False, "delay": delay, "require_key": None}
        self.counter = 0

    def word(self):
        with self.lock:
            self.counter += 1
            n = self.counter
        # Words only, so a generated answer carries no digits or capitalised names.
        word = WORDS[n % len(WORDS)]
        return word if n < len(WORDS) else word + " " + WORDS[(n // len(WORDS)) % len(WORDS)]


def instance(schema, state, key="value"):
    """A value that satisfies the JSON schema subset PersonaForge sends."""
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type", "object")
    if isinstance(kind, list):
        kind = [k for k in kind if k != "null"][0]
    if kind == "object":
        return {name: instance(sub, state, name) for name, sub in schema.get("properties", {}).items()}
    if kind == "array":
        count = max(schema.get("minItems", 1), 1)
        if "maxItems" in schema:
            count = min(count, schema["maxItems"])
        return [instance(schema.get("items", {}), state, key) for _ in range(count)]
    if kind in ("integer", "number"):
        return schema.get("minimum", 1)
    if kind == "boolean":
        return True
    return key.replace("_", " ") + " " + state.word()


def schema_of(body):
    fmt = body.get("response_format") or {}
    if fmt.get("type") == "json_schema":
        return fmt.get("json_schema", {}).get("schema", {})
    # JSON mode or none: the schema is quoted in the system prompt after "JSON Schema:".
    for message in body.get("messages", []):
        text = message.get("content") or ""
        marker = text.find("JSON Schema:")
        if marker >= 0:
            try:
                return json.loads(text[marker + len("JSON Schema:"):].strip())
            except ValueError:
                pass
    return {"type": "object", "properties": {}}


def make_handler(state, quiet):
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, fmt, *args):
            if not quiet:
                sys.stderr.write("%s %s\n" % (self.address_string(), fmt % args))

        def leave(self):
            """The request stops counting as in flight: just before its answer is sent, since a
            client may start its next request the moment it has the answer."""
            if getattr(self, "counted", False):
                self.counted = False
                with state.lock:
                    state.in_flight -= 1

        def reply(self, status, payload, headers=None):
            self.leave()
            data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def read_body(self):
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            try:
                return raw, json.loads(raw or b"{}")
            except ValueError:
                return raw, None

        def do_GET(self):
            if self.path == "/_stats":
                with state.lock:
                    self.reply(200, {"requests": state.completions, "max_in_flight": state.max_in_flight,
                                     "in_flight": state.in_flight, "log": state.log})
            elif self.path.rstrip("/").endswith("/models"):
                self.reply(200, {"object": "list", "data": [{"id": "test-model", "object": "model"}]})
            else:
                self.reply(404, {"error": {"message": "no such path"}})

        def do_POST(self):
            raw, body = self.read_body()
            if self.path == "/_script":
                with state.lock:
                    state.script.extend(body or [])
                return self.reply(200, {"ok": True})
            if self.path == "/_config":
                with state.lock:
                    state.config.update(body or {})
                return self.reply(200, {"ok": True})
            if self.path == "/_reset":
                with state.lock:
                    state.script.clear()
                    state.log.clear()
                    state.completions = state.max_in_flight = 0
                return self.reply(200, {"ok": True})
            if not self.path.rstrip("/").endswith("/chat/completions"):
                return self.reply(404, {"error": {"message": "unknown endpoint " + self.path}})
            with state.lock:
                state.in_flight += 1
                self.counted = True
                state.max_in_flight = max(state.max_in_flight, state.in_flight)
                state.completions += 1
                state.log.append({"time": time.time(), "path": self.path,
                                  "headers": {k.lower(): v for k, v in self.headers.items()},
                                  "body": body if body is not None else raw.decode("utf-8", "replace")})
                step = state.script.popleft() if state.script else {}
                config = dict(state.config)
            try:
                self.complete(body, step, config)
            finally:
                self.leave()

        def complete(self, body, step, config):
            delay = step.get("delay", config.get("delay") or 0)
            if delay:
                time.sleep(delay)
            if step.get("hang"):
                time.sleep(3600)
                return
            key = config.get("require_key")
            if key and self.headers.get("Authorization") != "Bearer " + key:
                return self.reply(401, {"error": {"message": "Incorrect API key provided.", "type": "invalid_request_error"}})
            if body is None:
                return self.reply(400, {"error": {"message": "the body is not JSON"}})
            fmt = (body.get("response_format") or {}).get("type")
            if config.get("reject_json_schema") and fmt == "json_schema":
                return self.reply(400, {"error": {"message": "response_format type json_schema is not supported by this server"}})
            if "status" in step:
                payload = step.get("body", {"error": {"message": "scripted status %d" % step["status"]}})
                if isinstance(payload, str):
                    payload = payload.encode()
                return self.reply(step["status"], payload, step.get("headers"))
            if "content" in step:
                content = step["content"]
            elif "json" in step:
                content = json.dumps(step["json"])
            else:
                content = json.dumps(instance(schema_of(body), state))
            prompt = sum(len(m.get("content") or "") for m in body.get("messages", []))
            self.reply(200, {
                "id": "chatcmpl-test", "object": "chat.completion", "created": 0, "model": body.get("model", "test-model"),
                "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": step.get("finish_reason", "stop")}],
                "usage": {"prompt_tokens": prompt // 4 + 1, "completion_tokens": len(content) // 4 + 1,
                          "total_tokens": prompt // 4 + len(content) // 4 + 2},
            })

    return Handler


def main():
    # A parent's worker thread may have spawned us with SIGTERM blocked (libdispatch threads block
    # signals, and the mask is inherited): unblock it, or terminate() would never end the server.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGTERM, signal.SIGINT])
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--delay", type=float, default=0.0, help="seconds before every answer")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    state = State(args.delay)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), make_handler(state, args.quiet))
    server.daemon_threads = True
    server.request_queue_size = 128
    print("http://127.0.0.1:%d/v1" % server.server_address[1], flush=True)
    # A test process that crashes never stops its servers: end with it rather than live on as an
    # orphan (one that kept the test runner's output open made the runner wait forever).
    parent = os.getppid()

    def end_with_parent():
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=end_with_parent, daemon=True).start()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
