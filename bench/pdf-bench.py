#!/usr/bin/env python3
"""PDF benchmark: PersonaForge's in-process typesetter against RenderCV on the same CV.

    python3 bench/pdf-bench.py [--runs 7] [--personas 1000] [--binary PATH] [--no-rendercv] [--json]

Measures, each figure the median of --runs (the two tools' runs interleaved, so both see the
same machine load):

  in-process    `personaforge export cvs/jane-doe --format pdf --bench 50`: the same export
                repeated 50 times in one process (templates loaded, Markdown rendered, parsed
                and typeset each time), milliseconds per PDF as the export command times it;
  one process   `personaforge export cvs/jane-doe --format pdf --out FILE`, wall clock, the way
                a user runs it (process start, loading the workspace, fonts, writing);
  RenderCV      `rendercv render CV.yaml` (PDF only: no PNG, Markdown or HTML) for the same CV
                converted to RenderCV's format, wall clock, in a throw-away venv made here with
                `pip install "rendercv[full]" click`;
  a build       the 1,000-persona workspace from ../shared/bench/gen-workspace.py with
                `formats: [pdf]` and reports off, built from clean with `-j 2` (every persona's
                and audience persona's PDF plus the template previews), and with
                `formats: [md, html]` for comparison; PDFs per second follow.

RenderCV offline: its themes all import the typst package @preview/fontawesome, which typst
downloads on first use; this machine cannot reach the typst package server. The script puts a
stand-in package (icons drawn as nothing) in a private typst package cache, so RenderCV's
default `classic` theme renders offline; the figures say so. With network access the real
package is downloaded once into the same private cache instead (pass --real-fontawesome).

Targets: one export process under 60 ms; 1,000 persona PDFs in a build under 5 s.
Uses .build/release/personaforge unless --binary is given. Measure the binary users run, the one
scripts/build-sample makes: `swift build -c release --product personaforge --static-swift-stdlib`.
`swift test -c release` leaves a binary with a shared Swift runtime at the same path, which starts
about 5 ms later; the report says which kind it timed. Needs Python 3.9+ and, for RenderCV,
network access to PyPI.
"""
import argparse
import json
import os
import re
import resource
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
SAMPLE_CV = REPO / "workspace-template" / "cvs" / "jane-doe.yaml"

TARGETS = [("one_process_ms", 60.0), ("build_1000_pdf_s", 5.0)]

# JSON Resume (YAML) -> RenderCV input, run with the venv's Python (ruamel.yaml comes with RenderCV).
CONVERTER = r"""
import sys
from ruamel.yaml import YAML
yaml = YAML(typ="safe")
cv = yaml.load(open(sys.argv[1]))
basics = cv.get("basics", {})
def date(value):
    return str(value) if value else None
def text(item):
    return item["text"] if isinstance(item, dict) else item
out = {"name": basics.get("name"), "email": basics.get("email"), "website": basics.get("url"),
       "location": ", ".join(v for v in [basics.get("location", {}).get("city"), basics.get("location", {}).get("countryCode")] if v),
       "social_networks": [{"network": p["network"], "username": p["username"]} for p in basics.get("profiles", [])
                           if p.get("network") in ("LinkedIn", "GitHub")],
       "sections": {}}
s = out["sections"]
if basics.get("summary"):
    s["summary"] = [basics["summary"]]
s["experience"] = [{"company": w["name"], "position": w["position"], "location": w.get("location"),
                    "start_date": date(w.get("startDate")), "end_date": date(w.get("endDate")) or "present",
                    "summary": " ".join(x for x in [w.get("description"), w.get("summary")] if x) or None,
                    "highlights": [text(h) for h in w.get("highlights", [])]} for w in cv.get("work", [])]
if cv.get("projects"):
    s["projects"] = [{"name": p["name"], "start_date": date(p.get("startDate")), "end_date": date(p.get("endDate")) or "present",
                      "summary": p.get("description"), "highlights": [text(h) for h in p.get("highlights", [])]} for p in cv["projects"]]
if cv.get("education"):
    s["education"] = [{"institution": e["institution"], "area": e.get("area", ""), "degree": e.get("studyType"),
                       "start_date": date(e.get("startDate")), "end_date": date(e.get("endDate")),
                       "highlights": ([f"Grade: {e['score']}"] if e.get("score") else []) + e.get("courses", [])} for e in cv["education"]]
if cv.get("skills"):
    s["skills"] = [{"label": k["name"], "details": ", ".join(([k["level"]] if k.get("level") else []) + k.get("keywords", []))} for k in cv["skills"]]
for key, title in [("publications", "publications"), ("awards", "awards"), ("certificates", "certificates")]:
    if cv.get(key):
        s[title] = [f"**{x.get('name') or x.get('title')}**" + "".join(f", {x[f]}" for f in ("publisher", "awarder", "issuer") if x.get(f))
                    + (f": {x['summary']}" if x.get("summary") else "") for x in cv[key]]
if cv.get("languages"):
    s["languages"] = [{"label": l["language"], "details": l.get("fluency", "")} for l in cv["languages"]]
out = {k: v for k, v in out.items() if v}
out["sections"] = {k: [{kk: vv for kk, vv in e.items() if vv not in (None, "", [])} if isinstance(e, dict) else e for e in v] for k, v in s.items()}
YAML().dump({"cv": out, "design": {"theme": "classic"}}, open(sys.argv[2], "w"))
"""

