"""Build `parsing/spoken_names.json`: the names of spoken languages as resumes write them.

A resume lists its spoken languages in its own language ("Spanisch", "espagnol", "西班牙语"), and
often inside its skills section. Telling them apart from skills needs their names in every language
the parser reads; CLDR (through Babel) has them, so we take them from there rather than writing
them by hand. Kept: every language official in at least one territory (CLDR's territory data),
plus Latin and Esperanto, named in each language of `parsing/lang/`, regional variants included
("British English", "Flemish"), and a few names CLDR does not give ("Mandarin", "Farsi").

Run `python -m infra.vocab.spoken_names` after adding a language file; a test checks that the
committed table is what this builds.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "layers/shared/resume_api/parsing/spoken_names.json"
EXTRA_CODES = ("la", "eo", "tl")
ALIASES = {"mandarin": "zh", "farsi": "fa", "tagalog": "tl", "putonghua": "zh", "普通话": "zh", "國語": "zh"}
SHORTEST = 4
"""Latin-script names shorter than this (`Ga`, `Ewe`, `Lao`) are also ordinary words or
abbreviations in a skills list; CJK names are whole words at any length (`法语`)."""


def build(ui_languages: list[str]) -> dict[str, str]:
    from babel import Locale
    from babel.core import get_global

    official = set(EXTRA_CODES)
    for langs in get_global("territory_languages").values():
        for code, info in langs.items():
            if info.get("official_status") in ("official", "de_facto_official", "official_regional"):
                official.add(code.split("_")[0])
    names: dict[str, str] = {}
    for ui in ui_languages:
        for code, name in sorted(Locale.parse(ui).languages.items()):
            base = code.split("_")[0]
            key = name.casefold()
            if base in official and (len(key) >= SHORTEST or not key.isascii()):
                names.setdefault(key, base)
    for key, code in ALIASES.items():
        names.setdefault(key, code)
    return dict(sorted(names.items()))


def ui_languages() -> list[str]:
    lang_dir = OUT.parent / "lang"
    return sorted(p.stem for p in lang_dir.glob("*.py") if p.stem != "__init__")


def render(table: dict[str, str]) -> str:
    return json.dumps(table, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def main() -> None:
    OUT.write_text(render(build(ui_languages())), encoding="utf-8")
    print(f"{OUT}: {len(build(ui_languages()))} names", file=sys.stderr)


if __name__ == "__main__":
    main()
