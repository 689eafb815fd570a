"""The `resume-api` command line: operator tools that use the service's own code paths.

`resume-api parse FILE… [--out DIR] [--timeout S] [--memory-mb MB]` parses resumes exactly as an
upload does (type from the bytes, then the bounded child-process parse) and prints JSON Resume for
each file, or writes `DIR/<file name>.json`, so a parsing problem seen in production can be
reproduced on a laptop, with no runner and no AWS. It exits 1 if any file could not be parsed,
saying why on stderr. What the upload response would report as `warnings` (instructions to an AI,
text hidden from a human reader, both left out of the parse) goes to stderr, one line each, so an
operator sees why words are missing. The README shows it (and its test runs it). Subcommands keep room for more
tools.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def _parse_cmd(args: argparse.Namespace) -> int:
    from .errors import ApiError
    from .parsing import sniff_kind
    from .parsing.sandbox import parse_bounded

    out_dir: Path | None = args.out
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    failed = 0
    for path in args.files:
        try:
            data = path.read_bytes()
        except OSError as exc:
            print(f"{path}: cannot read file ({exc.strerror or 'error'})", file=sys.stderr)
            failed += 1
            continue
        try:
            sniff_kind(data, path.name)
            warnings: list[dict[str, Any]] = []
            result = parse_bounded(
                data, path.name, timeout_s=args.timeout, memory_mb=args.memory_mb, warnings=warnings
            )
        except ApiError as exc:
            print(f"{path}: {exc.code}: {exc.message}", file=sys.stderr)
            failed += 1
            continue
        for warning in warnings:
            page = f" (page {warning['page']})" if warning.get("page") else ""
            how = f" ({warning['reason']})" if warning.get("reason") else ""
            print(f"{path}: warning: {warning['kind']}{how}{page}: {warning['text']}", file=sys.stderr)
        text = json.dumps(result, ensure_ascii=False, indent=2)
        if out_dir is not None:
            (out_dir / f"{path.name}.json").write_text(text + "\n", encoding="utf-8")
        else:
            sys.stdout.write(text + "\n")
    return 1 if failed else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="resume-api",
        description="Resume API operator tools.",
        epilog="example: resume-api parse resume.pdf cv.docx --out parsed/",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser(
        "parse",
        help="parse PDF/DOCX resumes into JSON Resume, as an upload would",
        description="Parse each FILE as an upload would (type from its bytes, a bounded child process) "
        "and print its JSON Resume, or write DIR/<file name>.json with --out. Exit status 1 if any "
        "file could not be parsed (the reason goes to stderr).",
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--out", type=Path, default=None, metavar="DIR", help="write <file name>.json files here")
    p.add_argument(
        "--timeout", type=float, default=10.0, help="seconds before a parse is killed (default 10)"
    )
    p.add_argument("--memory-mb", type=int, default=1024, help="extra memory a parse may use (default 1024)")
    p.set_defaults(func=_parse_cmd)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
