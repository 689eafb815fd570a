"""Every top-level module of `resume_api` sits in the layers contract (`make lint`'s import-linter).

A module left out of the contract is checked by nothing: `instruction_orders` was, for a session.
"""

from __future__ import annotations

import pkgutil
import tomllib
from pathlib import Path

import resume_api

ROOT = Path(__file__).resolve().parents[1]


def _layered() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"]
    layers = next(c for c in config if c["type"] == "layers")["layers"]
    return {name.strip() for layer in layers for name in layer.split(":")}


def test_every_top_level_module_is_in_a_layer() -> None:
    modules = {f"resume_api.{m.name}" for m in pkgutil.iter_modules(resume_api.__path__)}
    assert modules - _layered() == set()
