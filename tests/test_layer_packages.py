"""What the deployed layer can do with only its own pinned packages, not the dev venv's extras.

The dev venv holds more than the layer (moto pulls in `cryptography`, for one), so a test run
through the runner can pass where Lambda would fail. Here a fresh `python -S` sees only the
distributions `layers/shared/requirements.txt` pins (linked from this venv) and `resume_api`.
"""

from __future__ import annotations

import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.hostile import empty_password_pdf

LAYER_REQUIREMENTS = ROOT / "layers" / "shared" / "requirements.txt"

PARSE = """
import sys
from resume_api.parsing.document import parse_document
data = sys.stdin.buffer.read()
result = parse_document(data, "resume.pdf")
print(result["basics"]["name"], "|", "Example Corp" in repr(result))
"""


def _layer_site(target: Path) -> Path:
    """A site directory holding links to every top-level entry of every pinned distribution."""
    for line in LAYER_REQUIREMENTS.read_text().splitlines():
        if "==" not in line or line.lstrip().startswith("#"):
            continue
        dist = metadata.distribution(line.split("==")[0].strip())
        for top in {file.parts[0] for file in dist.files or [] if file.parts[0] != ".."}:
            link = target / top
            if not link.exists() and not top.endswith(".pth"):
                link.symlink_to(Path(str(dist.locate_file(top))))
    return target


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128", "AES-256"])
def test_layer_pins_open_a_pdf_with_an_empty_user_password(tmp_path: Path, algorithm: str) -> None:
    """AES needs pypdf's crypto provider: without `cryptography` in the layer pypdf opens RC4 only."""
    site = _layer_site(tmp_path)
    script = f"import sys; sys.path[:0] = {[str(site), str(ROOT / 'layers' / 'shared')]!r}\n" + PARSE
    out = subprocess.run(
        [sys.executable, "-S", "-c", script],
        input=empty_password_pdf(algorithm),
        capture_output=True,
        check=False,
    )
    assert out.returncode == 0, out.stderr.decode()[-2000:]
    assert out.stdout.decode().split() == ["Jane", "Doe", "|", "True"], out.stdout
