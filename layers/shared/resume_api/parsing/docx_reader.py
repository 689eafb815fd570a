"""DOCX to lines: paragraphs, runs, styles, tables, text boxes, content controls, page headers and
footers, in reading order.

Word resumes mark headings in three ways: a Heading/Title style, direct formatting (bold, all
caps, a bigger size on a short line) or a table cell. Each paragraph becomes one `Line` with the
look of its dominant run resolved through the style chain, so the shared section logic can judge
it exactly as it judges a PDF line. Layout tables (a sidebar cell beside a main cell) are read
cell by cell, the cell with more text first, like the PDF columns.
"""

from __future__ import annotations

import contextlib
import io
import re
from typing import Any

from ..errors import DocumentError
from . import dates as D
from .clean_text import MAX_TEXT_CHARS, capped_length, clean, repair_letter_spacing
from .hidden_text import DocxVisibility, page_colour
from .lines import Line, RawDocument, run_in
from .sections import heading_key

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_LIST_STYLE = re.compile(r"(?i)list|bullet|aufz[aä]hlung|liste|vi[ñn]eta")


class _Styles:
    """Resolves bold/italic/size through paragraph and character style chains (cached)."""

    def __init__(self, document: Any) -> None:
        from docx.oxml.ns import qn

        self.default_size = 11.0
        try:
            sz = (
                document.styles.element.find(qn("w:docDefaults"))
                .find(qn("w:rPrDefault"))
                .find(qn("w:rPr"))
                .find(qn("w:sz"))
            )
            if sz is not None:
                self.default_size = int(sz.get(qn("w:val"))) / 2
        except (AttributeError, TypeError, ValueError):
            pass
        self._cache: dict[tuple[int, str], Any] = {}
        self.visibility: DocxVisibility | None = None
        """Judges each run: a hidden, tiny or same-coloured one is left out of the text."""
        self.page_height = 792.0
        """The first section's page height in points (a text box's place is judged against it)."""
        # python-docx looks styles up by scanning styles.xml on every access; index them once
        self.by_id: dict[str, Any] = {}
        self.default_paragraph: Any = None
        try:
            from docx.enum.style import WD_STYLE_TYPE

            for st in document.styles:
                if st.style_id:
                    self.by_id[st.style_id] = st
            self.default_paragraph = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
        except (AttributeError, KeyError, ValueError):
            pass

    def paragraph_style(self, paragraph: Any) -> Any:
        ppr = paragraph._p.pPr
        sid = ppr.pStyle.val if ppr is not None and ppr.pStyle is not None else None
        return self.by_id.get(sid, self.default_paragraph) if sid else self.default_paragraph

    def attr(self, style: Any, name: str) -> Any:
        key = (id(style), name)
        if key in self._cache:
            return self._cache[key][1]
        value = None
        seen = 0
        s = style
        while s is not None and seen < 20:
            font = getattr(s, "font", None)
            v = getattr(font, name, None) if font is not None else None
            if v is not None:
                value = v
                break
            s = getattr(s, "base_style", None)
            seen += 1
        self._cache[key] = (style, value)
        return value


_OFF = frozenset({"0", "false", "off"})


def _flag(rpr: Any, tag: str) -> bool | None:
    el = rpr.find(_W + tag)
    return None if el is None else el.get(_W + "val") not in _OFF


