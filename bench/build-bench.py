#!/usr/bin/env python3
"""Build benchmark: PersonaForge against Hugo on the same synthetic personas.

    python3 bench/build-bench.py [--sizes 1000,10000] [--runs 5] [--binary PATH] [--json]

For each size N it generates a workspace with ../shared/bench/gen-workspace.py (seeded, so
every run sees the same files), then measures, as the median over --runs:

  personaforge  full build from clean into a fresh output folder (no `.personaforge/` state),
                the same after deleting the last output (`_build/` and `.personaforge/`),
                no-op rebuild (nothing changed), one-persona-edit rebuild (a line appended to
                one persona's body, a different persona each run), peak RSS of the full build;
  hugo          the same N personas as a minimal theme-less Hugo site, one page per persona
                with its CV rendered into it: full build into a fresh folder (`--destination`),
                the same after deleting `public/` and `resources/`, a second `hugo` run
                (Hugo re-renders everything), an edited page.

Why two full builds: on ext4, creating files just after deleting thousands costs far more
kernel time (the inode allocator skips recently deleted inodes, checking each one), so
"delete the output, build again" mostly measures the file system; both are reported.

and prints a table plus the figures the targets are stated in. `--json` prints the same
results (with every sample) as JSON instead. Progress goes to stderr.

Each build runs under a small fork-and-exec wrapper that times it and reads the child's own
rusage with os.wait4, so peak RSS is that build's alone (a process inherits the high-water RSS
of whatever it was forked from, so the wrapper keeps that floor small; the floor measured on
/bin/true is printed and is included in the RSS figures).
"""
import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GENERATOR = REPO.parent / "shared" / "bench" / "gen-workspace.py"
DEFAULT_BINARY = REPO / ".build" / "release" / "personaforge"

# The stated targets: (size, metric, limit, limit inclusive?)
TARGETS = [
    (1000, "full_ratio", 0.5, True),
    (1000, "noop_ms", 50.0, False),
    (10000, "peak_rss_mib", 300.0, False),
]

# Runs one command, times it and reports the child's own rusage. Forking from this small
# interpreter (not from the benchmark, whose heap grows with the workspace) keeps the
# inherited RSS floor low: Linux carries a process's pre-exec high-water RSS across exec.
WRAPPER = r"""
import os, sys, time
log = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
argv = sys.argv[2:]
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        os.dup2(log, 1)
        os.dup2(log, 2)
        os.execvp(argv[0], argv)
    except BaseException as e:
        os.write(2, ("cannot run %s: %s\n" % (argv[0], e)).encode())
    os._exit(127)
_, status, usage = os.wait4(pid, 0)
elapsed = time.perf_counter() - start
print(repr(elapsed), usage.ru_maxrss, os.waitstatus_to_exitcode(status))
"""


class BenchError(Exception):
    """A failure the user can act on; printed without a traceback."""


# ---------------------------------------------------------------------------- running builds

class Runner:
    def __init__(self, logdir, timeout, quiet):
        self.logdir = logdir
        self.timeout = timeout
        self.quiet = quiet
        self.count = 0

    def say(self, msg):
        if not self.quiet:
            print(msg, file=sys.stderr, flush=True)

    def measure(self, argv, cwd):
        """Runs argv in cwd; returns (seconds, peak RSS KiB, exit code, log path)."""
        self.count += 1
        log = self.logdir / f"{self.count:04d}-{Path(argv[0]).name}.log"
        wrapper = subprocess.Popen(
            [sys.executable, "-I", "-S", "-c", WRAPPER, str(log), *argv],
            cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, text=True,
            start_new_session=True)  # its own process group, so a timeout can stop the build too
        try:
            out, _ = wrapper.communicate(timeout=self.timeout)
        except BaseException as e:  # a timeout or Ctrl-C: the build is in another session
            os.killpg(wrapper.pid, 9)
            wrapper.communicate()
            if isinstance(e, subprocess.TimeoutExpired):
                raise BenchError(f"`{' '.join(argv)}` in {cwd} took over {self.timeout:g} s; "
                                 f"raise --timeout if that is expected")
            raise
        try:
            seconds, rss_kib, code = out.split()
            return float(seconds), int(rss_kib), int(code), log
        except ValueError:
            raise BenchError(f"the measuring wrapper failed on `{' '.join(argv)}` "
                             f"(exit {wrapper.returncode}, output {out!r})")


