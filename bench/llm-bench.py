#!/usr/bin/env python3
"""Requests per second through PersonaForge's LLM client, with the answer cache cold and warm.

Starts scripts/openai-test-server.py on 127.0.0.1 (a real HTTP server speaking OpenAI's Chat
Completions, answering from the request's JSON schema after --latency seconds), generates a
workspace of N professional personas whose settings point at it, and runs the hidden command
`personaforge deepen-all`, which deepens every persona's gap report through one LLM session from
max_concurrency threads, as a build does:

  cold   the cache is emptied first: N requests reach the server (counted by the server)
  warm   the same again: every answer comes from .personaforge/llm/cache, no request at all

Each figure is the median of --runs. Times are measured inside the command (loading the
workspace and starting the process are left out) and, separately, as the command's wall time.

  python3 bench/llm-bench.py                                  # 200 personas, 4 at once, 20 ms latency
  python3 bench/llm-bench.py --personas 1000 --concurrency 8 --latency 0
  python3 bench/llm-bench.py --binary .build/release/personaforge --json

Standard library only. Uses .build/release/personaforge unless --binary says otherwise.
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
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SERVER = os.path.join(ROOT, "scripts", "openai-test-server.py")

COMPANIES = ["Acme Pay", "Globex", "Initech", "Umbrella Health", "Hooli", "Vandelay Imports", "Stark Logistics", "Wayne Retail"]
SKILLS = ["Go", "PostgreSQL", "Kafka", "Python", "Kubernetes", "TypeScript", "React", "AWS", "Terraform", "Java", "SQL", "Docker"]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


def make_workspace(folder, personas, base_url, concurrency, timeout):
    write(os.path.join(folder, "personaforge.yaml"), f"""version: 1
name: LLM benchmark
private: [basics.phone]
llm:
  provider: openai-compatible
  base_url: {base_url}
  model: bench-model
  max_concurrency: {concurrency}
  timeout_seconds: {timeout}
  prices:
    bench-model: {{input_per_million: 0.15, output_per_million: 0.6}}
""")
    for i in range(personas):
        first, second = COMPANIES[i % len(COMPANIES)], COMPANIES[(i + 3) % len(COMPANIES)]
        skills = [SKILLS[(i + k) % len(SKILLS)] for k in range(5)]
        write(os.path.join(folder, "cvs", f"person-{i:05d}.yaml"), f"""basics:
  name: Person {i}
  label: Engineer
  email: person{i}@example.com
  phone: "+1 555 {i:04d}"
  summary: Builds systems at {first} and before that at {second}.
work:
  - name: {first}
    position: Senior Engineer
    startDate: "20{10 + i % 10}-01"
    highlights:
      - Cut request latency by {10 + i % 80}% for {first} customers.
      - Led the migration to {skills[0]} across {2 + i % 9} teams.
  - name: {second}
    position: Engineer
    startDate: "2008-01"
    endDate: "20{10 + i % 10}-01"
    highlights: [Built the billing service in {skills[1]}.]
skills:
""" + "".join(f"  - name: {skill}\n" for skill in skills))
        write(os.path.join(folder, "personas", f"person-{i:05d}.md"), f"""---
title: Engineer {i}
cv: cvs/person-{i:05d}.yaml
---
Persona {i}.
""")


def server_stats(origin):
    with urllib.request.urlopen(origin + "/_stats", timeout=10) as response:
        stats = json.load(response)
    return stats["requests"], stats["max_in_flight"]


def run(binary, folder):
    start = time.perf_counter()
    result = subprocess.run([binary, "deepen-all", "-C", folder], capture_output=True, text=True)
    wall = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"deepen-all failed ({result.returncode}):\n{result.stderr}")
    return json.loads(result.stdout), wall


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--personas", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=4, help="llm.max_concurrency (default 4)")
    parser.add_argument("--latency", type=float, default=0.02, help="seconds the server waits before each answer (default 0.02)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "personaforge"))
    parser.add_argument("--json", action="store_true", help="print every figure as JSON")
    args = parser.parse_args()
    if not os.access(args.binary, os.X_OK):
        print(f"building {args.binary} (swift build -c release --product personaforge)...", file=sys.stderr)
        subprocess.run(["swift", "build", "-c", "release", "--product", "personaforge"], cwd=ROOT, check=True)

    server = subprocess.Popen([sys.executable, SERVER, "--port", "0", "--quiet", "--delay", str(args.latency)],
                              stdout=subprocess.PIPE, text=True)
    base_url = server.stdout.readline().strip()
    origin = base_url[: -len("/v1")]
    folder = tempfile.mkdtemp(prefix="personaforge-llm-bench-")
    try:
        make_workspace(folder, args.personas, base_url, args.concurrency, 60)
        cache = os.path.join(folder, ".personaforge", "llm", "cache")
        samples = {"cold": [], "warm": []}
        for _ in range(args.runs):
            shutil.rmtree(cache, ignore_errors=True)
            for phase in ("cold", "warm"):
                before, _ = server_stats(origin)
                result, wall = run(args.binary, folder)
                after, peak = server_stats(origin)
                samples[phase].append({"seconds": result["seconds"], "wall": wall, "requests": after - before,
                                       "max_in_flight": peak, "reports": result["reports"]})
        figures = {}
        for phase, runs in samples.items():
            seconds = statistics.median(r["seconds"] for r in runs)
            figures[phase] = {
                "reports": args.personas,
                "requests_to_server": runs[-1]["requests"],
                "seconds": round(seconds, 4),
                "wall_seconds": round(statistics.median(r["wall"] for r in runs), 4),
                "reports_per_second": round(args.personas / seconds, 1) if seconds > 0 else None,
                "requests_per_second": round(runs[-1]["requests"] / seconds, 1) if seconds > 0 else None,
            }
        figures["max_in_flight"] = max(r["max_in_flight"] for r in samples["cold"])
        figures["settings"] = {"personas": args.personas, "concurrency": args.concurrency, "latency": args.latency,
                               "runs": args.runs, "cpus": os.cpu_count()}
        if args.json:
            print(json.dumps({"figures": figures, "samples": samples}, indent=2))
            return
        bound = args.concurrency / args.latency if args.latency > 0 else None
        print(f"{args.personas} gap reports, max_concurrency {args.concurrency}, server latency {args.latency * 1000:.0f} ms, "
              f"median of {args.runs} runs, {os.cpu_count()} CPUs")
        for phase in ("cold", "warm"):
            f = figures[phase]
            print(f"  {phase}: {f['requests_to_server']:>5} requests to the server, {f['seconds']:.3f} s "
                  f"({f['reports_per_second']} reports/s, {f['requests_per_second']} requests/s); wall {f['wall_seconds']:.3f} s")
        print(f"  most requests in flight at once (server's count): {figures['max_in_flight']}")
        if bound:
            print(f"  ceiling set by concurrency / latency: {bound:.0f} requests/s")
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
