#!/usr/bin/env python3
"""Generates the CV import corpus: CVs with known content in many layouts, from several producers.

    pip install reportlab fpdf2 weasyprint python-docx pikepdf
    apt-get install libreoffice-writer-nogui poppler-utils     # DOCX -> PDF, and the scanned PDF
    swift build -c release --product personaforge             # PersonaForge's own exports
    python3 Tests/Fixtures/cv-corpus/make-corpus.py
    python3 Tests/Fixtures/cv-corpus/make-corpus.py --only personaforge --personaforge PATH

Writes, next to this script, each input and `NAME.expected.yaml` (or a folder's expected file):
the JSON Resume content it renders (people.py), i.e. what a perfect import gives back. The
generated files are committed, so tests and CI need none of these tools. Re-running it rewrites
them; PDF producers embed dates and ids, which this script pins where the producer allows.

Layouts x producers:
  reportlab    one column, employer bold with dates right-aligned (classic); a shaded sidebar
  fpdf2        a table with the dates in a left column
  WeasyPrint   HTML one column; HTML two columns (CSS grid); Markdown rendered to HTML
  python-docx  Word headings, tab-stop dates and list styles; a layout table as a sidebar
  LibreOffice  both DOCX files converted to PDF
  PersonaForge `personaforge export PERSONA --format pdf|docx` through each shipped CV template
               (classic, modern, compact): the files PersonaForge promises applicant-tracking
               systems can read, read back by it (DOCX only from a binary that exports it)
plus bad inputs (encrypted PDF, image-only PDF, a PDF that is no CV, corrupt zip, zip bomb) and
the structured formats (JSON Resume, RenderCV YAML, Markdown, LinkedIn export folder and zip).
"""
import copy
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import people  # noqa: E402

os.environ.setdefault("SOURCE_DATE_EPOCH", "1700000000")
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DEJAVU_OBLIQUE = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"

# ---------------------------------------------------------------------------------------------
# Words and dates per language

HEADINGS = {
    "en": {"summary": "Summary", "work": "Experience", "education": "Education", "skills": "Skills",
           "languages": "Languages", "certificates": "Certifications", "contact": "Contact"},
    "de": {"summary": "Profil", "work": "Berufserfahrung", "education": "Ausbildung", "skills": "Kenntnisse",
           "languages": "Sprachen", "certificates": "Zertifikate", "contact": "Kontakt"},
    "fr": {"summary": "Profil", "work": "Expérience professionnelle", "education": "Formation", "skills": "Compétences",
           "languages": "Langues", "certificates": "Certifications", "contact": "Coordonnées"},
    "es": {"summary": "Perfil", "work": "Experiencia profesional", "education": "Educación", "skills": "Habilidades",
           "languages": "Idiomas", "certificates": "Certificaciones", "contact": "Contacto"},
}
MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "es": ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."],
}
PRESENT = {"en": "Present", "de": "heute", "fr": "aujourd'hui", "es": "actualidad"}
COUNTRIES = {
    "en": {"DE": "Germany", "FR": "France", "ES": "Spain", "GB": "United Kingdom", "IE": "Ireland"},
    "de": {"DE": "Deutschland"}, "fr": {"FR": "France"}, "es": {"ES": "España"},
}


def fmt_date(date, person, style=None):
    style = style or person["dates"]
    lang = person["lang"]
    parts = date.split("-")
    if len(parts) == 1:
        return parts[0]
    year, month = parts[0], int(parts[1])
    if style == "numeric":
        return f"{month:02d}/{year}"
    if style == "full":
        return f"{MONTHS['de' if lang == 'de' else lang][month - 1]} {year}"
    return f"{MONTHS[lang][month - 1]} {year}"


def date_range(entry, person, style=None):
    if "dates" in entry:
        return entry["dates"]
    start = fmt_date(entry["startDate"], person, style)
    end = fmt_date(entry["endDate"], person, style) if "endDate" in entry else PRESENT[person["lang"]]
    return f"{start} – {end}"


def location_text(person):
    location = person["basics"]["location"]
    if "region" in location:
        return f"{location['city']}, {location['region']}"
    country = COUNTRIES.get(person["lang"], {}).get(location["countryCode"]) or COUNTRIES["en"][location["countryCode"]]
    return f"{location['city']}, {country}"


def profile_texts(person):
    return [p["url"].replace("https://", "") for p in person["basics"].get("profiles", [])]


def contact_items(person):
    basics = person["basics"]
    items = [basics["email"], basics["phone"], location_text(person)] + profile_texts(person)
    if "url" in basics:
        items.append(basics["url"].replace("https://", ""))
    return items


def skill_lines(person):
    skills = person["skills"]
    if all("keywords" in s for s in skills):
        sep = " : " if person["lang"] == "fr" else ": "
        return [f"{s['name']}{sep}{', '.join(s['keywords'])}" for s in skills]
    return [", ".join(s["name"] for s in skills)]


def language_line(person):
    return ", ".join(f"{l['language']} ({l['fluency']})" for l in person["languages"])


def cert_line(cert, person):
    return f"{cert['name']}, {cert['issuer']}, {fmt_date(cert['date'], person, 'abbr')}"


def degree_text(edu, person):
    connector = {"en": "in", "de": "", "fr": "en", "es": "en"}[person["lang"]]
    if edu["studyType"] in ("M.Sc.", "B.Sc.", "M.S.", "B.S.", "BSc", "BA"):
        return f"{edu['studyType']} {edu['area']}"
    return f"{edu['studyType']} {connector} {edu['area']}".replace("  ", " ")


def expected(person):
    truth = copy.deepcopy({k: v for k, v in person.items() if k not in ("lang", "dates")})
    for section in ("work", "education"):
        for entry in truth.get(section, []):
            entry.pop("dates", None)
    return truth


# ---------------------------------------------------------------------------------------------
# YAML for the expected files (JSON Resume key order; enough of YAML for this data)

ORDER = ["name", "label", "image", "email", "phone", "url", "summary", "location", "profiles", "institution", "organization",
         "position", "area", "studyType", "title", "address", "postalCode", "city", "countryCode", "region", "network",
         "username", "startDate", "endDate", "date", "releaseDate", "awarder", "issuer", "publisher", "score", "courses",
         "language", "fluency", "level", "keywords", "description", "highlights", "roles", "entity", "type", "reference"]
SECTIONS = ["basics", "work", "volunteer", "education", "awards", "certificates", "publications", "skills", "languages",
            "interests", "references", "projects"]


def order_key(section):
    def key(item):
        name = item[0]
        if section == "work" and name == "name":
            return -1
        return ORDER.index(name) if name in ORDER else 100
    return key


def yaml_scalar(value):
    return json.dumps(value, ensure_ascii=False)


