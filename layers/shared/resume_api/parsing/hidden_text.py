"""Text a human reader of the resume cannot see, found while it is read, and the upload's warnings.

A resume can carry words for the machine only: white (or near-white) text on a white page, text in
the colour of the box behind it, a font under 2 pt, text outside the page or clipped away, PDF
render mode 3 (invisible), a fill opacity of zero, text a solid box or an opaque image painted
later covers, text in an optional content layer (`/OC`) the document's default view turns off, or
in Word a hidden (`w:vanish`) run. Such text
is not what the person shows a reader, so it never enters the structured sections; it is reported
as a `hidden_text` warning instead (parsing/findings.py).

Text that is never drawn on a page at all (the document information dictionary and XMP metadata, a
hidden or no-view annotation, which `pdf_layout._appearance` skips) is not reported: it never
reaches the parse or the guard's evidence, so the warning would explain nothing, and producers fill
/Title, /Subject and /Keywords in ordinary resumes.

`PageVisibility` follows the graphics state of one PDF page while `pdf_layout`'s interpreter walks
it (fill and stroke colour, render mode, opacity, clip, the boxes painted so far) and judges each
shown string. An opaque image painted after a string over its place covers it as a solid box does
(a photo or an all-white picture laid over a line); an image painted before it, beside it or with
transparency of its own does not. It errs towards visible: text over an image, a shading or a pattern (an OCR layer
over a scan, white text on a photo) and colours it cannot read count as seen, so a design choice
(light-grey dates, white text on a dark sidebar, a coloured heading band) is never flagged.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

MIN_VISIBLE_PT = 2.0
"""Text whose em is smaller than this (in page units, scaling included) on a Letter or A4 page cannot
be read; on a smaller page the bound shrinks with its height."""
MAX_COLOUR_DIFF = 0.12
"""Text whose colour is this close (largest channel difference, 0-1) to what is behind it is not seen:
#F0F0F0 on white is 0.06; the lightest grey a resume prints dates in (#BBBBBB) is 0.27."""
MIN_ALPHA = 0.1
MAX_PAINTS = 4000
"""Painted boxes remembered per page; past this the colour test stays silent (never a guess)."""
MAX_COVERS = 256
"""Solid boxes remembered per page that may cover text shown before them; past this, text is seen."""
COVERED_SHARE = 0.9
"""A string is covered when this share of its glyphs' box lies under one later solid box."""
SCAN_SHARE = 0.8
"""An image over this share of the page is the page's scan: text drawn under it is the scan's OCR
layer (some OCR tools print it in plain ink beneath the picture), whose words the image shows, so
it covers nothing. Hiding a payload this way means showing the whole page as a picture."""

Box = tuple[float, float, float, float]
"""x0, y0, x1, y1 in PDF user space (y up)."""
Colour = tuple[float, float, float]
_WHITE: Colour = (1.0, 1.0, 1.0)
_BLACK: Colour = (0.0, 0.0, 0.0)


@dataclass(slots=True)
class HiddenRun:
    """One string a reader cannot see: why, where (0-based page; None in a DOCX) and its text."""

    text: str
    reason: str
    page: int | None = None
    x0: float = 0.0
    x1: float = 0.0
    base: float = 0.0
    size: float = 0.0
    block: int = 0
    """DOCX: the paragraph it came from (runs of one paragraph make one passage)."""


# ----------------------------------------------------------------------------------------------
# PDF


def _point(ctm: list[float], x: float, y: float) -> tuple[float, float]:
    return ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5]


def _bbox(points: Iterable[tuple[float, float]]) -> Box:
    xs, ys = zip(*points, strict=True)
    return min(xs), min(ys), max(xs), max(ys)


def _intersect(a: Box, b: Box | None) -> Box | None:
    if b is None:
        return a
    box = (max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3]))
    return box if box[0] <= box[2] and box[1] <= box[3] else None


def _area(box: Box | None) -> float:
    return 0.0 if box is None else max(0.0, box[2] - box[0]) * max(0.0, box[3] - box[1])


def _within(inner: Box, outer: Box) -> bool:
    """Whether `inner` lies wholly inside `outer` (then it is not mostly outside it)."""
    return outer[0] <= inner[0] and outer[1] <= inner[1] and inner[2] <= outer[2] and inner[3] <= outer[3]


def _mostly_outside(glyphs: Box, region: Box | None) -> bool:
    """At most 5% of the glyphs' box lies inside `region` (a box of no area counts by its line)."""
    inside = _intersect(glyphs, region)
    if inside is None:
        return True
    area = _area(glyphs)
    if area <= 1e-9:
        return False
    return _area(inside) <= 0.05 * area