def _run_look(r: Any, para_style: Any, styles: _Styles) -> tuple[float, bool, bool, bool]:
    """Size, bold, italic, all caps of a run (its `w:r` element): its own properties, then its
    character style's, then its paragraph style's. Read from the XML directly: python-docx's
    `run.font` makes a query per property, a third of a small DOCX's parse."""
    rpr = r.find(_W + "rPr")
    size = bold = italic = caps = None
    char_style = None
    if rpr is not None:
        sz = rpr.find(_W + "sz")
        val = sz.get(_W + "val") if sz is not None else None
        size = int(val) / 2 if val is not None and val.isdigit() else None
        bold, italic, caps = _flag(rpr, "b"), _flag(rpr, "i"), _flag(rpr, "caps")
        rstyle = rpr.find(_W + "rStyle")
        sid = rstyle.get(_W + "val") if rstyle is not None else None
        char_style = styles.by_id.get(sid) if sid else None
    for style in (char_style, para_style):
        if style is None:
            continue
        if size is None:
            s = styles.attr(style, "size")
            size = s.pt if s is not None else None
        if bold is None:
            bold = styles.attr(style, "bold")
        if italic is None:
            italic = styles.attr(style, "italic")
        if caps is None:
            caps = styles.attr(style, "all_caps")
    return (size or styles.default_size, bool(bold), bool(italic), bool(caps))


def _is_list(paragraph: Any, style: Any) -> bool:
    from docx.oxml.ns import qn

    ppr = paragraph._p.pPr
    if ppr is not None and ppr.find(qn("w:numPr")) is not None:
        return True
    seen = 0
    while style is not None and seen < 10:
        el = style.element
        ppr = el.find(qn("w:pPr"))
        if ppr is not None and ppr.find(qn("w:numPr")) is not None:
            return True
        if _LIST_STYLE.search(style.name or ""):
            return True
        style = style.base_style
        seen += 1
    return False


_SKIP = {
    _W + "txbxContent",  # text boxes: read as their own paragraphs
    _W + "del",
    _W + "instrText",
    _W + "delText",
    "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback",
}


def _paragraph_text(
    p: Any, visibility: DocxVisibility | None = None, owners: list[tuple[str, Any]] | None = None
) -> str:
    """The paragraph's text from its XML: runs, hyperlinks, content controls, tracked insertions,
    tabs and breaks, but not its text boxes (read separately) nor deleted text or field codes,
    nor runs no reader sees (handed to `visibility`). `owners`, when given, receives each piece
    of text with the `w:r` it prints in (its look is that run's); the hidden runs are then not
    handed over again."""
    out: list[str] = []

    def walk(el: Any, run: Any) -> None:
        for child in el.iterchildren():
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == _W + "r" and visibility is not None and (why := visibility.judge(child)):
                if owners is None:  # a second reading for the looks: hidden once already
                    visibility.hide("".join(t.text or "" for t in child.iter(_W + "t")), why)
                continue
            if tag == _W + "t":
                out.append(child.text or "")
            elif tag == _W + "tab":
                out.append("\t")
            elif tag in (_W + "br", _W + "cr"):
                out.append("\n")
            elif tag == _W + "noBreakHyphen":
                out.append("-")
            elif tag != _W + "pPr" and tag != _W + "rPr":
                walk(child, child if tag == _W + "r" else run)
                continue
            else:
                continue
            if owners is not None:
                owners.append((out[-1], run))

    walk(p, None)
    return "".join(out)


_Look = tuple[float, bool, bool]


def _cell_looks(owners: list[tuple[str, Any]], para_style: Any, styles: _Styles) -> list[list[_Look | None]]:
    """Per line of the paragraph (split at its breaks), per tab-separated cell: the size, weight
    and slant most of the cell's letters print in (None for a cell without letters). A Word row
    sets a school at 12 pt and its dates beside it in another size in one paragraph, as a PDF
    prints them: the cells keep their own looks, as the PDF reader's do."""
    grid: list[list[dict[_Look, int]]] = [[{}]]
    seen: dict[int, _Look] = {}
    for piece, run in owners:
        if piece == "\n":
            grid.append([{}])
        elif piece == "\t":
            grid[-1].append({})
        elif run is not None and (n := len(piece.strip())):
            look = seen.get(id(run))
            if look is None:
                look = seen[id(run)] = _run_look(run, para_style, styles)[:3]
            cell = grid[-1][-1]
            cell[look] = cell.get(look, 0) + n
    return [[max(c.items(), key=lambda kv: kv[1])[0] if c else None for c in row] for row in grid]


