"""PDF text with its layout: where each run of text sits, its size, and whether it is bold.

pypdf's plain `extract_text()` returns text in content-stream order with a single space for any
gap on a line, so a right-aligned date, a sidebar and the main column run together. Resumes need
more: headings are recognised by size and weight, two-column pages are read column by column,
and a date at the right margin is a separate cell. So this module walks each page's content
stream itself (the text operators only, with pypdf's parser and font decoding), measures every
string with the font's real glyph widths, and builds lines from those positions:

1. runs: each shown string with its start and end x, baseline, size, bold/italic (`_Interpreter`);
2. rows: runs on the same baseline; cut into segments where the gap is wide (`_rows`);
3. columns: a vertical gutter that no row crosses splits the page; the column with more text is
   read first, except a narrow column of dates, which stays on its rows (`_columns`);
4. page furniture: lines repeated across pages (headers, footers), page numbers and text at an
   angle leave the reading flow for `RawDocument.margin`.

Resource limits (stream sizes, XObject nesting) are set so a hostile file cannot make this loop
for long; the sandbox bounds time and memory on top.
"""

from __future__ import annotations

import io
import itertools
import math
import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from ..errors import DocumentError
from . import cid_unicode
from .clean_text import clean, repair_letter_spacing
from .content_ops import operations
from .dates import find_range, is_date_only
from .hidden_text import OBSERVED, HiddenRun, PageVisibility, _point, covered, layers_off, page_box
from .lines import BULLETS, PLACED_HEADING, Line, RawDocument, run_in

_ICON_FONT = re.compile(
    r"awesome|icon|glyph|dingbat|wingding|webding|material|octicon|academicons|fontello|icomoon"
    r"|ionic|feather|remix|devicon|entypo|linearicon|typicon|marvosym|fontawesome|fa-?(solid|regular|brands)",
    re.IGNORECASE,
)
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi|extrabold|ultrabold|[-,_]bd\b|-sb\b", re.IGNORECASE)
_ITALIC_FONT = re.compile(r"italic|oblique|slanted|[-,_]it\b|[-,_]bdit\b", re.IGNORECASE)
PAGE_NUMBER = re.compile(
    r"^(?:page\s*)?[-–(]?\s*\d{1,3}\s*(?:(?:/|of|von|de|sur)\s*\d{1,3})?\s*[-–)]?$", re.I
)
_DATEISH = re.compile(
    r"\b(?:19|20)\d{2}\b|\b(?:present|current|now|ongoing|today)\b|\b\d{1,2}/\d{2,4}\b", re.IGNORECASE
)

_MARKERS = frozenset(BULLETS)
_GLUED = re.compile(
    rf"^([{re.escape(''.join(sorted(_MARKERS - set('-–—*>»·›'))))}])(?=[^\s{re.escape(BULLETS)}])"
)
"""A marker glyph as wide as the box a page gave it, the item's text right after it: no character of
a word, it takes a space (dashes, `›` and `»` may open a quotation or a number, and stay)."""


MAX_XOBJECT_DEPTH = 6
MAX_XOBJECT_CALLS = 500
MAX_RUNS_PER_PAGE = 60_000
MAX_CONTENT_BYTES = 2_000_000
"""Content-stream bytes one document may make the interpreter read: page contents plus every form
XObject each time it is drawn. pypdf tokenizes about 1 MB a second in pure Python, so this keeps a
parse to a few seconds. The largest resume in the corpus needs 177 KB; a compressed stream of
operators (a few KB on disk, 30 MB decoded) would otherwise take a minute and a GB."""
MAX_SHOWN_PER_FONT = 4096
"""Decoded strings remembered per font (`_Font.shown`): glyphs and short words repeat; a hostile
stream of millions of distinct strings stays bounded."""
MAX_GUTTER_CANDIDATES = 48
MAX_ANNOTATIONS = 200
MAX_COVER_CHECKS = 200_000
"""String-against-box tests per page when judging what later boxes cover (a hostile page of
thousands of each stays bounded; past it, the rest counts as seen)."""
"""Annotations read per page: a form has tens of fields; thousands would be a hostile file."""
MAX_LABELS = 100
"""Headings a label column may hold on one page (`_label_column`): each is placed by a look over
the page's rows, so a crafted page of thousands would cost their product; no resume has so many."""


@dataclass(slots=True)
class _Font:
    name: str
    bold: bool
    italic: bool
    icon: bool
    decoder: Any  # pypdf Font, or None when the font cannot be read
    scale: float  # glyph-space units to text space (1/1000 except Type3)
    default_width: float
    space_width: float
    unicode_cmap: bool = False
    """A CID font on a predefined Unicode CMap (`UniJIS-UCS2-H`): codes are Unicode, widths are
    by CID, and the printable ASCII characters are CIDs 1-95 in every Adobe CJK collection."""
    shown: dict[bytes, tuple[str, int, float, int]] = field(default_factory=dict)
    """Each string shown in this font, decoded once: (text, codes, summed glyph widths, spaces).
    A browser's PDF shows one glyph per operator, the same few hundred glyphs thousands of times."""


@dataclass(slots=True)
class Run:
    text: str
    x0: float
    x1: float
    base: float  # baseline, measured from the top of the page
    size: float
    bold: bool
    italic: bool
    font: str


@dataclass(slots=True)
class _Rotated:
    text: str
    end: tuple[float, float]
    """Where the last string ended, in page space: the next one continues it if it starts there."""


@dataclass(slots=True)
class _Segment:
    runs: list[Run]
    x0: float
    x1: float
    base: float
    size: float
    tracking: float = 0.0
    """The letter spacing of the row's type in this segment's look, where the segment is too short
    to show its own (`LYO` `N`: a kerned pair merged, one letter left)."""
    margins: tuple[float, ...] = ()
    """The tag margins its page shows in its type (`_page_margins`): gaps a line of tags alone
    (`Fronius SMA`) cannot tell from word spaces."""

    @property
    def chars(self) -> int:
        return sum(len(r.text) for r in self.runs)

    def text(self) -> str:
        """The runs joined, with a space wherever the gap between two runs is a word gap.

        A word gap is wider than 0.1 em, or, in letter-spaced text (`J A R E D`, `+ 4 4 ( 0 ) 2 0`),
        clearly wider than the gap between its glyphs: tracking spaces digits and punctuation as it
        spaces letters. A soft hyphen drawn with no advance (the next glyph starts on it) is not
        printed: only where the line breaks does it show.
        """
        runs = [
            _without_soft_hyphen(r, after) for r, after in itertools.zip_longest(self.runs, self.runs[1:])
        ]
        runs = [r for r in runs if r.text]
        gaps = [b.x0 - a.x1 for a, b in itertools.pairwise(runs)]
        letter_gap = _tracking(runs, self.size) or self.tracking
        out = runs[0].text if runs else ""
        for prev, r, gap in zip(runs, runs[1:], gaps, strict=False):
            threshold = max(0.1 * min(r.size, prev.size), 1.6 * letter_gap)
            if _glyph(prev) and _glyph(r):
                # letter by letter (small caps, tracked type): a word space is at least a quarter
                # em, the tracking between two letters of a word well under a fifth
                threshold = max(threshold, 0.18 * min(r.size, prev.size))
            if gap > threshold and not out.endswith(" ") and not r.text.startswith(" "):
                out += " "
            out += r.text
        return out


_STOPS = (",", ".", ";", ":", "!", "?", ")", "»", "”")


_KERNS = frozenset("ATVWYÀÁÂÃÄÅАТУ")
"""Letters fonts kern against a space (`A space`, `space T`: 0.055 em less in Liberation Sans, Arial)."""

_ACCENTS = {
    "`": "\u0300",
    "\u00b4": "\u0301",
    "\u02c6": "\u0302",
    "\u02dc": "\u0303",
    "\u00af": "\u0304",
    "\u02d8": "\u0306",
    "\u02d9": "\u0307",
    "\u00a8": "\u0308",
    "\u02da": "\u030a",
    "\u02dd": "\u030b",
    "\u02c7": "\u030c",
    "\u00b8": "\u0327",
    "\u02db": "\u0328",
    **{chr(c): chr(c) for c in range(0x300, 0x370)},
}
"""A spacing accent (and a combining mark drawn as a glyph of its own) -> the combining mark it puts
on the letter it is drawn over: poppler's table. TeX's OT1 fonts print `ü` as `u` and `¨`."""


def _accented(letter: str, mark: str) -> str:
    """`u` + U+0308 -> `ü`; a dotless `ı` under an accent is the `i` it prints (TeX's `\\'\\i`)."""
    if letter == "ı" and mark in "\u0300\u0301\u0302\u0308":
        letter = "i"
    return unicodedata.normalize("NFC", letter + mark)


@dataclass(slots=True)
class _Accent:
    """A spacing accent just drawn, the last character of `run`: it goes onto the next string's first
    letter if that string is drawn back under it (TeX's `\\accent`: the accent, then the letter)."""

    run: Run
    centre: float
    x1_before: float
    """`run`'s end before the accent joined it (its start, where the accent began a run)."""
    mark: str


def _wide_gaps(seg: _Segment) -> list[int]:
    """Where (after which run) a segment's words are set clearly further apart than its word
    spaces: a browser sets every word space of a line in one face alike, so one a fifth wider, not
    after a stop, is a box's margin (tags a few pixels apart), not a space."""
    runs = seg.runs
    if len(runs) < 2 or any(
        r.text[:1].isspace() or r.text[-1:].isspace() or abs(r.size - seg.size) > 0.1 for r in runs
    ):
        return []
    if seg.margins:  # every gap of the line in a face is a margin its page shows (`_page_margins`)
        return sorted(
            i
            for gaps in _face_gaps(seg).values()
            for i, g in gaps
            if any(abs(g - m) <= _MARGIN_ALIKE * seg.size for m in seg.margins)
            and not runs[i].text.endswith(_STOPS)
            and runs[i + 1].text[:1].isalnum()
        )
    faces: dict[str, list[tuple[int, float]]] = {}
    kerned: set[int] = set()
    for i, (a, b) in enumerate(itertools.pairwise(runs)):
        if a.font == b.font:  # (a space in another face is another width)
            faces.setdefault(a.font, []).append((i, b.x0 - a.x1))
        if a.text[-1:] in _KERNS or b.text[:1] in _KERNS:
            kerned.add(i)
    cuts: list[int] = []
    for gaps in faces.values():
        # a space the font may kern (`PASTA FRESCA`: `A space`) is up to 0.06 em narrower: it
        # measures the word space with that added, and its margin is not compared with the others
        words = [g + (0.06 * seg.size if i in kerned else 0.0) for i, g in gaps if g > 0.15 * seg.size]
        if len(words) < 2:
            continue
        space = min(words)
        wide = [(i, g) for i, g in gaps if g > 1.15 * space and g - space > 0.05 * seg.size]
        narrow = [g for _, g in gaps if 0.15 * seg.size < g <= 1.15 * space]
        margins = [g for i, g in wide if i not in kerned] or [g for _, g in wide]  # every tag's alike
        if wide and max(narrow) <= 1.04 * space and max(margins) <= 1.05 * min(margins):
            cuts += [
                i for i, _ in wide if not runs[i].text.endswith(_STOPS) and runs[i + 1].text[:1].isalnum()
            ]
    return sorted(cuts)


_MARGIN_ALIKE = 0.02
"""Ems within which two gaps are one margin."""


def _face_gaps(seg: _Segment) -> dict[tuple[str, float], list[tuple[int, float]]]:
    """The gaps (after which run) between two runs of one face (font, size) in a segment, by face;
    none where the runs hold their spaces (text set in words with spaces)."""
    runs = seg.runs
    out: dict[tuple[str, float], list[tuple[int, float]]] = {}
    if len(runs) < 2 or any(r.text[:1].isspace() or r.text[-1:].isspace() for r in runs):
        return out
    for i, (a, b) in enumerate(itertools.pairwise(runs)):
        if a.font == b.font and round(a.size, 1) == round(b.size, 1):
            out.setdefault((a.font, round(a.size, 1)), []).append((i, b.x0 - a.x1))
    return out