def _num(value: Any) -> float | None:
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


def _colour(values: list[Any], family: str) -> Colour | None:
    """RGB 0-1 of colour operands in a family (gray, rgb, cmyk); None when it cannot be read."""
    nums = [_num(v) for v in values]
    if not nums or any(n is None for n in nums):
        return None  # a pattern name, or garbage
    v = [min(1.0, max(0.0, n)) for n in nums if n is not None]
    if family == "gray" and len(v) == 1:
        return (v[0], v[0], v[0])
    if family == "rgb" and len(v) == 3:
        return (v[0], v[1], v[2])
    if family == "cmyk" and len(v) == 4:
        c, m, y, k = v
        return (1 - min(1.0, c + k), 1 - min(1.0, m + k), 1 - min(1.0, y + k))
    return None


def close(a: Colour, b: Colour) -> bool:
    """Whether two colours are too close for text in one to be seen on the other."""
    return max(abs(x - y) for x, y in zip(a, b, strict=True)) < MAX_COLOUR_DIFF


@dataclass(slots=True)
class _State:
    fill: Colour | None = _BLACK
    stroke: Colour | None = _BLACK
    fill_family: str = "gray"
    stroke_family: str = "gray"
    render: int = 0
    fill_alpha: float = 1.0
    stroke_alpha: float = 1.0
    clip: Box | None = None
    blended: bool = False
    """A blend mode other than Normal, or a soft mask: what is painted mixes with what is below."""
    clip_exact: bool = True
    """Every clip path so far was one upright rectangle, so `clip` is the region itself: a clip
    that cuts a box out (Chromium's box-shadow clips the element's own box away) has a bounding box
    far larger than what it lets through, and nothing painted through it can be called a cover."""
    group_alpha: float = 1.0
    group_blended: bool = False
    """The opacity, blend mode or soft mask in force where the transparency group being walked was
    drawn: the group is composited through them as a whole (CSS `opacity`, `mix-blend-mode`,
    `mask-image` in Chromium), whatever graphics state its own content sets (`/ca 1`)."""

    def copy(self) -> _State:
        return _State(
            self.fill,
            self.stroke,
            self.fill_family,
            self.stroke_family,
            self.render,
            self.fill_alpha,
            self.stroke_alpha,
            self.clip,
            self.blended,
            self.clip_exact,
            self.group_alpha,
            self.group_blended,
        )


