#!/bin/sh
# Opens the .docx files the DOCX tests write in LibreOffice (headless), converts them to PDF and
# checks with pdftotext that every word of each source came through, in order; renders page 1 of
# each to PNG to look at. Then the page parity check: each shipped CV template, for the sample
# personas and a long generated CV, has as many pages in LibreOffice's rendering of the DOCX as in
# PersonaForge's PDF, with "Page 1 of N" on page 1, on A4 in English and on Letter in German
# (SKIP_PARITY=1 leaves it out; files in OUT/parity).
# Not part of `swift test`: a fresh CI machine has no LibreOffice.
#
#   scripts/docx-libreoffice-check.sh [OUT_DIR]      (default: /tmp/personaforge-docx-check)
#
# Needs: libreoffice-writer (soffice), poppler-utils (pdftotext, pdftoppm, pdfinfo), python3.
# SCRATCH names the build folder (default .build-docx); SKIP_TESTS=1 reuses files already in OUT_DIR.
# OOXML_SCHEMAS=DIR (the ECMA-376 / ISO 29500 transitional XSDs: DIR/ISO-IEC29500-4_2016/wml.xsd,
# DIR/ecma/fouth-edition/opc-*.xsd) also validates every part against the schemas with python3-lxml,
# the strictness Word applies and LibreOffice does not.
set -eu
cd "$(dirname "$0")/.."
OUT=${1:-/tmp/personaforge-docx-check}
SCRATCH=${SCRATCH:-.build-docx}
for tool in soffice pdftotext pdftoppm pdfinfo python3; do
    command -v "$tool" >/dev/null || { echo "error: $tool is not installed (apt-get install libreoffice-writer poppler-utils)" >&2; exit 2; }