def _paragraph_lines(paragraph: Any, styles: _Styles, index: int) -> list[Line]:
    visibility = styles.visibility
    if visibility is not None:
        visibility.block = index
    text = _paragraph_text(paragraph._p, visibility)
    if not text.strip():
        return []
    para_style = styles.paragraph_style(paragraph)
    looks: dict[tuple[float, bool, bool], int] = {}
    any_caps = True
    runs: list[tuple[str, bool, float]] = []
    for run in paragraph.runs:
        # the run's own w:t text: python-docx's `run.text` runs an XPath query per call
        own = "".join(t.text or "" for t in run._r.iterchildren(_W + "t"))
        n = len(own.strip())
        if not n or (visibility is not None and visibility.judge(run._r)):
            continue
        size, bold, italic, caps = _run_look(run._r, para_style, styles)
        runs.append((own, bold, float(size)))
        if D.DURATION.match(own.strip()) and n < len(text.strip()):
            continue  # `職歴 <tab> 14年`: a career's length beside a heading does not set its look
        looks[(size, bold, italic)] = looks.get((size, bold, italic), 0) + n
        any_caps = any_caps and caps
    if looks:
        size, bold, italic = max(looks.items(), key=lambda kv: kv[1])[0]
        bold_chars = sum(n for (s, b, i), n in looks.items() if b)
        bold = bold_chars >= 0.7 * sum(looks.values())
    else:  # text only in hyperlinks or fields: take the paragraph style's look
        size = (
            styles.attr(para_style, "size").pt
            if styles.attr(para_style, "size") is not None
            else styles.default_size
        )
        bold = bool(styles.attr(para_style, "bold"))
        italic = bool(styles.attr(para_style, "italic"))
        any_caps = bool(styles.attr(para_style, "all_caps"))
    style_name = para_style.name if para_style is not None else ""
    indent = 0.0
    try:
        li = paragraph.paragraph_format.left_indent
        indent = li.pt if li is not None else 0.0
    except (AttributeError, ValueError):
        indent = 0.0
    list_item = _is_list(paragraph, para_style)
    out = []
    lead = run_in(runs) if "\n" not in text.strip() else 0
    label = " ".join("".join(t for t, _, _ in runs[:lead]).split())
    grid: list[list[_Look | None]] = []
    if "\t" in text:  # cells: read again for each piece's run (most paragraphs hold no tab)
        owners: list[tuple[str, Any]] = []
        _paragraph_text(paragraph._p, visibility, owners)
        grid = _cell_looks(owners, para_style, styles)
    if len(grid) != text.count("\n") + 1:
        grid = []  # a break or tab inside a `w:t`: the pieces do not line up with the text
    for row, raw in enumerate(clean(text).split("\n")):
        if not raw.strip():
            continue
        part = raw.upper() if looks and any_caps else raw
        parts = [repair_letter_spacing(c).strip() for c in part.split("\t")]
        cells = [re.sub(r"\s{2,}", " ", c) for c in parts if c]
        if not cells:
            continue
        looks_here = grid[row] if row < len(grid) else []
        kept = (
            [look for c, look in zip(parts, looks_here, strict=False) if c]
            if len(looks_here) == len(parts)
            else []
        )
        sized = len(cells) > 1 and len(kept) == len(cells) and all(kept)
        out.append(
            Line(
                text=" ".join(cells),
                cells=cells,
                x0=indent,
                x1=0.0,
                y=float(index),
                size=float(size),
                bold=bold,
                italic=italic,
                style=style_name or "",
                list_item=list_item,
                gap_before=1.0,
                bold_lead=label,
                cell_sizes=[float(k[0]) for k in kept if k] if sized else [],
                lead_bold=kept[0][1] if sized and kept[0] else None,
                lead_italic=kept[0][2] if sized and kept[0] else None,
            )
        )
    return out


_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_WRAPPERS = frozenset(_W + t for t in ("sdt", "customXml", "ins", "smartTag", "moveTo"))
"""Elements whose children are body content: content controls, custom XML, tracked insertions."""
_THROUGH = _WRAPPERS | {_W + "sdtContent"}