def to_yaml(truth, header="# The known content of the CV beside this file (see make-corpus.py)."):
    lines = []

    def mapping(obj, indent, section):
        pad = " " * indent
        for i, (key, value) in enumerate(sorted(obj.items(), key=order_key(section))):
            if isinstance(value, dict):
                lines.append(f"{pad}{key}:")
                mapping(value, indent + 2, section)
            elif isinstance(value, list):
                lines.append(f"{pad}{key}:")
                sequence(value, indent + 2, key)
            else:
                lines.append(f"{pad}{key}: {yaml_scalar(value)}")

    def sequence(items, indent, section):
        pad = " " * indent
        for item in items:
            if isinstance(item, dict):
                first = True
                for key, value in sorted(item.items(), key=order_key(section)):
                    prefix = pad + ("- " if first else "  ")
                    first = False
                    if isinstance(value, list):
                        lines.append(f"{prefix}{key}:")
                        for v in value:
                            lines.append(f"{pad}    - {yaml_scalar(v)}")
                    elif isinstance(value, dict):
                        lines.append(f"{prefix}{key}:")
                        mapping(value, indent + 4, section)
                    else:
                        lines.append(f"{prefix}{key}: {yaml_scalar(value)}")
            else:
                lines.append(f"{pad}- {yaml_scalar(item)}")

    for section in SECTIONS:
        if section not in truth:
            continue
        value = truth[section]
        lines.append(f"{section}:")
        if isinstance(value, dict):
            mapping(value, 2, section)
        else:
            sequence(value, 2, section)
    return header + "\n" + "\n".join(lines) + "\n"


def write_expected(name, truth):
    with open(os.path.join(HERE, f"{name}.expected.yaml"), "w") as out:
        out.write(to_yaml(truth))


# ---------------------------------------------------------------------------------------------
# reportlab: classic one column, and a shaded sidebar

