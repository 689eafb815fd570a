"""Every way a resume prints its skills section, each in PDF (reportlab), DOCX (python-docx) and a
web page printed by Chromium: the shapes a reader meets on layouts nobody tuned on.

Written from how resumes and HTML themes print skills, before any rule that reads them: a group's
name and its keywords on one line (every separator people use), a name over its keywords, keywords
as tags in rows, a level beside each skill (a word, a percentage, stars or dots as glyphs, CSS
bars), groups in two and three columns, a right-aligned narrow sidebar, a long name wrapped in its
cell, a hanging indent, names set apart only by a slightly larger size or only by weight, no names
at all, on a page with work and schooling before or after them; keywords plain (`Stakeholder management`) or with inner punctuation (`C++`, `CI/CD`,
`Microsoft Office (Word, Excel)`). `skills_doc` gives one shape's page in all three forms and the
skill words a parse must give back (`score.py`'s `skill_words`: keywords, a group's name only where
the group has none, a rated skill's name)."""

from __future__ import annotations

import html
import random
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from .lang import LANGS
from .model import Block, Page, Para, Run, Table
from .skill_idioms import LEVELS, MULTIWORD

SEPARATORS = {
    "comma": ", ",
    "semicolon": "; ",
    "middot": " · ",
    "bullet": " • ",
    "pipe": " | ",
    "slash": " / ",
    "tab": "\t",
}
SHAPES = (
    *(f"line-{s}" for s in SEPARATORS),
    "over",
    "tags",
    "rated-words",
    "rated-percent",
    "rated-stars",
    "rated-dots",
    "rated-bars",
    "columns-2",
    "columns-3",
    "sidebar-right",
    "wrapped-name",
    "hanging",
    "size-only",
    "bold-only",
    "no-names-comma",
    "no-names-lines",
    "no-names-bullets",
)
HTML_ONLY = {"rated-bars"}
"""Shapes drawn with CSS only (a bar has no text): PDF and DOCX print them as HTML themes do not."""
POOLS = ("plain", "punct")
SINGLE = ("Python", "SQL", "Excel", "Docker", "Jira", "Figma", "Tableau", "Kubernetes", "Terraform", "Git")
PUNCT = (
    "C++",
    "C#",
    "Node.js",
    "CI/CD",
    "A/B testing",
    "R&D",
    "Microsoft Office (Word, Excel)",
    "ASP.NET",
    "Objective-C",
    "T-SQL",
)
"""Keywords with punctuation inside them: none is a separator of its own."""


def norm(text: object) -> str:
    """`score.py`'s `norm`: NFKC, case-folded, punctuation as spaces."""
    text = unicodedata.normalize("NFKC", str(text or "")).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


@dataclass
class SkillsDoc:
    page: Page
    markup: str
    words: set[str]
    groups: list[tuple[str, list[str]]]


def _groups(
    lang: str, pool: str, rnd: random.Random, n: int, many: bool = False
) -> list[tuple[str, list[str]]]:
    names = list(LANGS[lang].skill_groups)
    rnd.shuffle(names)
    phrases = list(MULTIWORD[lang])
    singles = list(SINGLE)
    marks = list(PUNCT)
    for x in (phrases, singles, marks):
        rnd.shuffle(x)
    out = []
    for g in range(n):
        kws: list[str] = []
        for i in range(rnd.randint(6, 7) if many else rnd.randint(3, 4)):
            if pool == "punct" and i % 2 == 0 and marks:
                kws.append(marks.pop())
            elif (i % 2 == 1 or not singles) and phrases:
                kws.append(phrases.pop())
            elif singles:
                kws.append(singles.pop())
        out.append((names[g % len(names)], kws))
    return out


def _e(text: str) -> str:
    return html.escape(text, quote=True)