FONTAWESOME_STUB_TOML = """[package]
name = "fontawesome"
version = "0.5.0"
entrypoint = "lib.typ"
authors = ["pdf-bench.py"]
license = "MIT"
description = "Offline stand-in for the typst package: icons are drawn as nothing."
"""


class BenchError(Exception):
    """A failure the user can act on; printed without a traceback."""


def log(message):
    print(message, file=sys.stderr, flush=True)


LAST_CPU = [0.0]


def run(argv, cwd=None, env=None, check=True):
    """Runs a command, returns (seconds, stdout, stderr); its CPU seconds go to LAST_CPU[0]."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    LAST_CPU[0] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if check and result.returncode != 0:
        raise BenchError(f"{' '.join(map(str, argv))} exited {result.returncode}:\n{result.stderr.strip()[-2000:]}")
    return elapsed, result.stdout, result.stderr


def median_ms(values):
    return round(statistics.median(values) * 1000, 1)


def set_formats(workspace, formats):
    settings = workspace / "personaforge.yaml"
    lines = [line for line in settings.read_text().splitlines() if not line.startswith(("formats:", "reports:"))]
    settings.write_text("\n".join(lines + [f"formats: [{', '.join(formats)}]", "reports: false"]) + "\n")


def sample_workspace(binary, folder):
    """The shipped sample workspace, as `personaforge init` writes it."""
    run([str(binary), "init", str(folder)])
    return folder


def swift_runtime(binary):
    """'static' or 'shared': whether the binary carries the Swift runtime or loads it at start."""
    listed = subprocess.run(["ldd", str(binary)], capture_output=True, text=True).stdout
    return "shared" if "libswiftCore" in listed else "static"


def rendercv_venv(folder, real_fontawesome):
    """A throw-away venv with RenderCV, and a private typst package cache for it."""
    venv = folder / "venv"
    log("creating a venv and installing rendercv[full] and click from PyPI ...")
    run([sys.executable, "-m", "venv", str(venv)])
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    run(pip + ["rendercv[full]", "click"])
    cache = folder / "cache"
    if not real_fontawesome:
        package = cache / "typst" / "packages" / "preview" / "fontawesome" / "0.5.0"
        package.mkdir(parents=True)
        (package / "typst.toml").write_text(FONTAWESOME_STUB_TOML)
        (package / "lib.typ").write_text("#let fa-icon(name, ..args) = box(width: 0.8em)\n")
    version = run([str(venv / "bin" / "python"), "-c", "import importlib.metadata as m; print(m.version('rendercv'))"])[1].strip()
    return venv, cache, version


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--in-process", type=int, default=50, help="renderings per in-process sample")
    parser.add_argument("--personas", type=int, default=1000)
    parser.add_argument("--binary", type=Path, default=DEFAULT_BINARY)
    parser.add_argument("--generator", type=Path, default=GENERATOR, help="gen-workspace.py (default: ../shared/bench/)")
    parser.add_argument("--no-rendercv", action="store_true", help="skip RenderCV (no network)")
    parser.add_argument("--real-fontawesome", action="store_true", help="let typst download the real icon package")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    binary = args.binary.resolve()
    if not binary.exists():
        raise BenchError(f"{binary} does not exist; build it with `swift build -c release --product personaforge "
                         "--static-swift-stdlib` (as scripts/build-sample does) or pass --binary.")
    if not args.generator.exists():
        raise BenchError(f"{args.generator} does not exist; pass --generator PATH to ../shared/bench/gen-workspace.py.")

    results = {"binary": str(binary), "runs": args.runs, "cpus": os.cpu_count(), "swift_runtime": swift_runtime(binary)}
    if results["swift_runtime"] == "shared":
        log(f"warning: {binary} links the Swift runtime as shared libraries (a `swift test` build); the binary "
            "scripts/build-sample makes links it statically and starts about 5 ms sooner.")
    with tempfile.TemporaryDirectory(prefix="pdf-bench-") as temp:
        temp = Path(temp)
        sample = sample_workspace(binary, temp / "sample")
        out = temp / "out"
        out.mkdir()

        rendercv = None
        if not args.no_rendercv:
            venv, cache, version = rendercv_venv(temp / "rendercv", args.real_fontawesome)
            cv_yaml = temp / "rendercv" / "Jane_Doe_CV.yaml"
            run([str(venv / "bin" / "python"), "-c", CONVERTER, str(sample / "cvs" / "jane-doe.yaml"), str(cv_yaml)])
            env = dict(os.environ, XDG_CACHE_HOME=str(cache))
            rendercv = ([str(venv / "bin" / "rendercv"), "render", str(cv_yaml), "--output-folder-name", str(temp / "rendercv" / "output"),
                         "--dont-generate-png", "--dont-generate-markdown", "--dont-generate-html"], env)
            results["rendercv"] = {"version": version, "theme": "classic",
                                   "fontawesome": "real" if args.real_fontawesome else "offline stand-in (icons drawn as nothing)"}
            run(rendercv[0], cwd=temp / "rendercv", env=env)  # warm-up: typst's font scan, Python's bytecode

        export = [str(binary), "export", "cvs/jane-doe.yaml", "--format", "pdf", "--out", str(out / "jane-doe.pdf")]
        run(export, cwd=sample)  # warm-up: fontconfig's cache
        one_process, one_process_cpu, rendercv_times, in_process = [], [], [], []
        log(f"{args.runs} interleaved runs of one export process{', RenderCV' if rendercv else ''} and {args.in_process} in-process exports ...")
        for _ in range(args.runs):
            one_process.append(run(export, cwd=sample)[0])
            one_process_cpu.append(LAST_CPU[0])
            if rendercv:
                rendercv_times.append(run(rendercv[0], cwd=temp / "rendercv", env=rendercv[1])[0])
            stderr = run(export + ["--bench", str(args.in_process)], cwd=sample)[2]
            line = next(l for l in stderr.splitlines() if l.startswith("{\"bench_ms\""))
            in_process.append(statistics.median(json.loads(line)["bench_ms"]) / 1000)
        # Page objects as cairo writes them (`/Type /Page`, not `/Pages`): no pdfinfo needed.
        pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", (out / "jane-doe.pdf").read_bytes()))
        results["cv"] = {"file": "workspace-template/cvs/jane-doe.yaml", "template": "classic", "pages": pages}
        results["in_process_ms"] = median_ms(in_process)
        results["one_process_ms"] = median_ms(one_process)
        results["one_process_cpu_ms"] = median_ms(one_process_cpu)
        # How busy the machine was: the other engineers' and CI's work slows every figure alike.
        results["load_average"] = os.getloadavg()
        if rendercv:
            results["rendercv_ms"] = median_ms(rendercv_times)

        log(f"generating a {args.personas}-persona workspace ...")
        big = temp / "big"
        run([sys.executable, str(args.generator), str(big), "--personas", str(args.personas)])
        builds = {}
        # Each build writes into a fresh folder, and the folders are removed only after the last
        # build: on ext4 without a journal, creating files right after deleting thousands makes
        # the kernel's inode allocator skip every recently deleted inode, which timed the file
        # system, not the build (see build-bench.py's "after delete" figure).
        made = []
        for formats in (["pdf"], ["md", "html"]):
            set_formats(big, formats)
            samples, cpu = [], []
            for index in range(max(3, args.runs // 2)):
                target = temp / f"build-{'-'.join(formats)}-{index}"
                shutil.rmtree(big / ".personaforge", ignore_errors=True)
                seconds, stdout, _ = run([str(binary), "build", "-C", str(big), "-j", "2", "--out", str(target), "--json"])
                report = json.loads(stdout)
                samples.append(seconds)
                cpu.append(LAST_CPU[0])
                builds["-".join(formats)] = {"outputs": len(report.get("rendered", [])),
                                             "pdfs": sum(1 for p in report.get("rendered", []) if p.endswith(".pdf"))}
                made.append(target)
            builds["-".join(formats)]["seconds"] = round(statistics.median(samples), 2)
            builds["-".join(formats)]["cpu_seconds"] = round(statistics.median(cpu), 2)
        for target in made:
            shutil.rmtree(target, ignore_errors=True)
        results["build"] = builds
        results["build_1000_pdf_s"] = builds["pdf"]["seconds"]
        results["pdfs_per_second"] = round(builds["pdf"]["pdfs"] / builds["pdf"]["seconds"])

    results["targets"] = {name: {"limit": limit, "met": results[name] < limit} for name, limit in TARGETS}
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print(f"CV: {results['cv']['file']} through '{results['cv']['template']}' ({results['cv']['pages']} pages), medians of {args.runs} runs, {results['cpus']} CPUs")
        print(f"  binary: {results['binary']} (Swift runtime {results['swift_runtime']})")
        print(f"  PersonaForge in-process   {results['in_process_ms']:8.1f} ms per PDF")
        print(f"  PersonaForge one export   {results['one_process_ms']:8.1f} ms   (target < 60 ms; {results['one_process_cpu_ms']:.1f} ms of CPU)")
        if rendercv:
            print(f"  RenderCV {results['rendercv']['version']:<8} one render {results['rendercv_ms']:8.1f} ms   ({results['rendercv']['theme']} theme, fontawesome: {results['rendercv']['fontawesome']})")
        pdf, html = results["build"]["pdf"], results["build"]["md-html"]
        print(f"Build of {args.personas} personas, -j 2, from clean:")
        print(f"  formats [pdf]             {pdf['seconds']:8.2f} s    {pdf['pdfs']} PDFs, {pdf['outputs']} outputs, {results['pdfs_per_second']} PDFs/s, {pdf['cpu_seconds']} s of CPU (target < 5 s)")
        print(f"  formats [md, html]        {html['seconds']:8.2f} s    {html['outputs']} outputs, {html['cpu_seconds']} s of CPU")
        print(f"  load average at the end: {' '.join(f'{x:.2f}' for x in results['load_average'])} (figures above 2 on 2 CPUs mean other work shared the machine)")
        for name, target in results["targets"].items():
            print(f"  {'met' if target['met'] else 'MISSED'}: {name} < {target['limit']}")
    return 0 if all(t["met"] for t in results["targets"].values()) else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BenchError as error:
        print(f"error: {error}", file=sys.stderr)
        sys.exit(2)