def reportlab_classic(person, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    width, height = A4
    left, right = 56, width - 56
    y = height - 64
    h = HEADINGS[person["lang"]]
    b = person["basics"]

    def need(space):
        nonlocal y
        if y - space < 60:
            c.showPage()
            y = height - 60

    c.setFont("Helvetica-Bold", 22)
    c.drawCentredString(width / 2, y, b["name"])
    y -= 20
    c.setFont("Helvetica", 12)
    c.drawCentredString(width / 2, y, b["label"])
    y -= 16
    c.setFont("Helvetica", 9)
    c.drawCentredString(width / 2, y, "  |  ".join(contact_items(person)[:3]))
    y -= 12
    c.drawCentredString(width / 2, y, "  |  ".join(contact_items(person)[3:]))
    y -= 24

    def heading(text):
        nonlocal y
        need(40)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(left, y, text.upper())
        c.line(left, y - 4, right, y - 4)
        y -= 20

    def paragraph(text, font="Helvetica", size=10, indent=0):
        nonlocal y
        for line in simpleSplit(text, font, size, right - left - indent):
            need(14)
            c.setFont(font, size)
            c.drawString(left + indent, y, line)
            y -= 13

    def bullet(text):
        nonlocal y
        lines = simpleSplit(text, "Helvetica", 10, right - left - 14)
        need(14 * len(lines))
        c.setFont("Helvetica", 10)
        c.drawString(left + 2, y, "•")
        for line in lines:
            c.drawString(left + 14, y, line)
            y -= 13

    heading(h["summary"])
    paragraph(b["summary"])
    y -= 8
    heading(h["work"])
    for job in person["work"]:
        need(60)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(left, y, job["name"])
        c.setFont("Helvetica", 10)
        c.drawRightString(right, y, date_range(job, person))
        y -= 14
        c.setFont("Helvetica-Oblique", 10)
        c.drawString(left, y, job["position"])
        c.drawRightString(right, y, job["location"])
        y -= 15
        for item in job["highlights"]:
            bullet(item)
        y -= 8
    heading(h["education"])
    for edu in person["education"]:
        need(40)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(left, y, edu["institution"])
        c.setFont("Helvetica", 10)
        c.drawRightString(right, y, date_range(edu, person))
        y -= 14
        c.setFont("Helvetica-Oblique", 10)
        c.drawString(left, y, degree_text(edu, person))
        y -= 20
    heading(h["skills"])
    for line in skill_lines(person):
        paragraph(line)
    y -= 8
    heading(h["languages"])
    paragraph(language_line(person))
    y -= 8
    heading(h["certificates"])
    for cert in person["certificates"]:
        paragraph(cert_line(cert, person))
    c.save()


def reportlab_sidebar(person, path):
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", DEJAVU_BOLD))
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    width, height = A4
    side = 190
    h = HEADINGS[person["lang"]]
    b = person["basics"]
    c.setFillColor(HexColor("#EEF1F5"))
    c.rect(0, 0, side, height, stroke=0, fill=1)
    c.setFillColor(HexColor("#000000"))

    # Sidebar: contact, skills, languages, certificates; smaller type, its own line spacing.
    y = height - 60
    sx = 24

    def side_heading(text):
        nonlocal y
        c.setFont("DejaVu-Bold", 11)
        c.drawString(sx, y, text.upper())
        y -= 17

    def side_line(text, size=8.5):
        nonlocal y
        for line in simpleSplit(text, "DejaVu", size, side - 2 * sx):
            c.setFont("DejaVu", size)
            c.drawString(sx, y, line)
            y -= 12.5

    side_heading(h["contact"])
    for item in contact_items(person):
        side_line(item)
    y -= 14
    side_heading(h["skills"])
    for skill in person["skills"]:
        side_line(skill["name"] + (": " + ", ".join(skill["keywords"]) if "keywords" in skill else ""))
    y -= 14
    side_heading(h["languages"])
    for language in person["languages"]:
        side_line(f"{language['language']} — {language['fluency']}")
    y -= 14
    side_heading(h["certificates"])
    for cert in person["certificates"]:
        side_line(cert_line(cert, person))

    # Main column.
    left, right = side + 28, width - 40
    y = height - 70
    c.setFont("DejaVu-Bold", 24)
    c.drawString(left, y, b["name"])
    y -= 22
    c.setFont("DejaVu", 13)
    c.drawString(left, y, b["label"])
    y -= 30

    def heading(text):
        nonlocal y
        c.setFont("DejaVu-Bold", 13)
        c.drawString(left, y, text)
        y -= 19

    def para(text, font="DejaVu", size=10, indent=0, lead=14):
        nonlocal y
        for line in simpleSplit(text, font, size, right - left - indent):
            c.setFont(font, size)
            c.drawString(left + indent, y, line)
            y -= lead

    heading(h["summary"])
    para(b["summary"])
    y -= 12
    heading(h["work"])
    for job in person["work"]:
        c.setFont("DejaVu-Bold", 10.5)
        c.drawString(left, y, job["position"])
        y -= 14
        c.setFont("DejaVu", 10)
        c.drawString(left, y, f"{job['name']} · {job['location']}")
        y -= 14
        c.setFont("DejaVu", 9)
        c.drawString(left, y, date_range(job, person))
        y -= 15
        for item in job["highlights"]:
            lines = simpleSplit(item, "DejaVu", 10, right - left - 14)
            c.setFont("DejaVu", 10)
            c.drawString(left + 2, y, "–")
            for line in lines:
                c.drawString(left + 14, y, line)
                y -= 14
        y -= 10
    heading(h["education"])
    for edu in person["education"]:
        c.setFont("DejaVu-Bold", 10.5)
        c.drawString(left, y, degree_text(edu, person))
        y -= 14
        c.setFont("DejaVu", 10)
        c.drawString(left, y, f"{edu['institution']}, {date_range(edu, person)}")
        y -= 20
    c.save()


# ---------------------------------------------------------------------------------------------
# fpdf2: dates in a left column

def fpdf_dates_left(person, path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2024, 1, 1, tzinfo=__import__("datetime").timezone.utc))
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.add_font("DejaVu", "B", DEJAVU_BOLD)
    pdf.add_font("DejaVu", "I", DEJAVU_OBLIQUE)
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    h = HEADINGS[person["lang"]]
    b = person["basics"]
    pdf.set_font("DejaVu", "B", 20)
    pdf.cell(0, 10, b["name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 12)
    pdf.cell(0, 7, b["label"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, " · ".join(contact_items(person)[:3]), new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, " · ".join(contact_items(person)[3:]), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    date_width = 44
    body_width = pdf.w - pdf.l_margin - pdf.r_margin - date_width

    def heading(text):
        pdf.ln(2)
        pdf.set_font("DejaVu", "B", 13)
        pdf.cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.ln(2)

    def row(dates, title, lines=(), bullets=()):
        if pdf.get_y() > pdf.h - 50:
            pdf.add_page()
        top = pdf.get_y()
        pdf.set_font("DejaVu", "", 9.5)
        pdf.cell(date_width, 6, dates)
        pdf.set_xy(pdf.l_margin + date_width, top)
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.multi_cell(body_width, 6, title, new_x="LEFT", new_y="NEXT")
        pdf.set_font("DejaVu", "I", 10)
        for line in lines:
            pdf.set_x(pdf.l_margin + date_width)
            pdf.multi_cell(body_width, 5.5, line, new_x="LEFT", new_y="NEXT")
        pdf.set_font("DejaVu", "", 10)
        for item in bullets:
            pdf.set_x(pdf.l_margin + date_width)
            pdf.multi_cell(body_width, 5.5, "• " + item, new_x="LEFT", new_y="NEXT")
        pdf.ln(3)

    heading(h["summary"])
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5.5, b["summary"], new_x="LMARGIN", new_y="NEXT")
    heading(h["work"])
    for job in person["work"]:
        row(date_range(job, person), f"{job['position']}, {job['name']}", [job["location"]], job["highlights"])
    heading(h["education"])
    for edu in person["education"]:
        row(date_range(edu, person), degree_text(edu, person), [edu["institution"]])
    heading(h["skills"])
    pdf.set_font("DejaVu", "", 10)
    for line in skill_lines(person):
        pdf.multi_cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
    heading(h["languages"])
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5.5, language_line(person), new_x="LMARGIN", new_y="NEXT")
    heading(h["certificates"])
    pdf.set_font("DejaVu", "", 10)
    for cert in person["certificates"]:
        pdf.multi_cell(0, 5.5, cert_line(cert, person), new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ---------------------------------------------------------------------------------------------
# WeasyPrint: HTML in one column, two columns, and Markdown rendered to HTML

def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_sections(person, which):
    h = HEADINGS[person["lang"]]
    out = []
    for section in which:
        if section == "summary":
            out.append(f"<h2>{h['summary']}</h2><p>{esc(person['basics']['summary'])}</p>")
        elif section == "work":
            out.append(f"<h2>{h['work']}</h2>")
            for job in person["work"]:
                bullets = "".join(f"<li>{esc(i)}</li>" for i in job["highlights"])
                out.append(f"<div class='entry'><div class='head'><span class='org'>{esc(job['position'])} | {esc(job['name'])}</span>"
                           f"<span class='when'>{date_range(job, person)}</span></div>"
                           f"<div class='where'>{esc(job['location'])}</div><ul>{bullets}</ul></div>")
        elif section == "education":
            out.append(f"<h2>{h['education']}</h2>")
            for edu in person["education"]:
                out.append(f"<div class='entry'><div class='head'><span class='org'>{esc(edu['institution'])}</span>"
                           f"<span class='when'>{date_range(edu, person)}</span></div><div class='where'>{esc(degree_text(edu, person))}</div></div>")
        elif section == "skills":
            out.append(f"<h2>{h['skills']}</h2>" + "".join(f"<p>{esc(line)}</p>" for line in skill_lines(person)))
        elif section == "languages":
            out.append(f"<h2>{h['languages']}</h2><p>{esc(language_line(person))}</p>")
        elif section == "certificates":
            out.append(f"<h2>{h['certificates']}</h2>" + "".join(f"<p>{esc(cert_line(c, person))}</p>" for c in person["certificates"]))
    return "".join(out)


CSS = """
@page { size: A4; margin: 16mm 16mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; line-height: 1.35; }
h1 { font-size: 22pt; margin: 0; } .label { font-size: 12pt; margin: 2pt 0 4pt; }
.contact { font-size: 8.5pt; color: #333; }
h2 { font-size: 11.5pt; text-transform: uppercase; border-bottom: 1px solid #888; margin: 12pt 0 5pt; }
.head { display: flex; justify-content: space-between; } .org { font-weight: bold; } .when { white-space: nowrap; }
.where { font-style: italic; } ul { margin: 2pt 0 6pt; padding-left: 14pt; } p { margin: 2pt 0; }
.columns { display: grid; grid-template-columns: 62% 33%; column-gap: 5%; }
"""


def html_header(person):
    b = person["basics"]
    return (f"<h1>{esc(b['name'])}</h1><div class='label'>{esc(b['label'])}</div>"
            f"<div class='contact'>{' · '.join(esc(i) for i in contact_items(person))}</div>")


def weasy(html, path):
    from weasyprint import HTML
    HTML(string=f"<html><head><meta charset='utf-8'><style>{CSS}</style></head><body>{html}</body></html>").write_pdf(path)


def html_single(person, path):
    weasy(html_header(person) + html_sections(person, ["summary", "work", "education", "skills", "languages", "certificates"]), path)


def html_two_column(person, path):
    left = html_sections(person, ["summary", "work"])
    right = html_sections(person, ["education", "skills", "languages", "certificates"])
    weasy(html_header(person) + f"<div class='columns'><div>{left}</div><div>{right}</div></div>", path)


def markdown_cv(person):
    h = HEADINGS[person["lang"]]
    b = person["basics"]
    links = []
    for p in b.get("profiles", []):
        links.append(f"[{p['network']}]({p['url']})")
    out = [f"# {b['name']}", "", b["label"], "", " · ".join([b["email"], b["phone"], location_text(person)] + links), "",
           f"## {h['summary']}", "", b["summary"], "", f"## {h['work']}", ""]
    for job in person["work"]:
        out += [f"### {job['position']} — {job['name']}", "", f"*{date_range(job, person)} · {job['location']}*", ""]
        out += [f"- {item}" for item in job["highlights"]] + [""]
    out += [f"## {h['education']}", ""]
    for edu in person["education"]:
        out += [f"**{edu['institution']}** — {degree_text(edu, person)} ({date_range(edu, person)})", ""]
    out += [f"## {h['skills']}", ""] + [f"- {line}" for line in skill_lines(person)] + [""]
    out += [f"## {h['languages']}", "", language_line(person), ""]
    out += [f"## {h['certificates']}", ""] + [f"- {cert_line(c, person)}" for c in person["certificates"]]
    return "\n".join(out) + "\n"


def markdown_truth(person):
    truth = expected(person)
    # The Markdown CV links profiles by name and leaves out the website.
    truth["basics"].pop("url", None)
    return truth


def markdown_to_html(text):
    """Enough Markdown for the CV above, as pandoc would render it."""
    import re
    html, in_list = [], False
    for line in text.split("\n"):
        inline = esc(line)
        inline = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", inline)
        inline = re.sub(r"\*(.+?)\*", r"<em>\1</em>", inline)
        inline = re.sub(r"\[(.+?)\]\((.+?)\)", r"<a href='\2'>\1</a>", inline)
        if line.startswith("- "):
            if not in_list:
                html.append("<ul>")
                in_list = True
            html.append(f"<li>{inline[2:]}</li>")
            continue
        if in_list:
            html.append("</ul>")
            in_list = False
        if line.startswith("### "):
            html.append(f"<h3>{inline[4:]}</h3>")
        elif line.startswith("## "):
            html.append(f"<h2>{inline[3:]}</h2>")
        elif line.startswith("# "):
            html.append(f"<h1>{inline[2:]}</h1>")
        elif line.strip():
            html.append(f"<p>{inline}</p>")
    return "".join(html)


# ---------------------------------------------------------------------------------------------
# python-docx: headings with tab-stop dates, and a layout table as a sidebar

def docx_headings(person, path):
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    doc = Document()
    doc.core_properties.created = __import__("datetime").datetime(2024, 1, 1)
    doc.core_properties.modified = __import__("datetime").datetime(2024, 1, 1)
    h = HEADINGS[person["lang"]]
    b = person["basics"]
    doc.add_paragraph(b["name"], style="Title")
    doc.add_paragraph(b["label"], style="Subtitle")
    doc.add_paragraph(" | ".join(contact_items(person)))
    doc.add_heading(h["summary"], level=1)
    doc.add_paragraph(b["summary"])
    right = Cm(16)

    def entry(title, dates, bold_title=True):
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(right, WD_TAB_ALIGNMENT.RIGHT)
        run = p.add_run(title)
        run.bold = bold_title
        p.add_run("\t" + dates)
        return p

    doc.add_heading(h["work"], level=1)
    for job in person["work"]:
        entry(f"{job['position']}, {job['name']}", date_range(job, person))
        p = doc.add_paragraph()
        p.add_run(job["location"]).italic = True
        for item in job["highlights"]:
            doc.add_paragraph(item, style="List Bullet")
    doc.add_heading(h["education"], level=1)
    for edu in person["education"]:
        entry(f"{degree_text(edu, person)}, {edu['institution']}", date_range(edu, person))
    doc.add_heading(h["skills"], level=1)
    for line in skill_lines(person):
        doc.add_paragraph(line, style="List Bullet")
    doc.add_heading(h["languages"], level=1)
    doc.add_paragraph(language_line(person))
    doc.add_heading(h["certificates"], level=1)
    for cert in person["certificates"]:
        doc.add_paragraph(cert_line(cert, person))
    for section in doc.sections:
        section.left_margin = section.right_margin = Cm(2.5)
    doc.save(path)


def docx_table_sidebar(person, path):
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    doc.core_properties.created = __import__("datetime").datetime(2024, 1, 1)
    doc.core_properties.modified = __import__("datetime").datetime(2024, 1, 1)
    h = HEADINGS[person["lang"]]
    b = person["basics"]
    table = doc.add_table(rows=1, cols=2)
    table.autofit = False
    side, main = table.rows[0].cells
    side.width, main.width = Cm(5.5), Cm(11.5)
    shading = OxmlElement("w:shd")
    shading.set(qn("w:fill"), "E8EEF4")
    side._tc.get_or_add_tcPr().append(shading)

    def add(cell, text, bold=False, size=None, italic=False, style=None):
        p = cell.add_paragraph(style=style) if style else cell.add_paragraph()
        run = p.add_run(text)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
        return p

    side.paragraphs[0].add_run(h["contact"].upper()).bold = True
    for item in contact_items(person):
        add(side, item, size=9)
    add(side, h["skills"].upper(), bold=True)
    for skill in person["skills"]:
        add(side, skill["name"] + (": " + ", ".join(skill["keywords"]) if "keywords" in skill else ""), size=9)
    add(side, h["languages"].upper(), bold=True)
    for language in person["languages"]:
        add(side, f"{language['language']}: {language['fluency']}", size=9)
    add(side, h["certificates"].upper(), bold=True)
    for cert in person["certificates"]:
        add(side, cert_line(cert, person), size=9)

    name = main.paragraphs[0].add_run(b["name"])
    name.bold = True
    name.font.size = Pt(24)
    add(main, b["label"], size=13)
    add(main, h["summary"].upper(), bold=True, size=12)
    add(main, b["summary"])
    add(main, h["work"].upper(), bold=True, size=12)
    for job in person["work"]:
        add(main, f"{job['name']} — {job['position']}", bold=True)
        add(main, f"{date_range(job, person)}, {job['location']}", italic=True)
        for item in job["highlights"]:
            add(main, item, style="List Bullet")
    add(main, h["education"].upper(), bold=True, size=12)
    for edu in person["education"]:
        add(main, edu["institution"], bold=True)
        add(main, f"{degree_text(edu, person)}, {date_range(edu, person)}", italic=True)
    doc.save(path)


def sidebar_truth(person):
    truth = expected(person)
    return truth


def soffice(docx_path, pdf_path):
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", out, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        produced = os.path.join(out, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
        shutil.move(produced, pdf_path)


def normalize_zip(path):
    """python-docx writes the current time into zip entries; pin it so the file is reproducible."""
    with zipfile.ZipFile(path) as source:
        entries = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in entries:
            pinned = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            pinned.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(pinned, data)


# ---------------------------------------------------------------------------------------------
# Layouts added after the importer was tuned on the ones above: held-out checks of its rules.

def html_centered_oneline(person, path):
    """Centred header, headings with a colon, each entry on one line: employer, place, title, dates."""
    h = HEADINGS[person["lang"]]
    b = person["basics"]
    css = """@page { size: A4; margin: 20mm; } body { font-family: 'Liberation Serif', serif; font-size: 10.5pt; }
    header { text-align: center; } h1 { font-size: 20pt; margin: 0; letter-spacing: 1pt; }
    h2 { font-size: 12pt; margin: 14pt 0 4pt; } p { margin: 2pt 0; } ul { margin: 2pt 0 6pt 18pt; padding: 0; }"""
    out = [f"<header><h1>{esc(b['name'])}</h1><p>{esc(b['label'])}</p><p>{' | '.join(esc(i) for i in contact_items(person))}</p></header>",
           f"<h2>{h['summary']}:</h2><p>{esc(b['summary'])}</p>", f"<h2>{h['work']}:</h2>"]
    for job in person["work"]:
        out.append(f"<p><b>{esc(job['name'])}</b>, {esc(job['location'])} — <i>{esc(job['position'])}</i> ({date_range(job, person)})</p>")
        out.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in job["highlights"]) + "</ul>")
    out.append(f"<h2>{h['education']}:</h2>")
    for edu in person["education"]:
        out.append(f"<p><b>{esc(edu['institution'])}</b> — {esc(degree_text(edu, person))} ({date_range(edu, person)})</p>")
    out.append(f"<h2>{h['skills']}:</h2>" + "".join(f"<p>{esc(line)}</p>" for line in skill_lines(person)))
    out.append(f"<h2>{h['languages']}:</h2><p>{esc(language_line(person))}</p>")
    out.append(f"<h2>{h['certificates']}:</h2>" + "".join(f"<p>{esc(cert_line(c, person))}</p>" for c in person["certificates"]))
    from weasyprint import HTML
    HTML(string=f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{''.join(out)}</body></html>").write_pdf(path)


def reportlab_stacked(person, path):
    """Left-aligned, small caps headings, title line, then employer line, then dates line in grey."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    width, height = letter
    left, right = 64, width - 64
    y = height - 70
    h = HEADINGS[person["lang"]]
    b = person["basics"]

    def need(space):
        nonlocal y
        if y - space < 64:
            c.showPage()
            y = height - 64

    c.setFont("Times-Bold", 26)
    c.drawString(left, y, b["name"])
    y -= 22
    c.setFont("Times-Italic", 13)
    c.drawString(left, y, b["label"])
    y -= 18
    c.setFont("Times-Roman", 10)
    for item in contact_items(person):
        c.drawString(left, y, item)
        y -= 12
    y -= 10

    def heading(text):
        nonlocal y
        need(50)
        c.setFillColor(HexColor("#1F4E79"))
        c.setFont("Times-Bold", 14)
        c.drawString(left, y, text)
        c.setFillColor(HexColor("#000000"))
        y -= 18

    def para(text, font="Times-Roman", size=11, indent=0):
        nonlocal y
        for line in simpleSplit(text, font, size, right - left - indent):
            need(14)
            c.setFont(font, size)
            c.drawString(left + indent, y, line)
            y -= 13.5

    heading(h["summary"])
    para(b["summary"])
    y -= 6
    heading(h["work"])
    for job in person["work"]:
        need(70)
        c.setFont("Times-Bold", 11.5)
        c.drawString(left, y, job["position"])
        y -= 14
        c.setFont("Times-Roman", 11)
        c.drawString(left, y, f"{job['name']}, {job['location']}")
        y -= 13
        c.setFillColor(HexColor("#666666"))
        c.setFont("Times-Italic", 10)
        c.drawString(left, y, date_range(job, person))
        c.setFillColor(HexColor("#000000"))
        y -= 14
        for item in job["highlights"]:
            lines = simpleSplit(item, "Times-Roman", 11, right - left - 20)
            need(14 * len(lines))
            c.setFont("Times-Roman", 11)
            c.drawString(left + 6, y, "■")
            for line in lines:
                c.drawString(left + 20, y, line)
                y -= 13.5
        y -= 8
    heading(h["education"])
    for edu in person["education"]:
        need(50)
        c.setFont("Times-Bold", 11.5)
        c.drawString(left, y, degree_text(edu, person))
        y -= 14
        c.setFont("Times-Roman", 11)
        c.drawString(left, y, edu["institution"])
        y -= 13
        c.setFont("Times-Italic", 10)
        c.drawString(left, y, date_range(edu, person))
        y -= 18
    heading(h["skills"])
    for line in skill_lines(person):
        para(line)
    heading(h["languages"])
    para(language_line(person))
    heading(h["certificates"])
    for cert in person["certificates"]:
        para(cert_line(cert, person))
    c.save()


def docx_header_part(person, path):
    """Name and contact in Word's page header, bold paragraphs as headings, a dates-left table."""
    from docx import Document
    from docx.shared import Cm, Pt

    doc = Document()
    doc.core_properties.created = __import__("datetime").datetime(2024, 1, 1)
    doc.core_properties.modified = __import__("datetime").datetime(2024, 1, 1)
    h = HEADINGS[person["lang"]]
    b = person["basics"]
    header = doc.sections[0].header
    name = header.paragraphs[0].add_run(b["name"])
    name.bold = True
    name.font.size = Pt(18)
    header.add_paragraph(b["label"])
    header.add_paragraph(" · ".join(contact_items(person)))

    def heading(text):
        p = doc.add_paragraph()
        run = p.add_run(text.upper())
        run.bold = True
        run.font.size = Pt(12)

    heading(h["summary"])
    doc.add_paragraph(b["summary"])
    heading(h["work"])
    table = doc.add_table(rows=0, cols=2)
    for job in person["work"]:
        cells = table.add_row().cells
        cells[0].width, cells[1].width = Cm(4), Cm(12)
        cells[0].paragraphs[0].add_run(date_range(job, person))
        cells[1].paragraphs[0].add_run(f"{job['position']} — {job['name']}").bold = True
        cells[1].add_paragraph(job["location"])
        for item in job["highlights"]:
            cells[1].add_paragraph(item, style="List Bullet")
    heading(h["education"])
    table = doc.add_table(rows=0, cols=2)
    for edu in person["education"]:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(date_range(edu, person))
        cells[1].paragraphs[0].add_run(edu["institution"]).bold = True
        cells[1].add_paragraph(degree_text(edu, person))
    heading(h["skills"])
    for line in skill_lines(person):
        doc.add_paragraph(line)
    heading(h["languages"])
    doc.add_paragraph(language_line(person))
    heading(h["certificates"])
    for cert in person["certificates"]:
        doc.add_paragraph(cert_line(cert, person))
    doc.save(path)


HELD_OUT_CASES = [
    ("heldout-weasyprint-centered-priya", people.PRIYA, html_centered_oneline, "pdf"),
    ("heldout-weasyprint-centered-lukas", people.LUKAS, html_centered_oneline, "pdf"),
    ("heldout-reportlab-stacked-marcus", people.MARCUS, reportlab_stacked, "pdf"),
    ("heldout-reportlab-stacked-camille", people.CAMILLE, reportlab_stacked, "pdf"),
    ("heldout-docx-header-part-sofia", people.SOFIA, docx_header_part, "docx"),
    ("heldout-docx-header-part-tom", people.TOM, docx_header_part, "docx"),
]


# ---------------------------------------------------------------------------------------------
# PersonaForge's own export: each person as a workspace (their CV, and a persona that uses it),
# exported through every shipped CV template with the personaforge binary.

OWN_TEMPLATES = ["classic", "modern", "compact"]
# The importer was tuned on the first people; the others are held out, checks of its rules.
OWN_PEOPLE = [("jane", people.JANE), ("lukas", people.LUKAS), ("camille", people.CAMILLE), ("sofia", people.SOFIA)]
OWN_HELD_OUT_PEOPLE = [("marcus", people.MARCUS), ("priya", people.PRIYA), ("tom", people.TOM)]
# Set large (a workspace's own template.yaml with a bigger `size`), so the CV runs on to a second
# page: the name atop it, "Page 1 of 2" under the first, and columns that continue their sections.
OWN_LARGE = [("modern", 17, "jane", people.JANE), ("classic", 15, "lukas", people.LUKAS), ("compact", 17, "camille", people.CAMILLE)]
TEMPLATES = os.path.normpath(os.path.join(HERE, "..", "..", "..", "templates"))


def own_workspace(person, slug, folder, template=None, size=None):
    """A workspace holding the person's CV and a persona in their language that shows all of it;
    with a size, the template's style overridden to set the text that large."""
    os.makedirs(os.path.join(folder, "cvs"))
    os.makedirs(os.path.join(folder, "personas"))
    if size:
        import re
        os.makedirs(os.path.join(folder, "templates", template))
        with open(os.path.join(TEMPLATES, template, "template.yaml")) as source:
            style = re.sub(r"(?m)^  size: .*$", f"  size: {size}", source.read())
        with open(os.path.join(folder, "templates", template, "template.yaml"), "w") as out:
            out.write(style)
    with open(os.path.join(folder, "personaforge.yaml"), "w") as out:
        out.write(f"version: 1\nname: CV corpus\nlocale: {person['lang']}\nformats: [md, html, pdf]\n")
    with open(os.path.join(folder, "cvs", f"{slug}.yaml"), "w") as out:
        out.write(to_yaml(expected(person), header=f"# {person['basics']['name']}: the CV make-corpus.py exports."))
    # The persona's title is the headline the templates print under the name: the CV's label.
    with open(os.path.join(folder, "personas", f"{slug}.md"), "w") as out:
        out.write(f"---\nkind: professional\ntitle: {yaml_scalar(person['basics']['label'])}\ncv: cvs/{slug}.yaml\n"
                  f"locale: {person['lang']}\n---\n")


def own_formats(binary):
    """pdf, and docx when this personaforge can export it."""
    usage = subprocess.run([binary, "export", "--help"], capture_output=True, text=True).stdout
    return ["pdf", "docx"] if "docx" in usage else ["pdf"]


def own_export(binary, person, slug, template, fmt, path, size=None):
    with tempfile.TemporaryDirectory() as folder:
        own_workspace(person, slug, folder, template, size)
        run = subprocess.run([binary, "export", "-C", folder, f"personas/{slug}.md", "--format", fmt, "--template", template,
                              "--out", os.path.abspath(path)], capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit(f"error: personaforge export {slug} --template {template} failed:\n{run.stderr}")


def own_truth(person):
    """What the three templates print of a CV: every field of it. The headline is the persona's
    title (the label here); the location reads "Berlin, DE" (city, region, country code) and each
    profile "LinkedIn: jane-doe-example", linked to its address; dates come from startDate and
    endDate in the persona's language, so the people's hand-written date forms do not apply."""
    return expected(person)


def own_cases(binary):
    """(case name, person's slug, person, template, format, size or None)."""
    formats = own_formats(binary)
    for prefix, group in (("personaforge", OWN_PEOPLE), ("heldout-personaforge", OWN_HELD_OUT_PEOPLE)):
        for template in OWN_TEMPLATES:
            for slug, person in group:
                for fmt in formats:
                    name = f"{prefix}-{template}-{slug}" if fmt == "pdf" else f"{prefix}-{fmt}-{template}-{slug}"
                    yield name, slug, person, template, fmt, None
    for template, size, slug, person in OWN_LARGE:
        yield f"personaforge-{template}-{size}pt-{slug}", slug, person, template, "pdf", size


def make_own(binary):
    for name, slug, person, template, fmt, size in own_cases(binary):
        own_export(binary, person, slug, template, fmt, f"{name}.{fmt}", size)
        write_expected(name, own_truth(person))
        print("wrote", name)


def default_personaforge():
    built = os.path.join(HERE, "..", "..", "..", ".build", "release", "personaforge")
    return os.path.normpath(built) if os.path.exists(built) else shutil.which("personaforge")


# ---------------------------------------------------------------------------------------------
# Bad inputs

def not_a_cv(path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    y = 780
    lines = [("Helvetica-Bold", 18, "Invoice 2024-117"), ("Helvetica", 10, "Northwind Office Supplies, 12 Harbour Road, Leeds"),
             ("Helvetica", 10, "Invoice date: 14 March 2024    Due: 13 April 2024"), ("Helvetica", 10, ""),
             ("Helvetica-Bold", 11, "Item                                   Qty        Price"),
             ("Helvetica", 10, "Recycled paper, A4, 500 sheets            12        54.00"),
             ("Helvetica", 10, "Ballpoint pens, blue, box of 50            3        21.00"),
             ("Helvetica", 10, "Desk organiser, bamboo                     2        38.00"),
             ("Helvetica", 10, ""), ("Helvetica-Bold", 11, "Total due: 113.00 GBP"),
             ("Helvetica", 10, "Please pay by bank transfer within 30 days quoting the invoice number."),
             ("Helvetica", 10, "Thank you for your order. Questions about this invoice: accounts at the address above.")]
    for font, size, text in lines:
        c.setFont(font, size)
        c.drawString(60, y, text)
        y -= 18
    c.save()


def scanned(source_pdf, path):
    """The first page of a CV as an image only: what a scanner gives."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", source_pdf, os.path.join(out, "page")], check=True)
        image = os.path.join(out, sorted(os.listdir(out))[0])
        c = canvas.Canvas(path, pagesize=A4, invariant=1)
        c.drawImage(image, 0, 0, width=A4[0], height=A4[1])
        c.save()


def encrypted(source_pdf, path):
    import pikepdf
    with pikepdf.open(source_pdf) as pdf:
        pdf.save(path, encryption=pikepdf.Encryption(owner="owner-secret", user="user-secret", R=6),
                 static_id=True, deterministic_id=False)


def zip_bomb(path):
    """60 MiB of zeros in one entry: about 60 KiB on disk, over the 50 MiB cap."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        info = zipfile.ZipInfo("Positions.csv", date_time=(2024, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, b"0" * (60 * 1024 * 1024))


# ---------------------------------------------------------------------------------------------
# Structured formats

def linkedin_files(person):
    """A LinkedIn export of the person, as (file name, bytes)."""
    import csv
    b = person["basics"]
    first, last = b["name"].split(" ", 1)

    def table(header, rows, notes=None, encoding="utf-8"):
        out = io.StringIO()
        if notes:
            out.write(notes)
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow(row)
        return out.getvalue().encode(encoding)

    def month(date):
        if not date:
            return ""
        parts = date.split("-")
        return parts[0] if len(parts) == 1 else f"{MONTHS['en'][int(parts[1]) - 1]} {parts[0]}"

    files = [
        ("Profile.csv", table(["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline", "Summary", "Industry",
                               "Zip Code", "Geo Location", "Twitter Handles", "Websites", "Instant Messengers"],
                              [[first, last, "", "", "", b["label"], "", "Software Development", "", location_text(person), "",
                                "[PORTFOLIO:" + b["url"] + "]" if "url" in b else "", ""]])),
        ("Profile Summary.csv", table(["Profile Summary"], [[b["summary"]]])),
        ("Email Addresses.csv", table(["Email Address", "Confirmed", "Primary", "Updated On"], [["old@example.org", "Yes", "No", "1/2/19"], [b["email"], "Yes", "Yes", "3/4/21"]])),
        ("PhoneNumbers.csv", table(["Extension", "Number", "Type"], [["", b["phone"], "Mobile"]])),
        ("Positions.csv", table(["Company Name", "Title", "Description", "Location", "Started On", "Finished On"],
                                [[j["name"], j["position"], "\n".join("• " + h for h in j["highlights"]), j["location"], month(j["startDate"]), month(j.get("endDate"))]
                                 for j in person["work"]],
                                notes="Notes:\r\n\"This file lists the positions on your profile, newest first.\"\r\n\r\n")),
        ("Education.csv", table(["School Name", "Start Date", "End Date", "Notes", "Degree Name", "Activities"],
                                [[e["institution"], month(e["startDate"]), month(e["endDate"]), "", f"{e['studyType']}, {e['area']}", ""] for e in person["education"]])),
        # Written by a spreadsheet program in Windows-1252, with one name that is not ASCII.
        ("Skills.csv", table(["Name"], [[s["name"]] for s in person["skills"]] + [[EXTRA_SKILL[person["lang"]]]], encoding="cp1252")),
        ("Languages.csv", table(["Name", "Proficiency"], [[l["language"], l["fluency"]] for l in person["languages"]])),
        ("Certifications.csv", table(["Name", "Url", "Authority", "Started On", "Finished On", "License Number"],
                                     [[c["name"], "", c["issuer"], month(c["date"]), "", ""] for c in person["certificates"]])),
        ("Connections.csv", table(["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"],
                                  [["Ada", "Lovelace", "https://www.linkedin.com/in/ada", "", "Analytical Engines", "Engineer", "01 Jan 2020"]],
                                  notes="Notes:\r\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\r\n\r\n")),
    ]
    return files


EXTRA_SKILL = {"es": "Gestión de proyectos", "de": "Qualitätssicherung", "en": "Résumé writing", "fr": "Sécurité"}


def linkedin_truth(person):
    b = person["basics"]
    truth = {"basics": {"name": b["name"], "label": b["label"], "email": b["email"], "phone": b["phone"], "summary": b["summary"],
                        "location": copy.deepcopy(b["location"])}}
    if "url" in b:
        truth["basics"]["url"] = b["url"]
    truth["work"] = [{"name": j["name"], "position": j["position"], "location": j["location"], "startDate": j["startDate"],
                      **({"endDate": j["endDate"]} if "endDate" in j else {}), "highlights": j["highlights"]} for j in person["work"]]
    truth["education"] = [{"institution": e["institution"], "area": e["area"], "studyType": e["studyType"],
                           "startDate": e["startDate"], "endDate": e["endDate"]} for e in person["education"]]
    truth["certificates"] = [{"name": c["name"], "date": c["date"], "issuer": c["issuer"]} for c in person["certificates"]]
    truth["skills"] = [{"name": s["name"]} for s in person["skills"]] + [{"name": EXTRA_SKILL[person["lang"]]}]
    truth["languages"] = person["languages"]
    return truth


RENDERCV = """\
# A RenderCV input file (https://docs.rendercv.com), as its users write them.
cv:
  name: Amelia Stone
  location: Edinburgh, United Kingdom
  email: amelia.stone@example.org
  phone: tel:+44-131-555-0172
  website: https://ameliastone.example.org
  social_networks:
    - network: LinkedIn
      username: ameliastone
    - network: GitHub
      username: astone
  sections:
    summary:
      - Research software engineer building tools for climate scientists.
    experience:
      - company: Met Research Institute
        position: Research Software Engineer
        location: Edinburgh, United Kingdom
        start_date: 2021-01
        end_date: present
        highlights:
          - Rewrote the ensemble runner in Rust, making runs 4 times faster.
          - Maintains the institute's Python data pipeline used by 80 researchers.
      - company: Tartan Analytics Ltd
        position: Software Engineer
        location: Glasgow, United Kingdom
        start_date: 2017-09
        end_date: 2020-12
        summary: Built data products for public sector clients.
    education:
      - institution: University of Edinburgh
        area: Informatics
        degree: PhD
        start_date: 2013-09
        end_date: 2017-06
        highlights:
          - "GPA: 4.0/4.0"
          - "Coursework: Machine Learning, Numerical Methods"
    publications:
      - title: Faster Ensembles for Regional Climate Models
        authors:
          - "*Amelia Stone*"
          - Rory Macleod
        journal: Journal of Open Source Software
        date: 2022-05
        doi: 10.21105/joss.01234
    projects:
      - name: climpipe
        date: 2019
        summary: An open-source toolkit for climate model output.
        highlights:
          - 300 stars on GitHub
    technologies:
      - label: Languages
        details: Python, Rust, C++
      - label: Tools
        details: Docker, Slurm, Git
    languages:
      - label: English
        details: Native
      - label: Gaelic
        details: Conversational
    awards:
      - name: Best Software Paper
        date: 2022-09
        summary: Royal Meteorological Society
design:
  theme: classic
"""

RENDERCV_TRUTH = {
    "basics": {"name": "Amelia Stone", "email": "amelia.stone@example.org", "phone": "+44 131 555 0172", "url": "https://ameliastone.example.org",
               "summary": "Research software engineer building tools for climate scientists.",
               "location": {"city": "Edinburgh", "countryCode": "GB"},
               "profiles": [{"network": "LinkedIn", "username": "ameliastone", "url": "https://www.linkedin.com/in/ameliastone"},
                            {"network": "GitHub", "username": "astone", "url": "https://github.com/astone"}]},
    "work": [{"name": "Met Research Institute", "position": "Research Software Engineer", "location": "Edinburgh, United Kingdom", "startDate": "2021-01",
              "highlights": ["Rewrote the ensemble runner in Rust, making runs 4 times faster.",
                             "Maintains the institute's Python data pipeline used by 80 researchers."]},
             {"name": "Tartan Analytics Ltd", "position": "Software Engineer", "location": "Glasgow, United Kingdom", "startDate": "2017-09",
              "endDate": "2020-12", "summary": "Built data products for public sector clients."}],
    "education": [{"institution": "University of Edinburgh", "area": "Informatics", "studyType": "PhD", "startDate": "2013-09", "endDate": "2017-06",
                   "score": "4.0/4.0", "courses": ["Machine Learning", "Numerical Methods"]}],
    "awards": [{"title": "Best Software Paper", "date": "2022-09", "summary": "Royal Meteorological Society"}],
    "publications": [{"name": "Faster Ensembles for Regional Climate Models", "publisher": "Journal of Open Source Software", "releaseDate": "2022-05",
                      "url": "https://doi.org/10.21105/joss.01234", "summary": "Authors: Amelia Stone, Rory Macleod"}],
    "skills": [{"name": "Languages", "keywords": ["Python", "Rust", "C++"]}, {"name": "Tools", "keywords": ["Docker", "Slurm", "Git"]}],
    "languages": [{"language": "English", "fluency": "Native"}, {"language": "Gaelic", "fluency": "Conversational"}],
    "projects": [{"name": "climpipe", "description": "An open-source toolkit for climate model output.", "highlights": ["300 stars on GitHub"], "startDate": "2019"}],
}


def json_resume(person):
    truth = expected(person)
    document = {"$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"}
    document.update(truth)
    document["meta"] = {"version": "v1.0.0", "canonical": "https://jane-doe.example.com/resume.json"}
    document["work"][0]["highlights"].append("Answers \"NO\" to on-call pages after 22:00: yes, really # not a comment")
    return document


# ---------------------------------------------------------------------------------------------

LAYOUT_CASES = [
    # (case name, person, renderer, kind)
    ("reportlab-classic-jane", people.JANE, reportlab_classic),
    ("reportlab-classic-lukas", people.LUKAS, reportlab_classic),
    ("reportlab-classic-sofia", people.SOFIA, reportlab_classic),
    ("reportlab-sidebar-priya", people.PRIYA, reportlab_sidebar),
    ("reportlab-sidebar-camille", people.CAMILLE, reportlab_sidebar),
    ("fpdf2-dates-left-marcus", people.MARCUS, fpdf_dates_left),
    ("fpdf2-dates-left-tom", people.TOM, fpdf_dates_left),
    ("weasyprint-single-sofia", people.SOFIA, html_single),
    ("weasyprint-single-marcus", people.MARCUS, html_single),
    ("weasyprint-two-column-camille", people.CAMILLE, html_two_column),
    ("weasyprint-two-column-jane", people.JANE, html_two_column),
]

DOCX_CASES = [
    ("docx-headings-lukas", people.LUKAS, docx_headings),
    ("docx-headings-priya", people.PRIYA, docx_headings),
    ("docx-table-sidebar-tom", people.TOM, docx_table_sidebar),
    ("docx-table-sidebar-jane", people.JANE, docx_table_sidebar),
]


def main():
    import argparse
    parser = argparse.ArgumentParser(description="Generates the CV import corpus next to this script.")
    parser.add_argument("--only", choices=["personaforge"], help="only the cases one producer makes: personaforge needs only its binary")
    parser.add_argument("--personaforge", default=default_personaforge(), help="the personaforge binary (default: .build/release/personaforge, else PATH)")
    args = parser.parse_args()
    if not args.personaforge or not os.path.exists(args.personaforge):
        sys.exit("error: no personaforge binary; build one (swift build -c release --product personaforge) or pass --personaforge PATH")
    binary = os.path.abspath(args.personaforge)
    os.chdir(HERE)
    make_own(binary)
    if args.only == "personaforge":
        return
    for name, person, render in LAYOUT_CASES:
        render(person, f"{name}.pdf")
        write_expected(name, expected(person))
        print("wrote", name)
    for name, person, render in DOCX_CASES:
        render(person, f"{name}.docx")
        normalize_zip(f"{name}.docx")
        write_expected(name, expected(person))
        soffice(f"{name}.docx", f"libreoffice-{name}.pdf")
        write_expected(f"libreoffice-{name}", expected(person))
        print("wrote", name)

    for name, person, render, kind in HELD_OUT_CASES:
        render(person, f"{name}.{kind}")
        if kind == "docx":
            normalize_zip(f"{name}.docx")
            soffice(f"{name}.docx", f"libreoffice-{name}.pdf")
            write_expected(f"libreoffice-{name}", expected(person))
        write_expected(name, expected(person))
        print("wrote", name)

    with open("markdown-marcus.md", "w") as out:
        out.write(markdown_cv(people.MARCUS))
    write_expected("markdown-marcus", markdown_truth(people.MARCUS))
    weasy(markdown_to_html(markdown_cv(people.TOM)), "markdown-html-weasyprint-tom.pdf")
    write_expected("markdown-html-weasyprint-tom", markdown_truth(people.TOM))

    with open("jsonresume-jane.json", "w") as out:
        json.dump(json_resume(people.JANE), out, ensure_ascii=False, indent=2)
        out.write("\n")
    with open("rendercv-amelia.yaml", "w") as out:
        out.write(RENDERCV)
    write_expected("rendercv-amelia", RENDERCV_TRUTH)

    folder = "linkedin-export-sofia"
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    for file_name, data in linkedin_files(people.SOFIA):
        with open(os.path.join(folder, file_name), "wb") as out:
            out.write(data)
    write_expected(folder, linkedin_truth(people.SOFIA))
    # The zip of another export version: other file names, in a sub-folder.
    renamed = {"Profile Summary.csv": "Profile_Summary.csv", "Positions.csv": "positions.csv", "Email Addresses.csv": "Email_Addresses.csv",
               "PhoneNumbers.csv": "Phone Numbers.csv", "Certifications.csv": "Licenses_and_Certifications.csv"}
    with zipfile.ZipFile("linkedin-export-lukas.zip", "w", zipfile.ZIP_DEFLATED) as z:
        for file_name, data in linkedin_files(people.LUKAS):
            info = zipfile.ZipInfo("Basic_LinkedInDataExport_01-01-2024/" + renamed.get(file_name, file_name), date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    write_expected("linkedin-export-lukas", linkedin_truth(people.LUKAS))

    bad = "bad"
    os.makedirs(bad, exist_ok=True)
    not_a_cv(os.path.join(bad, "invoice.pdf"))
    scanned("reportlab-classic-jane.pdf", os.path.join(bad, "scanned.pdf"))
    encrypted("reportlab-classic-jane.pdf", os.path.join(bad, "encrypted.pdf"))
    zip_bomb(os.path.join(bad, "zip-bomb.zip"))
    with open("linkedin-export-lukas.zip", "rb") as source:
        data = source.read()
    with open(os.path.join(bad, "corrupt.zip"), "wb") as out:
        out.write(data[: len(data) // 2])
    print("wrote the bad inputs")


if __name__ == "__main__":
    main()