_FILLS = frozenset({b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"})
_ENDS = _FILLS | {b"S", b"s", b"n"}
OBSERVED = _ENDS | {
    *(b"q", b"Q", b"g", b"rg", b"k", b"G", b"RG", b"K", b"cs", b"CS", b"sc", b"scn", b"SC", b"SCN"),
    *(b"Tr", b"gs", b"m", b"l", b"c", b"v", b"y", b"re", b"W", b"W*", b"Do", b"INLINE IMAGE", b"sh"),
    *(b"BDC", b"BMC", b"EMC"),
}
"""The operators `PageVisibility.observe` acts on; the text operators, most of a page, it ignores."""
_FAMILIES = {
    "/DeviceGray": "gray",
    "/CalGray": "gray",
    "/G": "gray",
    "/DeviceRGB": "rgb",
    "/CalRGB": "rgb",
    "/RGB": "rgb",
    "/DeviceCMYK": "cmyk",
    "/CMYK": "cmyk",
}


def _family(name: Any, resources: Any) -> str:
    """gray, rgb or cmyk for a colour space we can read as such; `other` for the rest."""
    key = str(name)
    if key in _FAMILIES:
        return _FAMILIES[key]
    try:
        spaces = resources.get("/ColorSpace").get_object()
        space = spaces[name].get_object()
        if isinstance(space, list) and space:
            kind = str(space[0])
            if kind == "/ICCBased":
                n = int(space[1].get_object().get("/N", 0))
                return {1: "gray", 3: "rgb", 4: "cmyk"}.get(n, "other")
            return _FAMILIES.get(kind, "other")
        return _FAMILIES.get(str(space), "other")
    except Exception:  # an unreadable colour space: its colours are unknown, never a guess
        return "other"


class PageVisibility:
    """The graphics state of one page as far as seeing text goes, and the hidden strings found."""

    def __init__(self, page: int, box: Box | None, layers_off: frozenset[int] = frozenset()) -> None:
        self.page = page
        self.box = box
        self.layers_off = layers_off
        """Optional content groups (by object number) the document's default view turns off."""
        self.marked: list[bool] = []
        """Open marked-content spans, each True when it is an `/OC` span of a layer that is off."""
        self.off = 0
        """How many enclosing spans or forms belong to a layer that is off: then nothing shows."""
        height = box[3] - box[1] if box is not None else 792.0
        self.min_pt = min(MIN_VISIBLE_PT, MIN_VISIBLE_PT * height / 792.0)
        """A viewer fits the page to the screen: on a page smaller than Letter, smaller text reads."""
        self.state = _State()
        self.stack: list[_State] = []
        self.path: list[tuple[float, float]] = []
        self.clip_next = False
        self.paints: list[tuple[Box, Colour | None]] = []
        self.covers: list[Box] = []
        """Solid, opaque, normally blended fills in paint order: each hides the text shown before it."""
        self.overflow = False
        self.hidden: list[HiddenRun] = []
        self.families: dict[tuple[int, str], str] = {}
        """Colour spaces by (resources, name): a page names the same few again and again."""
        self.ext_states: dict[tuple[int, str], tuple[float | None, float | None, bool | None]] = {}
        """Graphics states by (resources, name), read once (`gs` comes before most paths of a page)."""

    # -- following the content stream --------------------------------------------------------
    def observe(self, op: bytes, operands: list[Any], ctm: list[float], resources: Any) -> None:
        """One operator of the content stream, with the CTM in force and the resources it names."""
        s = self.state
        if op == b"q":
            self.stack.append(s.copy())
        elif op == b"Q":
            if self.stack:
                self.state = self.stack.pop()
        elif op in (b"g", b"rg", b"k"):
            s.fill_family = {b"g": "gray", b"rg": "rgb", b"k": "cmyk"}[op]
            s.fill = _colour(operands, s.fill_family)
        elif op in (b"G", b"RG", b"K"):
            s.stroke_family = {b"G": "gray", b"RG": "rgb", b"K": "cmyk"}[op]
            s.stroke = _colour(operands, s.stroke_family)
        elif op == b"cs" and operands:
            s.fill_family = self._family(operands[0], resources)
            s.fill = _BLACK if s.fill_family != "other" else None
        elif op == b"CS" and operands:
            s.stroke_family = self._family(operands[0], resources)
            s.stroke = _BLACK if s.stroke_family != "other" else None
        elif op in (b"sc", b"scn"):
            s.fill = _colour(operands, s.fill_family)
        elif op in (b"SC", b"SCN"):
            s.stroke = _colour(operands, s.stroke_family)
        elif op == b"Tr" and operands:
            mode = _num(operands[0])
            s.render = int(mode) if mode is not None else 0
        elif op == b"gs" and operands:
            self._ext_state(operands[0], resources)
        elif op in (b"m", b"l") and len(operands) >= 2:
            self._add(ctm, operands[:2])
        elif op in (b"c", b"v", b"y"):
            self._add(ctm, operands[:6])
        elif op == b"re" and len(operands) >= 4:
            x, y, w, h = (_num(v) or 0.0 for v in operands[:4])
            self._add(ctm, [x, y, x + w, y, x, y + h, x + w, y + h])
        elif op in (b"W", b"W*"):
            self.clip_next = True
        elif op in _ENDS:
            self._end_path(op, ctm)
        elif op == b"Do" and operands:
            self._image(operands[0], ctm, resources)
        elif op == b"INLINE IMAGE":
            self._paint(_bbox(_point(ctm, x, y) for x, y in ((0, 0), (1, 0), (0, 1), (1, 1))), None)
        elif op in (b"BDC", b"BMC"):
            off = (
                op == b"BDC"
                and len(operands) >= 2
                and operands[0] == "/OC"
                and self._layer_off(operands[1], resources)
            )
            self.marked.append(off)
            self.off += off
        elif op == b"EMC":
            if self.marked:
                self.off -= self.marked.pop()
        elif op == b"sh":
            self._paint(s.clip or self.box or (-MAX_PAGE_PT, -MAX_PAGE_PT, MAX_PAGE_PT, MAX_PAGE_PT), None)

    def _layer_off(self, name: Any, resources: Any) -> bool:
        """Whether the `/OC` span's properties (named in /Properties, or inline) name a layer that is off."""
        if not self.layers_off:
            return False
        try:
            props = name if hasattr(name, "get") else resources.get("/Properties").get_object().raw_get(name)
        except Exception:  # no such properties: the span shows
            return False
        return is_off(props, self.layers_off)

    def enter_layer(self, form: Any) -> bool:
        """A form or image XObject about to be drawn: whether its own `/OC` layer is off (then what
        it draws is not seen; `leave_layer` after it)."""
        if not self.layers_off:
            return False
        try:
            props = form.raw_get("/OC") if "/OC" in form else None
        except Exception:  # an unreadable entry: it shows
            return False
        off = props is not None and is_off(props, self.layers_off)
        self.off += off
        return off

    def leave_layer(self, off: bool) -> None:
        self.off -= off

    def _family(self, name: Any, resources: Any) -> str:
        key = (id(resources), str(name))
        family = self.families.get(key)
        if family is None:
            family = self.families[key] = _family(name, resources)
        return family

    def save(self) -> tuple[_State, int]:
        """Before a form XObject is walked: it runs inside an implicit q ... Q."""
        return self.state.copy(), len(self.stack)

    def enter_group(self) -> None:
        """A transparency group is about to be walked (after `save`): what it paints is seen
        through the alpha and blending in force now."""
        s = self.state
        s.group_alpha *= s.fill_alpha
        s.group_blended = s.group_blended or s.blended

    def fresh(self) -> tuple[_State, int]:
        """Before an annotation's appearance is drawn: it starts from the default graphics state."""
        saved = self.save()
        self.state = _State()
        return saved

    def over_image(self, point: tuple[float, float]) -> bool:
        """Whether an image, shading or pattern painted anywhere on the page covers `point`."""
        x, y = point
        return any(c is None and b[0] <= x <= b[2] and b[1] <= y <= b[3] for b, c in self.paints)

    def restore(self, saved: tuple[_State, int]) -> None:
        self.state = saved[0]
        del self.stack[saved[1] :]

    def _add(self, ctm: list[float], values: list[Any]) -> None:
        nums = [_num(v) or 0.0 for v in values]
        if len(self.path) < 10_000:
            self.path.extend(_point(ctm, nums[i], nums[i + 1]) for i in range(0, len(nums) - 1, 2))

    def _end_path(self, op: bytes, ctm: list[float]) -> None:
        box = _bbox(self.path) if self.path else None
        s = self.state
        alpha = s.fill_alpha * s.group_alpha
        if box is not None and op in _FILLS and alpha >= MIN_ALPHA and not self.off:
            seen = self._paint(box, s.fill)
            solid = s.fill is not None and alpha >= 0.99 and not (s.blended or s.group_blended)
            if (
                seen is not None
                and solid
                and s.clip_exact
                and _rectangle(self.path)
                and len(self.covers) < MAX_COVERS
            ):
                self.covers.append(seen)
        if self.clip_next:
            self.state.clip = _intersect(box, self.state.clip) if box is not None else self.state.clip
            self.state.clip_exact = self.state.clip_exact and _rectangle(self.path)
            if box is not None and self.state.clip is None:
                self.state.clip = (0.0, 0.0, 0.0, 0.0)  # clipped to nothing
        self.clip_next = False
        self.path = []

    def _paint(self, box: Box, colour: Colour | None) -> Box | None:
        """Something painted over `box`: its colour, or None for an image, shading or pattern.
        Returns the part of it the clip lets through, as remembered (None: nothing or past the cap)."""
        seen = _intersect(box, self.state.clip)
        if seen is None:
            return None
        if len(self.paints) >= MAX_PAINTS:
            self.overflow = True
            return None
        self.paints.append((seen, colour))
        return seen

    def _image(self, name: Any, ctm: list[float], resources: Any) -> None:
        try:
            xobject = resources.get("/XObject").get_object()[name].get_object()
            subtype = xobject.get("/Subtype")
        except Exception:  # a missing or broken XObject draws nothing
            return
        if (
            subtype != "/Image"
            or self.off
            or (self.layers_off and "/OC" in xobject and is_off(xobject.raw_get("/OC"), self.layers_off))
        ):
            return
        seen = self._paint(_bbox(_point(ctm, x, y) for x, y in ((0, 0), (1, 0), (0, 1), (1, 1))), None)
        if (
            seen is not None
            and len(self.covers) < MAX_COVERS
            and not self._page_sized(seen)
            and self._opaque(xobject, ctm)
        ):
            self.covers.append(seen)

    def _page_sized(self, placed: Box) -> bool:
        page = self.box if self.box is not None else (0.0, 0.0, 612.0, 792.0)
        return _area(_intersect(placed, page)) >= SCAN_SHARE * _area(page)

    def _opaque(self, image: Any, ctm: list[float]) -> bool:
        """Whether an image just painted hides what lies under its placed rectangle: upright, fully
        opaque, normally blended, through an exact clip, and with no transparency of its own (a soft
        mask, a colour-key or stencil mask, a stencil `/ImageMask`, alpha inside a JPX stream): a
        PNG logo with an alpha channel shows the text around its shape."""
        s = self.state
        upright = abs(ctm[1]) <= 1e-6 and abs(ctm[2]) <= 1e-6
        solid = s.fill_alpha * s.group_alpha >= 0.99 and not (s.blended or s.group_blended)
        if not (upright and solid and s.clip_exact):
            return False
        try:
            masked = any(key in image for key in ("/SMask", "/Mask", "/SMaskInData"))
            return not masked and not bool(image.get("/ImageMask", False))
        except Exception:  # an image dictionary we cannot read: it covers nothing (never a guess)
            return False

    def _ext_state(self, name: Any, resources: Any) -> None:
        key = (id(resources), str(name))
        known = self.ext_states.get(key)
        if known is None:
            known = self.ext_states[key] = _ext_state(name, resources)
        fill_alpha, stroke_alpha, blended = known
        if fill_alpha is not None:
            self.state.fill_alpha = fill_alpha
        if stroke_alpha is not None:
            self.state.stroke_alpha = stroke_alpha
        if blended is not None:
            self.state.blended = blended

    # -- judging a shown string ----------------------------------------------------------------
    def judge(self, m: list[float], size: float, tz: float, advance: float) -> str | None:
        """Why the string about to be shown cannot be seen, or None. `m` is the text matrix times
        the CTM, `advance` its width in text space (size and horizontal scaling included)."""
        s = self.state
        if self.off:
            return "hidden_layer"
        height = abs(size) * (m[2] ** 2 + m[3] ** 2) ** 0.5
        width = abs(size * tz) * (m[0] ** 2 + m[1] ** 2) ** 0.5
        if s.render in (3, 7):
            reason: str | None = "invisible"
        elif height < self.min_pt or width < self.min_pt:
            reason = "tiny_text"
        else:
            reason = None
        asc, desc = 0.7 * abs(size), -0.2 * abs(size)
        # the glyphs' box: the four corners of the string's extent through `m` (written out: this
        # runs for every string of a document)
        a, b, c, d, e, f = m
        xs = (c * desc + e, a * advance + c * desc + e, c * asc + e, a * advance + c * asc + e)
        ys = (d * desc + f, b * advance + d * desc + f, d * asc + f, b * advance + d * asc + f)
        glyphs = (min(xs), min(ys), max(xs), max(ys))
        centre = _point(m, advance / 2, 0.3 * abs(size))
        behind = self._behind(centre)
        if reason == "invisible" and behind is not None and behind[1] is None:
            return None  # invisible text over an image: the OCR layer of a scan, which the image shows
        if reason is not None:
            return reason
        if self.box is not None and not _within(glyphs, self.box) and _mostly_outside(glyphs, self.box):
            return "outside_page"
        if s.clip is not None and not _within(glyphs, s.clip) and _mostly_outside(glyphs, s.clip):
            return "clipped"
        filled = s.render in (0, 2, 4, 6)
        stroked = s.render in (1, 2, 5, 6)
        alpha = max(s.fill_alpha if filled else 0.0, s.stroke_alpha if stroked else 0.0) * s.group_alpha
        if alpha < MIN_ALPHA:
            return "transparent"
        if self.overflow:
            return None
        background = _WHITE if behind is None else behind[1]
        if background is None:
            return None
        inks = ([s.fill] if filled else []) + ([s.stroke] if stroked else [])
        if inks and all(ink is not None and close(ink, background) for ink in inks):
            return "same_colour"
        return None

    def _behind(self, point: tuple[float, float]) -> tuple[Box, Colour | None] | None:
        x, y = point
        for box, colour in reversed(self.paints):
            if box[0] <= x <= box[2] and box[1] <= y <= box[3]:
                return box, colour
        return None

    def hide(self, text: str, reason: str, x0: float, x1: float, base: float, size: float) -> None:
        if len(self.hidden) < 5000:
            self.hidden.append(HiddenRun(text, reason, self.page, x0, x1, base, size))


def _ext_state(name: Any, resources: Any) -> tuple[float | None, float | None, bool | None]:
    """What an ExtGState sets that bears on seeing text: fill and stroke alpha, blending (None: unset)."""
    try:
        state = resources.get("/ExtGState").get_object()[name].get_object()
    except Exception:  # an unknown graphics state changes nothing we can read
        return None, None, None
    fill, stroke = (_num(state.get(key)) if key in state else None for key in ("/ca", "/CA"))
    blended = _blends(state.get("/BM"), state.get("/SMask")) if "/BM" in state or "/SMask" in state else None
    if "/SMask" in state and _masks_out(state.get("/SMask")):
        fill, stroke = 0.0, 0.0  # a mask that is black everywhere: nothing drawn under it shows
    return fill, stroke, blended


_MASK_PAINTS = _FILLS | {b"S", b"s", b"Do", b"sh", b"Tj", b"TJ", b"'", b'"', b"INLINE IMAGE"}
_BLACK_SETS = {b"g": 1, b"rg": 3, b"k": 4}


def _masks_out(mask: Any) -> bool:
    """Whether a soft mask lets nothing through: an alpha mask whose group paints nothing, or a
    luminosity mask whose group paints nothing or only black (`0 g`, `0 0 0 rg`, `0 0 0 1 k`) on a
    black backdrop (/BC, black by default). Anything else (an image, a pattern, a colour space, a
    grey) may let text through, so it counts as seen."""
    try:
        mask = mask.get_object()
        if not hasattr(mask, "get"):
            return False
        kind = str(mask.get("/S"))
        backdrop = [_num(v) for v in mask.get("/BC", [])]
        from .content_ops import operations

        ops = operations(mask["/G"].get_object().get_data()[:20_000])
    except Exception:  # a mask we cannot read: err towards the text being seen
        return False
    if kind == "/Luminosity" and any(v != 0.0 for v in backdrop[:3]):
        return False
    black = True
    for operands, op in ops:
        if op in _BLACK_SETS:
            values = [_num(v) for v in operands]
            want = [0.0] * _BLACK_SETS[op] if op != b"k" else [0.0, 0.0, 0.0, 1.0]
            black = values == want
        elif op in (b"cs", b"sc", b"scn"):
            black = False
        elif op in _MASK_PAINTS and (kind != "/Luminosity" or not black or op not in _FILLS):
            return False
    return kind in ("/Luminosity", "/Alpha")


def _blends(mode: Any, mask: Any) -> bool:
    """Whether a blend mode (a name or an array of names, the first one a viewer knows wins) or a soft
    mask mixes what is painted with what is below it; anything unreadable counts as mixing."""
    try:
        first = mode[0] if isinstance(mode, list) and mode else mode
        normal = mode is None or str(first) in ("/Normal", "/Compatible")
        unmasked = mask is None or str(mask) == "/None"
    except Exception:  # a broken entry: err towards the text being seen
        return True
    return not (normal and unmasked)


def layers_off(reader: Any) -> frozenset[int]:
    """The optional content groups (layers), by object number, that the document's default view
    (`/OCProperties /D`) turns off: those in `/OFF`, or, under `/BaseState /OFF`, every group not in
    `/ON`. Empty when the document has none or they cannot be read (then every layer shows)."""
    try:
        props = reader.trailer["/Root"].get_object().get("/OCProperties")
        if props is None:
            return frozenset()
        props = props.get_object()
        default = props.get("/D")
        default = default.get_object() if default is not None else {}
        groups = {ref.idnum for ref in props.get("/OCGs", []) if hasattr(ref, "idnum")}
        on = {ref.idnum for ref in default.get("/ON", []) if hasattr(ref, "idnum")}
        off = {ref.idnum for ref in default.get("/OFF", []) if hasattr(ref, "idnum")}
        if str(default.get("/BaseState", "/ON")) == "/OFF":
            off = (groups | off) - on
        return frozenset(off)
    except Exception:  # a broken /OCProperties: every layer shows (never a guess)
        return frozenset()


def is_off(props: Any, off: frozenset[int]) -> bool:
    """Whether an optional content group or membership dictionary (a reference) is hidden when the
    groups in `off` are: a group by its own state, a membership by its policy /P over its /OCGs
    (AnyOn, the default: hidden when all its groups are off). Unreadable: shown."""
    try:
        ref = props
        obj = props.get_object()
        if str(obj.get("/Type")) != "/OCMD":
            return getattr(ref, "idnum", None) in off
        members = obj.get("/OCGs")
        members = members.get_object() if members is not None else None
        if members is None or "/VE" in obj:
            return False
        refs = list(members) if isinstance(members, list) else [obj.raw_get("/OCGs")]
        states = [getattr(r, "idnum", None) in off for r in refs]
        if not states:
            return False
        policy = str(obj.get("/P", "/AnyOn"))
        return {
            "/AllOn": any(states),
            "/AnyOff": not any(states),
            "/AllOff": not all(states),
        }.get(policy, all(states))
    except Exception:  # a broken layer dictionary: its content shows
        return False


def _rectangle(points: list[tuple[float, float]]) -> bool:
    """Whether a path is one upright rectangle (`re`, or four lines), which fills its whole box: the
    box of a curve, a ring or several shapes is mostly empty, so it cannot be said to cover text."""
    if len(points) not in (4, 5):
        return False
    xs = {round(x, 2) for x, _ in points}
    ys = {round(y, 2) for _, y in points}
    return len(xs) <= 2 and len(ys) <= 2


def covered(glyphs: Box, covers: Iterable[Box]) -> bool:
    """Whether one of `covers` hides at least COVERED_SHARE of `glyphs` (boxes in one space)."""
    area = _area(glyphs)
    if area <= 1e-9:
        return False
    return any(_area(_intersect(glyphs, box)) >= COVERED_SHARE * area for box in covers)


MAX_PAGE_PT = 14_400.0
"""The largest page side PDF allows (200 inches): a box past it is garbage, not a page."""


def page_box(page: Any) -> Box | None:
    """What a viewer shows of a page: its CropBox (which pypdf clips to the MediaBox); None when the
    box is not a page (inverted, empty, past PDF's limits), and then nothing is judged off the page."""
    try:
        box = page.cropbox
        x0, y0, x1, y1 = float(box.left), float(box.bottom), float(box.right), float(box.top)
    except Exception:  # a box pypdf cannot read
        return None
    if not all(math.isfinite(v) and abs(v) <= 10 * MAX_PAGE_PT for v in (x0, y0, x1, y1)):
        return None
    if not (0 < x1 - x0 <= MAX_PAGE_PT and 0 < y1 - y0 <= MAX_PAGE_PT):
        return None
    return x0, y0, x1, y1


# ----------------------------------------------------------------------------------------------
# DOCX

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _on(el: Any) -> bool:
    """A Word on/off property: present and not `w:val="0|false|off"`."""
    return el is not None and str(el.get(_W + "val", "true")).lower() not in ("0", "false", "off")


def _hex(value: str | None) -> Colour | None:
    if not value or not re.fullmatch(r"[0-9A-Fa-f]{6}", value):
        return None
    return (int(value[0:2], 16) / 255, int(value[2:4], 16) / 255, int(value[4:6], 16) / 255)


_HIGHLIGHT = {"white": _WHITE, "black": _BLACK, "none": None}


def _shading(ppr: Any) -> Colour | bool | None:
    """The fill colour of a `w:shd` under `ppr`; False when there is none (or it is `auto`)."""
    if ppr is None:
        return False
    shd = ppr.find(_W + "shd")
    if shd is None:
        return False
    fill = shd.get(_W + "fill")
    if not fill or fill.lower() == "auto":
        return False
    return _hex(fill)


class DocxVisibility:
    """Judges Word runs: hidden (`w:vanish`), under 2 pt, or in the colour of what is behind them.

    Direct formatting and the run's and paragraph's style chains are read; behind a run is its own
    shading or highlight, else its paragraph's, else its table cell's, else the page colour."""

    def __init__(self, styles: Callable[[str], Any], page: Colour | None = _WHITE) -> None:
        self.styles = styles
        self.page = page
        self.hidden: list[HiddenRun] = []
        self.block = 0
        self.chains: dict[str, list[Any]] = {}
        self.props: dict[tuple[str, str], tuple[list[Any], list[Any]]] = {}
        """Run and paragraph properties of a (character style, paragraph style) pair's chains."""
        self.firsts: dict[tuple[str, str, str], Any] = {}
        """The first of those run properties to set a tag, by (styles, tag)."""
        self.judged: dict[Any, str | None] = {}
        """Verdicts by run element: the text walk and the look of runs both ask about each run."""

    def _chain(self, style_id: str | None) -> list[Any]:
        """The style `style_id` and every style it is based on, nearest first (once per style)."""
        key = style_id or ""
        if key not in self.chains:
            self.chains[key] = self._walk_chain(style_id)
        return self.chains[key]

    def _walk_chain(self, style_id: str | None) -> list[Any]:
        out: list[Any] = []
        while style_id and len(out) < 20:
            el = self.styles(style_id)
            if el is None:
                break
            out.append(el)
            based = el.find(_W + "basedOn")
            style_id = based.get(_W + "val") if based is not None else None
        return out

    def _style_props(self, key: tuple[str, str]) -> tuple[list[Any], list[Any]]:
        """The run properties of a character style's and a paragraph style's chains, nearest first,
        and the paragraph properties of the paragraph style's chain (once per pair)."""
        cached = self.props.get(key)
        if cached is None:
            run_styles, para_styles = self._chain(key[0]), self._chain(key[1])
            rprs = [x for el in run_styles + para_styles if (x := el.find(_W + "rPr")) is not None]
            pprs = [x for el in para_styles if (x := el.find(_W + "pPr")) is not None]
            self.props[key] = cached = (rprs, pprs)
        return cached

    def judge(self, run: Any) -> str | None:
        """Why the run `w:r` element cannot be seen, or None (a run of spaces only is never hidden:
        it only spaces the words around it)."""
        if run in self.judged:
            return self.judged[run]
        verdict = self._judge(run)
        self.judged[run] = verdict
        return verdict

    def _judge(self, run: Any) -> str | None:
        if not "".join(t.text or "" for t in run.iter(_W + "t")).strip():
            return None
        rpr = run.find(_W + "rPr")
        rstyle = rpr.find(_W + "rStyle") if rpr is not None else None
        paragraph = next(run.iterancestors(_W + "p"), None)
        ppr = paragraph.find(_W + "pPr") if paragraph is not None else None
        pstyle = ppr.find(_W + "pStyle") if ppr is not None else None
        key = (
            (rstyle.get(_W + "val") or "") if rstyle is not None else "",
            (pstyle.get(_W + "val") or "") if pstyle is not None else "",
        )
        style_rprs, style_pprs = self._style_props(key)
        layers = [rpr, *style_rprs] if rpr is not None else style_rprs
        paragraph_layers = [ppr, *style_pprs] if ppr is not None else style_pprs

        def first(tag: str) -> Any:
            if rpr is not None and (el := rpr.find(_W + tag)) is not None:
                return el
            if (*key, tag) not in self.firsts:
                found = next((el for layer in style_rprs if (el := layer.find(_W + tag)) is not None), None)
                self.firsts[(*key, tag)] = found
            return self.firsts[(*key, tag)]

        if _on(first("vanish")) or _on(first("specVanish")):
            return "hidden_run"
        size = first("sz")
        points = _num(size.get(_W + "val")) if size is not None else None
        if points is not None and points / 2 < MIN_VISIBLE_PT:
            return "tiny_text"
        colour = first("color")
        ink = _hex(colour.get(_W + "val")) if colour is not None else None
        if ink is None:
            return None  # automatic or unreadable: Word picks a colour that contrasts
        background = self._background(run, layers, paragraph_layers)
        if background is not None and close(ink, background):
            return "same_colour"
        return None

    def _background(self, run: Any, layers: list[Any], paragraph_layers: list[Any]) -> Colour | None:
        """What is behind the run: its highlight or shading, its paragraph's, its cell's, or the page;
        None where that is a colour we cannot read (a named highlight, a shape, a picture)."""
        highlight = next((el for layer in layers if (el := layer.find(_W + "highlight")) is not None), None)
        if highlight is not None:
            name = str(highlight.get(_W + "val", "none"))
            if name != "none":
                return _HIGHLIGHT.get(name)
        for props in [*layers, *paragraph_layers]:
            shade = _shading(props)
            if shade is not False:
                return shade if isinstance(shade, tuple) else None
        for cell in run.iterancestors(_W + "tc"):
            shade = _shading(cell.find(_W + "tcPr"))
            if shade is not False:
                return shade if isinstance(shade, tuple) else None
        if any(True for _ in run.iterancestors(_W + "txbxContent")):
            return None  # a text box: its shape may be filled with any colour
        return self.page

    def hide(self, text: str, reason: str) -> None:
        if len(self.hidden) < 5000 and text:
            self.hidden.append(HiddenRun(text, reason, None, block=self.block))


def page_colour(document_element: Any) -> Colour | None:
    """A DOCX's page colour (`w:background`): white unless it says otherwise; None when unreadable."""
    background = document_element.find(_W + "background")
    if background is None:
        return _WHITE
    value = background.get(_W + "color")
    if not value or value.lower() == "auto":
        return _WHITE
    return _hex(value)