def _page_margins(rows: list[_Row]) -> None:
    """Mark the lines of tags whose every gap is a margin (`Fronius SMA`, `simPRO Xero Quoting`): a
    line that shows no word space of its own is measured against the page's. A browser sets every
    word space of a font at one width in ems over the page (its most common gap: kerned and
    tracked pairs aside); where every gap of a line in one face is clearly wider, all alike, and
    that gap is the one most such lines of the face share, twice at least (a box's margin is the
    same on every row; each line of a justified paragraph is stretched by its own amount), those
    gaps part tags (`_wide_gaps`)."""
    ems: dict[str, Counter[float]] = {}
    for row in rows:
        for seg in row.segments:
            for a, b in itertools.pairwise(seg.runs):
                g = b.x0 - a.x1
                if (
                    a.font == b.font
                    and abs(a.size - b.size) <= 0.1
                    and g > 0.15 * a.size
                    and max(len(a.text.strip()), len(b.text.strip())) > 1
                ):  # two lone letters side by side are tracking (a letter-spaced heading): were it
                    # counted, a bold heading's tracking would be the bold's word space, and every
                    # word space of bold group names a tag's margin
                    ems.setdefault(a.font, Counter())[round(g / a.size, 2)] += 1
    space = {font: em for font, seen in ems.items() for em, n in [seen.most_common(1)[0]] if n >= 2}
    found: dict[tuple[str, float], list[tuple[float, _Segment]]] = {}
    for row in rows:
        for seg in row.segments:
            for face, gaps in _face_gaps(seg).items():
                word, low, high = (
                    space.get(face[0], 0.0) * face[1],
                    min(g for _, g in gaps),
                    max(g for _, g in gaps),
                )
                if (
                    word
                    and low > 1.15 * word
                    and low - word > 0.05 * face[1]
                    and high - low <= _MARGIN_ALIKE * face[1]
                ):
                    found.setdefault(face, []).append((statistics.median(g for _, g in gaps), seg))
    for face, segs in found.items():
        for gap, seg in segs:
            alike = sum(1 for g, _ in segs if abs(g - gap) <= _MARGIN_ALIKE * face[1])
            if alike >= 2 and 2 * alike > len(segs):
                seg.margins = (*seg.margins, gap)


def _pieces(segments: list[_Segment]) -> list[str]:
    """`Line.pieces`: each segment's text cut at its wide gaps, or [] when none has one."""
    cuts = [_wide_gaps(seg) for seg in segments]
    if not any(cuts):
        return []
    out: list[str] = []
    for seg, at in zip(segments, cuts, strict=True):
        bounds = [0, *(i + 1 for i in at), len(seg.runs)]
        for a, b in itertools.pairwise(bounds):
            part = _Segment(seg.runs[a:b], seg.runs[a].x0, seg.runs[b - 1].x1, seg.base, seg.size).text()
            out.append(_SPACES.sub(" ", repair_letter_spacing(part)).strip())
    return out


def _tracking(runs: list[Run], size: float) -> float:
    """The gap between the glyphs of letter-spaced type (each glyph its own run), or 0."""
    letter_gaps = [
        b.x0 - a.x1
        for a, b in itertools.pairwise(runs)
        if (_glyph(a) and _glyph(b)) or (_letters(a) and _letters(b))
    ]
    if len(runs) < 4 or len(letter_gaps) < 0.6 * (len(runs) - 1):
        return 0.0
    gap = statistics.median(letter_gaps)
    return gap if gap >= 0.05 * size else 0.0


def _row_tracking(row: _Row) -> None:
    """Give each short segment of glyph-by-glyph runs that shows no tracking of its own the
    tracking of the row's runs in its look (size and font): a letter-spaced contact row is cut
    into cells at its separators, and a place (`LYON`) alone is too short to show it."""
    looks: dict[tuple[float, str], float] = {}
    for seg in row.segments:
        runs = seg.runs
        if len(runs) < 2 or len(runs) >= 4 or sum(_glyph(r) or _letters(r) for r in runs) < len(runs) / 2:
            continue
        key = (round(seg.size, 1), runs[0].font)
        if key not in looks:
            same = [r for r in row.runs if (round(r.size, 1), r.font) == key]
            looks[key] = _tracking(same, seg.size)
        seg.tracking = looks[key]


def _without_soft_hyphen(run: Run, after: Run | None) -> Run:
    """The run without a hyphen it ends with that has no advance: the next run starts on it, a
    third of an em back, where a soft hyphen that did not break the line is drawn."""
    if (
        after is None
        or not run.text.endswith(("-", "\u00ad", "\u2010"))
        or abs(after.base - run.base) > 0.2 * run.size
    ):
        return run
    if not run.x1 - 0.6 * run.size <= after.x0 <= run.x1 - 0.2 * run.size:
        return run
    return replace(run, text=run.text[:-1])


def _glyph(run: Run) -> bool:
    """One glyph, a letter, digit or mark: how tracked type comes out, glyph by glyph (a group of
    digits, `12` in `06 12 34`, is a word of its own)."""
    text = run.text.strip()
    return len(text) == 1


def _letters(run: Run) -> bool:
    """One or two letters: tracked type, or a kerned pair of it (`Fr`)."""
    text = run.text.strip()
    return 0 < len(text) <= 2 and text.isalpha()


@dataclass(slots=True)
class _Row:
    base: float
    size: float
    runs: list[Run] = field(default_factory=list)
    segments: list[_Segment] = field(default_factory=list)


def _mult(m: list[float], n: list[float]) -> list[float]:
    return [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]


def _num(value: Any, default: float = 0.0) -> float:
    try:
        f = float(value)
    except (TypeError, ValueError):
        return default
    return f if math.isfinite(f) else default


_HYPHENS = frozenset("-\u00ad\u2010\u2011\u2012\u2013")


_LEGACY_CMAPS = {
    **dict.fromkeys(("B5pc", "ETen-B5", "ETenms-B5", "CNS-EUC", "CNS1"), "cp950"),
    "HKscs-B5": "big5hkscs",
    **dict.fromkeys(("KSC-EUC", "KSCms-UHC", "KSCms-UHC-HW", "KSCpc-EUC"), "cp949"),
    "KSC-Johab": "johab",
    **dict.fromkeys(("GBpc-EUC", "GBT-EUC", "GBTpc-EUC"), "gb2312"),
    **dict.fromkeys(("GBKp-EUC", "GBK2K"), "gb18030"),
    **dict.fromkeys(("83pv-RKSJ", "90msp-RKSJ", "90pv-RKSJ", "Add-RKSJ", "Ext-RKSJ", "RKSJ"), "cp932"),
    "EUC": "euc_jp",
}
"""Predefined CJK CMaps of legacy encodings pypdf does not map (it falls back to UTF-16, which
turns every string into other characters), by name without the -H/-V writing mode, to the Python
codec whose byte sequences they take. A font without /ToUnicode on one of them (older Chinese,
Taiwanese, Korean and Japanese producers) was read as garbage; pdftotext reads it."""


def _form_matrix(xobj: Any) -> list[float]:
    matrix = [_num(v) for v in (xobj.get("/Matrix") or [1, 0, 0, 1, 0, 0])][:6]
    return matrix if len(matrix) == 6 else [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]


_ANNOT_HIDDEN = 2 | 32
"""Annotation flags Hidden and NoView: a viewer shows nothing of the annotation."""


def _is_group(xobj: Any) -> bool:
    """Whether a form XObject is a transparency group (composited as one, through the graphics
    state it is drawn with)."""
    try:
        group = xobj.get("/Group")
        return group is not None and group.get_object().get("/S") == "/Transparency"
    except (AttributeError, TypeError, KeyError):
        return False


def _appearance(annot: Any) -> Any:
    """The normal appearance stream a viewer draws for an annotation, or None (a link, a popup,
    a hidden annotation, one without an appearance)."""
    if annot.get("/Subtype") in ("/Link", "/Popup") or int(_num(annot.get("/F"), 0)) & _ANNOT_HIDDEN:
        return None
    ap = annot.get("/AP")
    ap = ap.get_object() if ap is not None else None
    normal = ap.get("/N") if ap is not None else None
    normal = normal.get_object() if normal is not None else None
    if normal is None:
        return None
    if normal.get("/BBox") is None:  # a dictionary of states (check box on/off): the current one
        state = annot.get("/AS")
        normal = normal.get(state) if state is not None else None
        normal = normal.get_object() if normal is not None else None
        if normal is None or normal.get("/BBox") is None:
            return None
    return normal if normal.get("/Subtype", "/Form") == "/Form" else None


def _annotation_matrix(form: Any, rect: list[float]) -> list[float] | None:
    """PDF 12.5.5: the form's /BBox, through its /Matrix, is fitted to the annotation's /Rect;
    the returned matrix is /Matrix times that fit (form space to user space)."""
    bbox = [_num(v) for v in (form.get("/BBox") or [])][:4]
    if len(bbox) != 4:
        return None
    matrix = _form_matrix(form)
    corners = [
        (x * matrix[0] + y * matrix[2] + matrix[4], x * matrix[1] + y * matrix[3] + matrix[5])
        for x in (bbox[0], bbox[2])
        for y in (bbox[1], bbox[3])
    ]
    bx0, bx1 = min(c[0] for c in corners), max(c[0] for c in corners)
    by0, by1 = min(c[1] for c in corners), max(c[1] for c in corners)
    rx0, rx1 = sorted((rect[0], rect[2]))
    ry0, ry1 = sorted((rect[1], rect[3]))
    if bx1 - bx0 < 1e-6 or by1 - by0 < 1e-6:
        return None
    sx, sy = (rx1 - rx0) / (bx1 - bx0), (ry1 - ry0) / (by1 - by0)
    return _mult(matrix, [sx, 0.0, 0.0, sy, rx0 - bx0 * sx, ry0 - by0 * sy])


def _name_unknown_glyphs(decoder: Any) -> None:
    """Codes of a simple font whose glyph names pypdf does not know (`/g74`, `/glyph12`, `/G3`
    from font subsetters) and no /ToUnicode maps: pypdf gives the name itself as the text, so a
    whole resume read as `/g74/g97...`. A name that spells its character is read as that character
    (`/g74` -> 'J', as poppler reads it); any other is the code's own character (poppler's
    pass-through of unknown names), which is right for the fonts that keep ASCII codes."""
    encoding = decoder.encoding
    if not isinstance(encoding, dict):
        return
    for code, value in list(encoding.items()):
        if not (isinstance(value, str) and len(value) > 1 and value.startswith("/")):
            continue
        char = _glyph_char(value)
        if char is None and isinstance(code, int) and (0x20 <= code < 0x7F or 0xA0 <= code <= 0xFF):
            char = chr(code)
        encoding[code] = char if char is not None else ""


def _tidy_cmap(cmap: dict[Any, Any]) -> None:
    """Glyphs some producers map to several characters: a space to `\\t\\r \\xa0`, a hyphen to `-\\xad‐`."""
    for key, value in cmap.items():
        if isinstance(value, str) and len(value) > 1:
            if value.isspace():
                cmap[key] = " "
            elif all(c in _HYPHENS or c.isspace() for c in value):
                cmap[key] = "-"


class _FontCache:
    """Fonts are shared by pages; decode each one once per document."""

    def __init__(self) -> None:
        self._by_id: dict[int, tuple[Any, _Font]] = {}

    def get(self, font_dict: Any) -> _Font:
        key = id(font_dict)
        hit = self._by_id.get(key)
        if hit is not None:
            return hit[1]
        font = self._load(font_dict)
        self._by_id[key] = (font_dict, font)  # keep the dict alive so its id stays unique
        return font

    @staticmethod
    def _load(font_dict: Any) -> _Font:
        from pypdf.generic import DictionaryObject

        if not isinstance(font_dict, DictionaryObject):
            return _Font("", False, False, False, None, 0.001, 500, 250)
        descriptor: Any = font_dict.get("/FontDescriptor")
        subtype = font_dict.get("/Subtype")
        if descriptor is None and subtype == "/Type0":
            try:
                descendants: Any = font_dict["/DescendantFonts"].get_object()
                descendant = descendants[0].get_object()
                descriptor = descendant.get("/FontDescriptor")
            except (KeyError, IndexError, AttributeError, TypeError):
                descriptor = None
        descriptor = descriptor.get_object() if descriptor is not None else None
        if not isinstance(descriptor, DictionaryObject):
            descriptor = DictionaryObject()
        name = str(font_dict.get("/BaseFont") or descriptor.get("/FontName") or "")
        name = name.lstrip("/").split("+", 1)[-1]
        family = str(descriptor.get("/FontFamily") or "")
        weight = _num(descriptor.get("/FontWeight"), 400)
        flags = int(_num(descriptor.get("/Flags"), 0))
        angle = _num(descriptor.get("/ItalicAngle"), 0)
        bold = bool(_BOLD_FONT.search(name)) or weight >= 600 or bool(flags & (1 << 18))
        italic = bool(_ITALIC_FONT.search(name)) or abs(angle) > 1
        icon = bool(_ICON_FONT.search(name) or _ICON_FONT.search(family))
        decoder: Any = _decoder(font_dict)
        scale = 0.001
        if subtype == "/Type3":
            matrix = font_dict.get("/FontMatrix")
            try:
                scale = abs(_num(matrix[0], 0.001)) or 0.001  # type: ignore[index]
            except (TypeError, IndexError, KeyError):
                scale = 0.001
        default_width = 500.0
        space_width = 250.0
        if decoder is not None:
            default_width = _num(decoder.character_widths.get("default"), 500) or 500
            space_width = _num(decoder.space_width, 250) or 250
            if not decoder.interpretable:
                decoder = None
            else:
                _tidy_cmap(decoder.character_map)
                _name_unknown_glyphs(decoder)
        legacy = _LEGACY_CMAPS.get(str(font_dict.get("/Encoding") or "").lstrip("/").rsplit("-", 1)[0])
        if subtype == "/Type0" and legacy is not None and decoder is not None and not decoder.character_map:
            decoder.encoding = legacy  # pypdf reads these as UTF-16 (garbage); the codes are the codec's
        if subtype == "/Type0" and decoder is not None and not decoder.character_map:
            ordering = cid_unicode.collection(font_dict)
            if ordering is not None:  # CIDs of an Adobe collection, no /ToUnicode: its own table
                decoder.character_map = dict(cid_unicode.table(ordering))
        unicode_cmap = subtype == "/Type0" and bool(
            re.fullmatch(r"/Uni\w+-(?:UCS2|UTF16)-[HV]", str(font_dict.get("/Encoding") or ""))
        )
        return _Font(name, bold, italic, icon, decoder, scale, default_width, space_width, unicode_cmap)