def _chosen(alternate: Any) -> Any:
    """The branch of an `mc:AlternateContent` a reader shows: the first `mc:Choice` that holds
    anything, else the `mc:Fallback` (Word writes the same content twice, once per branch)."""
    for branch in alternate.iterchildren(_MC + "Choice"):
        if len(branch):
            return branch
    return next(alternate.iterchildren(_MC + "Fallback"), None)


def _through(element: Any, tag: str, depth: int = 0) -> list[Any]:
    """The `tag` children of an element, also those a content control, custom XML, a tracked
    insertion or an alternate-content branch wraps (a table row in a repeating-section control,
    a cell in custom XML): python-docx's `rows` and `cells` see only direct children."""
    found = []
    for child in element.iterchildren():
        if child.tag == tag:
            found.append(child)
        elif depth < 8 and child.tag in _THROUGH:
            found.extend(_through(child, tag, depth + 1))
        elif depth < 8 and child.tag == _MC + "AlternateContent":
            branch = _chosen(child)
            if branch is not None:
                found.extend(_through(branch, tag, depth + 1))
    return found


def _text_boxes(paragraph: Any) -> list[Any]:
    """The paragraph's text boxes, each once: a DrawingML box and not its VML copy in the
    `mc:Fallback`, unless the `mc:Choice` holds no text box of its own (a shape only VML reads)."""
    boxes = []
    for box in paragraph.iter(_W + "txbxContent"):
        fallback = next((a for a in box.iterancestors(_MC + "Fallback")), None)
        alternate = fallback.getparent() if fallback is not None else None
        if alternate is not None and any(
            True for c in alternate.iterchildren(_MC + "Choice") for _ in c.iter(_W + "txbxContent")
        ):
            continue
        if any(a.tag == _W + "txbxContent" for a in box.iterancestors()):
            continue  # a box inside a box: its paragraphs are read with the outer box's
        boxes.append(box)
    return boxes


_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_VML = "{urn:schemas-microsoft-com:vml}"
_VML_TOP = re.compile(r"(?:^|;)\s*(?:margin-)?top\s*:\s*([\d.]+)pt")
_FOOT_SHARE = 0.8
"""A text box whose top is this far down its page (a share of the page's height) is at its foot."""
_AT_PAGE_FOOT = "\x00page foot"
"""The style a line of a text box at the page's foot carries until `read_docx` moves it."""


def _at_page_foot(box: Any, page_height: float) -> bool:
    """Whether a text box is placed at its page's foot: set in the bottom margin, aligned to the
    page's bottom, or its top in the page's last fifth. Such a box is a footer drawn by hand (the
    contact band of many templates), wherever its anchor paragraph sits in the body."""
    for a in box.iterancestors():
        if a.tag == _WP + "anchor":
            pos = a.find(_WP + "positionV")
            if pos is None:
                return False
            relative = pos.get("relativeFrom")
            align = pos.findtext(_WP + "align")
            offset = pos.findtext(_WP + "posOffset")
            if relative == "bottomMargin":
                return True
            if align:
                return align == "bottom" and relative in ("page", "margin")
            try:
                return relative == "page" and int(offset or "") / 12700 > _FOOT_SHARE * page_height
            except ValueError:
                return False
        if a.tag == _VML + "shape":
            style = a.get("style") or ""
            top = _VML_TOP.search(style)
            return (
                "mso-position-vertical-relative:page" in style.replace(" ", "")
                and top is not None
                and float(top.group(1)) > _FOOT_SHARE * page_height
            )
    return False


