"""One generated job's blocks, as the round-17 families print them (`test_work_*`,
`test_entries_linked_line`, `test_entries_title_place_cell`)."""

from __future__ import annotations

from tests.parsing.layouts.model import Block, Para, Run


def dated_job(head: Para, when: str, dates: str, rest: list[Para]) -> list[Block]:
    """The header line `head` with its dates beside it (`right`) or on a line of their own under
    it (`below`), then `rest`."""
    printed = [Run(when, size=9)]
    if dates == "right":
        head.right = printed
        return [head, *rest]
    return [head, Para(printed), *rest]
