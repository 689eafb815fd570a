"""The HTML matrix through the parser: per cell, the sections that do not parse back.

python -m tests.parsing.layouts.html_report                 # every cell of the test
python -m tests.parsing.layouts.html_report --xfail-table   # test_html_layouts' XFAIL
python -m tests.parsing.layouts.html_report -l html-timeline --lang fr --save /tmp/html
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from . import draw
from .html_writer import HTML_BY_NAME, VARIANT, cjk_font, html_cells, html_page, html_verdicts, render_html


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("-l", "--layout", help="only layouts whose name holds this")
    ap.add_argument("--lang", help="only this language")
    ap.add_argument("--xfail-table", action="store_true", help="print the XFAIL lines")
    ap.add_argument("--save", type=Path, help="write each cell's first page (HTML and PDF) here")
    args = ap.parse_args(argv)
    cells = [
        (name, lang)
        for name, lang in html_cells()
        if (not args.layout or args.layout in name)
        and (not args.lang or lang == args.lang)
        and (lang not in {"zh", "ja"} or cjk_font())
    ]
    for name, lang in cells:
        layout = HTML_BY_NAME[name]
        if args.save:
            args.save.mkdir(parents=True, exist_ok=True)
            doc = draw(lang, VARIANT, 1)[0]
            (args.save / f"{name}-{lang}.html").write_text(html_page(doc, layout)[0])
            (args.save / f"{name}-{lang}.pdf").write_bytes(render_html(doc, layout)[0])
        found = html_verdicts(layout, lang)
        for section, problem in found.items():
            if args.xfail_table:
                shown = problem if len(problem) <= 110 else problem[:107] + "..."
                key = ", ".join(json.dumps(x, ensure_ascii=False) for x in (name, lang, section))
                print(f"    ({key}): {json.dumps(shown, ensure_ascii=False)},")
            else:
                print(f"{name}-{lang} {section}: {problem}")
        if not found and not args.xfail_table:
            print(f"{name}-{lang}: every section parses back")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