def _decoder(font_dict: Any) -> Any:
    """pypdf's `Font` for a font resource, or one for a repaired copy when the resource is broken.

    A garbage `/Differences` array, `/ToUnicode` stream or `/Widths` array makes pypdf give up
    on the whole font, which would silently drop every string shown in it. So a broken simple
    font is retried with its `/Differences` cleaned (only codes and glyph names kept), then also
    without `/ToUnicode` and widths, then, if its encoding was a dictionary, with the standard
    encoding. Composite (Type0) fonts and fonts with a named encoding pypdf cannot use are not
    guessed at: their text is dropped rather than misread. None when nothing works.
    """
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject
    from pypdf.generic._font import Font

    def attempt(candidate: Any) -> Any:
        try:
            return Font.from_font_resource(candidate)
        except Exception:  # pypdf raises whatever a malformed font makes it trip over
            return None

    decoder = attempt(font_dict)
    if decoder is not None and not decoder.interpretable and font_dict.get("/Subtype") == "/Type3":
        named = _type3_named(font_dict)
        decoder = (attempt(named) if named is not None else None) or decoder
    if decoder is not None or font_dict.get("/Subtype") == "/Type0":
        return decoder
    cleaned = DictionaryObject(font_dict)
    encoding = cleaned.get("/Encoding")
    encoding = encoding.get_object() if encoding is not None else None
    if isinstance(encoding, DictionaryObject):
        fixed = DictionaryObject()
        base = encoding.get("/BaseEncoding")
        if isinstance(base, NameObject):
            fixed[NameObject("/BaseEncoding")] = base
        differences = encoding.get("/Differences")
        differences = differences.get_object() if differences is not None else None
        if isinstance(differences, ArrayObject):
            kept = ArrayObject(
                d
                for d in differences[:1024]
                if isinstance(d, NameObject) or (isinstance(d, int) and 0 <= d <= 255)
            )
            if kept and not isinstance(kept[0], int):
                kept.insert(0, NumberObject(0))
            fixed[NameObject("/Differences")] = kept
        cleaned[NameObject("/Encoding")] = fixed
    elif encoding is not None and not isinstance(encoding, NameObject):
        del cleaned["/Encoding"]
    stages: list[tuple[str, ...]] = [(), ("/ToUnicode", "/Widths", "/FirstChar", "/LastChar")]
    if isinstance(encoding, DictionaryObject):
        stages.append(("/Encoding",))
    for drop in stages:
        for key in drop:
            cleaned.pop(key, None)
        decoder = attempt(cleaned)
        if decoder is not None:
            return decoder
    return None


_CODE_NAME = re.compile(r"/(?:(?:[xX]|index0x)([0-9A-Fa-f]{2,4})|[acgCG]?(\d{2,3})|u([0-9A-Fa-f]{4,6}))")
"""Glyph names that spell their character: `/x4A` (dvipdfmx's bitmap fonts), `/a68`, `/g65`,
`/c65` (dvips, pdfTeX), `/u0104`; read the way poppler's pdftotext reads them."""


def _glyph_char(name: str) -> str | None:
    m = _CODE_NAME.fullmatch(name)
    if m is None:
        return None
    hex_code, dec, uni = m.groups()
    value = int(hex_code, 16) if hex_code else int(dec) if dec else int(uni, 16)
    if value < 0x20 or 0x7F <= value < 0xA0 or value > 0x10FFFF or 0xD800 <= value < 0xE000:
        return None
    return chr(value)


def _type3_named(font_dict: Any) -> Any:
    """A bitmap (Type3) font whose glyph names are not Adobe's, with names that spell a character
    (`/x4A`, `/a68`) renamed `/uniXXXX` so pypdf can decode it.

    pypdf refuses a Type3 font without `/ToUnicode` whose glyph names it does not know, so a LaTeX
    resume typeset with bitmap fonts (dvipdfmx, dvips) came back without a word. None when no
    name could be read.
    """
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject

    encoding = font_dict.get("/Encoding")
    encoding = encoding.get_object() if encoding is not None else None
    if not isinstance(encoding, DictionaryObject):
        return None
    differences = encoding.get("/Differences")
    differences = differences.get_object() if differences is not None else None
    if not isinstance(differences, ArrayObject):
        return None
    renamed, found = ArrayObject(), False
    for item in differences[:1024]:
        char = _glyph_char(str(item)) if isinstance(item, NameObject) else None
        found = found or char is not None
        renamed.append(NameObject(f"/uni{ord(char):04X}") if char is not None else item)
    if not found:
        renamed = _passed_through(differences[:1024])
        if renamed is None:
            return None
    fixed = DictionaryObject(encoding)
    fixed[NameObject("/Differences")] = renamed
    named = DictionaryObject(font_dict)
    named[NameObject("/Encoding")] = fixed
    named.pop("/CharProcs", None)  # pypdf reads a Type3 font whose glyph names it cannot check
    return named


def _passed_through(differences: Any) -> Any:
    """A Type3 /Differences array whose names are neither Adobe's nor spell a code (`/glyph12`,
    `/g3`) with each such name replaced by the character of its own code, as poppler maps unknown
    glyph names (pdftotext reads these fonts' text so). None when no code is a printable one."""
    from pypdf._codecs.adobe_glyphs import adobe_glyphs
    from pypdf.generic import ArrayObject, NameObject

    out, code, passed = ArrayObject(), 0, False
    for item in differences:
        if not isinstance(item, NameObject):
            code = int(_num(item, 0))
            out.append(item)
            continue
        if str(item) not in adobe_glyphs and (0x20 <= code < 0x7F or 0xA0 <= code <= 0xFF):
            out.append(NameObject(f"/uni{code:04X}"))
            passed = True
        else:
            out.append(item)
        code += 1
    return out if passed else None


class _Work:
    """What one document has made the interpreter read so far, against MAX_CONTENT_BYTES.

    Form XObjects are parsed once (a logo drawn on every page costs one parse) but charged each
    time they are drawn, since walking their operators again is work too.
    """

    def __init__(self, limit: int = MAX_CONTENT_BYTES) -> None:
        self.limit = limit
        self.used = 0
        self.forms: dict[int, tuple[Any, list[tuple[Any, bytes]], int]] = {}

    def charge(self, size: int) -> None:
        self.used += size
        if self.used > self.limit:
            raise DocumentError("The document is too complex to read.", code="too_complex")


def _decode(font: _Font, raw: bytes) -> tuple[str, int, float, int]:
    """A shown string in `font`: its text (cleaned, on one line), how many codes it has, the sum of
    their glyph widths and how many are the single-byte space (word spacing applies to those)."""
    dec = font.decoder
    if dec is None:
        codes = raw.decode("latin-1")
        return "", len(codes), font.default_width * len(codes), codes.count(" ")
    enc = dec.encoding
    if isinstance(enc, str):
        try:
            codes = raw.decode(enc, "surrogatepass")
        except UnicodeDecodeError:
            codes = raw.decode(enc, "replace")
        except LookupError:
            codes = raw.decode("latin-1")
        decoded = codes
        spaces = 0
    else:
        codes = raw.decode("latin-1")
        decoded = "".join(enc.get(b, chr(b)) for b in raw)
        spaces = codes.count(" ")
    cmap = dec.character_map
    text = "".join(cmap.get(c, c) for c in decoded) if cmap else decoded
    cw = dec.character_widths
    dw = font.default_width
    widths = 0.0
    for c in codes:
        w = cw.get(chr(ord(c) - 31) if font.unicode_cmap and " " <= c <= "~" else c)
        widths += _num(w, dw) if w is not None else dw
    text = clean(text).replace("\n", " ").replace("\t", " ") if text else ""
    return text, len(codes), widths, spaces


def _over_last(prev: Run, x0: float, x1: float, base: float, size: float) -> bool:
    """An accent drawn back over the last letter of `prev` (the letter first, then its accent)."""
    centre = (x0 + x1) / 2
    return (
        prev.text[-1:].isalpha()
        and x0 < prev.x1
        and prev.x1 - 0.9 * size < centre < prev.x1 - 0.02 * size
        and abs(prev.base - base) < 0.5 * size
        and abs(prev.size - size) < 0.3 * size
    )


def _under(accent: _Accent, text: str, x0: float, x1: float, base: float, size: float) -> bool:
    """The string drawn next starts with a letter under the accent before it (TeX's order)."""
    return (
        text[:1].isalpha()
        and x0 - 0.02 * size <= accent.centre <= min(x1, x0 + 0.9 * size)
        and abs(accent.run.base - base) < 0.5 * size
        and abs(accent.run.size - size) < 0.3 * size
    )


