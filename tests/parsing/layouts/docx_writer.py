"""Blocks to a DOCX with python-docx, as Word writes them: tab stops for right-aligned dates,
`List Bullet` numbering, paragraph borders for rules, layout tables, a header part, and text
boxes as `mc:AlternateContent` with the VML fallback copy of the same text.
"""

from __future__ import annotations

import copy
import io
from typing import Any

from .model import LIST, Block, Page, Para, Photo, Table, photo_png

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TEXT_WIDTH_TWIPS = 9360  # 6.5 in: Letter less 1 in margins


def _border_bottom(paragraph: Any) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(
        parse_xml(
            f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="6" w:space="1" w:color="444444"/></w:pBdr>'
        )
    )


def _no_borders(table: Any) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    tblpr = table._tbl.tblPr
    tblpr.append(
        parse_xml(
            f"<w:tblBorders {nsdecls('w')}>"
            + "".join(
                f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV")
            )
            + "</w:tblBorders>"
        )
    )


class _Writer:
    def __init__(self, page: Page) -> None:
        import docx

        self.page = page
        self.doc = docx.Document()
        sec = self.doc.sections[0]
        from docx.shared import Inches

        sec.left_margin = sec.right_margin = Inches(1)

    def para(self, container: Any, para: Para, width_twips: int = TEXT_WIDTH_TWIPS) -> Any:
        from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
        from docx.shared import Pt, Twips

        style = para.style
        if para.bullet == LIST:
            style = "List Bullet"
        p = container.add_paragraph(style=style)
        if para.align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if para.space_before:
            p.paragraph_format.space_before = Pt(para.space_before)
        if para.bullet and para.bullet != LIST:
            p.paragraph_format.left_indent = Pt(para.indent)
            p.paragraph_format.first_line_indent = Pt(-10)
            p.add_run(para.bullet + " ")
        elif para.indent:
            p.paragraph_format.left_indent = Pt(para.indent)
        for r in para.runs:
            run = p.add_run(r.text)
            run.bold = r.bold or None
            run.italic = r.italic or None
            if r.size:
                run.font.size = Pt(r.size)
            if r.small_caps:
                run.font.small_caps = True
        if para.right:
            p.paragraph_format.tab_stops.add_tab_stop(Twips(width_twips), WD_TAB_ALIGNMENT.RIGHT)
            p.add_run("\t")
            for r in para.right:
                run = p.add_run(r.text)
                run.bold = r.bold or None
                run.italic = r.italic or None
        if para.rule:
            _border_bottom(p)
        return p

    def blocks(self, container: Any, blocks: list[Block], width_twips: int = TEXT_WIDTH_TWIPS) -> None:
        from docx.shared import Pt

        for b in blocks:
            if isinstance(b, Photo):
                container.add_paragraph().add_run().add_picture(io.BytesIO(photo_png()), width=Pt(b.width))
            elif isinstance(b, Table):
                self.table(container, b, width_twips)
            else:
                self.para(container, b, width_twips)

    def table(self, container: Any, table: Table, width_twips: int) -> Any:
        from docx.shared import Twips

        ncols = len(table.widths)
        t = container.add_table(len(table.rows), ncols)
        if table.grid:
            t.style = "Table Grid"
        else:
            _no_borders(t)
        widths = [int(w * width_twips) for w in table.widths]
        for ri, row in enumerate(table.rows):
            for ci, cell_blocks in enumerate(row):
                cell = t.cell(ri, ci)
                cell.width = Twips(widths[ci])
                self.blocks(cell, cell_blocks, widths[ci] - 200)
                first = cell.paragraphs[0]
                children = [c for c in cell._tc if not c.tag.endswith("}tcPr")]
                if len(children) > 1 and children[0] is first._p and not first.text:
                    cell._tc.remove(first._p)
                if cell._tc[-1].tag.endswith("}tbl"):
                    cell.add_paragraph()
        return t

    def textbox(
        self, anchor: Any, blocks: list[Block], right: bool, box: tuple[int, int, int, int] | None = None
    ) -> None:
        """The sidebar in a floating text box anchored to `anchor`, with Word's VML fallback copy;
        `box` (x, y, width, height in points from the page's corner) places it elsewhere."""
        from docx.oxml import parse_xml

        scratch = self.doc.add_paragraph()._p  # paragraphs are made at the end of the body, then moved
        body = scratch.getparent()
        start = list(body).index(scratch)
        self.blocks(self.doc, blocks, 3000)
        made = [el for el in list(body)[start + 1 :] if el.tag.endswith("}p") or el.tag.endswith("}tbl")]
        body.remove(scratch)
        for el in made:
            body.remove(el)
        x_pt, y_pt, w_pt, h_pt = box or (396 if right else 36, 150, 180, 560)
        ns = (
            'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
            'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
            'xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office"'
        )
        emu = 12700
        run = parse_xml(
            f'<w:r {ns}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
            f'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="page"><wp:posOffset>{x_pt * emu}</wp:posOffset></wp:positionH>'
            f'<wp:positionV relativeFrom="page"><wp:posOffset>{y_pt * emu}</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{w_pt * emu}" cy="{h_pt * emu}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            f'<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="101" name="Text Box 1"/><wp:cNvGraphicFramePr/>'
            f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
            f'<a:ext cx="{w_pt * emu}" cy="{h_pt * emu}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            f"<a:noFill/></wps:spPr><wps:txbx><w:txbxContent/></wps:txbx>"
            f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
            f'anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
            f"</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
            f'<v:shape id="Text Box 1" o:spid="_x0000_s1026" type="#_x0000_t202" '
            f'style="position:absolute;margin-left:{x_pt}pt;margin-top:{y_pt}pt;width:{w_pt}pt;height:{h_pt}pt;'
            f'z-index:251659264;mso-position-horizontal-relative:page;mso-position-vertical-relative:page" '
            f'filled="f" stroked="f"><v:textbox><w:txbxContent/></v:textbox></v:shape>'
            f"</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
        )
        boxes = [el for el in run.iter() if el.tag.endswith("}txbxContent")]
        for el in made:
            boxes[0].append(el)
            boxes[1].append(copy.deepcopy(el))
        anchor._p.append(run)

    def render(self) -> bytes:
        page = self.page
        if page.page_header:
            header = self.doc.sections[0].header
            first = True
            for p in page.page_header:
                target = header.paragraphs[0] if first else header.add_paragraph()
                first = False
                for r in p.runs:
                    run = target.add_run(r.text)
                    run.bold = r.bold or None
        if page.page_footer and page.footer_part != "textbox":
            section = self.doc.sections[0]
            if page.footer_part == "first":
                section.different_first_page_header_footer = True
            footer = section.first_page_footer if page.footer_part == "first" else section.footer
            for k, p in enumerate(page.page_footer):
                target = footer.paragraphs[0] if k == 0 else footer.add_paragraph()
                for r in p.runs:
                    target.add_run(r.text).bold = r.bold or None
        if page.sidebar_side and page.sidebar_mode == "textbox":
            self.blocks(self.doc, page.body[:1])
            anchor = self.doc.paragraphs[-1]
            self.textbox(anchor, page.sidebar, page.sidebar_side == "right")
            self.blocks(self.doc, page.body[1:])
        elif page.sidebar_side:
            side = 0.32
            cols = [page.sidebar, page.body] if page.sidebar_side == "left" else [page.body, page.sidebar]
            widths = [side, 1 - side] if page.sidebar_side == "left" else [1 - side, side]
            self.table(self.doc, Table([cols], widths), TEXT_WIDTH_TWIPS)
        else:
            self.blocks(self.doc, page.body)
        if page.page_footer and page.footer_part == "textbox":
            anchor = self.doc.add_paragraph()
            self.textbox(anchor, list(page.page_footer), False, (36, 750, 540, 30))
        body = self.doc.element.body
        first = body[0]
        if (
            len(body) > 1
            and first.tag.endswith("}p")
            and not "".join(first.itertext()).strip()
            and not list(first.iter(f"{{{W}}}drawing"))
        ):
            body.remove(first)
        buf = io.BytesIO()
        self.doc.save(buf)
        return buf.getvalue()


def write_docx(page: Page) -> bytes:
    return _Writer(page).render()