def tail(path, lines=15):
    try:
        text = Path(path).read_text(errors="replace").rstrip().splitlines()
    except OSError:
        return ""
    return "\n".join("    " + l for l in text[-lines:])


def median_ms(samples):
    return statistics.median(samples) * 1000.0


def rm(path):
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()


def count_files(root, suffix=None):
    if not root.is_dir():
        return 0
    return sum(1 for p in root.rglob("*") if p.is_file() and (suffix is None or p.suffix == suffix))


class ToolResult:
    def __init__(self, size, tool):
        self.size = size
        self.tool = tool
        self.full = []
        self.wiped = []
        self.noop = []
        self.edit = []
        self.rss_kib = []
        self.outputs = None
        self.error = None
        self.nonzero_exits = 0

    def as_dict(self):
        def stat(samples):
            if not samples:
                return None
            return {"median": round(median_ms(samples), 1),
                    "samples": [round(s * 1000.0, 1) for s in samples]}
        return {
            "size": self.size, "tool": self.tool,
            "full_build_ms": stat(self.full), "full_after_delete_ms": stat(self.wiped),
            "noop_ms": stat(self.noop),
            "one_edit_ms": stat(self.edit),
            "peak_rss_mib": round(max(self.rss_kib) / 1024.0, 1) if self.rss_kib else None,
            "full_build_rss_mib": [round(k / 1024.0, 1) for k in self.rss_kib],
            "output_files": self.outputs, "error": self.error,
            "nonzero_exits": self.nonzero_exits,
        }


def timed_series(runner, res, phase, argv, cwd, runs, before=None, allow_errors=False, start=0):
    """Runs argv `runs` times (calling before(i) first); appends seconds to res.<phase>."""
    samples = getattr(res, phase)
    for i in range(start, start + runs):
        if before:
            before(i)
        command = argv(i) if callable(argv) else argv
        seconds, rss, code, log = runner.measure(command, cwd)
        if code != 0 and allow_errors:
            res.nonzero_exits += 1
            runner.say(f"  warning: `{' '.join(command)}` exited {code} ({phase} build, "
                       f"run {i + 1}); timed anyway (--allow-errors). Output: {log}")
        elif code != 0:
            res.error = f"{phase} build exited {code}"
            raise BenchError(f"`{' '.join(command)}` exited {code} ({phase} build, run {i + 1}); "
                             f"its output ends:\n{tail(log)}\n"
                             f"  pass --allow-errors to time failing builds anyway")
        samples.append(seconds)
        if phase == "full":
            res.rss_kib.append(rss)
    runner.say(f"  [{res.size:,}] {res.tool:<12} {phase:<4}: "
               + " ".join(f"{s * 1000:.0f}" for s in samples) + " ms")


# ---------------------------------------------------------------------------- personaforge

def output_folder(workspace):
    """The `output:` setting of personaforge.yaml (default _build)."""
    try:
        text = (workspace / "personaforge.yaml").read_text()
    except OSError:
        return "_build"
    m = re.search(r"^output:\s*['\"]?([^'\"#\n]+?)['\"]?\s*(#.*)?$", text, re.M)
    return m.group(1) if m else "_build"


def professional_personas(workspace):
    return sorted((workspace / "personas").glob("*.md"))


def fresh_personaforge(runner, binary, workspace, res, a, i):
    """One full build into a fresh folder, from no state."""
    folder = workspace / f"_bench_full_{i}"
    timed_series(runner, res, "full", [str(binary), "build", "--out", str(folder)], workspace, 1,
                 before=lambda _: rm(workspace / ".personaforge"), allow_errors=a.allow_errors, start=i)
    if res.outputs is None:
        res.outputs = count_files(folder)
    return folder


