"""Random resumes as JSON (hypothesis strategies), and how their dates print in each language.

A drawn document is `{"lang", "resume", "style"}`: `resume` holds the facts in JSON Resume's
shape with normalised dates (`YYYY-MM`, `YYYY`, `present`), which is what a parse must give back;
`style` holds the printing choices a person makes once per document (date form, separators,
how a certificate or a language line is written). The layout decides where things go.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from .lang import CERTIFICATES, SKILLS, Lang
from .unknown_lang import lang_of

Doc = dict[str, Any]

RANGE_SEPS = (" – ", " - ", " — ", "–", " to ")
CJK_RANGE_SEPS = (" – ", " - ", "～", "—")


def fmt_date(date: str, lang: Lang, form: str) -> str:
    """One normalised date (`2019-03` or `2019`) as the person prints it."""
    year, _, month = date.partition("-")
    if not month:
        return f"{year}年" if form == "cjk" else year
    m = int(month)
    full, short = lang.months[m - 1], lang.months_short[m - 1]
    return {
        "full": f"{full} {year}",
        "short": f"{short} {year}",
        "num_slash": f"{m:02d}/{year}",
        "num_dot": f"{m:02d}.{year}",
        "iso": f"{year}-{m:02d}",
        "de_full": f"{full} de {year}",
        "pt_slash": f"{short}/{year}",
        "ym_dot": f"{year}.{m:02d}",
        "cjk": f"{year}年{m}月",
        "y_full": f"{year}. {full}",
    }[form]


def fmt_range(start: str | None, end: str | None, lang: Lang, style: dict[str, Any]) -> str:
    """A date range as printed: `Jan 2019 – Present`, `Desde 2020`, `2019年3月～至今`."""
    form = style["month_form"]
    if end == "present" and start and style["since"] and lang.since:
        return f"{lang.since} {fmt_date(start, lang, form)}"
    end_text = style["present"] if end == "present" else fmt_date(end, lang, form) if end else ""
    if not start:
        return end_text
    if not end_text:
        return fmt_date(start, lang, form)
    return f"{fmt_date(start, lang, form)}{style['range_sep']}{end_text}"


def duration(start: str, end: str, lang: Lang) -> str:
    """LinkedIn's `3 yrs 10 mos` for a range (a current role counts to 2025-06)."""
    sy, _, sm = start.partition("-")
    ey, _, em = ("2025-06" if end == "present" else end).partition("-")
    months = (int(ey) - int(sy)) * 12 + (int(em or 1) - int(sm or 1)) + 1
    years, rest = divmod(max(months, 1), 12)
    yr, yrs, mo, mos = lang.duration
    parts = []
    if years:
        parts.append(f"{years} {yr if years == 1 else yrs}")
    if rest:
        parts.append(f"{rest} {mo if rest == 1 else mos}")
    sep = "" if lang.cjk else " "
    return sep.join(parts).replace(" ", "") if lang.cjk else sep.join(parts)


def _pick(draw: st.DrawFn, pool: tuple[Any, ...], n: int) -> list[Any]:
    """`n` distinct items of `pool` in a drawn order."""
    return list(draw(st.permutations(pool)))[: min(n, len(pool))]


def _timeline(draw: st.DrawFn, n: int, months: bool, current: bool) -> list[tuple[str, str]]:
    """`n` non-overlapping (start, end) ranges, newest first, the first one open if `current`."""
    out: list[tuple[str, str]] = []
    cursor = 2025 * 12 + draw(st.integers(0, 5))
    for i in range(n):
        end_idx = cursor if (i == 0 and current) else cursor - draw(st.integers(0, 8))
        start_idx = end_idx - draw(st.integers(8, 50))
        (sy, sm), (ey, em) = divmod(start_idx, 12), divmod(end_idx, 12)
        if months:
            start, end = f"{sy}-{sm + 1:02d}", f"{ey}-{em + 1:02d}"
        else:
            start, end = str(min(sy, ey - 1)), str(ey)
            start_idx = min(sy, ey - 1) * 12
        out.append((start, "present" if i == 0 and current else end))
        cursor = start_idx - draw(st.integers(1, 6)) - (0 if months else 12)
    return out