def _block_lines(
    element: Any, parent: Any, styles: _Styles, counter: list[int], depth: int = 0
) -> list[Line]:
    """Lines of one body-level element: a paragraph (plus its text boxes) or a table."""
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    lines: list[Line] = []
    tag = element.tag
    if tag in _THROUGH and depth < 8:
        # content controls, custom XML, tracked insertions: the text inside is body text
        for child in element.iterchildren():
            lines.extend(_block_lines(child, parent, styles, counter, depth + 1))
        return lines
    if tag == _MC + "AlternateContent" and depth < 8:
        branch = _chosen(element)
        for child in branch.iterchildren() if branch is not None else ():
            lines.extend(_block_lines(child, parent, styles, counter, depth + 1))
        return lines
    if tag == _W + "altChunk":
        return _alt_chunk_lines(element, parent, counter)
    if tag == qn("w:p"):
        counter[0] += 1
        lines.extend(_paragraph_lines(Paragraph(element, parent), styles, counter[0]))
        for box in _text_boxes(element):
            foot = _at_page_foot(box, styles.page_height)
            for p in box.iter(qn("w:p")):
                counter[0] += 1
                for ln in _paragraph_lines(Paragraph(p, parent), styles, counter[0]):
                    ln.style = _AT_PAGE_FOOT if foot else ln.style
                    lines.append(ln)
    elif tag == qn("w:tbl") and depth < 8:
        table: list[list[list[Line]]] = []
        for row in _through(element, qn("w:tr")):
            cell_lines: list[list[Line]] = []
            for cell in _through(row, qn("w:tc")):
                top = counter[0] + 1  # the running index of the cell's first paragraph, blank or not
                cell_lines.append(
                    [
                        ln
                        for child in cell.iterchildren()
                        for ln in _block_lines(child, parent, styles, counter, depth + 1)
                    ]
                )
                for ln in cell_lines[-1]:
                    ln.cell_top = top
            table.append(cell_lines)
        side = _side_by_side(table)
        if side is not None:
            return side
        for cell_lines in table:
            non_empty = [cl for cl in cell_lines if cl]
            if (
                len(non_empty) > 1
                and all(len(cl) == 1 for cl in non_empty)
                and not _heading_beside(non_empty)
            ):
                # a row of short cells (company | dates): one line with cells
                first = non_empty[0][0]
                merged = [c for cl in non_empty for c in cl[0].cells]
                sizes = [s for cl in non_empty for s in _sizes(cl[0])]
                first.lead_bold = first.bold if first.lead_bold is None else first.lead_bold
                first.lead_italic = first.italic if first.lead_italic is None else first.lead_italic
                first.cells, first.cell_sizes = merged, sizes
                first.text = " ".join(merged)
                lines.append(first)
            elif (labelled := _label_column(non_empty)) is not None:
                lines.extend(labelled)
            elif (
                len(non_empty) > 1
                and all(len(cl) >= 3 for cl in non_empty)
                and not any(_margin_dates(cl) for cl in non_empty)
            ):
                # a layout table: main cell (more text) first, then the sidebar
                for cl in sorted(non_empty, key=lambda cl: -sum(len(ln.text) for ln in cl)):
                    lines.extend(cl)
            else:
                for cl in non_empty:
                    lines.extend(cl)
    return lines


def _sizes(ln: Line) -> list[float]:
    """Each cell's size: its own where the paragraph gave them, else the paragraph's."""
    return ln.cell_sizes if len(ln.cell_sizes) == len(ln.cells) else [ln.size] * len(ln.cells)


def _side_by_side(table: list[list[list[Line]]]) -> list[Line] | None:
    """A table whose first row names sections side by side (`LANGUAGES | INTERESTS | VOLUNTEERING`,
    two or more the lexicon knows, the others set as headings) over their columns' content: each
    heading, then its column, so the sections do not interleave. None for any other table."""
    if len(table) < 2:
        return None
    heads = table[0]
    width = len(heads)
    if width < 2 or any(len(row) != width for row in table[1:]):
        return None
    if any(len(cell) > 1 for cell in heads) or sum(1 for cell in heads if cell) < 2:
        return None
    known = 0
    for cell in heads:
        if not cell:
            continue
        text = cell[0].text.strip()
        wide = sum(1 for c in text if ord(c) >= 0x2E80)  # a CJK character is two letters wide (`技能`)
        if not 2 < len(text) + wide <= 40 or any(c.isdigit() for c in text):
            return None
        if heading_key(text) is not None:
            known += 1
        elif not (cell[0].bold or text.isupper()):
            return None
    columns = [[ln for row in table[1:] for ln in row[k]] for k in range(width)]
    if known < 2 or sum(1 for col in columns if col) < 2:
        return None
    return [ln for head, col in zip(heads, columns, strict=True) for ln in (*head, *col)]