CSS = """
@page { size: A4; margin: 14mm 13mm; }
body { font-family: "DejaVu Sans", "Liberation Sans", sans-serif; font-size: 9.5pt; color: #222; }
h1 { font-size: 20pt; margin: 0 0 2px; } .contact { margin: 0 0 10px; color: #555; }
h2 { font-size: 12pt; text-transform: uppercase; border-bottom: 1px solid #999; margin: 10px 0 5px; }
p { margin: 0 0 3px; }
.name { font-weight: bold; }
.tab { white-space: pre; tab-size: 6; }
.tags { display: flex; flex-wrap: wrap; gap: 4px 6px; margin: 2px 0 6px; }
.tags span { border: 1px solid #8aa; border-radius: 9px; padding: 1px 7px; background: #eef4f6; }
.rated { display: flex; justify-content: space-between; max-width: 24em; margin: 1px 0; }
.bar { width: 9em; height: 6px; background: #dde; margin-top: 4px; } .bar i { display: block; height: 6px; background: #36c; }
.cols { display: grid; gap: 6px 16px; } .cols p { margin: 0 0 1px; } .cols .name { margin-bottom: 3px; }
.frame { display: flex; gap: 18px; } .frame main { flex: 1; } .frame aside { width: 150px; text-align: right; }
table.label { border-collapse: collapse; } table.label td { vertical-align: top; padding: 1px 10px 3px 0; }
table.label td:first-child { width: 90px; font-weight: bold; }
.hang { padding-left: 8em; text-indent: -8em; }
.larger { font-size: 1.08em; }
ul { margin: 0; padding-left: 16px; }
"""


def _level(shape: str, lang: str, i: int) -> tuple[str, str]:
    """(the text a PDF or DOCX prints, the HTML) of the `i`-th skill's level."""
    filled = 5 - (i % 4)
    if shape == "rated-words":
        word = LEVELS[lang][i % len(LEVELS[lang])]
        return word, _e(word)
    if shape == "rated-percent":
        pct = f"{100 - 10 * (i % 5)}%"
        return pct, pct
    if shape == "rated-stars":
        stars = "★" * filled + "☆" * (5 - filled)
        return stars, stars
    if shape == "rated-dots":
        dots = "●" * filled + "○" * (5 - filled)
        return dots, dots
    return "", f'<span class="bar"><i style="width:{20 * filled}%"></i></span>'


