"""A time a task took, restated as a speed (round 18): "Boarding took 15% less time after I reordered the
checks" is "Sped up boarding by 15%", "Made boarding 15% faster", "Cut boarding time 15%"; the figure
between the task and "less" does not hide the change. Where the source's task took longer, the same
rewrites are lies. Generated over six tasks no other part uses and three phrasings."""

from __future__ import annotations

import pytest

from resume_api.models.resume import Resume
from tests.tailoring.guarded import first_bullet_kept, one_job

TASKS = {
    # the task as a subject, the means the source states (its past form, its -ing form)
    "boarding": ("reordered the bin checks", "reordering the bin checks"),
    "calibration": ("reused the warm-up runs", "reusing the warm-up runs"),
    "shelving": ("relabelled the returns carts", "relabelling the returns carts"),
    "pallet wrapping": ("moved the film rolls", "moving the film rolls"),
    "intake": ("pre-filled the forms", "pre-filling the forms"),
    "harvest sorting": ("split the bins by size", "splitting the bins by size"),
}
SPEEDS = (
    "Sped up {task} by 15% by {doing}",
    "Made {task} 15% faster by {doing}",
    "Cut {task} time 15% by {doing}",
)


def _cases() -> list[object]:
    return [
        pytest.param(task, done, doing, form, id=f"{task}-{form.split()[0]}")
        for task, (done, doing) in TASKS.items()
        for form in SPEEDS
    ]


def _source(task: str, done: str, change: str) -> Resume:
    said = f"{task.capitalize()} took 15% {change} after I {done}"
    return one_job(said, "Northline Services", "Coordinator", "2019-02", "Kept logs")


@pytest.mark.parametrize(("task", "done", "doing", "form"), _cases())
def test_less_time_as_a_speed(task: str, done: str, doing: str, form: str) -> None:
    assert first_bullet_kept(_source(task, done, "less time"), form.format(task=task, doing=doing))


@pytest.mark.parametrize(("task", "done", "doing", "form"), _cases())
def test_longer_is_no_speed(task: str, done: str, doing: str, form: str) -> None:
    assert not first_bullet_kept(_source(task, done, "longer"), form.format(task=task, doing=doing))
