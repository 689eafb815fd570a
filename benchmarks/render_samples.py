"""The template pictures in `docs/`: page 1 of each template's PDF of the synthetic sample resume.

The sample (`tests/render/sample.py`) is made up, so the pictures show nobody's data. Each PDF is
rasterised with poppler's `pdftoppm` (the same tool the tests use) and stored as a palette PNG,
which keeps anti-aliased text sharp at a fraction of the size of a full-colour one.

    python -m benchmarks.render_samples [--dpi 100] [--out docs]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAX_BYTES = 200_000


def render_samples(out_dir: Path = ROOT / "docs", dpi: int = 100) -> list[tuple[str, int]]:
    """Write `template-<name>.png` per template; returns (path, bytes) for each."""
    from PIL import Image

    from resume_api.render import TEMPLATES, render
    from tests.render.sample import sample_resume

    if shutil.which("pdftoppm") is None:
        raise SystemExit("pdftoppm not found: install poppler-utils (make system-deps)")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        for template in TEMPLATES:
            pdf = Path(tmp) / f"{template}.pdf"
            pdf.write_bytes(render(sample_resume(), "pdf", template).data)
            prefix = Path(tmp) / template
            subprocess.run(
                [
                    "pdftoppm",
                    "-r",
                    str(dpi),
                    "-png",
                    "-f",
                    "1",
                    "-l",
                    "1",
                    "-singlefile",
                    str(pdf),
                    str(prefix),
                ],
                check=True,
                capture_output=True,
                timeout=60,
            )
            target = out_dir / f"template-{template}.png"
            colors = 64
            while True:
                image = Image.open(prefix.with_suffix(".png")).convert("RGB")
                image.quantize(colors=colors, method=Image.Quantize.MEDIANCUT).save(target, optimize=True)
                if target.stat().st_size <= MAX_BYTES or colors <= 8:
                    break
                colors //= 2
            written.append(
                (
                    str(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target),
                    target.stat().st_size,
                )
            )
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dpi", type=int, default=100)
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    for path, size in render_samples(args.out.resolve(), args.dpi):
        print(f"{size / 1024:6.1f} KB  {path}")


if __name__ == "__main__":
    main()