done
mkdir -p "$OUT"
if [ "${SKIP_TESTS:-0}" != 1 ]; then
    rm -f "$OUT"/*.docx "$OUT"/*.txt "$OUT"/*.pdf "$OUT"/*.png
    PERSONAFORGE_DOCX_PREVIEW="$OUT" swift test --scratch-path "$SCRATCH" --filter DOCXTests >"$OUT/swift-test.log" 2>&1 \
        || { echo "error: the DOCX tests failed; see $OUT/swift-test.log" >&2; exit 1; }
fi
ls "$OUT"/*.docx >/dev/null 2>&1 || { echo "error: no .docx files in $OUT" >&2; exit 1; }

# A private LibreOffice profile, so a desktop session (or another run) cannot block the conversion.
PROFILE=$(mktemp -d)
trap 'rm -rf "$PROFILE"' EXIT
start=$(date +%s)
soffice -env:UserInstallation=file://"$PROFILE" --headless --convert-to pdf --outdir "$OUT" "$OUT"/*.docx >"$OUT/soffice.log" 2>&1
seconds=$(( $(date +%s) - start ))

failures=0
checked=0
for docx in "$OUT"/*.docx; do
    name=$(basename "$docx" .docx)
    pdf="$OUT/$name.pdf"
    checked=$((checked + 1))
    if [ ! -s "$pdf" ]; then
        echo "FAIL $name: LibreOffice made no PDF (see $OUT/soffice.log)"
        failures=$((failures + 1))
        continue
    fi
    pdftotext -enc UTF-8 "$pdf" "$OUT/$name.pdf.txt"
    pdftoppm -png -r 60 -f 1 -l 1 "$pdf" "$OUT/$name-page"
    pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
    if [ -f "$OUT/$name.txt" ]; then
        result=$(python3 - "$OUT/$name.txt" "$OUT/$name.pdf.txt" <<'PY'
import re, sys
def words(path):
    return [w for w in re.split(r"[\W_]+", open(path, encoding="utf-8").read().lower()) if w]
expected, actual = words(sys.argv[1]), words(sys.argv[2])
# pdftotext joins a word hyphenated at a line's end ("well-" + "measured" -> "wellmeasured"):
# split such a join back into the two words the source has.
pairs = {expected[i] + expected[i + 1]: [expected[i], expected[i + 1]] for i in range(len(expected) - 1)}
present = set(expected)
actual = [part for word in actual for part in (pairs[word] if word not in present and word in pairs else [word])]
# The other way round, a source word may be two words on the page: "Expert<br>gRPC" reads as
# "expertgrpc" in the source's plain text. Split those into words the page has.
present = set(actual)
def split(word):
    if word in present: return [word]
    for cut in range(len(word) - 1, 0, -1):
        if word[:cut] in present:
            rest = split(word[cut:])
            if rest: return [word[:cut]] + rest
    return None
expected = [part for word in expected for part in (split(word) or [word])]
position, missing = 0, []
for word in expected:
    try:
        position = actual.index(word, position) + 1
    except ValueError:
        missing.append(word)
present = set(actual)
absent = [w for w in expected if w not in present]
if absent:
    print("FAIL %d of %d words missing: %s" % (len(absent), len(expected), " ".join(absent[:12])))
elif missing:
    print("ok-unordered all %d words present, %d out of reading order (first: %s)" % (len(expected), len(missing), missing[0]))
else:
    print("ok all %d words in order" % len(expected))
PY
)
    else
        result="ok converted (no source text to compare)"
    fi
    case $result in FAIL*) failures=$((failures + 1)) ;; esac
    echo "$name: $pages page(s); $result"
done
# Page parity: every shipped CV template, for the sample workspace's personas and a long generated
# CV, gives as many pages in LibreOffice's rendering of the DOCX as in PersonaForge's own PDF, and
# the DOCX's footer ("Page 1 of N") is on page 1. Both page 1s are drawn to PNG side by side.
if [ "${SKIP_PARITY:-0}" != 1 ]; then
    swift build --scratch-path "$SCRATCH" --product personaforge >"$OUT/swift-build.log" 2>&1 \
        || { echo "error: personaforge did not build; see $OUT/swift-build.log" >&2; exit 1; }
    BIN="$(swift build --scratch-path "$SCRATCH" --show-bin-path)/personaforge"
    WS="$OUT/parity/workspace"
    rm -rf "$OUT/parity" && mkdir -p "$OUT/parity/lo"
    "$BIN" init "$WS" >/dev/null
    python3 - >"$WS/cvs/morgan-long.yaml" <<'PY'
# Twelve jobs of four to six highlights, three degrees, every other section: four to five pages.
verbs = ["Led", "Built", "Designed", "Cut", "Migrated", "Automated", "Mentored", "Shipped"]
things = ["the billing pipeline", "a ledger service in Go", "the on-call rotation", "the search index",
          "checkout latency", "a Kafka event bus", "the data warehouse", "release tooling"]
out = ["basics:", "  name: Morgan Long-Career", "  label: Principal Engineer", "  email: morgan@example.com",
       "  url: https://morgan.example.com", "  location: {city: Berlin, countryCode: DE}",
       "  summary: Engineer with twenty years across payments, search and infrastructure, leading teams of up to forty people.", "work:"]
for i in range(12):
    out += [f"  - name: Company {chr(65 + i)} GmbH", f"    position: Engineer {i + 1}", "    location: Berlin, Germany",
            f"    startDate: '{2022 - 2 * i}-0{1 + i % 9}'", f"    endDate: '{2024 - 2 * i}-0{1 + (i + 3) % 9}'",
            f"    summary: Team of {i + 3} engineers working on {things[i % 8]} for {1000 * (i + 1)} customers.", "    highlights:"]
    for j in range(4 + i % 3):
        out.append(f"      - {verbs[(i + j) % 8]} {things[(i * 3 + j) % 8]}, improving throughput by {10 + i * 3 + j} % and saving {j + 2} engineer-weeks a quarter across {i + 2} teams.")
out += ["education:"]
for i, degree in enumerate(["PhD", "Master of Science", "Bachelor of Science"]):
    out += [f"  - {{institution: University {i + 1}, area: Computer Science, studyType: {degree}, startDate: '{2004 - 4 * i}', endDate: '{2008 - 4 * i}', score: '1.{i + 2}', courses: [Distributed Systems, Databases]}}"]
out += ["skills:"] + [f"  - {{name: {s}, level: Expert, keywords: [design, operations, tuning]}}" for s in ["Go", "PostgreSQL", "Kafka", "Kubernetes", "Python", "Rust", "Terraform", "AWS"]]
out += ["languages:", "  - {language: English, fluency: Native}", "  - {language: German, fluency: Fluent}"]
out += ["projects:"] + [f"  - {{name: Open source project {i + 1}, description: A library for {things[i]}., startDate: '{2015 + i}', highlights: [Used by {100 * (i + 1)} companies in production.]}}" for i in range(4)]
print("\n".join(out))
PY
    # The same on US Letter in German: the workspace's own copies of the templates' manifests.
    cp -R "$WS" "$WS-letter"
    sed -i 's/^locale: en/locale: de/' "$WS-letter/personaforge.yaml"
    for template in classic modern compact; do
        mkdir -p "$WS-letter/templates/$template"
        sed 's/paper: a4/paper: letter/' "templates/$template/template.yaml" >"$WS-letter/templates/$template/template.yaml"
    done
    names=""
    for variant in "" -letter; do
        for template in classic modern compact; do
            for document in backend-engineer engineering-manager product-designer morgan-long; do
                name="$template-$document$variant"
                "$BIN" export -C "$WS$variant" "$document" --format pdf --template "$template" --out "$OUT/parity/$name.pdf" >/dev/null 2>&1
                "$BIN" export -C "$WS$variant" "$document" --format docx --template "$template" --out "$OUT/parity/$name.docx" >/dev/null 2>&1
                names="$names $name"
            done
        done
    done
    soffice -env:UserInstallation=file://"$PROFILE" --headless --convert-to pdf --outdir "$OUT/parity/lo" "$OUT"/parity/*.docx >"$OUT/parity/soffice.log" 2>&1
    for name in $names; do
        own=$(pdfinfo "$OUT/parity/$name.pdf" | awk '/^Pages:/ {print $2}')
        lo=$(pdfinfo "$OUT/parity/lo/$name.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
        pdftoppm -png -r 60 -f 1 -l 1 "$OUT/parity/$name.pdf" "$OUT/parity/$name-pdf"
        pdftoppm -png -r 60 -f 1 -l 1 "$OUT/parity/lo/$name.pdf" "$OUT/parity/$name-docx" 2>/dev/null || true
        footer=$(pdftotext -f 1 -l 1 "$OUT/parity/lo/$name.pdf" - 2>/dev/null | grep -c -e "Page 1 of" -e "Seite 1 von" || true)
        if [ "$own" != "$lo" ] || [ "$footer" -eq 0 ]; then
            echo "FAIL $name: PDF $own page(s), DOCX in LibreOffice ${lo:-no PDF}; 'Page 1 of' on its page 1: $footer"
            failures=$((failures + 1))
        else
            echo "$name: $own page(s) in both; footer on page 1"
        fi
    done
fi

if [ -n "${OOXML_SCHEMAS:-}" ]; then
    python3 - "$OOXML_SCHEMAS" "$OUT"/*.docx $(ls "$OUT"/parity/*.docx 2>/dev/null) <<'PY' || failures=$((failures + 1))
import os, sys, zipfile
from lxml import etree
base, files = sys.argv[1], sys.argv[2:]
schemas = {}
def schema(path):
    if path not in schemas:
        schemas[path] = etree.XMLSchema(etree.parse(os.path.join(base, path)))
    return schemas[path]
wml = "ISO-IEC29500-4_2016/wml.xsd"
def schema_for(name):
    if name.endswith(".rels"): return "ecma/fouth-edition/opc-relationships.xsd"
    if name == "[Content_Types].xml": return "ecma/fouth-edition/opc-contentTypes.xsd"
    if name == "docProps/app.xml": return "ISO-IEC29500-4_2016/shared-documentPropertiesExtended.xsd"
    if name.startswith("word/") and name.endswith(".xml"): return wml
    return None  # core.xml's schema imports Dublin Core from the network
invalid = checked = 0
for path in files:
    archive = zipfile.ZipFile(path)
    for name in archive.namelist():
        xsd = schema_for(name)
        if not xsd: continue
        checked += 1
        validator = schema(xsd)
        if not validator.validate(etree.fromstring(archive.read(name))):
            invalid += 1
            for error in list(validator.error_log)[:5]:
                print("FAIL %s %s:%d: %s" % (os.path.basename(path), name, error.line, error.message))
print("schemas: %d part(s) checked, %d invalid" % (checked, invalid))
sys.exit(1 if invalid else 0)
PY
fi

echo "LibreOffice converted $checked file(s) in ${seconds}s; $failures failure(s). PDFs and page-1 PNGs are in $OUT"
[ "$failures" -eq 0 ]