class _Interpreter:
    """Walks a content stream's text operators and records each shown string as a `Run`."""

    def __init__(
        self, reader: Any, fonts: _FontCache, page_top: float, page_left: float, work: _Work | None = None
    ) -> None:
        self.reader = reader
        self.fonts = fonts
        self.page_top = page_top
        self.page_left = page_left
        self.runs: list[Run] = []
        self.rotated: list[_Rotated] = []
        """Text drawn at an angle (a vertical margin note): kept apart from the page's rows."""
        self.xobject_calls = 0
        self.work = work if work is not None else _Work()
        self._spans: list[tuple[str | None, int, int]] = []
        """Open marked-content spans: (ActualText or None, first run, first rotated run)."""
        self.visibility: PageVisibility | None = None
        """Follows colour, render mode, clip and what is painted: strings no reader sees go there."""
        self.base = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
        """User space to the page as displayed (`_displayed`), where the page has a /Rotate."""
        self._outer: list[tuple[Any, Any]] = []
        """Fonts and XObjects of each content being walked, innermost last (`_lookup`)."""
        self.invisible: list[tuple[Run, tuple[float, float], HiddenRun | None]] = []
        """Invisible strings (render mode 3) and where they sit: an image drawn over them after
        them makes them a scan's OCR layer, which the image shows (`settle_invisible`)."""
        self.shown: dict[int, tuple[Run, int]] = {}
        self._accent: _Accent | None = None
        """Each run by id, with how many solid boxes were painted before it began (`settle_covered`);
        the run itself is held so a deleted run's id is never taken for another's."""

    def run_page(self, page: Any) -> list[Run]:
        from pypdf.generic import ContentStream

        contents = page.get("/Contents")
        if contents is None:
            return []
        contents = contents.get_object()
        if contents is None:
            return []
        data = ContentStream(contents, self.reader, "bytes").get_data()
        self.work.charge(len(data))  # decoded, not yet tokenized
        resources = page.get("/Resources")
        resources = resources.get_object() if resources is not None else None
        self._walk(operations(data), resources, list(self.base), depth=0, seen=set())
        return self.runs

    def run_annotations(self, page: Any) -> None:
        """Draw what the page's annotations show: filled-in form fields, text boxes a PDF editor
        added (FreeText), stamps. Their appearance streams are text on the page as any viewer and
        pdftotext show it; a resume filled into a PDF form holds all its text there."""
        try:
            annots = page.get("/Annots")
            annots = annots.get_object() if annots is not None else None
            items = list(annots[:MAX_ANNOTATIONS]) if annots is not None else []
        except (AttributeError, TypeError, KeyError):
            return
        for item in items:
            if self.xobject_calls >= MAX_XOBJECT_CALLS:
                return
            try:
                annot = item.get_object()
                form = _appearance(annot)
                rect = [_num(v) for v in annot.get("/Rect")][:4] if form is not None else []
            except (AttributeError, TypeError, KeyError, ValueError):
                continue
            if form is None or len(rect) != 4:
                continue
            placed = _annotation_matrix(form, rect)
            if placed is None:
                continue
            saved = self.visibility.fresh() if self.visibility is not None else None
            self._form(form, _mult(placed, self.base), None, 0, set())
            if self.visibility is not None and saved is not None:
                self.visibility.restore(saved)

    def settle_covered(self) -> None:
        """Strings a solid box painted after them hides (a white rectangle over a sentence, a
        redaction bar) are not what a reader sees: out of the text, into the hidden strings."""
        visibility = self.visibility
        if visibility is None or not visibility.covers:
            return
        top, left = self.page_top, self.page_left
        covers = [(x0 - left, top - y1, x1 - left, top - y0) for x0, y0, x1, y1 in visibility.covers]
        budget = MAX_COVER_CHECKS
        gone: set[int] = set()
        for run in self.runs:
            entry = self.shown.get(id(run))
            if entry is None or entry[1] >= len(covers):
                continue
            later = covers[entry[1] :]
            budget -= len(later)
            if budget < 0:
                break  # past the bound: what is left counts as seen
            if covered((run.x0, run.base - 0.7 * run.size, run.x1, run.base + 0.2 * run.size), later):
                gone.add(id(run))
                visibility.hide(run.text, "covered", run.x0, run.x1, run.base, run.size)
        if gone:
            self.runs = [run for run in self.runs if id(run) not in gone]

    def settle_doubles(self) -> None:
        """A string drawn again over itself a hair away (CSS `text-shadow` printed as a second copy
        of the text, a bold faked by printing twice) is read once, as pdftotext does: the copy
        painted first goes."""
        last: dict[tuple[str, str, int], Run] = {}
        gone: set[int] = set()
        for run in self.runs:
            key = (run.text, run.font, round(run.size * 4))
            before = last.get(key)
            near = 0.3 * run.size
            if before is not None and abs(before.x0 - run.x0) < near and abs(before.base - run.base) < near:
                gone.add(id(before))
            last[key] = run
        if gone:
            self.runs = [run for run in self.runs if id(run) not in gone]

    def settle_invisible(self) -> None:
        """Invisible strings under an image drawn after them are the OCR layer of a scanned page
        (the image shows those words): read them; the others stay hidden."""
        visibility = self.visibility
        if visibility is None or not self.invisible:
            return
        shown = [(run, hidden) for run, centre, hidden in self.invisible if visibility.over_image(centre)]
        if not shown:
            return
        self.runs.extend(run for run, _ in shown)
        gone = {id(h) for _, h in shown if h is not None}
        visibility.hidden = [h for h in visibility.hidden if id(h) not in gone]

    def _walk(
        self, ops: list[tuple[Any, bytes]], resources: Any, ctm: list[float], depth: int, seen: set[int]
    ) -> None:
        font_res: Any = {}
        xobjects: Any = {}
        if resources is not None:
            try:
                fr = resources.get("/Font")
                font_res = fr.get_object() if fr is not None else {}
                xr = resources.get("/XObject")
                xobjects = xr.get_object() if xr is not None else {}
            except AttributeError:
                font_res, xobjects = {}, {}
        self._outer.append((font_res, xobjects))
        try:
            self._walk_ops(ops, resources, font_res, xobjects, ctm, depth, seen)
        finally:
            self._outer.pop()

    def _lookup(self, table: int, name: Any) -> Any:
        """A font (`table` 0) or XObject (1) by name: in the resources in force, else in those of
        the content that drew this form. A form whose /Resources lack its fonts is read by viewers
        (poppler) with the page's: a page drawn inside one such form held all the page's text."""
        for entry in reversed(self._outer):
            try:
                return entry[table][name].get_object()
            except (KeyError, TypeError, AttributeError):
                continue
        return None

    def _gs_font(self, name: Any, resources: Any) -> tuple[Any, float] | None:
        """The font an ExtGState sets (`/Font [font size]`), which `gs` selects like `Tf`."""
        try:
            state = resources.get("/ExtGState").get_object()[name].get_object()
            entry = state.get("/Font")
            entry = entry.get_object() if entry is not None else None
            if entry is None or len(entry) < 2:
                return None
            return entry[0].get_object(), _num(entry[1], 10.0)
        except (KeyError, TypeError, AttributeError, IndexError):
            return None

    def _walk_ops(
        self,
        ops: list[tuple[Any, bytes]],
        resources: Any,
        font_res: Any,
        xobjects: Any,
        ctm: list[float],
        depth: int,
        seen: set[int],
    ) -> None:
        stack: list[tuple[list[float], _Font | None, float, float, float, float, float, float]] = []
        font: _Font | None = None
        size = 10.0
        tc = tw = 0.0
        tz = 1.0
        tl = ts = 0.0
        tm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
        tlm = tm
        runs = self.runs
        visibility = self.visibility
        for operands, op in ops:
            if len(runs) > MAX_RUNS_PER_PAGE:
                return
            if visibility is not None and op in OBSERVED:
                visibility.observe(op, operands, ctm, resources)
            if op in {b"Tj", b"TJ"}:
                if font is None or not operands:
                    continue
                if op == b"Tj":
                    tm = self._show(operands[0], font, size, tc, tw, tz, ts, tm, ctm)
                else:
                    items = operands[0] if isinstance(operands[0], list) else []
                    for item in items:
                        if isinstance(item, (bytes, str)):
                            tm = self._show(item, font, size, tc, tw, tz, ts, tm, ctm)
                        else:
                            shift = -_num(item) / 1000.0 * size * tz
                            tm = [tm[0], tm[1], tm[2], tm[3], tm[4] + shift * tm[0], tm[5] + shift * tm[1]]
            elif op in {b"Td", b"TD"}:
                tx = _num(operands[0]) if operands else 0.0
                ty = _num(operands[1]) if len(operands) > 1 else 0.0
                if op == b"TD":
                    tl = -ty
                tlm = [
                    tlm[0],
                    tlm[1],
                    tlm[2],
                    tlm[3],
                    tx * tlm[0] + ty * tlm[2] + tlm[4],
                    tx * tlm[1] + ty * tlm[3] + tlm[5],
                ]
                tm = tlm
            elif op == b"Tm":
                vals = [_num(v) for v in operands[:6]]
                tlm = tm = vals if len(vals) == 6 else [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
            elif op in {b"T*", b"'", b'"'}:
                if op == b'"' and len(operands) >= 3:
                    tw, tc = _num(operands[0]), _num(operands[1])
                tlm = [tlm[0], tlm[1], tlm[2], tlm[3], -tl * tlm[2] + tlm[4], -tl * tlm[3] + tlm[5]]
                tm = tlm
                if op != b"T*" and font is not None and operands:
                    tm = self._show(operands[-1], font, size, tc, tw, tz, ts, tm, ctm)
            elif op == b"BT":
                tm = tlm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
            elif op == b"Tf":
                if operands:
                    try:
                        fd = font_res[operands[0]].get_object()
                    except (KeyError, TypeError, AttributeError):
                        fd = self._lookup(0, operands[0])
                    font = self.fonts.get(fd)
                    if len(operands) > 1:
                        size = _num(operands[1], size)
            elif op == b"Tc":
                tc = _num(operands[0]) if operands else 0.0
            elif op == b"Tw":
                tw = _num(operands[0]) if operands else 0.0
            elif op == b"Tz":
                tz = (_num(operands[0], 100.0) if operands else 100.0) / 100.0
            elif op == b"TL":
                tl = _num(operands[0]) if operands else 0.0
            elif op == b"Ts":
                ts = _num(operands[0]) if operands else 0.0
            elif op == b"q":
                stack.append((ctm, font, size, tc, tw, tz, tl, ts))
            elif op == b"Q":
                if stack:
                    ctm, font, size, tc, tw, tz, tl, ts = stack.pop()
            elif op == b"cm":
                vals = [_num(v) for v in operands[:6]]
                if len(vals) == 6:
                    ctm = _mult(vals, ctm)
            elif op == b"Do" and operands:
                self._xobject(operands[0], xobjects, resources, ctm, depth, seen)
            elif op == b"gs" and operands and (set_font := self._gs_font(operands[0], resources)):
                font, size = self.fonts.get(set_font[0]), set_font[1]
            elif op in {b"BDC", b"BMC"}:
                self._spans.append((_actual_text(operands, resources), len(runs), len(self.rotated)))
            elif op == b"EMC" and self._spans:
                self._close_span(*self._spans.pop())

    def _xobject(
        self, name: Any, xobjects: Any, resources: Any, ctm: list[float], depth: int, seen: set[int]
    ) -> None:
        if depth >= MAX_XOBJECT_DEPTH or self.xobject_calls >= MAX_XOBJECT_CALLS:
            return
        try:
            xobj = xobjects[name].get_object()
        except (KeyError, TypeError, AttributeError):
            xobj = self._lookup(1, name)
        if xobj is None or xobj.get("/Subtype") != "/Form":
            return
        if id(xobj) in seen:
            return
        self._form(xobj, _mult(_form_matrix(xobj), ctm), resources, depth, seen)

    def _form(self, xobj: Any, ctm: list[float], resources: Any, depth: int, seen: set[int]) -> None:
        """Walk a form XObject's content with `ctm` (its /Matrix included)."""
        from pypdf.generic import ContentStream

        key = id(xobj)
        self.xobject_calls += 1
        sub_resources = xobj.get("/Resources")
        sub_resources = sub_resources.get_object() if sub_resources is not None else resources
        cached = self.work.forms.get(key)
        if cached is None:
            try:
                data = ContentStream(xobj, self.reader, "bytes").get_data()
                size = len(data)
                self.work.charge(size)
                ops = operations(data)
            except DocumentError:
                raise
            except Exception:  # an unreadable form draws nothing; the page's own text still counts
                ops, size = [], 0
            self.work.forms[key] = cached = (xobj, ops, size)  # keep xobj alive: its id is the key
        else:
            self.work.charge(cached[2])
        saved = self.visibility.save() if self.visibility is not None else None
        off = self.visibility.enter_layer(xobj) if self.visibility is not None else False
        if self.visibility is not None and _is_group(xobj):
            self.visibility.enter_group()
        self._walk(cached[1], sub_resources, ctm, depth + 1, seen | {key})
        if self.visibility is not None and saved is not None:
            self.visibility.restore(saved)
            self.visibility.leave_layer(off)

    def _show(
        self,
        raw: Any,
        font: _Font,
        size: float,
        tc: float,
        tw: float,
        tz: float,
        ts: float,
        tm: list[float],
        ctm: list[float],
    ) -> list[float]:
        """Record one shown string and return the text matrix advanced past it."""
        if isinstance(raw, str):
            raw = raw.encode("latin-1", "replace")
        if not isinstance(raw, bytes) or not raw:
            return tm
        decoded = font.shown.get(raw)
        if decoded is None:
            decoded = _decode(font, raw)
            if len(font.shown) < MAX_SHOWN_PER_FONT:
                font.shown[raw] = decoded
        text, n, widths, spaces = decoded
        advance = (widths * font.scale * size + tc * n + tw * spaces) * tz
        m = _mult(tm, ctm)
        after = [tm[0], tm[1], tm[2], tm[3], tm[4] + advance * tm[0], tm[5] + advance * tm[1]]
        in_actual = any(actual is not None for actual, _, _ in self._spans)
        if font.icon and not in_actual:
            return after
        if in_actual and not text.strip():
            text = "\ufffc"  # an icon glyph: the span's ActualText replaces it, at its place
        if not text.strip():
            return after
        em = size * font.scale * 1000  # a Type3 font's own matrix scales its glyphs too
        # the glyphs sit `ts` (the text rise, unscaled text space) above the baseline: a rise that
        # lifts a line off the page hides it as surely as a position off the page does
        raised = m if not ts else [m[0], m[1], m[2], m[3], m[4] + ts * m[2], m[5] + ts * m[3]]
        if self.visibility is not None and (why := self.visibility.judge(raised, em, tz, advance)):
            x0 = raised[4] - self.page_left
            eff = abs(size * m[3]) or abs(size)
            hidden = self.visibility.hidden
            count = len(hidden)
            self.visibility.hide(text, why, x0, x0 + advance * m[0], self.page_top - raised[5], eff)
            if why == "invisible" and len(self.invisible) < MAX_RUNS_PER_PAGE and m[0] > 0:
                run = Run(
                    text,
                    x0,
                    x0 + advance * m[0],
                    self.page_top - m[5],
                    eff,
                    font.bold,
                    font.italic,
                    font.name,
                )
                centre = _point(m, advance / 2, 0.3 * abs(em))
                self.invisible.append((run, centre, hidden[-1] if len(hidden) > count else None))
            return after
        if abs(m[1]) > 0.05 * abs(m[0]) + 1e-9 or m[0] <= 0:
            # rotated or mirrored text (a vertical note in the margin): not part of the page's rows,
            # but still what the person wrote (a shear is synthetic italic, handled as upright)
            self._rotated(text, font, size, m, _mult(after, ctm))
            return after
        eff = abs(size * m[3]) or abs(size)
        x0 = m[4] + ts * m[2] - self.page_left
        base = self.page_top - (m[5] + ts * m[3])
        x1 = x0 + advance * m[0]
        runs = self.runs
        floor = max((first for actual, first, _ in self._spans if actual is not None), default=0)
        prev = runs[-1] if len(runs) > floor else None
        mark = _ACCENTS.get(text) if len(text) == 1 else None
        pending, self._accent = self._accent, None
        if mark is not None and prev is not None and _over_last(prev, x0, x1, base, eff):
            prev.text = prev.text[:-1] + _accented(prev.text[-1], mark)
            return after
        if pending is not None and pending.run is prev and _under(pending, text, x0, x1, base, eff):
            prev.text = prev.text[:-1]
            prev.x1 = pending.x1_before
            if not prev.text:
                runs.pop()
                prev = runs[-1] if len(runs) > floor else None
            text = _accented(text[0], pending.mark) + text[1:]
        x1_before = prev.x1 if prev is not None else x0
        if (
            prev is not None
            and prev.font == font.name
            and abs(prev.base - base) < 0.2 * eff
            and abs(prev.size - eff) < 0.05 * eff
            and -0.1 * eff < x0 - prev.x1 < 0.1 * eff
        ):
            prev.text += text
            prev.x1 = x1
        else:
            run = Run(text, x0, x1, base, eff, font.bold, font.italic, font.name)
            runs.append(run)
            x1_before = x0
            if self.visibility is not None:
                self.shown[id(run)] = (run, len(self.visibility.covers))
        if mark is not None:
            self._accent = _Accent(runs[-1], (x0 + x1) / 2, x1_before, mark)
        return after

    def _rotated(self, text: str, font: _Font, size: float, start: list[float], end: list[float]) -> None:
        """A string drawn at an angle, joined to the one before it when it continues its baseline."""
        if len(self.rotated) > MAX_RUNS_PER_PAGE:
            return
        eff = math.hypot(start[2], start[3]) * abs(size) or abs(size) or 1.0
        prev = self.rotated[-1] if self.rotated else None
        if prev is not None:
            gap = math.hypot(start[4] - prev.end[0], start[5] - prev.end[1])
            if gap < 3 * eff:
                prev.text += ("" if gap < 0.15 * eff or prev.text.endswith(" ") else " ") + text
                prev.end = (end[4], end[5])
                return
        self.rotated.append(_Rotated(text, (end[4], end[5])))

    def _close_span(self, actual: str | None, first: int, first_rotated: int) -> None:
        """`/Span <</ActualText (email: )>> BDC ... EMC`: what the glyphs inside stand for (an icon
        for a label, a ligature, a hyphenated word) replaces them, at their place."""
        if actual is None:
            return
        text = clean(actual).replace("\n", " ").replace("\t", " ")
        inside = self.runs[first:]
        if inside and any(abs(r.base - inside[0].base) > 0.5 * inside[0].size for r in inside):
            return  # a span over several lines: its glyphs keep their places
        if inside:
            run = inside[0]
            run.text = text
            run.x1 = max(r.x1 for r in inside)
            del self.runs[first + 1 :]
            if not text.strip():
                del self.runs[first:]
        elif len(self.rotated) > first_rotated:
            self.rotated[first_rotated].text = text
            del self.rotated[first_rotated + 1 :]


# ----------------------------------------------------------------------------------------------
# Runs -> rows -> segments -> columns -> lines


def _actual_text(operands: list[Any], resources: Any) -> str | None:
    """The /ActualText of a `BDC` span's properties (inline, or named in /Properties), else None."""
    if len(operands) < 2:
        return None
    props = operands[1]
    try:
        if not hasattr(props, "get"):
            table = resources.get("/Properties") if resources is not None else None
            table = table.get_object() if table is not None else None
            props = table.get(props) if table is not None else None
            props = props.get_object() if props is not None else None
        actual = props.get("/ActualText") if props is not None else None
    except (AttributeError, TypeError, KeyError):
        return None
    if actual is None:
        return None
    raw = actual if isinstance(actual, bytes) else getattr(actual, "original_bytes", None)
    if isinstance(raw, bytes):
        # the page's content stream is parsed with its strings as bytes: decode the text string
        # as PDF defines it (a UTF-16/UTF-8 byte order mark, else PDFDocEncoding)
        from pypdf.generic import create_string_object

        actual = create_string_object(raw[:2000])
    return str(actual)[:1000]


def _rows(runs: list[Run]) -> list[_Row]:
    rows: list[_Row] = []
    for group in _baselines(runs):
        size = max(r.size for r in group)
        base = next(r.base for r in group if r.size == size)
        if rows:
            row = rows[-1]
            tol = 0.4 * max(min(row.size, size), 0.5 * max(row.size, size))
            if abs(base - row.base) <= tol:
                row.runs.extend(group)
                if size > row.size:
                    row.size, row.base = size, base
                continue
        rows.append(_Row(base, size, group))
    rows = _fold_scripts(rows)
    for row in rows:
        row.runs.sort(key=lambda r: r.x0)
        seg: _Segment | None = None
        for run in row.runs:
            if seg is not None:
                gap = run.x0 - seg.x1
                if gap < 1.0 * min(run.size, seg.size) and run.x0 > seg.x0 - 1:
                    seg.runs.append(run)
                    seg.x1 = max(seg.x1, run.x1)
                    seg.size = max(seg.size, run.size)
                    continue
            if not run.text.strip():
                continue  # a space drawn alone (a float's leftover) is no cell: it would count as one
            seg = _Segment([run], run.x0, run.x1, row.base, run.size)
            row.segments.append(seg)
        if len(row.segments) > 1:
            _row_tracking(row)
            for seg in row.segments:  # a sidebar's line beside the main column's: its own baseline
                seg.base = max(seg.runs, key=lambda r: r.size).base
    return [row for row in rows if row.segments]


def _baselines(runs: list[Run]) -> list[list[Run]]:
    """Runs grouped by baseline, top down: a row is joined a baseline at a time, so that the small
    letters of small capitals (`janvier 2016` set `JANVIER` with the year in full size) are judged
    by the largest type on their baseline, not each by its own."""
    groups: list[list[Run]] = []
    for run in sorted(runs, key=lambda r: (r.base, r.x0)):
        if groups and run.base - groups[-1][-1].base <= 0.02 * run.size:
            groups[-1].append(run)
        else:
            groups.append([run])
    return groups


def _fold_scripts(rows: list[_Row]) -> list[_Row]:
    """Superscripts and shifted logo letters (`1st`, the E of LaTeX) rejoin the row they sit on."""
    out: list[_Row] = []
    for i, row in enumerate(rows):
        chars = sum(len(r.text.strip()) for r in row.runs)
        if chars <= 3 and len(rows) > 1:
            lo = min(r.x0 for r in row.runs)
            hi = max(r.x1 for r in row.runs)
            best: _Row | None = None
            for j in (i - 1, i + 1):
                if not 0 <= j < len(rows) or rows[j] is row:
                    continue
                nb = rows[j]
                if sum(len(r.text.strip()) for r in nb.runs) <= chars:
                    continue
                if abs(nb.base - row.base) > 0.8 * nb.size:
                    continue
                nb_lo = min(r.x0 for r in nb.runs)
                nb_hi = max(r.x1 for r in nb.runs)
                touching = any(
                    abs(lo - r.x1) < 0.5 * nb.size or abs(r.x0 - hi) < 0.5 * nb.size for r in nb.runs
                )
                if (
                    nb_lo - 2 <= lo
                    and hi <= nb_hi + 2
                    and touching
                    and (best is None or abs(nb.base - row.base) < abs(best.base - row.base))
                ):
                    best = nb
            if best is not None:
                best.runs.extend(row.runs)
                continue
        out.append(row)
    return [r for r in out if r.runs]


def _crosses(seg: _Segment, x: float) -> bool:
    return seg.x0 < x - 1.0 and seg.x1 > x + 1.0


_WIDE = re.compile(
    r"[\u1100-\u115f\u2e80-\u303e\u3040-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]"
)


def _weight(seg: _Segment) -> int:
    """A segment's text measured in Latin letters: a CJK character, as wide as two, counts two (a
    Chinese page says in 150 characters what an English one says in 300)."""
    return sum(len(r.text) + len(_WIDE.findall(r.text)) for r in seg.runs)


def _columns(rows: list[_Row], width: float) -> tuple[float, int, int] | None:
    """Find a vertical gutter that splits the page into two independent columns.

    Returns (gutter x, first row, last row) of the longest run of rows no segment crosses, or
    None for a one-column page. Of the gutters with text enough on both sides, one that runs down
    most of the page, and of those the one that cuts the page most evenly, counting only the rows
    that start at it on its right: a column is ranged left, and the dates of a main column,
    right-aligned a little left of a sidebar, start anywhere (they and the sidebar beside them are
    no column). A narrow side made mostly of dates (a CV's date margin) does not count as a column:
    its dates belong to the rows beside them.
    """
    weight = {id(s): _weight(s) for r in rows for s in r.segments}
    total = sum(weight.values())
    if total < 200 or len(rows) < 6:
        return None
    start_counts = Counter(round(s.x0) for r in rows for s in r.segments if 0.12 * width < s.x0 < 0.8 * width)
    starts = sorted(x for x, _ in start_counts.most_common(MAX_GUTTER_CANDIDATES))
    found: list[tuple[int, float, float, int, int]] = []
    for start in starts:
        x = start - 1.5
        run_start, best_len = 0, (0, -1, -1)
        cur_chars = 0
        for i, row in enumerate(rows):
            if any(_crosses(s, x) for s in row.segments):
                run_start, cur_chars = i + 1, 0
                continue
            cur_chars += sum(weight[id(s)] for s in row.segments)
            if cur_chars > best_len[0]:
                best_len = (cur_chars, run_start, i)
        chars, a, b = best_len
        if a < 0 or chars < 0.55 * total:
            continue
        left = sum(weight[id(s)] for r in rows[a : b + 1] for s in r.segments if s.x1 <= x + 1)
        right = sum(weight[id(s)] for r in rows[a : b + 1] for s in r.segments if s.x0 >= x - 1)
        if min(left, right) < 0.12 * chars:
            continue
        left_rows = sum(1 for r in rows[a : b + 1] if any(s.x1 <= x + 1 for s in r.segments))
        right_rows = sum(1 for r in rows[a : b + 1] if any(s.x0 >= x - 1 for s in r.segments))
        if min(left_rows, right_rows) < 4:
            continue
        firsts = [
            min(s.x0 for s in r.segments if s.x0 >= x - 1)
            for r in rows[a : b + 1]
            if r.segments[-1].x0 >= x - 1
        ]
        ranged = sum(1 for x0 in firsts if x0 - x <= 0.03 * width) / len(firsts)
        found.append((chars, min(left, right) * ranged, x, a, b))
    if not found:
        return None
    longest = max(f[0] for f in found)
    _, _, x, a, b = max((f for f in found if f[0] >= 0.9 * longest), key=lambda f: f[1])
    sides = []
    for side in (0, 1):
        segs = [
            s for r in rows[a : b + 1] for s in r.segments if (s.x1 <= x + 1 if side == 0 else s.x0 >= x - 1)
        ]
        dated = sum(1 for s in segs if _DATEISH.search(s.text()))
        if segs and dated >= 0.5 * len(segs):
            return None  # a margin of dates, not a column
        sides.append(segs)
    if _labels_beside(sides[0], sides[1], x):
        return None  # a label column: each label a cell of the row beside it
    smaller = min(sides, key=lambda segs: sum(weight[id(s)] for s in segs))
    if not _has_heading(smaller):
        return None  # dates and places beside each entry, not a sidebar with its own sections
    return x, a, b


def _labels_beside(left: list[_Segment], right: list[_Segment], gutter: float) -> bool:
    """Whether a left side's lines in the values' type end at one edge by the gutter: labels
    ranged right against their values (Europass: `Languages` | `Python, SQL`, dates beside
    entries), the side's headings aside. A sidebar's lines end where their words do."""
    sizes: Counter[int] = Counter()
    for s in right:
        sizes[round(s.size)] += s.chars
    if not sizes or not left:
        return False
    body = sizes.most_common(1)[0][0]
    ends = [s.x1 for s in left if round(s.size) == body]
    if len(ends) < 3:
        return False
    edge = max(ends)
    return gutter - edge < 0.1 * (edge - min(s.x0 for s in left)) and sum(
        1 for e in ends if edge - e <= 2
    ) >= 0.8 * len(ends)


def _has_heading(segs: list[_Segment]) -> bool:
    """Whether a column holds a line that looks like a section heading: bold capitals or a size a
    sixth over the column's text, or two or more short lines a little over it with no digit in
    them (`Clinical`, `Languages` at 10.5 pt over 9.6 pt: a sidebar headed lightly; a margin of
    dates and places has no line so set apart but its dates)."""
    sizes: Counter[float] = Counter()
    for s in segs:
        sizes[round(s.size, 1)] += s.chars
    if not sizes:
        return False
    body = sizes.most_common(1)[0][0]
    light = 0
    for s in segs:
        text = s.text().strip()
        if not 2 < len(text) + len(_WIDE.findall(text)) <= 40:  # (`王芳`, `技能`: four letters wide)
            continue
        if s.size >= 1.15 * body:
            return True
        letters = [c for c in text if c.isalpha()]
        if letters and all(r.bold for r in s.runs) and all(c.isupper() for c in letters):
            return True
        if s.size >= 1.05 * body and letters and not any(c.isdigit() for c in text):
            light += 1
    return light >= 2


_SPACES = re.compile(r"\s{2,}")


def _lead_text(segment: _Segment) -> str:
    """The words a segment opens with in a stronger look than the rest of it (`lines.run_in`)."""
    n = run_in([(r.text, r.bold, r.size) for r in segment.runs])
    if not n:
        return ""
    head = _Segment(segment.runs[:n], segment.x0, segment.runs[n - 1].x1, segment.base, segment.size)
    return _SPACES.sub(" ", repair_letter_spacing(head.text())).strip()


def _line_from(segments: list[_Segment], page: int, column: int) -> Line:
    runs = [r for s in segments for r in s.runs]
    texts = [s.text() for s in segments]  # joined once: the cells and the lead both read them
    cut = [
        (_SPACES.sub(" ", repair_letter_spacing(t)).strip(), s) for t, s in zip(texts, segments, strict=True)
    ]
    if cut:
        cut[0] = (_GLUED.sub(r"\1 ", cut[0][0]), cut[0][1])
    kept = [(c, s) for c, s in cut if c]
    pairs = [(c, s.size) for c, s in kept]
    lead = next((s for s, t in zip(segments, texts, strict=True) if t.strip()), segments[0])
    lead_chars = sum(len(r.text.strip()) for r in lead.runs) or 1
    lead_bold = sum(len(r.text.strip()) for r in lead.runs if r.bold) >= 0.7 * lead_chars
    lead_italic = sum(len(r.text.strip()) for r in lead.runs if r.italic) >= 0.7 * lead_chars
    cells = [c for c, _ in pairs]
    text = " ".join(cells)
    letters = Counter[tuple[float, bool, bool, str]]()
    for r in runs:
        n = sum(1 for c in r.text if not c.isspace())
        letters[(round(r.size, 1), r.bold, r.italic, r.font)] += n
    total = sum(letters.values()) or 1
    size_count: Counter[float] = Counter()
    bold = italic = 0
    for (sz, b, it, _), n in letters.items():
        size_count[sz] += n
        bold += n if b else 0
        italic += n if it else 0
    size = size_count.most_common(1)[0][0] if size_count else 0.0
    font = letters.most_common(1)[0][0][3] if letters else ""
    return Line(
        text=text,
        cells=cells,
        x0=min(s.x0 for s in segments),
        x1=max(s.x1 for s in segments),
        y=segments[0].base,
        size=size,
        bold=bold >= 0.7 * total,
        italic=italic >= 0.7 * total,
        page=page,
        column=column,
        font=font,
        cell_sizes=[sz for _, sz in pairs],
        cell_spans=[(s.x0, s.x1) for _, s in kept],
        lead_bold=lead_bold,
        lead_italic=lead_italic,
        bold_lead=_lead_text(lead),
        pieces=_pieces(segments),
    )


def _fold_wrapped_cells(rows: list[_Row]) -> list[_Row]:
    """`Московский государственный | Бакалавр, Прикладная | 2015 – 2016` over `университет |
    математика`, each piece right under a cell of the row above: cells of a tabbed or tabular
    header too narrow for their text wrapped. A piece continues the cell it sits under when its
    first word could not have fitted in that cell (the room up to the next cell, less the gap that
    separates cells), so a table whose rows merely line up (`Python | Expert`) is left alone."""
    out: list[_Row] = []
    for row in rows:
        prev = out[-1] if out else None
        if prev is not None and _continues_cells(prev, row):
            for seg in row.segments:
                target = next(t for t in prev.segments if abs(t.x0 - seg.x0) < 2)
                last = target.runs[-1].text
                first = seg.runs[0]
                glue = "" if last.endswith("-") and first.text[:1].islower() else " "
                seg.runs[0] = Run(glue + first.text.lstrip(), *_run_rest(first))
                target.runs.extend(seg.runs)
                target.x1 = max(target.x1, seg.x1)
            continue
        out.append(row)
    return out


_CUT_MONTH = re.compile(r"(?<=年)\s*\d{1,2}$")


def _join_wrapped_dates(rows: list[_Row]) -> list[_Row]:
    """`TAFE Queensland | Jan 2011 - Jan` over `Certificate III | 2014`: a date cell too narrow
    for its range (a grid column of fixed width) wrapped under itself, ranged left or right (CJK
    anywhere: `2019年11` over `月`). The piece rejoins the cell when the two read as one range and
    the cell alone did not say as much (`Jan 2011 - Jan` is one date; with `2014` it is a range)."""
    out: list[_Row] = []
    for row in rows:
        prev = out[-1] if out else None
        if prev is not None and _date_wrapped_into(prev, row) and not row.segments:
            continue
        out.append(row)
    return out


def _date_wrapped_into(prev: _Row, row: _Row) -> bool:
    """Whether a piece of `row` under `prev`'s last cell, or under its first (dates in a label
    column: Europass, `agosto de 2023 – abril de` over `2024`), completed its range (moved there)."""
    if len(prev.segments) < 2:
        return False
    return _date_piece_joined(prev.segments[-1], row, prev.segments[0].x1, math.inf) or _date_piece_joined(
        prev.segments[0], row, -math.inf, prev.segments[1].x0
    )


def _date_piece_joined(cell: _Segment, row: _Row, lo: float, hi: float) -> bool:
    """Whether a piece of `row` under `cell` (an edge at one of the cell's, between `lo` and `hi`:
    clear of the row's other cells) completed the cell's range (moved into it)."""
    if not 0 < row.base - cell.runs[-1].base <= 1.6 * cell.size:
        return False
    piece = next((s for s in row.segments if abs(s.x0 - cell.x0) < 2 or abs(s.x1 - cell.x1) < 2), None)
    if piece is None or piece.x0 <= lo or piece.x1 >= hi or abs(piece.size - cell.size) > 0.1 * cell.size:
        return False
    text, more = cell.text().strip(), piece.text().strip()
    if not text or len(more.split()) > 2:
        return False
    glue = "" if unicodedata.east_asian_width(text[-1]) in "WF" else " "
    joined = text + glue + more
    before, after = find_range(text), find_range(joined)
    if after is None or after.start is None or not is_date_only(_CUT_MONTH.sub("", joined)):
        return False  # (`2019年11` over `月`: the month's number cut from its unit is no extra word)
    if before is not None and (before.start, before.end) == (after.start, after.end):
        return False
    first = piece.runs[0]
    piece.runs[0] = Run(glue + first.text.lstrip(), *_run_rest(first))
    cell.runs.extend(piece.runs)
    cell.x1 = max(cell.x1, piece.x1)
    row.segments.remove(piece)
    row.runs[:] = [r for s in row.segments for r in s.runs]
    return True


def _run_rest(run: Run) -> tuple[float, float, float, float, bool, bool, str]:
    return run.x0, run.x1, run.base, run.size, run.bold, run.italic, run.font


def _continues_cells(prev: _Row, row: _Row) -> bool:
    if len(prev.segments) < 2 or not row.segments or len(row.segments) >= len(prev.segments):
        return False
    if not _DATEISH.search(prev.segments[-1].text()):
        return False  # only an entry header's cells (its dates last) wrap so; text columns do not
    if not 0 < row.base - prev.base <= 1.6 * prev.size or abs(row.size - prev.size) > 0.1 * prev.size:
        return False
    for seg in row.segments:
        i = next((k for k, t in enumerate(prev.segments) if abs(t.x0 - seg.x0) < 2), None)
        if i is None or i + 1 >= len(prev.segments):
            return False  # under no cell, or under the last one (a wrapped date is joined later)
        target, following = prev.segments[i], prev.segments[i + 1]
        if (target.runs[-1].bold, target.runs[-1].italic) != (seg.runs[0].bold, seg.runs[0].italic):
            return False  # (a wrapped cell goes on in the look its text ended in: `Title, Employer`)
        text = seg.text()
        if _DATEISH.search(text):
            return False
        word = text.split()[0] if text.split() else ""
        if word[:1] and (unicodedata.east_asian_width(word[0]) in "WF" or word.endswith(":")):
            return False  # CJK wraps anywhere (the room test says nothing); a label starts a row
        per_char = (seg.x1 - seg.x0) / max(len(text), 1)
        room = following.x0 - target.x1
        if per_char * (len(word) + 1) <= room - 1.0 * target.size and not _fills_its_column(
            prev, row, target, following
        ):
            return False  # the word would have fitted: a row of its own
    return True


def _fills_its_column(prev: _Row, row: _Row, target: _Segment, dates: _Segment) -> bool:
    """`University of Michigan – Bachelor of Science in Computer | 2015 – 2016` over `Science`:
    a header whose text column is narrower than the room before its dates (a fixed-width table
    cell, a reserved date column) wraps with room to spare. Taken as a wrap when the text fills
    most of the way to the dates and the piece below is short, in the same font, and alone."""
    if len(prev.segments) != 2 or len(row.segments) != 1 or row.segments[0] is None:
        return False
    seg = row.segments[0]
    text = seg.text().strip()
    return (
        abs(seg.x0 - prev.segments[0].x0) < 2
        and target is prev.segments[0]
        and seg.runs[0].font == target.runs[-1].font
        and target.x1 - target.x0 >= 0.65 * (dates.x0 - target.x0)
        and len(text.split()) <= 3
        and not target.text().rstrip().endswith((".", ":", ";", ","))
        and not text.endswith((".", ":"))
    )


@dataclass(slots=True)
class _Label:
    """A heading in a label column: its rows' segments, top to bottom."""

    rows: list[int]
    segments: list[_Segment]

    @property
    def top(self) -> float:
        return self.segments[0].base

    @property
    def size(self) -> float:
        return max(s.size for s in self.segments)


def _label_column(
    rows: list[_Row], width: float, page: int, known: float | None
) -> tuple[list[Line], float] | None:
    """Lines of a page whose section headings sit in a narrow left column beside their sections
    (a CSS grid: compact, paper), in reading order: each heading before its section's first line.

    The heading is level with that line, a few points below it (a larger size or its own margin
    pushes its baseline down), or centred beside a short section; read as a sidebar every section
    lost its heading, read row by row a dropped heading left the section's first line in the section
    before. A column of headings only: short, in a stronger look than the body (a sidebar holds its
    own content, a date margin dates, both read elsewhere). None when the page is not so.

    `known` is the gutter an earlier page of the document was found to have: a later page, often
    short, may then hold a single heading."""
    starts: Counter[int] = Counter()
    for r in rows:
        for s in r.segments:
            if 0.12 * width < s.x0 < 0.6 * width:
                starts[round(s.x0)] += s.chars
    if not starts:
        return None
    common = starts.most_common(1)[0][0]  # the body's left edge, or its bullets' (indented a little)
    gutter = known or min(x for x in starts if common - 0.05 * width <= x <= common) - 1.5
    least = 1 if known else 3
    if known:  # (new rows: a page that proves no label column keeps its rows as they were)
        rows = [
            _Row(r.base, r.size, r.runs, [p for seg in r.segments for p in _cut_at(seg, gutter)])
            for r in rows
        ]
    reach = gutter + (1.0 if known else 0.0)  # a cut label may end on the gutter itself
    left = [[s for s in r.segments if s.x1 <= reach] for r in rows]
    on_left = [i for i, segs in enumerate(left) if segs]
    if len(on_left) < least:
        return None
    span = range(on_left[0], on_left[-1] + 1)
    if sum(1 for i in span if any(_crosses(s, gutter) for s in rows[i].segments)) > 0.1 * len(span):
        return None
    right = [[s for s in r.segments if s.x1 > gutter] for r in rows]
    sizes: Counter[float] = Counter()
    for segs in right:
        for s in segs:
            sizes[round(s.size, 1)] += s.chars
    right_chars = sum(sizes.values())
    left_chars = sum(s.chars for segs in left for s in segs)
    if not right_chars or left_chars > 0.25 * right_chars:
        return None
    body = sizes.most_common(1)[0][0]
    labels: list[_Label] = []
    for i in on_left:
        if _DATEISH.search(" ".join(s.text() for s in left[i])):
            continue  # a date in the margin belongs to the row beside it
        last = labels[-1] if labels else None
        if last is not None and rows[i].base - rows[last.rows[-1]].base <= 1.6 * last.size:
            last.rows.append(i)
            last.segments.extend(left[i])
        else:
            labels.append(_Label([i], list(left[i])))
    if len(labels) > MAX_LABELS:
        return None
    odd = [label for label in labels if not _label_look(label, body)]
    if len(odd) > len(labels) // 5:
        return None
    labels = [label for label in labels if label not in odd]  # (a rare other line stays on its row)
    if len(labels) < least:
        return None
    edges = Counter(round(label.segments[0].x0) for label in labels)
    if sum(n for x, n in edges.items() if abs(x - edges.most_common(1)[0][0]) <= 2) < 0.8 * len(labels):
        return None  # a column of headings is ranged left (Europass's right-ranged labels are cells)
    content = [i for i, segs in enumerate(right) if segs and not any(s.x0 < gutter - 1 for s in segs)]
    if sum(_heads_below(label, rows, right, content) for label in labels) >= 0.5 * len(labels):
        return None  # headings over their sections, in the gap above them: read as they come
    anchors, lonely = _label_anchors(rows, right, labels, gutter)
    if 2 * lonely > len(labels):
        return None  # short lines of the body left of its bullets (`Figma`), beside no section
    taken = {id(s) for label in labels for s in label.segments}
    kept: list[_Row] = []
    heads: dict[int, list[_Label]] = {}
    waiting: list[_Label] = []
    for i, r in enumerate(rows):
        waiting += anchors.get(i, [])
        rest = [s for s in r.segments if id(s) not in taken]
        if not rest:
            continue  # a heading's own row: the heading goes before the next row with text
        size = max(s.size for s in rest)
        row = _Row(
            next(s.base for s in rest if s.size == size), size, [x for s in rest for x in s.runs], rest
        )
        heads[id(row)], waiting = waiting, []
        kept.append(row)
    looks = Counter(_heading_look(label) for label in labels).most_common(2)
    look = looks[0][0] if len(looks) == 1 or looks[0][1] > looks[1][1] else None
    out: list[Line] = []
    # a wrapped cell is joined only now: a heading beside a row is no cell of it
    for row in _fold_wrapped_cells(kept):
        for label in heads.get(id(row), []):
            out.append(_label_line(label, page, min(label.top, row.base - 1.2 * label.size), look))
        out.append(_line_from(row.segments, page, 0))
    out += [_label_line(label, page, label.top, look) for label in waiting]
    return out, gutter


def _cut_at(seg: _Segment, gutter: float) -> list[_Segment]:
    """A segment across a known label column's gutter cut where one run ends left of it and the
    next begins at it: a long label (`VOLUNTEERING`) comes within a word space of its section's
    first line, and the row joined them into one cell."""
    if not _crosses(seg, gutter):
        return [seg]
    for n in range(1, len(seg.runs)):
        left, right = seg.runs[n - 1], seg.runs[n]
        if left.x1 <= gutter + 1 and right.x0 >= gutter - 1 and right.x0 > left.x1:
            head, rest = seg.runs[:n], seg.runs[n:]
            return [
                _Segment(head, head[0].x0, max(r.x1 for r in head), seg.base, max(r.size for r in head)),
                _Segment(rest, rest[0].x0, max(r.x1 for r in rest), seg.base, max(r.size for r in rest)),
            ]
    return [seg]


def _heads_below(label: _Label, rows: list[_Row], right: list[list[_Segment]], content: list[int]) -> bool:
    """Whether a heading stands in the gap over its section (a line of its own, nearer the
    section's first line than the line above, at least most of a line over it) rather than beside."""
    if any(right[i] for i in label.rows):
        return False
    bottom = rows[label.rows[-1]].base
    below = next((rows[i].base - bottom for i in content if rows[i].base > bottom), None)
    above = max((label.top - rows[i].base for i in content if rows[i].base < label.top), default=None)
    if below is None or below < 0.8 * label.size:
        return False
    return above is None or below < above


def _label_line(label: _Label, page: int, y: float, look: tuple[float, bool, bool] | None) -> Line:
    """A heading of a label column as one line, its wrapped rows joined; a heading by its place
    (`PLACED_HEADING`) when in the look most of the column's headings share (`look`): a column
    sets its headings alike, and a line in another look (an entry's name pushed there by a page
    break, `Hyper Island` in 18 pt beside `EDUCATION` in 21 pt capitals) is left to its look."""
    line = _line_from(label.segments[:1], page, 0)
    line.text = " ".join(re.sub(r"\s+", " ", repair_letter_spacing(s.text())).strip() for s in label.segments)
    line.cells, line.cell_sizes, line.y = [line.text], [label.size], y
    line.cell_spans = [(min(s.x0 for s in label.segments), max(s.x1 for s in label.segments))]
    if look is not None and _heading_look(label) == look:
        line.style = PLACED_HEADING
    return line


def _heading_look(label: _Label) -> tuple[float, bool, bool]:
    text = " ".join(s.text() for s in label.segments)
    bold = all(r.bold for s in label.segments for r in s.runs if r.text.strip())
    return round(label.size), bold, text.upper() == text


def _label_look(label: _Label, body: float) -> bool:
    """A heading's look: short, no smaller than the body, and bold, larger or in capitals."""
    text = " ".join(s.text() for s in label.segments).strip()
    if len(label.rows) > 3 or not 1 < len(text) <= 60:
        return False
    letters = [c for c in text if c.isalpha()]
    for s in label.segments:
        if s.size < 0.95 * body:
            return False
        if not (all(r.bold for r in s.runs) or s.size >= 1.1 * body or all(c.isupper() for c in letters)):
            return False
    return True


def _label_anchors(
    rows: list[_Row], right: list[list[_Segment]], labels: list[_Label], gutter: float
) -> tuple[dict[int, list[_Label]], int]:
    """For each heading, the row its section starts on: of the rows from a little below the heading's
    top up to a few lines above it (never above the heading before), the one after the widest gap,
    a gap counting less the further above the heading it is. Also how many headings have no row
    of the right column there (nothing beside them)."""
    content = [
        i for i, segs in enumerate(right) if segs and not any(s.x0 < gutter - 1 for s in segs)
    ]  # the right column's rows (a name or a contact line across the page is not)
    steps = [rows[b].base - rows[a].base for a, b in itertools.pairwise(content)]
    pitch = statistics.median([d for d in steps if d > 0] or [rows[0].size])
    gap_above = {b: rows[b].base - rows[a].base for a, b in itertools.pairwise(content)}
    anchors: dict[int, list[_Label]] = {}
    floor, lonely = float("-inf"), 0
    for label in labels:
        height = rows[label.rows[-1]].base - label.top
        lo, hi = label.top - 2.5 * pitch - height, label.top + 0.3 * label.size
        near = [i for i in content if lo <= rows[i].base <= hi and rows[i].base > floor]
        if near:
            top = label.top
            anchor = max(
                near,
                key=lambda i: (
                    min(gap_above.get(i, 9 * pitch), 4 * pitch) - 0.5 * max(0.0, top - rows[i].base)
                ),
            )
        else:
            anchor = label.rows[0]  # nothing beside it or above it: it stays where it is
            lonely += 1
        anchors.setdefault(anchor, []).append(label)
        floor = rows[label.rows[-1]].base
    return anchors, lonely


_DASH_LED = re.compile(r"^\s*[-–—~～〜]\s*\S")


def _floated_dates(rows: list[_Row], width: float) -> list[_Row]:
    """Dates floated right beside an entry (eloquent), set in a column of their own: the start alone
    on a row a few points above the header's, `— end` under it, beside the header's second line or
    the first bullet. The pair becomes the header row's last cell, as if right-aligned on it."""
    out = list(rows)
    i = 0
    while i + 1 < len(out):
        row, header = out[i], out[i + 1]
        start = row.segments[0] if len(row.segments) == 1 else None
        if (
            start is None
            or start.x0 < 0.55 * width
            or len(start.text().strip()) > 30
            or _DASH_LED.match(start.text())
            or not 0 < header.base - row.base <= 1.2 * row.size
            or not any(s.x1 < start.x0 for s in header.segments)
            or any(s.x0 >= 0.55 * width for s in header.segments)
            or find_range(start.text()) is None
            or (i > 0 and _reaches(out[i - 1], start, 2 * row.size))
        ):
            i += 1
            continue
        centre = (start.x0 + start.x1) / 2
        pieces = [start]
        for later in out[i + 2 :]:
            if later.base - row.base > 3.2 * row.size * len(pieces):
                break
            last = later.segments[-1] if later.segments else None
            if last is None or not (abs(last.x1 - start.x1) < 3 or abs((last.x0 + last.x1) / 2 - centre) < 3):
                continue
            text = last.text().strip()
            lone_dash = len(pieces) > 1 and pieces[-1].text().strip() in "-–—~～〜"
            if len(text) > 30 or not (_DASH_LED.match(text) or text in "-–—~～〜" or lone_dash):
                continue
            if lone_dash and find_range(text) is None:
                break
            later.segments.remove(last)
            first = last.runs[0]
            last.runs[0] = Run(" " + first.text.lstrip(), *_run_rest(first))
            pieces.append(last)
            if not later.segments:
                out.remove(later)
            if text not in "-–—~～〜":
                break  # `— end` (or a dash, then the end under it): the range is whole
        date = _Segment(
            [r for s in pieces for r in s.runs], start.x0, max(s.x1 for s in pieces), header.base, start.size
        )
        header.segments.append(date)
        header.runs.extend(date.runs)
        del out[i]
    return out


def _float_over_break(before: list[Line], after: list[Line], drop: set[int]) -> None:
    """Dates floated right beside an entry whose header ended a page: the float went to the top of
    the next page, beside the entry's first lines (`January 2016` / `—` / `May 2018`). A start
    alone at the right of that page's first line, completed into a range by the pieces under it,
    is moved back to the page before as a line of its own after the header (before any bullets
    that follow it there). A range whole on the first line is a header's of its own: left alone."""
    cur = [ln for ln in before if id(ln) not in drop]
    nxt = [ln for ln in after if id(ln) not in drop]
    if not cur or not nxt:
        return
    left = min(ln.x0 for ln in nxt)
    right = max(ln.x1 for ln in nxt)
    pieces: list[tuple[Line, str]] = []
    for ln in nxt[:6]:
        if ln.y - nxt[0].y > 5 * max(ln.size, 1.0):
            break
        if len(ln.cells) >= 2:
            piece = ln.cells[-1].strip()
        elif ln.x0 > (left + right) / 2:
            piece = ln.text.strip()
        else:
            continue  # a line of the entry's body beside no piece of the float
        if len(piece) > 30:
            break
        pieces.append((ln, piece))
    if not pieces:
        return
    first = find_range(pieces[0][1])
    if first is None or (first.start and first.end) or not is_date_only(pieces[0][1]):
        return  # (`January 2016 —`: a start and its dash, wrapped as one cell, is a start)
    joined, used = pieces[0][1], 0
    for n, (_, piece) in enumerate(pieces[1:], start=2):
        joined = f"{joined} {piece}"
        span = find_range(joined)
        if span is not None and span.start and span.end and is_date_only(joined):
            used = n
            break
    if not used:
        return
    size = pieces[0][0].cell_sizes[-1] if pieces[0][0].cell_sizes else pieces[0][0].size
    for ln, _ in pieces[:used]:
        if len(ln.cells) >= 2:
            ln.cells.pop()
            ln.text = " ".join(ln.cells)
            del ln.cell_sizes[len(ln.cells) :]
            del ln.cell_spans[len(ln.cells) :]
        else:
            after.remove(ln)
    at = len(cur)
    while at > 1 and cur[at - 1].bullet:
        at -= 1
    head = cur[at - 1]
    date = Line(
        text=joined, cells=[joined], x0=head.x0, x1=head.x1, y=head.y + 1.2 * size, size=size,
        page=head.page, column=head.column, font=head.font, cell_sizes=[size], cell_spans=[(head.x0, head.x1)],
    )  # fmt: skip
    before.insert(before.index(head) + 1, date)


def _reaches(above: _Row, piece: _Segment, within: float) -> bool:
    """Whether the row just above a piece runs into its column (a long title whose date was pushed
    down a line: the date is that row's, not the next one's)."""
    return piece.base - above.base <= within and any(s.x1 > piece.x0 - 2 for s in above.segments)


def _lone_markers(rows: list[_Row]) -> list[_Row]:
    """A list marker alone on its row, the item's text starting on a row just below, right of it:
    a web page's `li::before` glyph whose item holds a block (a flex row, a paragraph) stays on a
    line box of its own. The glyph moves to the start of that text, as if drawn beside it. (A
    marker with its text on its own row, however far apart, is already an item: `•` || `text`.)"""
    for i, row in enumerate(rows):
        for seg in [s for s in row.segments if len(s.runs) == 1 and s.runs[0].text.strip() in _MARKERS]:
            reach = seg.x0 + 3 * seg.size
            if any(s is not seg and seg.x1 - 0.5 <= s.x0 <= reach for s in row.segments):
                continue  # its item is beside it
            item, below, lowest = None, None, row.base + 2.0 * seg.size
            for below in rows[i + 1 :]:
                if below.base > lowest:
                    break
                item = next((t for t in below.segments if seg.x1 - 0.5 <= t.x0 <= reach), None)
                if item is not None:
                    break
            if item is None or below is None:
                continue
            glyph = seg.runs[0]
            mark = Run(glyph.text.strip(), glyph.x0, glyph.x1, below.base, *_run_rest(glyph)[3:])
            item.runs.insert(0, mark)
            item.x0 = mark.x0
            below.runs.append(mark)
            row.segments.remove(seg)
            row.runs.remove(glyph)
    return [row for row in rows if row.segments]


def _page_lines(runs: list[Run], page: int, width: float, labels: list[float]) -> list[Line]:
    """A page's lines in reading order; `labels` holds the gutter of a label column once a page
    of the document has shown one (`_label_column`)."""
    rows = _join_wrapped_dates(_lone_markers(_floated_dates(_rows(runs), width)))
    _page_margins(rows)
    labelled = _label_column(rows, width, page, labels[0] if labels else None)
    if labelled is not None:
        lines, gutter = labelled
        labels[:] = [gutter]
        return lines
    rows = _side_by_side(_fold_wrapped_cells(rows))
    split = _columns(rows, width)
    if split is None:
        return [_line_from(r.segments, page, 0) for r in rows if r.segments]
    x, a, b = split
    before = [_line_from(r.segments, page, 0) for r in rows[:a] if r.segments]
    after = [_line_from(r.segments, page, 0) for r in rows[b + 1 :] if r.segments]
    left: list[Line] = []
    right: list[Line] = []
    left_chars = right_chars = 0
    for r in rows[a : b + 1]:
        ls = [s for s in r.segments if s.x1 <= x + 1]
        rs = [s for s in r.segments if s.x0 >= x - 1 and s not in ls]
        if ls:
            left.append(_line_from(ls, page, 1))
            left_chars += sum(s.chars for s in ls)
        if rs:
            right.append(_line_from(rs, page, 2))
            right_chars += sum(s.chars for s in rs)
    main, side = (left, right) if left_chars >= right_chars else (right, left)
    for ln in main:
        ln.column = 0
    for ln in side:
        ln.column = 1
    return before + main + side + after


def _side_by_side(rows: list[_Row]) -> list[_Row]:
    """Sections set side by side under a row of their headings (`LANGUAGES  HOBBIES  VOLUNTEERING`,
    each over a column of its own, below full-width sections: LaTeX minipages), a column at a
    time: each heading, then the rows of its column, so the sections do not interleave."""
    if not any(len(r.segments) > 1 for r in rows):
        return rows
    body = _body_size(rows)
    out: list[_Row] = []
    i = 0
    while i < len(rows):
        heads = rows[i].segments
        known: list[bool | None] = [_heading_cell(s, body) for s in heads] if len(heads) > 1 else [None]
        if None in known or known.count(True) < 2:
            out.append(rows[i])
            i += 1
            continue
        columns: list[list[_Row]] = [[] for _ in heads]
        j = i + 1
        while j < len(rows) and rows[j].base - rows[j - 1].base < 2.5 * body:
            slots = [_slot(s, heads) for s in rows[j].segments]
            if None in slots or any(_heading_cell(s, body) is not None for s in rows[j].segments):
                break
            for k in range(len(heads)):  # a column's cells of one row stay one line (a title, its date)
                segs = [s for s, at in zip(rows[j].segments, slots, strict=True) if at == k]
                if segs:
                    columns[k].append(
                        _Row(segs[0].base, segs[0].size, [r for s in segs for r in s.runs], segs)
                    )
            j += 1
        if j == i + 1 or sum(1 for c in columns if c) < 2:
            out.append(rows[i])
            i += 1
            continue
        for head, column in zip(heads, columns, strict=True):
            out.append(_Row(head.base, head.size, list(head.runs), [head]))
            out.extend(column)
        i = j
    return out


def _body_size(rows: list[_Row]) -> float:
    sizes: Counter[float] = Counter()
    for r in rows:
        for s in r.segments:
            sizes[round(s.size, 1)] += s.chars
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _heading_cell(seg: _Segment, body: float) -> bool | None:
    """Set apart as a heading (bold capitals or larger type): True where the lexicon knows it,
    False where it does not (`NON PROFIT`); None for a cell no heading."""
    from .sections import heading_key

    text = seg.text().strip()
    if not 2 < len(text) + len(_WIDE.findall(text)) <= 40 or any(c.isdigit() for c in text):
        return None
    letters = [c for c in text if c.isalpha()]
    styled = seg.size >= 1.12 * body or (
        bool(letters) and all(r.bold for r in seg.runs) and all(c.isupper() for c in letters)
    )
    return heading_key(text) is not None if styled else None


def _slot(seg: _Segment, heads: list[_Segment]) -> int | None:
    """The heading whose column holds `seg`: it starts under that heading and ends before the next."""
    tol = 0.5 * seg.size
    for k, head in enumerate(heads):
        nxt = heads[k + 1].x0 if k + 1 < len(heads) else math.inf
        if head.x0 - tol <= seg.x0 and seg.x1 <= nxt - 0.2 * seg.size and seg.x0 < nxt - tol:
            return k
    return None


_NUMBERS_SPACES = re.compile(r"\d+|\s+")


def _running_key(ln: Line, height: float) -> str:
    """What a running header or footer keeps from page to page: its text without its numbers and
    without spaces (a text layer spaces `Page 1 / 2` and `Page2/2` differently), and its edge."""
    text = _NUMBERS_SPACES.sub(lambda m: "#" if m.group()[0].isdigit() else "", ln.text.casefold())
    return text + ("|top" if ln.y < 0.5 * height else "|bottom")


def _furniture(pages: list[list[Line]], heights: list[float]) -> set[int]:
    """ids of header/footer lines: page numbers and lines repeated near the same edge on 2+ pages."""
    drop: set[int] = set()
    seen: dict[str, set[int]] = {}
    for p, lines in enumerate(pages):
        h = heights[p] or 792.0
        for ln in lines:
            near_edge = ln.y < 0.09 * h or ln.y > 0.91 * h
            if not near_edge:
                continue
            if PAGE_NUMBER.match(ln.text.strip()):
                drop.add(id(ln))
                continue
            seen.setdefault(_running_key(ln, h), set()).add(p)
    if len(pages) > 1:
        for p, lines in enumerate(pages):
            h = heights[p] or 792.0
            for ln in lines:
                if (ln.y < 0.09 * h or ln.y > 0.91 * h) and len(seen.get(_running_key(ln, h), ())) >= 2:
                    drop.add(id(ln))
    return drop


def _gaps(lines: list[Line]) -> None:
    prev: Line | None = None
    for ln in lines:
        if prev is not None and prev.page == ln.page and prev.column == ln.column and ln.size:
            ln.gap_before = max(0.0, (ln.y - prev.y) / ln.size)
        else:
            ln.gap_before = 3.0
        prev = ln


def _links(page: Any) -> list[str]:
    out = []
    try:
        annots = page.get("/Annots")
        annots = annots.get_object() if annots is not None else []
        for ref in annots[:500]:
            a = ref.get_object()
            if a.get("/Subtype") != "/Link":
                continue
            action = a.get("/A")
            action = action.get_object() if action is not None else None
            uri = action.get("/URI") if action is not None else None
            if uri:
                out.append(clean(str(uri))[:500])
    except Exception:  # links are a bonus; a malformed annotation must not fail the parse
        return out
    return out


# ----------------------------------------------------------------------------------------------
# Opening the file and the checks that come before any text extraction


def open_reader(data: bytes) -> Any:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError) as exc:
        raise DocumentError("The PDF is damaged or incomplete.", code="corrupt") from exc
    try:
        encrypted = reader.is_encrypted
    except Exception as exc:  # a broken trailer
        raise DocumentError("The PDF is damaged or incomplete.", code="corrupt") from exc
    if encrypted and not _opens_without_password(reader):
        raise DocumentError("The PDF is password-protected; upload an unprotected copy.", code="encrypted")
    return reader