def _label_column(cells: list[list[Line]]) -> list[Line] | None:
    """A row whose left cell holds only section headings (`SPRACHKENNTNISSE`, `DIGITALE
    FÄHIGKEITEN`) and whose right cell holds their content, each block set level with its heading
    by blank paragraphs: each heading is read with the blocks beside it. Read as a sidebar (the
    longer cell first), the content would join the section above the table and the headings would
    stand empty. None when the row is not such a pair."""
    if len(cells) != 2:
        return None
    labels, content = cells
    if any(heading_key(ln.text) is None for ln in labels):
        return None
    if all(heading_key(ln.text) is not None for ln in content):
        return None
    blocks: list[list[Line]] = []
    for ln in content:
        if blocks and ln.y - blocks[-1][-1].y <= 1:
            blocks[-1].append(ln)
        else:
            blocks.append([ln])
    beside: list[list[Line]] = [[] for _ in labels]
    for block in blocks:
        # paragraphs counted from the top of each cell stand for heights: a block belongs to the
        # last heading that starts no lower than one paragraph below the block's first line
        at = block[0].y - content[0].cell_top
        owner = max((i for i, h in enumerate(labels) if h.y - h.cell_top <= at + 1), default=0)
        beside[owner].extend(block)
    return [ln for heading, block in zip(labels, beside, strict=True) for ln in (heading, *block)]


def _margin_dates(cell: list[Line]) -> bool:
    """A cell of dates and range bars only (`Current` / `|` / `2015`): a margin column of dates
    beside its entry, read before it as printed, not a sidebar read after the main cell."""
    return all(
        D.is_date_only(ln.text) or D.PRESENT_RE.match(ln.text.strip()) or ln.text.strip() in "|–—-"
        for ln in cell
    )


def _heading_beside(cells: list[list[Line]]) -> bool:
    """`CERTIFICATIONS | • AWS Certified ...`, `INTERESTS | Chess, Hiking`: a row whose first cell
    is a heading (bold, larger than the rest) beside its section's one item, or whose other cells
    are bulleted items, is a heading and its content, not one header line of cells (`Company |
    dates`), which the row merge is for."""
    first, others = cells[0][0], [cl[0] for cl in cells[1:]]
    if any(o.bullet or o.list_item for o in others):
        return True
    if any(D.is_date_only(o.text) for o in others):
        return False
    return first.bold and first.size >= max(o.size for o in others) + 0.5 and not any(o.bold for o in others)


def _alt_chunk_lines(element: Any, parent: Any, counter: list[int]) -> list[Line]:
    """An alternate chunk (`w:altChunk`): content Word imports from another part when it opens
    the file, HTML or MHT as HTML-to-DOCX converters write it, or plain text. Read as lines."""
    from .alt_chunk import chunk_lines

    rid = element.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
    try:
        part = parent.part.related_parts[rid]
        blob, content_type = part.blob, str(part.content_type)
    except (AttributeError, KeyError, TypeError):
        return []
    lines = chunk_lines(blob, content_type, str(getattr(part, "partname", "")))
    for ln in lines:
        counter[0] += 1
        ln.y = float(counter[0])
    return lines


_NOTE_KINDS = {"/footnotes": _W + "footnote", "/endnotes": _W + "endnote"}
_NOTE_FURNITURE = frozenset({"separator", "continuationSeparator", "continuationNotice"})


