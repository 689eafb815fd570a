"""A DOCX text box placed at the page's foot is a footer drawn by hand: its lines are read with the
page's footers (the header block), not as the last section's text; a box placed anywhere else (a
sidebar) stays where its anchor is. Every way Word records a box's place: an offset from the page,
an alignment to the page's or margin's bottom, the bottom margin, and the VML copy alone."""

from __future__ import annotations

import pytest
from lxml import etree  # type: ignore[import-untyped]

from resume_api.parsing.docx_reader import _at_page_foot

_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def _drawing(position: str) -> etree._Element:
    xml = f"<wp:anchor {_NS}>{position}<wp:x><w:txbxContent><w:p/></w:txbxContent></wp:x></wp:anchor>"
    return next(etree.fromstring(xml).iter("{*}txbxContent"))


def _vml(style: str) -> etree._Element:
    xml = f'<v:shape {_NS} style="{style}"><v:textbox><w:txbxContent><w:p/></w:txbxContent></v:textbox></v:shape>'
    return next(etree.fromstring(xml).iter("{*}txbxContent"))


EMU = 12700


@pytest.mark.parametrize(
    ("box", "foot"),
    [
        (
            _drawing(
                f'<wp:positionV relativeFrom="page"><wp:posOffset>{750 * EMU}</wp:posOffset></wp:positionV>'
            ),
            True,
        ),
        (
            _drawing(
                f'<wp:positionV relativeFrom="page"><wp:posOffset>{150 * EMU}</wp:posOffset></wp:positionV>'
            ),
            False,
        ),
        (_drawing('<wp:positionV relativeFrom="page"><wp:align>bottom</wp:align></wp:positionV>'), True),
        (_drawing('<wp:positionV relativeFrom="margin"><wp:align>bottom</wp:align></wp:positionV>'), True),
        (_drawing('<wp:positionV relativeFrom="page"><wp:align>top</wp:align></wp:positionV>'), False),
        (
            _drawing(
                '<wp:positionV relativeFrom="bottomMargin"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            ),
            True,
        ),
        # an offset from the paragraph says nothing of where on the page it lands
        (
            _drawing(
                f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{750 * EMU}</wp:posOffset></wp:positionV>'
            ),
            False,
        ),
        (_drawing(""), False),
        (
            _vml("position:absolute;margin-left:36pt;margin-top:750pt;mso-position-vertical-relative:page"),
            True,
        ),
        (
            _vml("position:absolute;margin-left:36pt;margin-top:150pt;mso-position-vertical-relative:page"),
            False,
        ),
        (_vml("position:absolute;margin-top:750pt"), False),
    ],
)
def test_a_box_at_the_page_foot_is_told_by_its_place(box: etree._Element, foot: bool) -> None:
    assert _at_page_foot(box, 792.0) is foot
