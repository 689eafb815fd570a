"""Markdown export is faithful and safe (issue #13 item 4): rendered by a CommonMark implementation
(markdown-it-py, with GitHub's tables and strikethrough switched on too), every heading is the
heading the layout printed and every value comes back as text, whatever the user wrote."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from resume_api.models.resume import Resume
from resume_api.render import print_plan as L
from resume_api.render import render

FORBIDDEN = {
    "html_block",
    "html_inline",
    "fence",
    "code_block",
    "code_inline",
    "hr",
    "table_open",
    "s_open",
    "image",
    "blockquote_open",
    "ordered_list_open",
    "link_open",
}
"""Nothing the writer itself makes from text without URLs: any of these came from user text."""

_PIECES = [
    *"#*_`~-=+>|[]()!<>&\\:;.,0123456789 aBz\n\tÄ·–",
    "```",
    "~~~",
    "---",
    "&amp;",
    "<b>",
    "](x)",
    "1. ",
]
HOSTILE = (
    st.lists(st.sampled_from(_PIECES), min_size=1, max_size=15)
    .map("".join)
    .map(lambda s: s if s.strip() else "x" + s)
)


def _md() -> MarkdownIt:
    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def _text(token: Any) -> str:
    return "".join(c.content if c.type in ("text", "code_inline") else "\n" for c in token.children or [])


def _expected(lay: L.Layout) -> tuple[list[tuple[str, str]], list[str]]:
    """The headings the writer must produce (level, text) and the values that must survive."""
    heads: list[tuple[str, str]] = []
    values: list[str] = []
    if lay.header.name:
        heads.append(("h1", lay.header.name))
    if lay.header.label:
        values.append(lay.header.label)
    values += [c.text for c in lay.header.contacts]
    for sec in lay.sections:
        heads.append(("h2", sec.heading))
        for b in sec.blocks:
            if isinstance(b, L.Entry):
                if b.title:
                    heads.append(("h3", b.title))
                values += [v for v in (b.subtitle, b.location, b.dates) if v] + b.lines + b.bullets
            elif isinstance(b, L.Paragraph):
                values.append(b.text)
            elif isinstance(b, L.Bullets):
                values += b.items
            elif isinstance(b, L.Group):
                values += ([b.label] if b.label else []) + b.items
            elif isinstance(b, L.Row):
                values += [b.left, b.right]
    return heads, values


def check(resume: Resume) -> None:
    lay = L.build(resume, "numeric")
    if lay.empty:
        return
    tokens = _md().parse(render(resume, "md", "ats").data.decode("utf-8"))
    found = {t.type for t in tokens} | {c.type for t in tokens for c in t.children or []}
    assert not found & FORBIDDEN, f"user text became markup: {found & FORBIDDEN}"
    heads, values = _expected(lay)
    got = [(t.tag, _text(tokens[i + 1])) for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert got == heads
    text = "\n".join(_text(t) for t in tokens if t.type == "inline")
    for v in values:
        assert v in text, f"{v!r} lost"


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=HOSTILE,
    label=HOSTILE,
    summary=HOSTILE,
    org=HOSTILE,
    title=HOSTILE,
    bullets=st.lists(HOSTILE, min_size=1, max_size=3),
    skills=st.lists(HOSTILE, min_size=1, max_size=3),
    heading=HOSTILE,
    other=HOSTILE,
)
def test_hostile_text_stays_text(
    name: str,
    label: str,
    summary: str,
    org: str,
    title: str,
    bullets: list[str],
    skills: list[str],
    heading: str,
    other: str,
) -> None:
    check(
        Resume.model_validate(
            {
                "basics": {"name": name, "label": label, "summary": summary},
                "work": [{"name": org, "position": title, "startDate": "2020-01", "highlights": bullets}],
                "skills": [{"name": "Tools", "keywords": skills}],
                "sections": [
                    {"heading": "Summary", "key": "summary"},
                    {"heading": "Experience", "key": "work"},
                    {"heading": "Skills", "key": "skills"},
                    {"heading": heading, "key": "other", "text": other},
                ],
            }
        )
    )


def test_the_issue_examples_stay_text() -> None:
    """`~~~` once turned the rest of the file into a code block, `---` into a rule."""
    for line in (
        "~~~",
        "```",
        "---",
        "***",
        "___",
        "===",
        "# no",
        "<script>x</script>",
        "| a | b |",
        "&copy;",
    ):
        check(
            Resume.model_validate(
                {
                    "basics": {"name": "Ada", "summary": f"Before\n{line}\nAfter"},
                    "work": [{"name": "Acme", "position": "Eng", "highlights": [line, "after"]}],
                    "education": [{"institution": "MIT", "studyType": "BSc"}],
                    "skills": [{"keywords": ["Python"]}],
                }
            )
        )
