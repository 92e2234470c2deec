#!/usr/bin/env python3
"""Analysis benchmark: every gap report and every persona x job match of a large workspace.

    python3 bench/analysis-bench.py [--personas 10000] [--jobs 100] [--runs 3] [--binary PATH] [--json]

Generates a workspace with ../shared/bench/gen-workspace.py (seeded: --personas professional
personas and CVs, a tenth as many audience personas, --jobs jobs, personas/20 teams), then runs
the hidden `personaforge analyse-all --json --today 2025-06` --runs times. That command loads the
workspace, then times, in process and on every core:

  gap       the CV-quality report of every persona (professional and audience)
  profiles  reading each professional persona's effective CV, CV and knowledge once
  postings  reading the requirements of every job
  match     every professional persona against every job (10,000 x 100 = 1,000,000 reports)
  team      every team report

and the script prints the median of each phase (and of the whole command's wall time) over the
runs. `--json` prints the same with every sample. The binary defaults to .build/release/personaforge
(built with `swift build -c release --product personaforge` when missing); `--keep` keeps the
generated workspace. Incremental rebuilds of the reports are the build's job (bench/build-bench.py).
"""
import argparse
import json
import os
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
PHASES = ["load", "context", "gap", "profiles", "postings", "match", "team"]


def log(quiet, *args):
    if not quiet:
        print(*args, file=sys.stderr, flush=True)


def ensure_binary(path, quiet):
    if path.exists():
        return path
    if path != DEFAULT_BINARY:
        sys.exit(f"{path} does not exist")
    log(quiet, "building personaforge (release)...")
    subprocess.run(["swift", "build", "-c", "release", "--product", "personaforge"], cwd=REPO, check=True)
    return path


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--personas", type=int, default=10000)
    ap.add_argument("--jobs", type=int, default=100)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--binary", type=Path, default=DEFAULT_BINARY)
    ap.add_argument("--pairs", choices=["all", "linked"], default="all",
                    help="all: every persona against every job (default); linked: only the jobs a persona names")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--keep", action="store_true")
    ap.add_argument("-q", "--quiet", action="store_true")
    a = ap.parse_args()

    binary = ensure_binary(a.binary.resolve(), a.quiet)
    folder = Path(tempfile.mkdtemp(prefix="personaforge-analysis-bench-"))
    workspace = folder / "workspace"
    try:
        log(a.quiet, f"generating {a.personas} personas and {a.jobs} jobs in {workspace} ...")
        subprocess.run([sys.executable, str(GENERATOR), str(workspace), "--personas", str(a.personas), "--jobs", str(a.jobs)],
                       check=True, stdout=subprocess.DEVNULL)
        samples = []
        for run in range(a.runs):
            start = time.perf_counter()
            result = subprocess.run([str(binary), "analyse-all", "--json", "--today", "2025-06", "--pairs", a.pairs,
                                     "-C", str(workspace)], capture_output=True, text=True)
            wall = time.perf_counter() - start
            if result.returncode != 0:
                sys.exit(f"analyse-all failed ({result.returncode}):\n{result.stderr[-2000:]}")
            report = json.loads(result.stdout)
            report["wall_ms"] = wall * 1000
            samples.append(report)
            log(a.quiet, f"run {run + 1}/{a.runs}: {wall:.2f} s, "
                + ", ".join(f"{p} {report['milliseconds'][p]:.0f} ms" for p in PHASES))
        medians = {p: statistics.median(s["milliseconds"][p] for s in samples) for p in PHASES}
        medians["wall"] = statistics.median(s["wall_ms"] for s in samples)
        last = samples[-1]
        summary = {
            "personas": last["personas"], "professional": last["professional"], "jobs": last["jobs"],
            "teams": last["teams"], "matches": last["matches"], "issues": last["issues"],
            "questions": last["questions"], "average_score": last["averageScore"],
            "median_ms": medians, "runs": a.runs, "cores": os.cpu_count(),
        }
        if a.json:
            print(json.dumps({"summary": summary, "samples": samples}, indent=2))
            return
        print(f"{summary['personas']} personas ({summary['professional']} professional), {summary['jobs']} jobs, "
              f"{summary['teams']} teams; {summary['matches']:,} matches; {a.runs} runs on {summary['cores']} cores")
        print(f"{'phase':<10}{'median':>12}")
        for phase in PHASES:
            print(f"{phase:<10}{medians[phase]:>10.0f} ms")
        print(f"{'wall':<10}{medians['wall']:>10.0f} ms")
        per_gap = medians["gap"] * 1000 / max(1, summary["personas"])
        per_match = medians["match"] * 1000 / max(1, summary["matches"])
        print(f"per gap report {per_gap:.0f} µs, per match {per_match:.2f} µs; "
              f"{summary['issues']:,} issues, {summary['questions']:,} open questions, average score {summary['average_score']:.1f}")
    finally:
        if a.keep:
            log(a.quiet, f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
