#!/usr/bin/env python3
"""Analysis reports in the build: how long they take, and that an edit redoes only its reports.

    python3 bench/report-bench.py [--personas 10000] [--jobs 100] [--runs 3] [--binary PATH] [--json]

Generates a workspace with ../shared/bench/gen-workspace.py (seeded: --personas professional
personas with their CVs, a tenth as many audience personas, --jobs jobs each naming one persona,
teams), then measures with `personaforge build --json --today 2025-06` (the same month every
run, so the reports are comparable):

  full        a build from nothing with reports on (every persona's CV-quality report, every
              job against its persona, every team, the knowledge base; JSON, Markdown and HTML)
  full-off    the same with `reports: false`, so the difference is what the reports cost
  noop        a rebuild with nothing changed
  edit-job    one job's posting edited: its match report is redone, no other match or gap report
  edit-cv     one CV edited: the gap and match reports of the personas inheriting it are redone
  new-month   --today moved on a month: every report is redone, no persona document

Each edit is a different file each run. For each it prints the median time and, from the
build's own JSON report, how many reports of each kind were rendered, so "only the changed pairs
are recomputed" is checked, not assumed: the script exits 1 if an edit redoes a report it should
not have. Every persona against every job (10,000 x 100 in memory) is bench/analysis-bench.py's.
"""
import argparse
import json
import os
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


def say(a, *args):
    if not a.quiet:
        print(*args, file=sys.stderr, flush=True)


def build(binary, workspace, *extra, today="2025-06"):
    """Runs a build; returns (seconds, parsed JSON report)."""
    start = time.perf_counter()
    done = subprocess.run([str(binary), "build", "--json", "--today", today, *extra], cwd=workspace,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        sys.exit(f"build failed ({done.returncode}) in {workspace}:\n{done.stderr[-2000:]}")
    return seconds, json.loads(done.stdout)


def kinds(rendered):
    """Counts rendered outputs by kind: gap/match/team/knowledge reports, and everything else."""
    counts = {}
    for path in rendered:
        m = re.match(r"reports/(gap|match|team)/", path)
        kind = m.group(1) if m else ("knowledge" if path.startswith("reports/knowledge") else
                                     "report-index" if path == "reports/index.html" else "documents-and-pages")
        counts[kind] = counts.get(kind, 0) + 1
    return counts


def age(workspace):
    """Moves every file's time two seconds back, so the no-op check can trust file times."""
    past = time.time() - 2
    for root, _, files in os.walk(workspace):
        for name in files:
            os.utime(os.path.join(root, name), (past, past))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--personas", type=int, default=10000)
    ap.add_argument("--jobs", type=int, default=100)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--binary", type=Path, default=DEFAULT_BINARY)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--keep", action="store_true")
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args()
    a.binary = a.binary.resolve()
    if not a.binary.exists():
        say(a, "building personaforge (release)...")
        subprocess.run(["swift", "build", "-c", "release", "--product", "personaforge", "--static-swift-stdlib"],
                       cwd=REPO, check=True)

    scratch = Path(tempfile.mkdtemp(prefix="pf-report-bench-"))
    base = scratch / "base"
    say(a, f"generating {a.personas} personas, {a.jobs} jobs...")
    subprocess.run([sys.executable, str(GENERATOR), str(base), "--personas", str(a.personas), "--jobs", str(a.jobs)],
                   check=True, stdout=subprocess.DEVNULL)
    jobs = sorted((base / "jobs").glob("*.md"))
    cvs = sorted((base / "cvs").glob("*.yaml"))
    samples = {k: [] for k in ["full", "full-off", "noop", "edit-job", "edit-cv", "new-month"]}
    counts = {}
    problems = []
    for run in range(a.runs):
        say(a, f"run {run + 1}/{a.runs}")
        ws = scratch / f"run{run}"
        shutil.copytree(base, ws)
        off = scratch / f"off{run}"
        shutil.copytree(base, off)
        with open(off / "personaforge.yaml", "a") as f:
            f.write("reports: false\n")
        age(off)
        samples["full-off"].append(build(a.binary, off)[0])

        age(ws)
        seconds, report = build(a.binary, ws)
        samples["full"].append(seconds)
        counts["full"] = kinds(report["rendered"])
        seconds, report = build(a.binary, ws)
        samples["noop"].append(seconds)
        if report["rendered"]:
            problems.append(f"no-op build rendered {len(report['rendered'])} outputs")

        job = jobs[(run * 7) % len(jobs)]
        with open(ws / "jobs" / job.name, "a") as f:
            f.write("\n- 2+ years with Kubernetes\n")
        # What must not be redone: the personas' documents and every other pair.
        seconds, report = build(a.binary, ws)
        samples["edit-job"].append(seconds)
        counts["edit-job"] = got = kinds(report["rendered"])
        if got.get("match", 0) != 3 or got.get("gap", 0) or got.get("team", 0):
            problems.append(f"editing {job.name} redid {got}; expected one match report (3 files) and no gap or team report")

        cv = cvs[(run * 13) % len(cvs)]
        text = (ws / "cvs" / cv.name).read_text()
        (ws / "cvs" / cv.name).write_text(text.replace("summary: \"", "summary: \"Edited. ", 1))
        heirs = sum(1 for p in (ws / "personas").glob("*.md") if f"cv: cvs/{cv.name}" in p.read_text())
        seconds, report = build(a.binary, ws)
        samples["edit-cv"].append(seconds)
        counts["edit-cv"] = got = kinds(report["rendered"])
        if got.get("gap", 0) != 3 * heirs:
            problems.append(f"editing {cv.name} (inherited by {heirs}) redid {got.get('gap', 0) // 3} gap reports")

        seconds, report = build(a.binary, ws, today="2025-07")
        samples["new-month"].append(seconds)
        counts["new-month"] = got = kinds(report["rendered"])
        if got.get("documents-and-pages", 0):
            problems.append(f"a new month re-rendered {got['documents-and-pages']} documents or pages")
    # Nothing is deleted until the end: on ext4, creating files just after deleting thousands is
    # far slower (bench/README.md), which would measure the file system, not the build.
    if not a.keep:
        shutil.rmtree(scratch)

    medians = {k: statistics.median(v) * 1000 for k, v in samples.items()}
    if a.json:
        print(json.dumps({"personas": a.personas, "jobs": a.jobs, "runs": a.runs, "median_ms": medians,
                          "samples_s": samples, "rendered_by_kind": counts, "problems": problems}, indent=2))
    else:
        print(f"Reports in the build: {a.personas} professional personas (+{a.personas // 10} audience), "
              f"{a.jobs} jobs, median of {a.runs} runs")
        print(f"{'step':<11} {'median':>10}   rendered outputs by kind")
        for k in samples:
            c = counts.get(k)
            print(f"{k:<11} {medians[k]:>8.0f} ms   {', '.join(f'{n} {kind}' for kind, n in sorted(c.items())) if c else ''}")
        print(f"reports cost: {medians['full'] - medians['full-off']:.0f} ms of the full build "
              f"({medians['full'] / medians['full-off']:.2f}x the build without them)")
        for p in problems:
            print("PROBLEM:", p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
