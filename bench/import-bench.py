#!/usr/bin/env python3
"""CV import benchmark: field-level accuracy over the corpus, and time per page next to pdftotext.

    python3 bench/import-bench.py                 # accuracy and speed, 5 runs each
    python3 bench/import-bench.py --runs 3 -v     # and every wrong field
    python3 bench/import-bench.py --json          # machine-readable

Accuracy: every case of Tests/Fixtures/cv-corpus with an `expected.yaml` (the content the
generator rendered) is imported with `personaforge import --dry-run --json`, and these fields
are compared, entries matched by position: basics name, email, phone; per work entry the
employer, the position and the date range (start and end together); per education entry the
institution and the date range. A field is right when the imported text equals the expected
text (spaces collapsed). "All fields" counts every value of the expected file the same way
(highlights, skills, languages, ...), for information.

Speed, on the corpus PDFs, in the same run:
  pdftotext       `pdftotext -layout FILE -`, one process per file (whole process)
  import (in)     the import of each PDF inside one `personaforge import --dry-run --timing`
                  process (the tool's own clock around reading, extraction and structuring)
  import (whole)  `personaforge import --dry-run FILE`, one process per file
each the median over --runs of the total, divided by the pages. Target: import (in) at most
1.5 x pdftotext per page, and at least 95 % of the fields right.

Groups, reported apart as well: PersonaForge's own exports (`*personaforge-*`, made by
`personaforge export --format pdf` through each CV template), and the held-out cases
(`*heldout-*`, layouts and people added after the importer was tuned, never tuned on).

Uses .build/release/personaforge (built with `swift build -c release --product personaforge`
when missing); --binary picks another. Needs Python 3.9+ and pdftotext (poppler-utils).
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
CORPUS = REPO / "Tests" / "Fixtures" / "cv-corpus"
DEFAULT_BINARY = REPO / ".build" / "release" / "personaforge"
TARGET_ACCURACY = 0.95
TARGET_RATIO = 1.5


# ----------------------------------------------------------------------------------------------
# The expected files: the YAML subset make-corpus.py writes (JSON scalars, block collections).

def parse_expected(text):
    lines = [line for line in text.split("\n") if line.strip() and not line.lstrip().startswith("#")]
    position = 0

    def indent_of(line):
        return len(line) - len(line.lstrip(" "))

    def scalar(text):
        return json.loads(text)

    def block(indent):
        nonlocal position
        if position < len(lines) and lines[position].lstrip().startswith("- ") and indent_of(lines[position]) == indent:
            items = []
            while position < len(lines) and indent_of(lines[position]) == indent and lines[position].lstrip().startswith("- "):
                line = lines[position]
                rest = line[indent + 2:]
                if re.match(r'^[A-Za-z$][\w$]*:( |$)', rest):
                    # A mapping item: rewrite "- key: v" as "  key: v" and read the mapping.
                    lines[position] = " " * (indent + 2) + rest
                    items.append(mapping(indent + 2))
                else:
                    position += 1
                    items.append(scalar(rest))
            return items
        return mapping(indent)

    def mapping(indent):
        nonlocal position
        result = {}
        while position < len(lines) and indent_of(lines[position]) == indent and not lines[position].lstrip().startswith("- "):
            key, _, value = lines[position].strip().partition(":")
            position += 1
            if value.strip():
                result[key] = scalar(value.strip())
            else:
                child = indent_of(lines[position]) if position < len(lines) else indent
                result[key] = block(child if child > indent or lines[position].lstrip().startswith("- ") else indent + 2)
        return result

    return mapping(0)


# ----------------------------------------------------------------------------------------------
# Cases and fields

def cases():
    found = []
    for expected in sorted(CORPUS.glob("*.expected.yaml")):
        name = expected.name[: -len(".expected.yaml")]
        for candidate in [CORPUS / name] + sorted(CORPUS.glob(name + ".*")):
            if candidate != expected and (candidate.is_dir() or candidate.suffix in (".pdf", ".docx", ".md", ".yaml", ".zip", ".json")) \
                    and not candidate.name.endswith(".expected.yaml") and candidate.exists():
                found.append((name, candidate, parse_expected(expected.read_text())))
                break
    return found


GROUPS = [
    ("own export", lambda name: "personaforge-" in name),
    ("own export, held out", lambda name: "heldout-personaforge-" in name),
    ("held out", lambda name: "heldout-" in name),
]


def norm(value):
    return re.sub(r"\s+", " ", str(value)).strip() if value is not None else None


def key_fields(truth, got):
    """(field, expected, imported) for the fields the targets are stated in."""
    fields = []
    tb, gb = truth.get("basics", {}), (got or {}).get("basics", {})
    for key in ("name", "email", "phone"):
        if key in tb:
            fields.append((f"basics.{key}", tb[key], gb.get(key)))
    for section, name_key, extra in (("work", "name", "position"), ("education", "institution", None)):
        got_entries = (got or {}).get(section, [])
        for index, entry in enumerate(truth.get(section, [])):
            mine = got_entries[index] if index < len(got_entries) else {}
            fields.append((f"{section}[{index}].{name_key}", entry.get(name_key), mine.get(name_key)))
            if extra:
                fields.append((f"{section}[{index}].{extra}", entry.get(extra), mine.get(extra)))
            fields.append((f"{section}[{index}].dates", f"{entry.get('startDate')} – {entry.get('endDate')}",
                           f"{mine.get('startDate')} – {mine.get('endDate')}"))
    return fields


def all_fields(truth, got, path=""):
    fields = []
    if isinstance(truth, dict):
        for key, value in truth.items():
            fields += all_fields(value, got.get(key) if isinstance(got, dict) else None, f"{path}.{key}" if path else key)
    elif isinstance(truth, list):
        for index, value in enumerate(truth):
            fields += all_fields(value, got[index] if isinstance(got, list) and index < len(got) else None, f"{path}[{index}]")
    else:
        fields.append((path, truth, got))
    return fields


def score(fields):
    right = sum(1 for _, want, have in fields if norm(want) == norm(have))
    return right, len(fields)


# ----------------------------------------------------------------------------------------------
# Running

def ensure_binary(path):
    if path.exists():
        newest = max(p.stat().st_mtime for p in (REPO / "Sources").rglob("*.swift"))
        if newest > path.stat().st_mtime:
            print(f"warning: {path} is older than Sources/; rebuild it for current figures", file=sys.stderr)
        return
    if path != DEFAULT_BINARY:
        sys.exit(f"error: {path} does not exist")
    print("building personaforge (release)...", file=sys.stderr)
    subprocess.run(["swift", "build", "-c", "release", "--product", "personaforge"], cwd=REPO, check=True)


def import_all(binary, workspace, inputs, timing=False):
    command = [str(binary), "import", "-C", str(workspace), "--dry-run", "--json"] + (["--timing"] if timing else []) + [str(p) for p in inputs]
    result = subprocess.run(command, capture_output=True, text=True)
    return json.loads(result.stdout)["files"]


def pdf_pages(path):
    output = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    match = re.search(r"^Pages:\s+(\d+)", output, re.M)
    return int(match.group(1)) if match else 1


def timed(command):
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", type=Path, default=DEFAULT_BINARY)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every wrong field")
    parser.add_argument("--accuracy-only", action="store_true", help="skip the timing runs")
    args = parser.parse_args()
    ensure_binary(args.binary)
    if not shutil.which("pdftotext"):
        sys.exit("error: pdftotext is not on PATH (apt-get install poppler-utils)")

    workspace = Path(tempfile.mkdtemp(prefix="import-bench-"))
    (workspace / "personaforge.yaml").write_text("name: bench\n")
    try:
        corpus = cases()
        outcomes = import_all(args.binary, workspace, [path for _, path, _ in corpus])
        rows = []
        key_right = key_total = all_right = all_total = 0
        wrong = []
        for (name, path, truth), outcome in zip(corpus, outcomes):
            got = json.loads(outcome["json"]) if outcome.get("json") else None
            kr, kt = score(key_fields(truth, got))
            ar, at = score(all_fields(truth, got))
            key_right += kr
            key_total += kt
            all_right += ar
            all_total += at
            rows.append({"case": name, "format": outcome["format"], "key_right": kr, "key_total": kt, "all_right": ar, "all_total": at})
            wrong += [(name, field, want, have) for field, want, have in all_fields(truth, got) if norm(want) != norm(have)]

        pdfs = [path for _, path, _ in corpus if path.suffix == ".pdf"]
        page_counts = [pdf_pages(p) for p in pdfs]
        pages = sum(page_counts)
        # Seconds per file, one list per run: pdftotext, the import in process, a whole import process.
        pdftotext, inside, whole, floor_pdftotext, floor_personaforge = [], [], [], [], []
        for _ in range(0 if args.accuracy_only else args.runs):
            pdftotext.append([timed(["pdftotext", "-layout", str(p), "-"]) for p in pdfs])
            inside.append([t["seconds"] for t in import_all(args.binary, workspace, pdfs, timing=True)])
            whole.append([timed([str(args.binary), "import", "-C", str(workspace), "--dry-run", str(p)]) for p in pdfs])
            floor_pdftotext.append(timed(["pdftotext", "-v"]))
            floor_personaforge.append(timed([str(args.binary), "--version"]))

        def ms_per_page(samples, chosen):
            """The median over runs of the chosen files' total, per page, in ms."""
            chosen_pages = sum(count for index, count in enumerate(page_counts) if index in chosen)
            if not samples or not chosen_pages:
                return 0
            return statistics.median(sum(run[i] for i in chosen) for run in samples) / chosen_pages * 1000

        every_pdf = set(range(len(pdfs)))
        per_page = {name: ms_per_page(samples, every_pdf) for name, samples in
                    (("pdftotext", pdftotext), ("import_in_process", inside), ("import_whole_process", whole))}
        groups = {}
        for group, member in GROUPS:
            chosen = [row for row in rows if member(row["case"])]
            chosen_pdfs = {i for i, p in enumerate(pdfs) if member(p.name)}
            kr, kt = sum(r["key_right"] for r in chosen), sum(r["key_total"] for r in chosen)
            ar, at = sum(r["all_right"] for r in chosen), sum(r["all_total"] for r in chosen)
            text, imp = ms_per_page(pdftotext, chosen_pdfs), ms_per_page(inside, chosen_pdfs)
            groups[group] = {"cases": len(chosen), "key_right": kr, "key_total": kt, "key_accuracy": kr / kt if kt else 0,
                             "all_right": ar, "all_total": at, "all_accuracy": ar / at if at else 0, "pdfs": len(chosen_pdfs),
                             "pages": sum(page_counts[i] for i in chosen_pdfs),
                             "ms_per_page": {"pdftotext": text, "import_in_process": imp},
                             "ratio_in_process": imp / text if text else 0}
        report = {
            "cases": rows, "groups": groups, "key_accuracy": key_right / key_total, "all_accuracy": all_right / all_total,
            "key_fields": key_total, "all_fields": all_total, "pdfs": len(pdfs), "pages": pages, "runs": args.runs,
            "ms_per_page": per_page, "ratio_in_process": per_page["import_in_process"] / (per_page["pdftotext"] or 1),
            "ratio_whole_process": per_page["import_whole_process"] / (per_page["pdftotext"] or 1),
            "startup_ms": {"pdftotext": statistics.median(floor_pdftotext) * 1000 if floor_pdftotext else 0,
                           "personaforge": statistics.median(floor_personaforge) * 1000 if floor_personaforge else 0},
        }
        if args.json:
            report["wrong"] = [{"case": c, "field": f, "expected": w, "imported": h} for c, f, w, h in wrong]
            print(json.dumps(report, indent=2, ensure_ascii=False))
        else:
            print(f"{'case':<42} {'format':<12} {'key fields':>11} {'all fields':>11}")
            for row in rows:
                print(f"{row['case']:<42} {row['format']:<12} {row['key_right']:>5}/{row['key_total']:<5} {row['all_right']:>5}/{row['all_total']:<5}")
            print()
            print(f"key fields right: {key_right}/{key_total} = {report['key_accuracy']:.1%} (target {TARGET_ACCURACY:.0%})")
            print(f"all fields right: {all_right}/{all_total} = {report['all_accuracy']:.1%}")
            for group, g in groups.items():
                print(f"  {group + ':':<22} {g['cases']:>3} cases, key fields {g['key_right']}/{g['key_total']} = {g['key_accuracy']:.1%}, "
                      f"all fields {g['all_right']}/{g['all_total']} = {g['all_accuracy']:.1%}")
            print(f"speed over {len(pdfs)} PDFs, {pages} pages, median of {args.runs} runs, ms per page:")
            print(f"  pdftotext -layout (whole process)   {per_page['pdftotext']:8.2f}")
            print(f"  personaforge import (in process)    {per_page['import_in_process']:8.2f}   {report['ratio_in_process']:.2f} x pdftotext (target <= {TARGET_RATIO})")
            print(f"  personaforge import (whole process) {per_page['import_whole_process']:8.2f}   {report['ratio_whole_process']:.2f} x pdftotext")
            for group, g in groups.items():
                if g["pdfs"] and not args.accuracy_only:
                    print(f"  {group} only ({g['pdfs']} PDFs, {g['pages']} pages): pdftotext {g['ms_per_page']['pdftotext']:.2f}, "
                          f"import in process {g['ms_per_page']['import_in_process']:.2f}, {g['ratio_in_process']:.2f} x")
            print(f"start-up floor per process, ms: pdftotext -v {report['startup_ms']['pdftotext']:.1f}, "
                  f"personaforge --version {report['startup_ms']['personaforge']:.1f}")
            if args.verbose:
                print()
                for case, field, want, have in wrong:
                    print(f"{case}: {field}: expected {want!r}, imported {have!r}")
        ok = report["key_accuracy"] >= TARGET_ACCURACY and report["ratio_in_process"] <= TARGET_RATIO
        return 0 if ok else 1
    finally:
        shutil.rmtree(workspace, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