def skills_doc(shape: str, lang: str, pool: str, seed: int = 0) -> SkillsDoc:
    """One skills section in `shape`, in `lang`, with `pool`'s keywords, on a page of its own."""
    rnd = random.Random(f"{shape}|{lang}|{pool}|{seed}")
    L = LANGS[lang]
    first, last = L.people[seed % len(L.people)]
    person = f"{first} {last}"
    contact = f"{first.lower()}.{last.lower()}@example.com | {L.phones[0]} | {L.cities[0]}"
    contact = (
        contact.encode("ascii", "ignore").decode()
        if not L.cjk
        else f"person{seed}@example.com | {L.phones[0]}"
    )
    heading = L.headings["skills"][0]
    n = 3 if shape in ("columns-3",) else 2
    groups = _groups(lang, pool, rnd, n, many=shape == "hanging")
    if shape == "wrapped-name":  # a name too long for its cell
        groups = [
            (f"{name} & {L.skill_groups[(g + 2) % len(L.skill_groups)]}", kws)
            for g, (name, kws) in enumerate(groups)
        ]
    blocks: list[Block] = []
    html_body = ""
    words: set[str] = set()
    sep = SEPARATORS.get(shape.removeprefix("line-"), "")
    if shape.startswith("line-"):
        bold = rnd.random() < 0.5
        for name, kws in groups:
            blocks.append(
                Para([Run(f"{name}:", bold=bold), Run(("\t" if sep == "\t" else " ") + sep.join(kws))])
            )
            cls = ' class="tab"' if sep == "\t" else ""
            lead = f'<span class="name">{_e(name)}:</span>' if bold else f"{_e(name)}:"
            html_body += f"<p{cls}>{lead}{chr(9) if sep == chr(9) else ' '}{_e(sep.join(kws))}</p>"
            words |= {norm(k) for k in kws}
    elif shape in ("over", "tags", "size-only", "bold-only"):
        for name, kws in groups:
            if shape == "size-only":
                size = round(10 * rnd.uniform(1.05, 1.10), 1)
                blocks.append(Para([Run(name, size=size)], space_before=4))
                html_body += f'<p class="larger" style="font-size:{size / 10:.2f}em">{_e(name)}</p>'
            else:
                blocks.append(Para([Run(name, bold=True)], space_before=4))
                html_body += f'<p class="name">{_e(name)}</p>'
            if shape == "over":
                blocks.append(Para([Run(", ".join(kws))]))
                html_body += f"<p>{_e(', '.join(kws))}</p>"
            elif shape == "tags":
                blocks.append(
                    Table(
                        rows=[[[Para([Run(k)])] for k in kws]], widths=[0.8 / len(kws)] * len(kws), grid=True
                    )
                )
                html_body += '<div class="tags">' + "".join(f"<span>{_e(k)}</span>" for k in kws) + "</div>"
            else:
                # keywords at the size the name is measured against (Word's default body is 11 pt)
                blocks += [Para([Run(k, size=10.0 if shape == "size-only" else None)]) for k in kws]
                html_body += "".join(f"<p>{_e(k)}</p>" for k in kws)
            words |= {norm(k) for k in kws}
    elif shape.startswith("rated-"):
        kws = [k for _, g in groups for k in g][: rnd.randint(4, 6)]
        for i, k in enumerate(kws):
            text, mark = _level(shape, lang, i)
            blocks.append(Para([Run(k)], right=[Run(text)] if text else None))
            html_body += f'<div class="rated"><span>{_e(k)}</span><span class="lvl">{mark}</span></div>'
        words |= {norm(k) for k in kws}
    elif shape.startswith("columns-"):
        cells: list[list[Block]] = [
            [Para([Run(name, bold=True)]), *[Para([Run(k)]) for k in kws]] for name, kws in groups
        ]
        blocks.append(Table(rows=[cells], widths=[1 / n] * n))
        html_body += (
            f'<div class="cols" style="grid-template-columns: repeat({n}, 1fr)">'
            + "".join(
                f'<div><p class="name">{_e(name)}</p>' + "".join(f"<p>{_e(k)}</p>" for k in kws) + "</div>"
                for name, kws in groups
            )
            + "</div>"
        )
        words |= {norm(k) for _, kws in groups for k in kws}
    elif shape == "sidebar-right":
        for name, kws in groups:
            blocks.append(Para([Run(name, bold=True)], align="right", space_before=4))
            blocks += [Para([Run(k)], align="right") for k in kws]
            html_body += f'<p class="name">{_e(name)}</p>' + "".join(f"<p>{_e(k)}</p>" for k in kws)
            words |= {norm(k) for k in kws}
    elif shape in ("wrapped-name", "hanging"):
        rows: list[list[list[Block]]] = []
        table = ""
        for name, kws in groups:
            rows.append([[Para([Run(name, bold=shape == "wrapped-name")])], [Para([Run(", ".join(kws))])]])
            if shape == "hanging":
                table += f'<p class="hang">{_e(name)}: {_e(", ".join(kws))}</p>'
            else:
                table += f"<tr><td>{_e(name)}</td><td>{_e(', '.join(kws))}</td></tr>"
            words |= {norm(k) for k in kws}
        blocks.append(Table(rows=rows, widths=[0.16, 0.84] if shape == "wrapped-name" else [0.22, 0.78]))
        html_body += table if shape == "hanging" else f'<table class="label">{table}</table>'
    elif shape.startswith("no-names-"):
        kws = [k for _, g in groups for k in g]
        if shape == "no-names-comma":
            blocks.append(Para([Run(", ".join(kws))]))
            html_body += f"<p>{_e(', '.join(kws))}</p>"
        elif shape == "no-names-lines":
            blocks += [Para([Run(k)]) for k in kws]
            html_body += "".join(f"<p>{_e(k)}</p>" for k in kws)
        else:
            blocks += [Para([Run(k)], bullet="•", indent=12) for k in kws]
            html_body += "<ul>" + "".join(f"<li>{_e(k)}</li>" for k in kws) + "</ul>"
        words |= {norm(k) for k in kws}
    else:
        raise ValueError(shape)

    def head(text: str) -> Para:
        return Para([Run(text.upper(), bold=True, size=12)], rule=True, style="Heading 1", space_before=8)

    work: list[Block] = [head(L.headings["work"][0])]
    work_html = f"<h2>{_e(L.headings['work'][0])}</h2>"
    for j in range(2):
        title, employer = L.titles[j % len(L.titles)], L.employers[j % len(L.employers)]
        when = f"{L.months[2 + j]} {2019 - 3 * j} – {L.present[0] if j == 0 else f'{L.months[5]} {2019 - 3 * j + 2}'}"
        bullets = L.highlights[2 * j : 2 * j + 2]
        work += [Para([Run(title, bold=True)], right=[Run(when)], space_before=4), Para([Run(employer)])]
        work += [Para([Run(b)], bullet="•", indent=12) for b in bullets]
        work_html += (
            f'<div class="rated"><b>{_e(title)}</b><span>{_e(when)}</span></div><p>{_e(employer)}</p><ul>'
            + "".join(f"<li>{_e(b)}</li>" for b in bullets)
            + "</ul>"
        )
    degree, areas = L.degrees[0]
    school = f"{degree} {areas[0]}"
    education: list[Block] = [
        head(L.headings["education"][0]),
        Para([Run(L.institutions[0], bold=True)], right=[Run("2012 – 2016")], space_before=4),
        Para([Run(school)]),
    ]
    education_html = (
        f"<h2>{_e(L.headings['education'][0])}</h2>"
        f'<div class="rated"><b>{_e(L.institutions[0])}</b><span>2012 – 2016</span></div><p>{_e(school)}</p>'
    )
    top: list[Block] = [Para([Run(person, bold=True, size=20)], style="Title"), Para([Run(contact)])]
    page = Page(body=top, cjk=lang if L.cjk else "")
    head_html = f'<h1>{_e(person)}</h1><p class="contact">{_e(contact)}</p>'
    section = f"<h2>{_e(heading)}</h2>{html_body}"
    skills: list[Block] = [head(heading), *blocks]
    if shape == "sidebar-right":  # the skills beside the work and schooling
        page.sidebar = skills
        page.body = [*top, *work, *education]
        page.sidebar_side = "right"
        markup_body = f'{head_html}<div class="frame"><main>{work_html}{education_html}</main><aside>{section}</aside></div>'
    elif rnd.random() < 0.5:  # the skills between the work and the schooling, or last
        page.body = [*top, *work, *skills, *education]
        markup_body = head_html + work_html + section + education_html
    else:
        page.body = [*top, *work, *education, *skills]
        markup_body = head_html + work_html + education_html + section
    markup = (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><style>{CSS}</style></head>'
        f"<body>{markup_body}</body></html>"
    )
    return SkillsDoc(page=page, markup=markup, words=words, groups=groups)


def render(doc: SkillsDoc, fmt: str) -> tuple[bytes, str]:
    """The document's bytes and file name in `fmt` (`pdf`, `docx`, `html`: Chromium's PDF)."""
    if fmt == "pdf":
        from .pdf_writer import write_pdf

        return write_pdf(doc.page), "skills.pdf"
    if fmt == "docx":
        from .docx_writer import write_docx

        return write_docx(doc.page), "skills.docx"
    from .html_writer import print_page

    return print_page(doc.markup), "skills.pdf"


def skill_words(skills: list[dict[str, Any]]) -> set[str]:
    """`score.py`'s `skill_words`."""
    words: set[str] = set()
    for s in skills or []:
        kws = s.get("keywords") or []
        words.update(norm(k) for k in kws)
        if not kws and s.get("name"):
            words.add(norm(s["name"]))
    return {w for w in words if w}
