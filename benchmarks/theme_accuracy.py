"""Parser accuracy on resumes printed by published JSON Resume themes: a second blind measure.

The corpus's held-out half is 19 files. This set adds layouts nobody on the team wrote: the
`jsonresume-theme-*` packages on npm (`benchmarks/themes/package.json`, versions pinned by its
lock file), the HTML themes people print their JSON Resume with, printed to PDF by Chromium (a
PDF producer neither reportlab, LaTeX nor Word). Their input is `benchmarks/themes/people/`: 40
resumes written for this set by someone who never read the parser (professions across the
economy, 20 countries, 10 of them written in the person's language).

Each (theme, person) PDF is parsed with `parse_document` and scored by the corpus's `score.py`
against a label built from the person's JSON and from what the theme printed: a theme that does
not print a field (some print no employer, some only a skill group's name, some only years) is
not blamed on the parser. The themes are split by a stable hash of their name, like the corpus:
per-theme rows are printed for the tune themes only; the measure themes are reported as an
aggregate and never read one by one.

A third set is **sealed** (`benchmarks/themes/sealed/`): 18 more published themes added on
2026-12-06, after fourteen rounds of rules, chosen only by whether they print; every one is a
measure theme, none is ever shown (`--show` refuses them) or reported but in aggregate. It says
whether what the tune themes taught carries to layouts no one on the team has looked at; the
benchmark (`python -m benchmarks --only parse_themes`) reports it, this command only with
`--sealed`: an aggregate read after every change stops being blind.

A fourth set, **sealed2** (`benchmarks/themes/sealed2/`), was added on 2026-12-07 because the first
sealed set stopped being blind that day: the lead counted its work, education and skills losses by
mechanism (counts only) to point that session's work, then **opened** it: its themes are read and
tuned on like tune themes since (`--show`; `--rows --sealed` lists them), still reported as one row
of their own so that the figure from before and after stays comparable. Its themes were chosen the same way, only by
whether they print (installs with `npm ci --ignore-scripts`, exports `render`, prints at least 36 of
the 40 people to a PDF with a text layer; forks of a theme already in a set left out), and no PDF of
it was ever read, shown or scored one by one. It is reported beside the first, as one row.

A fifth set, **sealed3** (`benchmarks/themes/sealed3/`), was added the same day (2026-12-07) so that
sealed2 can in turn be counted by mechanism and opened next round while one set stays blind. Chosen
the same way, only by whether they print, from the published themes the reachable registry serves
(most names it does not; of those it does, most fail on these people or fork a theme already in a
set, so it holds 4 themes); never read, shown or scored one by one, reported as one row after
sealed2.

Needs Node.js, npm and Chromium (`CHROMIUM`, default `/usr/bin/chromium`); the themes install
into `.cache/themes` (`npm ci`, once). Every request a page makes other than `file:` and `data:`
is aborted, and Chromium resolves no host name: nothing leaves the machine.

    python -m benchmarks.theme_accuracy [--corpus ../shared/corpus] [--rows] [--json]
    python -m benchmarks.theme_accuracy --show THEME PERSON [--text]   (a tune theme's PDF: label,
                                                                        parse, and the page's text)
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import itertools
import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from benchmarks import date_truth

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "benchmarks" / "themes"
PEOPLE = HERE / "people"
CACHE = Path(os.environ.get("THEMES_CACHE", ROOT / ".cache" / "themes"))
"""Where the themes install (`npm ci`); a worktree may share another's."""
OUT = Path(os.environ.get("THEMES_OUT", ROOT / "benchmarks" / "out" / "themes"))
"""Where the PDFs are printed, cached by theme and resume content; a worktree may share another's."""
DEFAULT_CORPUS = (ROOT / ".." / "shared" / "corpus").resolve()
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