def _note_lines(document: Any, styles: _Styles, counter: list[int]) -> list[Line]:
    """Footnotes and endnotes, after the body: text the page shows (a CV's 'references available',
    a footnoted grade) that python-docx does not read. Their separator lines are not text."""
    from docx.oxml import parse_xml

    out: list[Line] = []
    try:
        rels = list(document.part.rels.values())
    except (AttributeError, KeyError):
        return out
    for rel in rels:
        tag = next((t for suffix, t in _NOTE_KINDS.items() if rel.reltype.endswith(suffix)), None)
        if tag is None or rel.is_external:
            continue
        try:
            part = rel.target_part
            root = getattr(part, "element", None)
            root = root if root is not None else parse_xml(part.blob)
        except (
            AttributeError,
            KeyError,
            ValueError,
            TypeError,
            SyntaxError,
        ):  # a damaged notes part (lxml: a SyntaxError)
            continue
        for note in root.iterchildren(tag):
            if note.get(_W + "type") in _NOTE_FURNITURE:
                continue
            for child in note.iterchildren():
                out.extend(_block_lines(child, document, styles, counter))
    return out


def read_docx(data: bytes) -> RawDocument:
    """Lines of a DOCX in reading order (page header first), plus its hyperlink targets."""
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError as exc:  # pragma: no cover - a broken deployment, not a bad file
        raise DocumentError("DOCX support is not available.", code="unsupported_docx") from exc
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, TypeError, AttributeError, IndexError) as exc:
        raise DocumentError("The DOCX file is damaged or incomplete.", code="corrupt") from exc
    except Exception as exc:  # lxml and zipfile raise their own types for a damaged file
        if exc.__class__.__module__.startswith(("lxml", "zipfile", "zlib", "docx")):
            raise DocumentError("The DOCX file is damaged or incomplete.", code="corrupt") from exc
        raise
    styles = _Styles(document)
    visibility = styles.visibility = DocxVisibility(
        lambda sid: getattr(styles.by_id.get(sid), "element", None), page_colour(document.element)
    )
    with contextlib.suppress(IndexError):
        if (height := document.sections[0].page_height) is not None:
            styles.page_height = float(height.pt)
    counter = [0]
    header_lines: list[Line] = []
    seen_headers: set[str] = set()
    # Page headers and footers (first-page, default and even-page ones) come first: they hold the
    # name and contact details of many Word resumes, and the header block is where those belong.
    for section in document.sections:
        for attr in (
            "first_page_header",
            "header",
            "even_page_header",
            "first_page_footer",
            "footer",
            "even_page_footer",
        ):
            try:
                part = getattr(section, attr)
                if part.is_linked_to_previous:
                    continue
                for child in part._element.iterchildren():
                    for ln in _block_lines(child, part, styles, counter):
                        if ln.text not in seen_headers:
                            seen_headers.add(ln.text)
                            header_lines.append(ln)
            except (AttributeError, KeyError, ValueError, TypeError):
                continue
    body_lines: list[Line] = []
    chars = sum(capped_length(ln.text) for ln in header_lines)
    for child in document.element.body.iterchildren():
        if chars > MAX_TEXT_CHARS:
            break  # the parse keeps no more than this (document._cap): reading on is wasted work
        block = _block_lines(child, document, styles, counter)
        chars += sum(capped_length(ln.text) for ln in block)
        body_lines.extend(block)
    # a text box at the page's foot is a footer drawn by hand: read with the page's footers
    foot = [ln for ln in body_lines if ln.style == _AT_PAGE_FOOT]
    if foot:
        body_lines = [ln for ln in body_lines if ln.style != _AT_PAGE_FOOT]
        for ln in foot:
            ln.style = "Footer"
            if ln.text not in seen_headers:
                seen_headers.add(ln.text)
                header_lines.append(ln)
    lines = header_lines + body_lines + _note_lines(document, styles, counter)
    links: list[str] = []
    try:
        for rel in document.part.rels.values():
            if rel.reltype.endswith("/hyperlink") and rel.is_external:
                links.append(clean(str(rel.target_ref))[:500])
    except (AttributeError, KeyError):
        pass
    return RawDocument(lines=lines, links=links, kind="docx", hidden=visibility.hidden)
