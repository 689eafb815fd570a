"""Rendering never hands Pillow an image.

reportlab declares Pillow (and imports `PIL.Image` when it loads), and the layer pins Pillow 12.2.0
(12.3.0 has no wheel the arm64 python3.11 runtime can load). Every advisory fixed in 12.3.0 is in an
image decoder or filter; this test is what makes that exception safe to accept
(requirements/security-floors.txt): if any format or template ever reaches Pillow's image entry
points, it fails.
"""

from __future__ import annotations

import pytest

from resume_api.render import FORMATS, TEMPLATES, render
from tests.render.sample import sample_resume


def test_no_format_or_template_touches_pillow_images(monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import Image

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("rendering reached Pillow's image code")

    for entry in ("open", "frombytes", "frombuffer", "new"):
        monkeypatch.setattr(Image, entry, refuse)
    resume = sample_resume()
    for fmt in FORMATS:
        for template in TEMPLATES:
            assert render(resume, fmt, template).data