@dataclasses.dataclass(frozen=True)
class ThemeSet:
    """One pinned package list of themes (`package.json` and its lock in `here`), where it installs
    and where it prints. A sealed set is measured whole: no theme of it is tuned on or shown."""

    here: Path
    cache: Path
    out: Path
    sealed: bool = False
    name: str = "open"
    """A sealed set's row in the table (its half of the result)."""
    added: str = ""
    opened: str = ""
    """When a sealed set was counted by mechanism and then read: still one row, no longer blind,
    and its themes may be shown (`--show`) and listed (`--rows`) like tune themes."""

    @property
    def label(self) -> str:
        if self.opened:
            return f"{self.name} themes (added {self.added}; opened {self.opened}: read and tuned on since)"
        return f"{self.name} themes (added {self.added}: never read, never shown)"

    @property
    def summary(self) -> str:
        """How the benchmark's summary row names the set."""
        if self.opened:
            return f"{self.name} themes (added {self.added}, opened {self.opened})"
        return f"{self.name} themes (added {self.added}, never read or shown)"


def _sealed(name: str, added: str, opened: str = "") -> ThemeSet:
    """A sealed set beside the open one: `themes/<name>/`, cache `<cache>-<name>`, out `<out>/<name>`."""
    here, cache, out = HERE / name, CACHE.with_name(f"{CACHE.name}-{name}"), OUT / name
    return ThemeSet(here, cache, out, sealed=True, name=name, added=added, opened=opened)


OPEN = ThemeSet(HERE, CACHE, OUT)
SEALED = _sealed("sealed", "2026-12-06", opened="2026-12-07")
SEALED2 = _sealed("sealed2", "2026-12-07")
SEALED3 = _sealed("sealed3", "2026-12-07")
SEALED_SETS = (SEALED, SEALED2, SEALED3)
"""Measured whole, in the order they were added; a set read by mechanism is replaced, not reopened."""


def themes(theme_set: ThemeSet = OPEN) -> list[str]:
    deps = json.loads((theme_set.here / "package.json").read_text())["dependencies"]
    return sorted(
        name.removeprefix("jsonresume-theme-") for name in deps if name.startswith("jsonresume-theme-")
    )


def measured(theme: str) -> bool:
    """Odd first byte of sha256(theme name): a measure theme, reported only in aggregate."""
    return hashlib.sha256(theme.encode()).digest()[0] % 2 == 1


def available() -> str | None:
    """Why the set cannot be built here, or None."""
    for tool in ("node", "npm"):
        if shutil.which(tool) is None:
            return f"{tool} not found"
    if not Path(CHROMIUM).exists() and shutil.which(CHROMIUM) is None:
        return f"Chromium not found at {CHROMIUM}"
    if not shutil.which("pdftotext"):
        return "pdftotext (poppler-utils) not found"
    if not any(PEOPLE.glob("*.json")):
        return f"no resumes under {PEOPLE}"
    return None


def install(theme_set: ThemeSet = OPEN) -> None:
    """`npm ci` of the pinned themes into the set's cache, once per lock file."""
    lock = (theme_set.here / "package-lock.json").read_bytes()
    stamp = theme_set.cache / ".lock-sha256"
    digest = hashlib.sha256(lock).hexdigest()
    if stamp.exists() and stamp.read_text() == digest and (theme_set.cache / "node_modules").is_dir():
        return
    theme_set.cache.mkdir(parents=True, exist_ok=True)
    for name in ("package.json", "package-lock.json"):
        shutil.copy(theme_set.here / name, theme_set.cache / name)
    subprocess.run(
        ["npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts"], cwd=theme_set.cache, check=True
    )
    stamp.write_text(digest)


def _v0(resume: dict[str, Any]) -> dict[str, Any]:
    """The person's resume with the names themes written for JSON Resume 0.x read (`company`,
    `website`, `gpa`): the same content, so an older theme does not drop a field."""
    out = json.loads(json.dumps(resume))
    basics = out.setdefault("basics", {})
    if basics.get("url"):
        basics.setdefault("website", basics["url"])
    basics.setdefault("profiles", [])
    for key in ("work", "volunteer", "publications", "projects"):
        for item in out.get(key, []):
            if key == "work" and item.get("name"):
                item.setdefault("company", item["name"])
            if item.get("url"):
                item.setdefault("website", item["url"])
    for item in out.get("education", []):
        if item.get("score"):
            item.setdefault("gpa", item["score"])
    return out