def _highlights(draw: st.DrawFn, lang: Lang, long: bool) -> list[str]:
    n = draw(st.integers(1, 3))
    items = _pick(draw, lang.highlights, n)
    if long:
        items[0:0] = _pick(draw, lang.long_highlights, 1)
    return items


def _person(draw: st.DrawFn, lang: Lang) -> tuple[str, str]:
    i = draw(st.integers(0, len(lang.people) - 1))
    given, family = lang.people[i]
    if lang.cjk:
        return family + given, lang.email_names[i]
    if lang.email_names:
        return f"{given} {family}", lang.email_names[i]
    ascii_ = (given + "." + family).lower().replace("'", "").replace(" ", "")
    ascii_ = ascii_.translate(
        str.maketrans("áàâäãçéèêëíìîïłńñóòôöõśšúùûüźżčřęąåø", "aaaaaceeeeiiiilnnooooossuuuuzzcreaao")
    )
    return f"{given} {family}", ascii_


@st.composite
def documents(
    draw: st.DrawFn,
    lang_code: str,
    *,
    grouped: bool = False,
    long: bool = False,
    months: bool | None = None,
    one_school: bool = False,
) -> Doc:
    """One resume in `lang_code`, with every section JSON Resume has and one it does not
    (`one_school`: two degrees taken at the same school, which prints it once over both)."""
    lang = lang_of(lang_code)
    name, email_name = _person(draw, lang)
    domain = draw(st.sampled_from(("example.com", "example.org", "mail.example.net")))
    # hypothesis draws False first: the simplest resume has months and a current job, as most do
    with_months = not draw(st.booleans()) if months is None else months
    style = {
        "month_form": draw(st.sampled_from(lang.month_forms)),
        "range_sep": draw(st.sampled_from(CJK_RANGE_SEPS if lang.cjk else RANGE_SEPS)),
        "present": draw(st.sampled_from(lang.present)),
        "since": lang.since is not None and draw(st.integers(0, 4)) == 0,
        "degree_form": draw(st.sampled_from(lang.degree_forms)),
        "cert_form": draw(st.sampled_from(("comma", "pipe", "dash", "right"))),
        "award_form": draw(st.sampled_from(("comma", "lead", "paren", "right"))),
        "lang_form": draw(st.sampled_from(("dash", "paren", "colon", "inline"))),
        "skills_form": draw(st.sampled_from(("groups", "groups", "flat"))),
        "interests_form": draw(st.sampled_from(("inline", "bullets"))),
        "pub_form": draw(st.sampled_from(("quote", "period"))),
    }
    headings = {key: draw(st.sampled_from(options)) for key, options in lang.headings.items()}

    n_work = draw(st.integers(2, 3))
    current = not draw(st.booleans())
    spans = _timeline(draw, n_work + (1 if grouped else 0), with_months, current)
    employers = _pick(draw, lang.employers, n_work)
    titles = _pick(draw, lang.titles, n_work + 1)
    cities = list(lang.cities)
    work: list[dict[str, Any]] = []
    names = list(employers)
    if grouped:
        names.insert(1, names[0])  # two roles in a row at the first employer
    for i, (start, end) in enumerate(spans):
        loc = draw(st.one_of(st.none(), st.sampled_from(cities))) if i else draw(st.sampled_from(cities))
        if grouped and i == 1:
            loc = work[0]["location"]
        work.append(
            {
                "name": names[i],
                "position": titles[i],
                "location": loc,
                "startDate": start,
                "endDate": end,
                "highlights": _highlights(draw, lang, long and i == 0),
            }
        )

    n_edu = 2 if one_school else draw(st.integers(1, 2))
    edu_spans = _timeline(draw, n_edu + 1, False, False)[1:]
    schools = _pick(draw, lang.institutions, n_edu)
    if one_school:
        schools = [schools[0]] * n_edu
    degrees = _pick(draw, lang.degrees, n_edu)
    education = []
    for (start, end), school, (degree, areas) in zip(edu_spans, schools, degrees, strict=False):
        # education ends before the first job: shift the years back
        education.append(
            {
                "institution": school,
                "studyType": degree,
                "area": draw(st.sampled_from(areas)),
                "startDate": str(int(start[:4]) - 6),
                "endDate": str(int(end[:4]) - 6),
            }
        )

    kw = _pick(draw, SKILLS, 12)
    if style["skills_form"] == "flat":
        skills = [{"name": None, "keywords": kw[: draw(st.integers(4, 7))]}]
    else:
        groups = _pick(draw, lang.skill_groups, draw(st.integers(2, 3)))
        skills, k = [], 0
        for g in groups:
            n = draw(st.integers(2, 4))
            skills.append({"name": g, "keywords": kw[k : k + n]})
            k += n

    spoken = _pick(draw, lang.languages, draw(st.integers(2, 3)))
    levels = _pick(draw, lang.fluency, len(spoken))
    languages = [{"language": s, "fluency": f} for s, f in zip(spoken, levels, strict=True)]

    certs = _pick(draw, CERTIFICATES, draw(st.integers(1, 2)))
    if not any(" - " in c[0] for c in certs):
        certs[0] = draw(st.sampled_from([c for c in CERTIFICATES if " - " in c[0]]))
    year_pool = [str(y) for y in range(2012, 2025)]
    certificates = [
        {"name": c, "issuer": i, "date": draw(st.sampled_from(year_pool))} for c, i in dict.fromkeys(certs)
    ]
    awards = [
        {
            "title": t,
            "awarder": draw(st.sampled_from(lang.awarders)),
            "date": draw(st.sampled_from(year_pool)),
        }
        for t in _pick(draw, lang.awards, draw(st.integers(1, 2)))
    ]
    projects = []
    for p in _pick(draw, lang.projects, draw(st.integers(1, 2))):
        if draw(st.booleans()):
            projects.append({"name": p, "description": None, "highlights": _highlights(draw, lang, long)})
        else:
            projects.append(
                {"name": p, "description": draw(st.sampled_from(lang.project_descriptions)), "highlights": []}
            )
    publications = [
        {
            "name": t,
            "publisher": draw(st.sampled_from(lang.publishers)),
            "releaseDate": draw(st.sampled_from(year_pool)),
        }
        for t in _pick(draw, lang.publications, draw(st.integers(1, 2)))
    ]
    v_start, v_end = _timeline(draw, 1, with_months, False)[0]
    volunteer = [
        {
            "organization": draw(st.sampled_from(lang.volunteer_orgs)),
            "position": draw(st.sampled_from(lang.volunteer_roles)),
            "startDate": str(int(v_start[:4]) - 1) + v_start[4:],
            "endDate": str(int(v_end[:4]) - 1) + v_end[4:],
            "highlights": _pick(draw, lang.highlights, 1),
        }
    ]
    references: list[dict[str, Any]] = []
    for _ in range(draw(st.integers(1, 2))):
        ref_name, ref_mail = _person(draw, lang)
        if any(r["name"] == ref_name for r in references) or ref_name == name:
            continue
        role = draw(st.sampled_from(lang.ref_roles))
        company = draw(st.sampled_from(lang.employers))
        references.append(
            {"name": ref_name, "lines": [f"{role}, {company}", f"{ref_mail.replace('.', '_')}@{domain}"]}
        )
    interests = [{"name": x} for x in _pick(draw, lang.interests, draw(st.integers(2, 4)))]
    other = {"heading": headings["other"], "lines": _pick(draw, lang.other_lines, draw(st.integers(1, 3)))}

    resume = {
        "basics": {
            "name": name,
            "email": f"{email_name}@{domain}",
            "phone": draw(st.sampled_from(lang.phones)),
            "location": draw(st.sampled_from(cities)),
            "summary": draw(st.sampled_from(lang.summaries)),
            "label": titles[0],
        },
        "work": work,
        "education": education,
        "skills": skills,
        "languages": languages,
        "certificates": certificates,
        "awards": awards,
        "projects": projects,
        "publications": publications,
        "volunteer": volunteer,
        "references": references,
        "interests": interests,
        "other": [other],
        "headings": headings,
    }
    return {"lang": lang_code, "resume": resume, "style": style}
