"""Security floors: what is installed, and what the layer ships, is at least the version that fixes every
published advisory we know of (requirements/security-floors.txt, sources in docs/security-advisories.md).

The venv check covers what the tests run against; the pin checks cover what SAM packages into the
shared layer (layers/shared/requirements.txt), which is what actually runs in Lambda.
"""

from __future__ import annotations

import importlib.metadata
import re
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name
from packaging.version import Version

from tests.conftest import ROOT

FLOORS_FILE = ROOT / "requirements" / "security-floors.txt"
PIN_FILES = {
    "layer": ROOT / "layers" / "shared" / "requirements.txt",
    "dev": ROOT / "requirements" / "dev.txt",
}
# The packages whose advisories were researched; the floors file must keep a line for each of them.
REQUIRED = {
    "pypdf",
    "lxml",
    "python-docx",
    "httpx",
    "h11",
    "httpcore",
    "fastapi",
    "starlette",
    "pydantic",
    "python-multipart",
    "reportlab",
    "charset-normalizer",
    "pillow",
}
ADVISORY_ID = re.compile(r"\b(GHSA(-[0-9a-z]{4}){3}|CVE-\d{4}-\d{4,})\b")
NO_ADVISORY = "no published advisory found"


def _logical_lines(text: str) -> list[tuple[str, str]]:
    """(requirement, comment) for each requirement line; option lines (-r, -c, --hash) are skipped."""
    out = []
    for raw in text.splitlines():
        body, _, comment = raw.partition("#")
        body = body.strip().removesuffix("\\").strip()
        if body and not body.startswith("-"):
            out.append((body, comment.strip()))
    return out


def _floors() -> dict[str, tuple[SpecifierSet, str]]:
    floors: dict[str, tuple[SpecifierSet, str]] = {}
    for body, comment in _logical_lines(FLOORS_FILE.read_text(encoding="utf-8")):
        req = Requirement(body)
        name = canonicalize_name(req.name)
        assert name not in floors, f"{name} is listed twice in {FLOORS_FILE.name}"
        floors[name] = (req.specifier, comment)
    return floors


def _requirements(path: Path) -> dict[str, Requirement]:
    reqs = (Requirement(body) for body, _ in _logical_lines(path.read_text(encoding="utf-8")))
    return {canonicalize_name(req.name): req for req in reqs}


def _pins(path: Path) -> dict[str, Version]:
    pins: dict[str, Version] = {}
    for name, req in _requirements(path).items():
        exact = [spec.version for spec in req.specifier if spec.operator in ("==", "===")]
        if exact:
            pins[name] = Version(exact[0])
    return pins


FLOORS = _floors()


def test_floors_file_lists_every_researched_package() -> None:
    missing = {canonicalize_name(name) for name in REQUIRED} - set(FLOORS)
    assert not missing, f"{FLOORS_FILE.name} lost its line for {sorted(missing)}"


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_each_floor_is_justified(name: str) -> None:
    """A floor names the advisories behind it; a package without a floor says none was found."""
    specifier, comment = FLOORS[name]
    if str(specifier):
        assert any(spec.operator == ">=" for spec in specifier), f"{name}: a floor is a >= bound"
        assert ADVISORY_ID.search(comment), f"{name}: floor without a GHSA/CVE id in its comment"
    else:
        assert NO_ADVISORY in comment, f"{name}: no floor, so the comment must say '{NO_ADVISORY}'"


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_installed_version_meets_floor(name: str) -> None:
    specifier, _ = FLOORS[name]
    try:
        installed = importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        if name in _requirements(PIN_FILES["layer"]):
            pytest.fail(f"{name} is in the layer but not installed in the venv")
        pytest.skip(f"{name} is neither installed nor in the layer")
    assert specifier.contains(installed, prereleases=True), (
        f"{name}=={installed} does not satisfy its security floor {specifier} (see {FLOORS_FILE.name})"
    )


@pytest.mark.parametrize("which", sorted(PIN_FILES))
def test_pinned_versions_meet_floors(which: str) -> None:
    path = PIN_FILES[which]
    pins = _pins(path)
    assert pins, f"no == pins parsed from {path.relative_to(ROOT)}"
    below = {
        name: f"{pins[name]} (floor {specifier})"
        for name, (specifier, _) in FLOORS.items()
        if name in pins and not specifier.contains(pins[name], prereleases=True)
    }
    assert not below, f"{path.relative_to(ROOT)} pins versions outside the security floors: {below}"


def test_layer_pins_floored_packages_exactly() -> None:
    """An unpinned layer requirement would slip past the pin check above, so each floored package the
    layer lists must be pinned with ==."""
    path = PIN_FILES["layer"]
    listed, pinned = set(_requirements(path)), set(_pins(path))
    loose = sorted(name for name in FLOORS if name in listed and name not in pinned)
    assert not loose, f"{path.relative_to(ROOT)} lists {loose} without an exact == pin"