def build(pairs: list[tuple[str, Path]], theme_set: ThemeSet = OPEN) -> dict[str, dict[str, Any]]:
    """Print each (theme, person) to PDF (cached by theme, resume content, pinned packages and
    printer script); the build log."""
    out_dir, cache = theme_set.out, theme_set.cache
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "input").mkdir(exist_ok=True)
    plan, log = [], {}
    for theme, person in pairs:
        data = _v0(json.loads(person.read_text()))
        printer = (theme_set.here / "package-lock.json").read_bytes() + (HERE / "build.js").read_bytes()
        digest = hashlib.sha256(json.dumps(data, sort_keys=True).encode() + printer).hexdigest()[:12]
        source = out_dir / "input" / f"{person.stem}.json"
        source.write_text(json.dumps(data, ensure_ascii=False))
        pdf = out_dir / f"{theme}__{person.stem}.pdf"
        stamp = pdf.with_suffix(".stamp")
        if pdf.exists() and stamp.exists() and stamp.read_text() == digest:
            log[pdf.name] = {"ok": True}
            continue
        plan.append(
            {"theme": theme, "resume": str(source), "pdf": str(pdf), "stamp": str(stamp), "digest": digest}
        )
    if plan:
        (out_dir / "plan.json").write_text(json.dumps(plan))
        shutil.copy(HERE / "build.js", cache / "build.js")  # beside the themes it requires
        done = subprocess.run(
            ["node", "build.js", str(out_dir / "plan.json")],
            env={**os.environ, "CHROMIUM": CHROMIUM},
            cwd=cache,
            capture_output=True,
            text=True,
            check=False,
        )
        for line in done.stdout.splitlines():
            if line.startswith("@@"):
                row = json.loads(line[2:])
                log[Path(row["pdf"]).name] = row
        for item in plan:
            if log.get(Path(item["pdf"]).name, {}).get("ok"):
                Path(item["stamp"]).write_text(item["digest"])
    return log


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=False)
    return out.stdout.decode("utf8", "replace")


_PRESENT = re.compile(r"\b(?:present|current|now|today|ongoing)\b", re.I)
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def _month_forms(value: str) -> Iterator[str]:
    year, month = value[:4], int(value[5:7])
    name = _MONTHS[month - 1]
    yield from (f"{name} {year}", f"{name}. {year}", f"{name}, {year}", f"{year}-{month:02d}")
    yield from (f"{month:02d}/{year}", f"{month}/{year}", f"{month:02d}.{year}", f"{year}/{month:02d}")


_SUMMARY_HEADING = re.compile(
    r"(?:(?:professional|career|personal) ?)?(?:summary|profile|objective|about(?: ?me)?)"
)
_LANGUAGES_HEADING = re.compile(r"(?:(?:spoken|foreign) ?)?languages?(?: ?skills)?")
"""The corpus README's words for a `summary` heading (summary, profile, objective, about) and the
English words for a `languages` one: the labeller's own, so the figure does not grade the parser's
lexicon by itself (published themes print English headings)."""


def _line(line: str) -> Iterator[str]:
    """A printed line as a heading compares: case folded, an icon or bullet before it and a colon
    after it dropped, letter-spaced type (`S U M M A RY`, small capitals `L anguages`) closed up;
    and a heading in capitals with its section's first words after it on its row (`LANGUAGES
    Native`), alone."""
    words = re.sub(r"^[^\w]+|[:\s]+$", "", line).split()
    yield " ".join(words).casefold()
    yield "".join(words).casefold()
    if ":" in line:  # a run-in heading, `Languages: English (native)`
        yield " ".join(re.sub(r"^[^\w]+", "", line.partition(":")[0]).split()).casefold()
    caps = list(itertools.takewhile(lambda w: w.isupper() and len(w) > 1, words))
    if caps and len(caps) < len(words):
        yield " ".join(caps).casefold()