def _opens_without_password(reader: Any) -> bool:
    """Many exporters encrypt a PDF with an empty user password (only to set permissions): any
    reader opens it without asking, so we do too. A real password, an AES file where no AES
    provider is installed, or a broken /Encrypt dictionary keeps the clear 4xx."""
    from pypdf import PasswordType

    try:
        return reader.decrypt("") != PasswordType.NOT_DECRYPTED
    except Exception:  # DependencyError (AES without a provider), a malformed /Encrypt
        return False


def page_count(reader: Any, max_pages: int) -> int:
    """Pages, checked against `max_pages` from the declared count before walking the page tree."""
    too_many = DocumentError(f"The document has more than {max_pages} pages.", code="too_many_pages")
    try:
        declared = reader.trailer["/Root"].get_object()["/Pages"].get_object().get("/Count")
        declared = int(declared) if declared is not None else 0
    except Exception:
        declared = 0
    if declared > max_pages:
        raise too_many
    try:
        n = len(reader.pages)
    except Exception as exc:
        raise DocumentError("The PDF is damaged or incomplete.", code="corrupt") from exc
    if n > max_pages:
        raise too_many
    return n


def _displayed(page: Any) -> tuple[float, float, float, float, list[float]]:
    """The page as a viewer shows it: top, left, width, height, and the matrix from user space.

    A page whose content is drawn turned, with `/Rotate` turning it back (a landscape page, a
    rotated scan's text layer), reads upright as displayed, as pdftotext reads it; in user space
    all its text would be at an angle, and the whole document came back empty.
    """
    try:
        box = page.mediabox
        llx, lly, urx, ury = float(box.left), float(box.bottom), float(box.right), float(box.top)
        rotate = int(_num(page.get("/Rotate"), 0)) % 360
    except Exception:
        return 792.0, 0.0, 612.0, 792.0, [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    width, height = urx - llx, ury - lly
    if rotate == 90:
        return width, 0.0, height, width, [0.0, 1.0, -1.0, 0.0, ury, -llx]
    if rotate == 180:
        return height, 0.0, width, height, [-1.0, 0.0, 0.0, -1.0, urx, ury]
    if rotate == 270:
        return width, 0.0, height, width, [0.0, -1.0, 1.0, 0.0, -lly, urx]
    return ury, llx, width, height, [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]


def _box_through(m: list[float], box: tuple[float, float, float, float] | None) -> Any:
    """The page box in the space the text is read in (`_displayed`'s), so that a turned page's
    text is judged against the page as displayed, not against its box in user space."""
    if box is None or m == [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]:
        return box
    x0, y0, x1, y1 = box
    corners = [(m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]) for x in (x0, x1) for y in (y0, y1)]
    xs, ys = [c[0] for c in corners], [c[1] for c in corners]
    return min(xs), min(ys), max(xs), max(ys)