def bench_personaforge(runner, binary, workspace, res, a):
    n = res.size
    out = workspace / output_folder(workspace)
    state = workspace / ".personaforge"
    build = [str(binary), "build"]

    def clean(_):
        if not a.clean_flag:
            rm(out)
            rm(state)

    try:
        if res.outputs == 0:
            runner.say(f"  warning: personaforge wrote no files (a stand-in binary?); its timings mean nothing")
        timed_series(runner, res, "wiped", build + (["--clean"] if a.clean_flag else []),
                     workspace, a.runs, before=clean, allow_errors=a.allow_errors)
        if res.outputs == 0:
            runner.say(f"  warning: personaforge wrote no files under {out.name}/ "
                       f"(a stand-in binary?); its timings mean nothing")
        timed_series(runner, res, "noop", build, workspace, a.runs,
                     allow_errors=a.allow_errors)
        personas = professional_personas(workspace)

        def edit(i):
            # A different persona each run, spread over the workspace; each build sees
            # exactly one changed file since the previous one.
            p = personas[(i * len(personas)) // a.runs]
            with open(p, "a", encoding="utf-8") as f:
                f.write(f"\nBenchmark edit {i + 1}: one more line in the body.\n")

        timed_series(runner, res, "edit", build, workspace, a.runs, before=edit,
                     allow_errors=a.allow_errors)
    except BenchError as e:
        if res.error is None:
            raise
        runner.say(f"  error: {e}")
    return res


def find_binary(a, say):
    if a.binary:
        path = a.binary if os.sep in a.binary else (shutil.which(a.binary) or a.binary)
        path = Path(path).resolve()
        if not os.access(path, os.X_OK):
            raise BenchError(f"--binary {a.binary}: not an executable file")
        return path
    if not DEFAULT_BINARY.exists():
        say(f"{DEFAULT_BINARY.relative_to(REPO)} not found: "
            f"running `swift build -c release --product personaforge` in {REPO} ...")
        done = subprocess.run(["swift", "build", "-c", "release", "--product", "personaforge", "--static-swift-stdlib"],
                              cwd=REPO, stdout=sys.stderr, stderr=sys.stderr)
        if done.returncode != 0 or not DEFAULT_BINARY.exists():
            raise BenchError("the release build failed; fix it or pass --binary PATH")
    else:
        built = DEFAULT_BINARY.stat().st_mtime
        sources = [REPO / "Package.swift", *(REPO / "Sources").rglob("*")]
        if any(p.is_file() and p.stat().st_mtime > built for p in sources):
            say("warning: Sources/ changed since .build/release/personaforge was built; "
                "run `swift build -c release` first to benchmark the current code")
    return DEFAULT_BINARY


# ---------------------------------------------------------------------------- hugo site

def load_yaml(text):
    # The subset parser reads everything gen-workspace.py writes, identically to PyYAML and
    # twenty times faster than its pure-Python loader; PyYAML is only the fallback.
    try:
        return SubsetYAML(text).parse()
    except ValueError:
        try:
            import yaml
        except ImportError:
            raise BenchError("gen-workspace.py wrote YAML this script cannot read; "
                             "install PyYAML (python3-yaml)") from None
        try:
            return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except yaml.YAMLError as e:
            raise BenchError(f"cannot read generated YAML: {e}") from None


class SubsetYAML:
    """The YAML gen-workspace.py writes: block mappings and sequences, plain and
    double-quoted scalars, flow sequences and mappings, whole-line comments."""

    KEY = re.compile(r"^([A-Za-z_][\w.-]*):(?:\s+(.*))?$")

    def __init__(self, text):
        self.lines = []
        for raw in text.splitlines():
            s = raw.strip()
            if s and not s.startswith("#") and s != "---":
                self.lines.append([len(raw) - len(raw.lstrip(" ")), s])
        self.i = 0

    def parse(self):
        if not self.lines:
            return None
        if len(self.lines) == 1 and not self.KEY.match(self.lines[0][1]):
            return self.scalar(self.lines[0][1])
        value = self.block(self.lines[0][0])
        if self.i != len(self.lines):
            raise ValueError(f"unsupported YAML line: {self.lines[self.i][1]!r}")
        return value

    def block(self, indent):
        if self.lines[self.i][1].startswith("- ") or self.lines[self.i][1] == "-":
            return self.sequence(indent)
        return self.mapping(indent)

    def nested(self, indent):
        """The value of a key with nothing after its colon."""
        if self.i < len(self.lines):
            ind, text = self.lines[self.i]
            if ind > indent or (ind == indent and text.startswith("- ")):
                return self.block(ind)
        return None

    def mapping(self, indent):
        out = {}
        while self.i < len(self.lines):
            ind, text = self.lines[self.i]
            if ind != indent or text.startswith("- "):
                break
            m = self.KEY.match(text)
            if not m:
                raise ValueError(f"unsupported YAML line: {text!r}")
            self.i += 1
            out[m.group(1)] = self.scalar(m.group(2)) if m.group(2) else self.nested(indent)
        return out

    def sequence(self, indent):
        out = []
        while self.i < len(self.lines):
            ind, text = self.lines[self.i]
            if ind != indent or not text.startswith("- "):
                break
            item = text[2:].strip()
            if self.KEY.match(item):
                # "- key: value" opens a mapping whose keys sit two columns in.
                self.lines[self.i] = [indent + 2, item]
                out.append(self.mapping(indent + 2))
            else:
                self.i += 1
                out.append(self.scalar(item))
        return out

    @classmethod
    def scalar(cls, s):
        s = s.strip()
        if s.startswith('"') and s.endswith('"') and len(s) >= 2:
            return re.sub(r"\\(.)", r"\1", s[1:-1])
        if s.startswith("'") and s.endswith("'") and len(s) >= 2:
            return s[1:-1].replace("''", "'")
        if s.startswith("[") and s.endswith("]"):
            return [cls.scalar(x) for x in cls.split_flow(s[1:-1])]
        if s.startswith("{") and s.endswith("}"):
            out = {}
            for x in cls.split_flow(s[1:-1]):
                k, _, v = x.partition(":")
                out[k.strip()] = cls.scalar(v)
            return out
        if re.fullmatch(r"-?\d+", s):
            return int(s)
        return {"true": True, "false": False, "null": None, "~": None}.get(s, s)

    @staticmethod
    def split_flow(s):
        parts, depth, quote, cur = [], 0, None, ""
        for c in s:
            if quote:
                quote = None if c == quote and not cur.endswith("\\") else quote
            elif c in "\"'":
                quote = c
            elif c in "[{":
                depth += 1
            elif c in "]}":
                depth -= 1
            elif c == "," and depth == 0:
                parts.append(cur.strip())
                cur = ""
                continue
            cur += c
        if cur.strip():
            parts.append(cur.strip())
        return parts


def split_front_matter(text):
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end >= 0:
            return load_yaml(text[4:end + 1]) or {}, text[end + 5:]
    return {}, text


def q(s):
    """A YAML double-quoted scalar (JSON's string syntax is valid YAML)."""
    return json.dumps(str(s), ensure_ascii=False)


def cv_markdown(persona, cv):
    """The persona's CV sections as Markdown, roughly what PersonaForge renders."""
    basics = cv.get("basics") or {}
    md = []
    contact = [f"**{basics.get('label', '')}**"]
    city = (basics.get("location") or {}).get("city")
    if city:
        contact.append(city)
    if basics.get("email"):
        contact.append(f"<{basics['email']}>")
    for p in basics.get("profiles") or []:
        contact.append(f"[{p.get('network')}]({p.get('url')})")
    md += [" · ".join(contact), ""]
    for section in persona.get("sections") or ["summary", "skills", "work", "education"]:
        if section == "summary":
            md += ["## Summary", "", persona.get("summary") or basics.get("summary", ""), ""]
        elif section == "skills" and cv.get("skills"):
            md += ["## Skills", ""]
            md += [f"- **{s.get('name')}** ({s.get('level', '')})" for s in cv["skills"]]
            md.append("")
        elif section == "work" and cv.get("work"):
            md += ["## Experience", ""]
            for w in cv["work"]:
                md += [f"### {w.get('position')}, {w.get('name')}", "",
                       f"*{w.get('startDate', '')} – {w.get('endDate', 'present')}*", "",
                       w.get("summary", ""), ""]
                md += [f"- {h}" for h in w.get("highlights") or []]
                md.append("")
        elif section == "education" and cv.get("education"):
            md += ["## Education", ""]
            for e in cv["education"]:
                md += [f"### {e.get('studyType')} in {e.get('area')}, {e.get('institution')}",
                       "", f"*{e.get('startDate', '')} – {e.get('endDate', '')}*", ""]
    return "\n".join(md)


HUGO_LAYOUTS = {
    "_default/single.html": """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} | {{ .Site.Title }}</title></head>
<body>
<nav><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a> / <a href="{{ .CurrentSection.RelPermalink }}">{{ .CurrentSection.Title }}</a></nav>
<main>
<h1>{{ .Title }}</h1>
<p class="name">{{ .Params.name }}</p>
<p class="summary">{{ .Params.summary }}</p>
<ul class="tags">{{ range .Params.tags }}<li>{{ . }}</li>{{ end }}</ul>
<dl class="params">{{ range $k, $v := .Params }}<dt>{{ $k }}</dt><dd>{{ $v }}</dd>{{ end }}</dl>
{{ .Content }}
</main>
</body></html>
""",
    "_default/list.html": """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} | {{ .Site.Title }}</title></head>
<body>
<nav><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></nav>
<main>
<h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.name }}: {{ .Params.summary }}</li>{{ end }}</ul>
</main>
</body></html>
""",
    "index.html": """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Site.Title }}</title></head>
<body>
<main>
<h1>{{ .Site.Title }}</h1>
<p>{{ len .Site.RegularPages }} personas</p>
<ul>{{ range .Site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.name }}: {{ .Params.summary }}</li>{{ end }}</ul>
</main>
</body></html>
""",
}


def write_hugo_site(workspace, site):
    """A theme-less Hugo site with one page per professional persona, CV included."""
    (site / "layouts" / "_default").mkdir(parents=True, exist_ok=True)
    (site / "content" / "personas").mkdir(parents=True, exist_ok=True)
    (site / "config.toml").write_text(
        'baseURL = "https://example.org/"\n'
        'title = "Personas"\n'
        'languageCode = "en"\n'
        'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n'
        f'cacheDir = {json.dumps(str(site / ".hugo-cache"))}\n')
    for name, text in HUGO_LAYOUTS.items():
        (site / "layouts" / name).write_text(text)
    (site / "content" / "personas" / "_index.md").write_text('---\ntitle: "Personas"\n---\n')
    pages = []
    for path in professional_personas(workspace):
        persona, body = split_front_matter(path.read_text(encoding="utf-8"))
        cv = load_yaml((workspace / persona["cv"]).read_text(encoding="utf-8")) or {}
        basics = cv.get("basics") or {}
        front = ["---", f"title: {q(persona.get('title', path.stem))}",
                 f"name: {q(basics.get('name', ''))}",
                 f"summary: {q(persona.get('summary', ''))}",
                 f"cv: {q(persona['cv'])}",
                 "tags: [" + ", ".join(q(t) for t in persona.get("tags") or []) + "]",
                 "---", ""]
        page = site / "content" / "personas" / path.name
        page.write_text("\n".join(front) + cv_markdown(persona, cv) + "\n" + body,
                        encoding="utf-8")
        pages.append(page)
    return pages


def hugo_version(hugo):
    try:
        return subprocess.run([hugo, "version"], capture_output=True, text=True,
                              timeout=60).stdout.strip()
    except OSError:
        return None


def fresh_hugo(runner, hugo, site, res, a, i):
    """One full build into a fresh folder, with no resource cache."""
    folder = site / f"_bench_full_{i}"
    timed_series(runner, res, "full", [hugo, "--quiet", "--destination", str(folder)], site, 1,
                 before=lambda _: [rm(site / name) for name in ("resources", ".hugo-cache", ".hugo_build.lock")],
                 start=i)
    if res.outputs is None:
        res.outputs = count_files(folder, ".html")
    return folder


def bench_hugo(runner, hugo, site, pages, res, a):
    build = [hugo, "--quiet"]

    def clean(_):
        for name in ("public", "resources", ".hugo-cache", ".hugo_build.lock"):
            rm(site / name)

    def edit(i):
        with open(pages[(i * len(pages)) // a.runs], "a", encoding="utf-8") as f:
            f.write(f"\nBenchmark edit {i + 1}: one more line in the body.\n")

    try:
        timed_series(runner, res, "wiped", build, site, a.runs, before=clean)
        # `hugo` has no incremental mode outside `hugo server`: these re-render everything.
        timed_series(runner, res, "noop", build, site, a.runs)
        timed_series(runner, res, "edit", build, site, a.runs, before=edit)
    except BenchError as e:
        if res.error is None:
            raise
        runner.say(f"  error: {e}")
    return res


# ---------------------------------------------------------------------------- report

def fmt_ms(ms):
    if ms is None:
        return "-"
    return f"{ms:,.0f} ms" if ms >= 100 else f"{ms:.1f} ms"


def fmt_mib(mib):
    return "-" if mib is None else f"{mib:,.1f} MiB"


def summarise(results):
    """The target figures per size: full-build ratio, no-op ms, peak RSS MiB."""
    by = {(r.size, r.tool): r.as_dict() for r in results}
    figures = {}
    for size in sorted({r.size for r in results}):
        pf, hugo = by.get((size, "personaforge")), by.get((size, "hugo"))
        f = {}
        if pf and pf["full_build_ms"] and hugo and hugo["full_build_ms"]:
            f["full_ratio"] = pf["full_build_ms"]["median"] / hugo["full_build_ms"]["median"]
        if pf and pf["noop_ms"]:
            f["noop_ms"] = pf["noop_ms"]["median"]
        if pf and pf["peak_rss_mib"] is not None:
            f["peak_rss_mib"] = pf["peak_rss_mib"]
        figures[size] = f
    targets = []
    for size, metric, limit, inclusive in TARGETS:
        v = figures.get(size, {}).get(metric)
        targets.append({
            "label": figure_line(size, metric, None).replace(" = -", "").removesuffix(": -"),
            "size": size, "metric": metric, "value": None if v is None else round(v, 3),
            "target": ("<= " if inclusive else "< ") + f"{limit:g}",
            "met": None if v is None else (v <= limit if inclusive else v < limit),
        })
    return figures, targets


def print_report(meta, results, figures, targets):
    print(f"PersonaForge build benchmark: {meta['cores']} cores, {meta['platform']}, "
          f"median of {meta['runs']} runs")
    print(f"  personaforge: {meta['personaforge'] or '(not run)'}")
    print(f"  hugo:         {meta['hugo_version'] or '(not run)'}")
    print(f"  personaforge analysis reports: {meta['reports']}"
          + (" (the Hugo site has pages only: page for page)" if meta['reports'] == "off" else ""))
    print(f"  working in:   {meta['folder']} ({meta['file_system']})")
    print(f"  peak RSS includes a measurement floor of {meta['rss_floor_mib']:.1f} MiB "
          f"(/bin/true under the same wrapper)")
    print()
    head = ("size", "tool", "full build", "after delete", "no-op", "one edit", "peak RSS", "outputs")
    rows, failures = [], []
    for r in results:
        d = r.as_dict()
        failures += [f"  {r.tool} {r.size:,}: {d['error']}"] if d["error"] else []
        failures += ([f"  {r.tool} {r.size:,}: {d['nonzero_exits']} builds exited non-zero "
                      f"(timed anyway, --allow-errors)"] if d["nonzero_exits"] else [])
        rows.append((f"{r.size:,}", r.tool,
                     "FAILED" if d["error"] and not d["full_build_ms"] else
                     fmt_ms(d["full_build_ms"] and d["full_build_ms"]["median"]),
                     fmt_ms(d["full_after_delete_ms"] and d["full_after_delete_ms"]["median"]),
                     fmt_ms(d["noop_ms"] and d["noop_ms"]["median"]),
                     fmt_ms(d["one_edit_ms"] and d["one_edit_ms"]["median"]),
                     fmt_mib(d["peak_rss_mib"]),
                     "-" if d["output_files"] is None else f"{d['output_files']:,}"
                     + (" html" if r.tool == "hugo" else " files")))
    widths = [max(len(str(x[i])) for x in [head, *rows]) for i in range(len(head))]
    align = "><>>>>>>"
    for row in [head, *rows]:
        print("  ".join(f"{c:{align[i]}{widths[i]}}" for i, c in enumerate(row)).rstrip())
    if failures:
        print("Failures (details on stderr):")
        print("\n".join(failures))
    print()
    print("Targets")
    for t in targets:
        line = figure_line(t["size"], t["metric"], t["value"])
        unit = {"noop_ms": " ms", "peak_rss_mib": " MiB"}.get(t["metric"], "")
        if t["value"] is not None:
            verdict = "met" if t["met"] else "MISSED"
        elif t["size"] in figures:
            verdict = "not measured"
        else:
            verdict = f"not measured (add {t['size']} to --sizes)"
        print(f"  {line} (target {t['target']}{unit})  {verdict}")
    targeted = {(t["size"], t["metric"]) for t in targets}
    others = [figure_line(size, metric, v) for size, f in figures.items()
              for metric, v in f.items() if (size, metric) not in targeted]
    if others:
        print("Other figures (no target stated)")
        for line in others:
            print("  " + line)


def figure_line(size, metric, v):
    n = f"{size:,}"
    if metric == "full_ratio":
        return f"full build {n}: personaforge / hugo = " + ("-" if v is None else f"{v:.2f}")
    if metric == "noop_ms":
        return f"no-op {n}: " + ("-" if v is None else f"{v:,.1f} ms")
    return f"peak RSS {n}: " + ("-" if v is None else f"{v:,.1f} MiB")


# ---------------------------------------------------------------------------- main

def bench_folder(chosen, sizes, runs, say):
    """Where the benchmark works. Both tools run in the same folder; by default a RAM-backed
    one, so that the figures measure the tools rather than the disk (see README: on a
    journal-less ext4, creating files costs more the more files anything deleted nearby in the
    last minutes, and it costs whichever tool writes more files the most)."""
    if chosen:
        if not os.path.isdir(chosen) or not os.access(chosen, os.W_OK):
            raise BenchError(f"--dir {chosen}: not a writable folder")
        return chosen
    shm = "/dev/shm"
    if not (os.path.isdir(shm) and os.access(shm, os.W_OK) and file_system(shm) == "tmpfs"):
        return None  # the system's temporary folder
    # Every run's fresh full builds are kept until the last (about 18 MiB of personaforge output
    # and 8 of Hugo's per 1,000 personas), beside the workspace and the Hugo site.
    needed = max(sizes) / 1000 * (30 * runs + 20) + 100
    free = shutil.disk_usage(shm).free / 2**20
    if free < needed:
        say(f"note: {shm} has {free:,.0f} MiB free, about {needed:,.0f} needed; working in the "
            f"system's temporary folder instead (--dir picks one)")
        return None
    return shm


def file_system(path):
    """The type of the file system holding `path`, from /proc/mounts ("unknown" elsewhere)."""
    path = os.path.realpath(path)
    best, kind = "", "unknown"
    try:
        with open("/proc/mounts") as f:
            for line in f:
                fields = line.split()
                if len(fields) < 3:
                    continue
                point = fields[1].replace("\\040", " ")
                inside = path == point or path.startswith(point.rstrip("/") + "/")
                if inside and len(point) >= len(best):
                    best, kind = point, fields[2]
    except OSError:
        pass
    return kind


def parse_args(argv):
    ap = argparse.ArgumentParser(
        description="Times personaforge builds against Hugo on generated workspaces.",
        epilog="Progress goes to stderr; the report (or --json) to stdout.")
    ap.add_argument("--sizes", default="1000,10000",
                    help="comma-separated persona counts (default 1000,10000)")
    ap.add_argument("--runs", type=int, default=5, help="runs per figure; medians (default 5)")
    ap.add_argument("--binary", help="personaforge executable "
                    "(default .build/release/personaforge, built if missing)")
    ap.add_argument("--hugo", default="hugo", help="hugo executable (default: hugo on PATH)")
    ap.add_argument("--only", choices=["personaforge", "hugo"], help="benchmark one tool only")
    ap.add_argument("--clean-flag", action="store_true",
                    help="full builds run `personaforge build --clean` instead of deleting "
                         "_build/ and .personaforge/ first")
    ap.add_argument("--reports", choices=["on", "off"], default="off",
                    help="personaforge's analysis reports (default off: the Hugo site renders "
                         "pages only, so the comparison is page for page; 'on' times the default build)")
    ap.add_argument("--allow-errors", action="store_true",
                    help="time personaforge builds that exit non-zero instead of stopping")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds per build (default 1800)")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument("--keep", action="store_true",
                    help="keep the temporary folder (workspaces, Hugo sites, build logs)")
    ap.add_argument("--dir", help="folder for the workspaces, sites and builds (default: /dev/shm "
                    "when it is a writable tmpfs, else the system's temporary folder; see README)")
    ap.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    a = ap.parse_args(argv)
    try:
        a.sizes = [int(s.replace("_", "")) for s in a.sizes.split(",") if s.strip()]
    except ValueError:
        ap.error(f"--sizes: expected numbers like 1000,10000, got {a.sizes!r}")
    if not a.sizes or min(a.sizes) < 1:
        ap.error("--sizes: need at least one size >= 1")
    if a.runs < 1:
        ap.error("--runs: need at least 1")
    return a


def main(argv):
    a = parse_args(argv)
    say = (lambda m: None) if a.quiet else (lambda m: print(m, file=sys.stderr, flush=True))
    if not GENERATOR.is_file():
        raise BenchError(f"workspace generator not found at {GENERATOR}")
    binary = None if a.only == "hugo" else find_binary(a, say)
    hugo = None
    if a.only != "personaforge":
        hugo = shutil.which(a.hugo)
        if not hugo:
            raise BenchError(f"{a.hugo} not found; install hugo or pass --only personaforge")

    tmp = Path(tempfile.mkdtemp(prefix="personaforge-bench-", dir=bench_folder(a.dir, a.sizes, a.runs, say)))
    logs = tmp / "logs"
    logs.mkdir()
    runner = Runner(logs, a.timeout, a.quiet)
    results = []
    failed = False
    try:
        floor_kib = runner.measure(["/bin/true"], tmp)[1]
        meta = {
            "runs": a.runs, "sizes": a.sizes, "cores": os.cpu_count(),
            "platform": f"{platform.system()} {platform.release()} {platform.machine()}",
            "python": platform.python_version(),
            "personaforge": str(binary) if binary else None,
            "hugo_version": hugo_version(hugo) if hugo else None,
            "rss_floor_mib": round(floor_kib / 1024.0, 1),
            "clean": "build --clean" if a.clean_flag else "rm _build .personaforge",
            "reports": a.reports,
            "folder": str(tmp),
            "file_system": file_system(tmp),
        }
        say(f"working in {tmp}")
        for n in a.sizes:
            workspace = tmp / f"workspace-{n}"
            say(f"[{n:,}] generating workspace")
            done = subprocess.run([sys.executable, str(GENERATOR), str(workspace),
                                   "--personas", str(n)], capture_output=True, text=True)
            if done.returncode != 0:
                raise BenchError(f"gen-workspace.py failed:\n{done.stderr}")
            with open(workspace / "personaforge.yaml", "a") as f:
                f.write(f"reports: {'true' if a.reports == 'on' else 'false'}\n")
            site = tmp / f"hugo-{n}"
            pages = None
            if hugo:
                say(f"[{n:,}] writing the Hugo site")  # before personaforge edits personas
                pages = write_hugo_site(workspace, site)
            pf = ToolResult(n, "personaforge") if binary else None
            hg = ToolResult(n, "hugo") if hugo else None
            # Full builds into fresh folders first, the two tools taking turns, before anything
            # is deleted: on a journal-less ext4 creating files soon after deleting many is far
            # slower, and neither tool should pay for the other's deletions.
            fresh = []
            try:
                for i in range(a.runs):
                    if pf:
                        fresh.append(fresh_personaforge(runner, binary, workspace, pf, a, i))
                    if hg:
                        fresh.append(fresh_hugo(runner, hugo, site, hg, a, i))
            except BenchError as e:
                for r in (pf, hg):
                    if r and r.error:
                        runner.say(f"  error: {e}")
                if not any(r and r.error for r in (pf, hg)):
                    raise
            for folder in fresh:
                rm(folder)
            if pf:
                results.append(bench_personaforge(runner, binary, workspace, pf, a) if not pf.error else pf)
            if hg:
                results.append(bench_hugo(runner, hugo, site, pages, hg, a) if not hg.error else hg)
            if not a.keep:
                rm(workspace)
                rm(site)
        failed = any(r.error for r in results)
        figures, targets = summarise(results)
        if a.json:
            json.dump({"meta": meta, "results": [r.as_dict() for r in results],
                       "targets": targets}, sys.stdout, indent=2)
            print()
        else:
            print_report(meta, results, figures, targets)
    finally:
        if a.keep:
            say(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except BenchError as e:
        print(f"build-bench: error: {e}", file=sys.stderr)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