class Printed:
    """What a theme printed, asked the way `score.py` compares (its `norm`)."""

    def __init__(self, text: str, score: Any) -> None:
        self.score = score
        self.flat = f" {score.norm(text)} "
        self.raw = " ".join(text.casefold().split())
        self.digits = re.sub(r"\D", "", text)
        self.lines = {form for line in text.splitlines() for form in _line(line)}
        self.squeezed = self.flat.replace(" ", "")

    def shows(self, value: object) -> bool:
        """`has`, or a long name printed letter-spaced, glued to its heading (`S i n g e r  o f`,
        `PUBLICATIONSPrice review`) or cut at its column's edge after five words or more."""
        words = self.score.norm(value).split()
        squeezed = "".join(words)
        if self.has(value) or (len(squeezed) >= 12 and squeezed in self.squeezed):
            return True
        return len(words) > 5 and self.has(" ".join(words[:5]))

    def headed(self, heading: re.Pattern[str]) -> bool:
        """A line of the page is that heading alone (the corpus labels list only headed sections)."""
        return any(heading.fullmatch(line) for line in self.lines)

    def has(self, value: object) -> bool:
        words = self.score.norm(value)
        return bool(words) and f" {words} " in self.flat

    def date(self, value: str | None) -> str | None:
        """The label's date at the granularity the theme printed (month, year) or None."""
        if not value or not re.match(r"\d{4}", value):
            return None
        if len(value) >= 7:
            for form in _month_forms(value):
                if form in self.raw or self._month_word(form):
                    return value[:7]
        return value[:4] if value[:4] in self.raw else None

    def _month_word(self, form: str) -> bool:
        """`March 2019`, `Mar. 2019`: the month's full name before the year."""
        head, _, year = form.partition(" ")
        return bool(year) and re.search(rf"\b{head.strip('.,')}[a-z]*\.?,? {year}\b", self.raw) is not None


def label(resume: dict[str, Any], printed: Printed) -> dict[str, Any]:
    """The label `score.py` reads, of what the theme printed (a field it does not print is not
    asked of the parser: an empty list makes `score.py` skip it, a missing basics field too)."""
    basics = resume.get("basics", {})
    out: dict[str, Any] = {"basics": {}, "sections": [], "work": [], "education": [], "skills": []}
    for key in ("name", "email"):
        if printed.has(basics.get(key)):
            out["basics"][key] = basics[key]
    phone = re.sub(r"\D", "", basics.get("phone") or "")[-10:]
    if phone and phone in printed.digits:
        out["basics"]["phone"] = basics["phone"]
    present = _PRESENT.search(printed.raw) is not None
    jobs = resume.get("work", [])
    if jobs and all(printed.has(j.get("name")) and printed.has(j.get("position")) for j in jobs):
        for j in jobs:
            end = printed.date(j.get("endDate")) if j.get("endDate") else ("present" if present else None)
            start = printed.date(j.get("startDate"))
            out["work"].append(
                {"name": j["name"], "position": j["position"], "startDate": start, "endDate": end}
                | _current(j, start, end)
            )
    schools = resume.get("education", [])
    if schools and all(printed.has(s.get("institution")) for s in schools):
        for s in schools:  # (`score.py` does not score education dates: these are for `date_truth`)
            start, end = printed.date(s.get("startDate")), printed.date(s.get("endDate"))
            out["education"].append(
                {"institution": s["institution"], "startDate": start, "endDate": end}
                | _current(s, start, end)
            )
    for group in resume.get("skills", []):
        keywords = [k for k in group.get("keywords") or [] if printed.has(k)]
        if keywords and len(keywords) == len(group.get("keywords") or []):
            out["skills"].append({"name": group.get("name"), "keywords": keywords})
        elif printed.has(group.get("name")):
            out["skills"].append({"name": group["name"]})
    summary = basics.get("summary")
    if summary and printed.has(summary[:60].rsplit(" ", 1)[0]) and printed.headed(_SUMMARY_HEADING):
        out["sections"].append({"key": "summary"})  # a summary under the name, headless, is not a section
    from resume_api.models.resume import SECTION_KEYS

    for key in SECTION_KEYS[1:]:  # after basics
        items = resume.get(key, [])
        if key in _NAMED_BY:
            shown = sum(any(printed.shows(item.get(f)) for f in _NAMED_BY[key]) for item in items)
            if (
                shown
                and 2 * shown >= len(items)
                and (key != "languages" or printed.headed(_LANGUAGES_HEADING))
            ):
                out["sections"].append({"key": key})  # (spoken languages in the header: no section)
        elif any(printed.has(v) for item in items for v in _values(item)):
            out["sections"].append({"key": key})
    return out