def read_pdf(data: bytes, *, max_pages: int = 30) -> RawDocument:
    """Lines of a PDF in reading order, page furniture set apart, plus its link targets."""
    from pypdf import apply_configuration
    from pypdf.errors import LimitReachedError, PyPdfError

    limits: dict[str, Any] = {
        "zlib_maximum_output_length": 30_000_000,
        "lzw_maximum_output_length": 30_000_000,
        "run_length_maximum_output_length": 30_000_000,
        "maximum_declared_stream_length": 30_000_000,
        "stream_decoding_work_maximum_length": 60_000_000,
        "xform_maximum_invocations_per_extraction": 500,
    }
    with apply_configuration(**limits):
        reader = open_reader(data)
        n = page_count(reader, max_pages)
        fonts = _FontCache()
        work = _Work()
        pages: list[list[Line]] = []
        heights: list[float] = []
        links: list[str] = []
        rotated: list[Line] = []
        hidden: list[HiddenRun] = []
        label_gutter: list[float] = []
        damaged = 0
        off = layers_off(reader)
        for i in range(n):
            page = reader.pages[i]
            top, left, width, height, base = _displayed(page)
            interpreter = _Interpreter(reader, fonts, top, left, work)
            visibility = interpreter.visibility = PageVisibility(i, _box_through(base, page_box(page)), off)
            interpreter.base = base
            try:
                interpreter.run_page(page)
                interpreter.run_annotations(page)
                interpreter.settle_covered()
                interpreter.settle_invisible()
                interpreter.settle_doubles()
                runs = interpreter.runs
            except LimitReachedError:
                raise
            except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, AssertionError):
                # a damaged content stream: keep what was read before the damage, go on (pypdf
                # also asserts on some malformed input, e.g. an indirect reference as an operand)
                runs = interpreter.runs
                damaged += 1
            pages.append(_page_lines(runs, i, abs(width) or 612.0, label_gutter))
            heights.append(abs(height))
            rotated.extend(
                Line(text=t, cells=[t], page=i) for r in interpreter.rotated if (t := r.text.strip())
            )
            links.extend(_links(page))
            hidden.extend(visibility.hidden)
    if damaged and not any(pages):
        raise DocumentError("The PDF is damaged or incomplete.", code="corrupt")
    drop = _furniture(pages, heights)
    for before, after in itertools.pairwise(pages):
        _float_over_break(before, after, drop)
    lines = [ln for page_lines in pages for ln in page_lines if id(ln) not in drop]
    margin = [ln for page_lines in pages for ln in page_lines if id(ln) in drop] + rotated
    _gaps(lines)
    return RawDocument(lines=lines, links=links, kind="pdf", margin=margin, hidden=hidden)