def _current(entry: dict[str, Any], start: str | None, end: str | None) -> dict[str, Any]:
    """`date_truth`'s mark where the printed dates alone do not say whether the entry is current:
    held now on a page with no word for "present" (True), or an end the theme did not print (None)."""
    if not start or end:
        return {}
    return {"current": None} if entry.get("endDate") else {"current": True}


_NAMED_BY = {
    "volunteer": ("organization", "position"),
    "awards": ("title",),
    "certificates": ("name",),
    "publications": ("name",),
    "languages": ("language",),
    "interests": ("name",),
    "references": ("name", "reference"),
    "projects": ("name",),
}
"""The fields that name an item of a section: the section is printed where half its items or more
show their names. A certificate's issuer, an award's awarder or one language met elsewhere on the
page (`Google` in a job, `CompTIA A+` among the skills, `Tamil` in the summary) prints no section."""


def _values(item: dict[str, Any]) -> Iterator[str]:
    for value in item.values():
        if isinstance(value, str) and len(value) > 3 and not re.fullmatch(r"[\d-]+|https?://\S+", value):
            yield value


def run(corpus: Path, *, sealed: bool = True, opened: bool = False) -> dict[str, Any]:
    """Every set's scores (`sealed`: the sealed sets too; `opened`: only the opened one of them)."""
    from benchmarks.parse_accuracy import _aggregate, corpus_module

    score = corpus_module(corpus, "score")
    people = sorted(PEOPLE.glob("*.json"))
    rows: dict[str, dict[str, dict[str, float]]] = {"measure": {}, "tune": {}}
    rows.update({s.name: {} for s in SEALED_SETS})
    per_theme: dict[str, dict[str, dict[str, float]]] = {}
    dated: dict[str, list[dict[str, int]]] = {h: [] for h in rows}
    dated_theme: dict[str, list[dict[str, int]]] = {}
    failed: dict[str, int] = {}
    sets = (OPEN, *SEALED_SETS) if sealed else (OPEN, *(s for s in SEALED_SETS if s.opened and opened))
    for theme_set in sets:
        for theme, pdf, result, dates in _scored(theme_set, people, score, failed):
            half = theme_set.name if theme_set.sealed else "measure" if measured(theme) else "tune"
            rows[half][pdf.name] = result
            dated[half].append(dates)
            if half == "tune" or theme_set.opened:
                per_theme.setdefault(theme, {})[pdf.name] = result
                dated_theme.setdefault(theme, []).append(dates)
    return {
        "themes": {
            "measure": sum(map(measured, themes())),
            "tune": sum(not measured(t) for t in themes()),
            **{s.name: len(themes(s)) if s in sets else 0 for s in SEALED_SETS},
        },
        "people": len(people),
        "halves": {h: _aggregate(r) for h, r in rows.items()},
        "tune_themes": {t: _aggregate(r) for t, r in sorted(per_theme.items())},
        "date_truth": {h: date_truth.total(c) for h, c in dated.items() if c},
        "date_truth_themes": {t: date_truth.total(c) for t, c in sorted(dated_theme.items())},
        "not_printed": failed,
    }


def _scored(
    theme_set: ThemeSet, people: list[Path], score: Any, failed: dict[str, int]
) -> Iterator[tuple[str, Path, dict[str, float], dict[str, int]]]:
    """Each printed (theme, person) PDF of a set with its score and date truth; what did not print
    is counted."""
    from benchmarks.parse_accuracy import _parse

    install(theme_set)
    pairs = [(t, p) for t in themes(theme_set) for p in people]
    log = build(pairs, theme_set)
    for theme, person in pairs:
        pdf = theme_set.out / f"{theme}__{person.stem}.pdf"
        if not log.get(pdf.name, {}).get("ok") or not pdf.exists():
            failed[theme] = failed.get(theme, 0) + 1
            continue
        truth = label(json.loads(person.read_text()), Printed(_text(pdf), score))
        parsed = _parse(pdf.read_bytes(), pdf.name)
        yield theme, pdf, score.score_one(parsed, truth), date_truth.count(score, parsed, truth)


def markdown(result: dict[str, Any]) -> str:
    fields = ["name", "email", "phone", "sections", "work", "work_dates", "education", "skills"]
    out = [
        f"Resumes printed by published JSON Resume themes ({result['people']} people × "
        f"{sum(result['themes'].values())} themes, Chromium PDF), scored by the corpus's `score.py` "
        "against what each theme printed; the first 27 themes split by a hash of their name, the "
        "sealed ones added later and only ever measured whole.",
        "",
        "| set | themes | PDFs | field score | " + " | ".join(f.replace("_", " ") for f in fields) + " |",
        "|---|---:|---:|---:|" + "---:|" * len(fields),
    ]
    names = {"measure": "measure themes (never read one by one)", "tune": "tune themes"}
    names.update({s.name: s.label for s in SEALED_SETS})
    for half, name in names.items():
        if not result["themes"].get(half):
            continue
        agg = result["halves"][half]
        cells = [f"{agg['fields'].get(f, 0.0):.3f}" for f in fields]
        out.append(
            f"| {name} | {result['themes'][half]} | {agg['files']} | {agg['score']:.3f} | "
            + " | ".join(cells)
            + " |"
        )
    truth = result.get("date_truth") or {}
    if truth:
        out += ["", "Date truth (`benchmarks.date_truth`, over matched jobs and schools):", ""]
        out += [f"- {names[h]}: {date_truth.row(truth[h])}" for h in names if h in truth]
    if result["not_printed"]:
        out += [
            "",
            "PDFs a theme failed to print (not scored): "
            + ", ".join(f"{t} {n}" for t, n in sorted(result["not_printed"].items())),
        ]
    return "\n".join(out)


def show(corpus: Path, theme: str, person: str, *, text: bool = False) -> int:
    """What one tune (or opened) theme printed, the label made of it, and what the parser read."""
    from benchmarks.parse_accuracy import _parse, corpus_module

    home = next((s for s in SEALED_SETS if theme in themes(s)), OPEN)
    if (measured(theme) and home is OPEN) or (home.sealed and not home.opened):
        print(f"{theme} is a measure theme: it is reported in aggregate only, never read one by one")
        return 2
    score = corpus_module(corpus, "score")
    install(home)
    build([(theme, PEOPLE / f"{person}.json")], home)
    pdf = home.out / f"{theme}__{person}.pdf"
    page = _text(pdf)
    if text:
        print(page)
    truth = label(json.loads((PEOPLE / f"{person}.json").read_text()), Printed(page, score))
    parsed = _parse(pdf.read_bytes(), pdf.name)
    print(json.dumps(score.score_one(parsed, truth)))
    keep = ("name", "position", "institution", "area", "studyType", "startDate", "endDate", "keywords")
    for key in ("work", "education", "skills"):
        print(f"label {key}:", json.dumps(truth[key], ensure_ascii=False))
        got = [{f: e[f] for f in keep if e.get(f)} for e in parsed.get(key, [])]
        print(f"parse {key}:", json.dumps(got, ensure_ascii=False))
    print("label sections:", [s["key"] for s in truth["sections"]])
    print("parse sections:", [(s.get("key"), s.get("heading")) for s in parsed.get("sections", [])])
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rows", action="store_true", help="per tune theme (and opened, with --sealed)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--show", nargs=2, metavar=("THEME", "PERSON"), help="one tune theme's PDF")
    parser.add_argument("--text", action="store_true", help="with --show: the page's text too")
    parser.add_argument(
        "--opened", action="store_true", help="the opened sealed set too (readable: rows with --rows)"
    )
    parser.add_argument(
        "--sealed", action="store_true", help="the sealed sets' aggregates too (the benchmark's figures)"
    )
    args = parser.parse_args(argv)
    if args.show:
        return show(args.corpus, *args.show, text=args.text)
    why = available() or (None if (args.corpus / "score.py").exists() else "the corpus's score.py not found")
    if why:
        print(f"theme set skipped: {why}")
        return 0
    result = run(args.corpus, sealed=args.sealed, opened=args.opened)
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    print(markdown(result))
    if args.rows:
        for theme, agg in result["tune_themes"].items():
            detail = " ".join(f"{k}={v:.2f}" for k, v in agg["fields"].items())
            print(f"  {theme:18} {agg['score']:.3f}  {detail}")
        print("date truth per theme:")
        for theme, counts in result["date_truth_themes"].items():
            print(f"  {theme:18} {date_truth.row(counts)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
