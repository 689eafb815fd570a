"""PATCH's three forms in memory: RFC 7396 and RFC 6902 semantics on generated resumes and patches,
and every rule around them (which version, what may change, what each failure answers).

The properties compare the use case against the semantics themselves: a merge patch built from
the difference of two resumes turns the first into the second (objects merge, arrays replace,
null deletes); a JSON Patch gives what the `jsonpatch` reference gives on the document GET shows,
all or nothing.
"""

from __future__ import annotations

import copy
from typing import Any, get_args, get_origin

import jsonpatch
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, TypeAdapter, ValidationError

from resume_api.errors import (
    ApiError,
    BadRequest,
    Conflict,
    PreconditionFailed,
    Unprocessable,
    UnsupportedMediaType,
)
from resume_api.logic import sections_patch
from resume_api.models.patch_schemas import (
    BasicsMergePatch,
    JsonPatchDocument,
    LocationMergePatch,
    ResumeMergePatch,
)
from resume_api.models.patches import (
    JSON,
    JSON_PATCH,
    MAX_DOCUMENT_BYTES,
    MAX_OPERATIONS,
    MERGE_PATCH,
    JsonPatch,
    read_edit,
    resume_document,
)
from resume_api.models.records import ResumeRecord
from resume_api.models.resume import SECTION_KEYS, Basics, Location, Resume, Skill, Work
from resume_api.models.sections import IfMatch
from resume_api.models.sections_patch import PatchSectionsResponse
from resume_api.models.values import value_problems
from resume_api.web.patch_request import parse_if_match
from tests.fakes import HASH, World
from tests.unit.conftest import sample_resume

PROPERTY = settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))

# -- generated resumes -------------------------------------------------------------------------

_word = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABC0123456789+#", min_size=1, max_size=8)
_text = st.lists(_word, min_size=1, max_size=3).map(" ".join)
_maybe = st.none() | _text
_keywords = st.lists(_text, max_size=4)
# Dates and URLs follow the entry rules (models/values.py), which tests/unit/test_values.py covers.
_url = st.none() | st.sampled_from(["https://a.example/x", "mailto:a@b.example", "github.com/a-b"])

_basics = st.fixed_dictionaries(
    {},
    optional={
        "name": _maybe,
        "label": _maybe,
        "email": _maybe,
        "phone": _maybe,
        "location": st.none() | st.fixed_dictionaries({}, optional={"city": _maybe, "region": _maybe}),
        "profiles": st.lists(st.fixed_dictionaries({"network": _text, "url": _url}), max_size=2),
    },
)
_sections: dict[str, st.SearchStrategy[Any]] = {
    "basics": _basics,
    "work": st.lists(
        st.fixed_dictionaries(
            {"name": _maybe, "position": _maybe},
            optional={
                "highlights": _keywords,
                "startDate": st.none() | st.sampled_from(["2019-01", "2021", "2020-02-29"]),
            },
        ),
        max_size=3,
    ),
    "skills": st.lists(st.fixed_dictionaries({"name": _maybe, "keywords": _keywords}), max_size=3),
    "interests": st.lists(
        st.fixed_dictionaries({"name": _text}, optional={"keywords": _keywords}), max_size=2
    ),
    "languages": st.lists(st.fixed_dictionaries({"language": _text, "fluency": _maybe}), max_size=2),
}
_raw_sections = st.lists(
    st.fixed_dictionaries(
        {"heading": _text, "key": st.sampled_from(["work", "skills", "other"]), "text": _text}
    ),
    max_size=2,
)
resumes = st.fixed_dictionaries({}, optional={**_sections, "sections": _raw_sections}).map(
    Resume.model_validate
)


def stored(world: World, resume: Resume, resume_id: str = "r_1") -> None:
    caller = world.session()
    world.resumes.add_parsed(
        HASH,
        ResumeRecord(
            resume_id=resume_id,
            filename="a.pdf",
            status="ready",
            uploaded_at=1,
            updated_at=1,
            source_key=world.resumes.original_key(HASH, resume_id, "a.pdf"),
        ),
        b"%PDF",
        "application/pdf",
        resume,
        caller.expires_at,
    )


def patch(
    world: World, media_type: str, body: Any, if_match: IfMatch | None = ("1",), **kw: Any
) -> PatchSectionsResponse:
    return sections_patch.patch_sections(
        world.session(),
        read_edit(media_type, body),
        **world.ports("resumes", "clock"),
        if_match=if_match,
        **kw,
    )


def fields(error: ApiError) -> list[str]:
    """The field names of a 422's `fields`."""
    problems = error.details["fields"]
    assert isinstance(problems, list)
    return [str(problem["field"]) for problem in problems]


def current(world: World) -> tuple[int, Resume]:
    record = world.resumes.get(HASH, "r_1")
    assert record is not None
    return record.version, world.resumes.document(record)


# -- RFC 7396 ------------------------------------------------------------------------------------


def merge_diff(source: Any, target: Any) -> Any:
    """The merge patch that turns `source` into `target` (RFC 7396 section 1, read backwards):
    changed members of objects recurse, removed ones become null, anything else is replaced."""
    if not (isinstance(source, dict) and isinstance(target, dict)):
        return copy.deepcopy(target)
    diff: dict[str, Any] = {}
    for name in source.keys() | target.keys():
        if target.get(name) is None:
            if source.get(name) is not None:
                diff[name] = None
        elif source.get(name) != target[name]:
            diff[name] = merge_diff(source.get(name), target[name])
    return diff


@PROPERTY
@given(before=resumes, after=resumes)
def test_a_merge_patch_of_the_difference_turns_one_resume_into_the_other(
    before: Resume, after: Resume
) -> None:
    after = after.model_copy(update={"sections": before.sections})  # the parser's text is not patchable
    world = World()
    stored(world, before)
    body = merge_diff(resume_document(before), resume_document(after))
    response = patch(world, MERGE_PATCH, body)
    version, resume = current(world)
    assert resume == after == response.resume
    changed = [k for k in SECTION_KEYS if getattr(before, k) != getattr(after, k)]
    assert response.sections_changed == changed
    assert version == (2 if changed else 1)
    again = patch(world, MERGE_PATCH, body, if_match=(str(version),))
    assert again.version == version and again.sections_changed == [], "a merge patch is idempotent"


@PROPERTY
@given(before=resumes, data=st.data())
def test_merge_patch_members_merge_replace_or_delete_and_the_rest_stays(
    before: Resume, data: st.DataObject
) -> None:
    world = World()
    stored(world, before)
    names = data.draw(st.sets(st.sampled_from(["work", "skills", "interests", "languages"]), max_size=3))
    body: dict[str, Any] = {n: data.draw(st.none() | _sections[n]) for n in names}
    basics_patch = data.draw(st.none() | _basics)
    if basics_patch is not None:
        body["basics"] = basics_patch
    patch(world, MERGE_PATCH, body)
    _, after = current(world)
    for key in SECTION_KEYS:
        if key == "basics":
            continue
        if key not in body:
            assert getattr(after, key) == getattr(before, key), f"{key} was not in the patch"
        elif body[key] is None:
            assert getattr(after, key) == [], "null deletes"
        else:
            assert getattr(after, key) == getattr(Resume.model_validate({key: body[key]}), key), (
                "arrays replace"
            )
    old, new = before.basics.model_dump(), after.basics.model_dump()
    for name, value in (body.get("basics") or {}).items():
        if name == "location" and isinstance(value, dict):
            for member, member_value in value.items():
                assert new["location"][member] == member_value, "objects merge, nested ones too"
        elif name == "profiles":
            assert after.basics.profiles == Basics.model_validate({"profiles": value}).profiles
        else:
            assert new[name] == value
    for name in old.keys() - (body.get("basics") or {}).keys():
        assert new[name] == old[name], f"basics.{name} was not in the patch"


def test_merge_patch_models_describe_every_field_the_resume_has() -> None:
    """The documented merge-patch schema cannot drift from the resume it patches."""
    assert set(ResumeMergePatch.model_fields) == set(SECTION_KEYS)
    assert set(BasicsMergePatch.model_fields) == set(Basics.model_fields)
    assert set(LocationMergePatch.model_fields) == set(Location.model_fields)


def _limit(model: type[BaseModel], name: str) -> int | None:
    for constraint in model.model_fields[name].metadata:
        if getattr(constraint, "max_length", None) is not None:
            return int(constraint.max_length)
    return None


def _flawed_values(model: type[BaseModel], name: str) -> list[Any]:
    """Values for one member: wrong types, and each side of its length limit (read from the resume
    model PATCH validates against, so the documented limits are checked at their edges)."""
    values: list[Any] = [None, 3, True, {}, "ok"]
    if name not in model.model_fields:
        return values
    limit = _limit(model, name)
    annotation = model.model_fields[name].annotation
    if limit is not None and get_origin(annotation) is list:
        (item_type,) = get_args(annotation)
        item: Any = {} if isinstance(item_type, type) and issubclass(item_type, BaseModel) else "k"
        values += [[item] * limit, [item] * (limit + 1)]
    elif limit is not None:
        values += ["x" * limit, "x" * (limit + 1)]
    return values


_PLACES: dict[str, tuple[type[BaseModel], Any]] = {
    "basics": (Basics, lambda member, value: {"basics": {member: value}}),
    "location": (Location, lambda member, value: {"basics": {"location": {member: value}}}),
    "skills": (Skill, lambda member, value: {"skills": [{member: value}]}),
    "work": (Work, lambda member, value: {"work": [{"name": "Acme", member: value}]}),
    "top": (Resume, lambda member, value: {member: value}),
}


def _documented_and_accepted(body: dict[str, Any]) -> tuple[bool, bool]:
    world = World()
    stored(world, with_text())
    try:
        ResumeMergePatch.model_validate(body)
        documented = not value_problems(body)  # the schema's description states the value rule
    except ValidationError:
        documented = False
    try:
        patch(world, MERGE_PATCH, body)
        accepted = True
    except Unprocessable:
        accepted = False
    return documented, accepted


def test_the_documented_merge_patch_schema_accepts_exactly_what_patch_accepts_at_every_edge() -> None:
    """The schema in the OpenAPI document (ResumeMergePatch) and the check PATCH makes (merge, then
    validate the resume) agree for every member of the resume, basics, basics.location and a list
    item, each given each flawed or edge value (every type, each side of its length limit)."""
    disagree = []
    for place, (model, build) in _PLACES.items():
        for member in [m for m in model.model_fields if m != "sections"] + ["unknown_member"]:
            for value in _flawed_values(model, member):
                documented, accepted = _documented_and_accepted(build(member, value))
                if documented != accepted:
                    disagree.append(
                        f"{place}.{member} = {str(value)[:20]}: documented {documented}, PATCH {accepted}"
                    )
    assert not disagree


@PROPERTY
@given(before=resumes, data=st.data())
def test_the_documented_merge_patch_schema_agrees_on_generated_patches(
    before: Resume, data: st.DataObject
) -> None:
    body: dict[str, Any] = data.draw(
        st.fixed_dictionaries({}, optional={k: st.none() | v for k, v in _sections.items()})
    )
    model, build = _PLACES[data.draw(st.sampled_from(sorted(_PLACES)))]
    member = data.draw(
        st.sampled_from([m for m in model.model_fields if m != "sections"] + ["unknown_member"])
    )
    body.update(build(member, data.draw(st.sampled_from(_flawed_values(model, member)))))
    documented, accepted = _documented_and_accepted(body)
    assert documented == accepted


_good_pointers = st.sampled_from(["", "/skills", "/skills/0", "/a~1b/-", "/~0", "/" + "x" * 1999])
_bad_pointers = st.sampled_from(["skills", "/a~2", "/a~", 7, None, "/" + "x" * 2000])


@st.composite
def json_patches(draw: st.DrawFn) -> list[Any]:
    """Valid operations, one of them flawed in one way (or none): an unknown op, a missing or bad
    member, a bad pointer at its length limit, not an object; extra members are allowed."""
    operations: list[Any] = []
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["add", "remove", "replace", "move", "copy", "test"]))
        operation: dict[str, Any] = {"op": op, "path": draw(_good_pointers)}
        if op in ("add", "replace", "test"):
            operation["value"] = draw(st.none() | _text | st.integers())
        if op in ("move", "copy"):
            operation["from"] = draw(_good_pointers)
        if draw(st.booleans()):
            operation["extra"] = 1
        operations.append(operation)
    flaw = draw(st.sampled_from(["none", "op", "drop", "path", "from", "not_object", "empty", "too_many"]))
    target = operations[draw(st.integers(0, len(operations) - 1))]
    if flaw == "op":
        target["op"] = draw(st.sampled_from(["append", "ADD", 3, None]))
    elif flaw == "drop":
        target.pop(draw(st.sampled_from(["op", "path", "value", "from"])), None)
    elif flaw in ("path", "from"):
        target[flaw] = draw(_bad_pointers)
    elif flaw == "not_object":
        operations[0] = draw(st.sampled_from(["add", 1, None, ["op"]]))
    elif flaw == "empty":
        operations = []
    elif flaw == "too_many":
        operations = operations * (MAX_OPERATIONS // len(operations) + 1)
    return operations


@settings(PROPERTY, max_examples=300)
@given(body=json_patches())
def test_the_documented_json_patch_schema_accepts_exactly_what_patch_reads(body: list[Any]) -> None:
    try:
        TypeAdapter(JsonPatchDocument).validate_python(body)
        documented = True
    except ValidationError:
        documented = False
    try:
        read_edit(JSON_PATCH, body)
        accepted = True
    except Unprocessable:
        accepted = False
    assert accepted == documented


# -- RFC 6902 ------------------------------------------------------------------------------------


@st.composite
def valid_operations(draw: st.DrawFn, document: dict[str, Any]) -> list[dict[str, Any]]:
    """Operations that apply to `document` as it is when each runs (tracked with jsonpatch itself),
    whose result is still a valid resume: item edits on skills, work bullets, basics and interests."""
    working = copy.deepcopy(document)
    operations: list[dict[str, Any]] = []
    op: dict[str, Any]
    for _ in range(draw(st.integers(1, 6))):
        choices = ["add_skill_group", "replace_label", "add_interest"]
        if working["skills"]:
            choices += ["add_keyword", "move_group", "copy_keyword", "test_group"]
        if any(s["keywords"] for s in working["skills"]):
            choices += ["remove_keyword"]
        if any(w["highlights"] for w in working["work"]):
            choices += ["replace_bullet"]
        kind = draw(st.sampled_from(choices))
        groups = len(working["skills"])
        if kind == "add_skill_group":
            op = {
                "op": "add",
                "path": f"/skills/{draw(st.integers(0, groups))}",
                "value": {"name": draw(_text), "keywords": draw(_keywords)},
            }
        elif kind == "replace_label":
            op = {"op": "replace", "path": "/basics/label", "value": draw(_maybe)}
        elif kind == "add_interest":
            op = {"op": "add", "path": "/interests/-", "value": {"name": draw(_text)}}
        elif kind == "add_keyword":
            group = draw(st.integers(0, groups - 1))
            size = len(working["skills"][group]["keywords"])
            where = draw(st.sampled_from(["-", *map(str, range(size + 1))]))
            op = {"op": "add", "path": f"/skills/{group}/keywords/{where}", "value": draw(_text)}
        elif kind == "move_group":
            op = {
                "op": "move",
                "from": f"/skills/{draw(st.integers(0, groups - 1))}",
                "path": f"/skills/{draw(st.integers(0, groups - 1))}",
            }
        elif kind == "copy_keyword":
            source = draw(
                st.sampled_from([i for i, s in enumerate(working["skills"]) if s["keywords"]] or [-1])
            )
            if source < 0:
                continue
            index = draw(st.integers(0, len(working["skills"][source]["keywords"]) - 1))
            op = {
                "op": "copy",
                "from": f"/skills/{source}/keywords/{index}",
                "path": f"/skills/{draw(st.integers(0, groups - 1))}/keywords/-",
            }
        elif kind == "test_group":
            group = draw(st.integers(0, groups - 1))
            op = {"op": "test", "path": f"/skills/{group}", "value": copy.deepcopy(working["skills"][group])}
        elif kind == "remove_keyword":
            group = draw(st.sampled_from([i for i, s in enumerate(working["skills"]) if s["keywords"]]))
            op = {
                "op": "remove",
                "path": f"/skills/{group}/keywords/{draw(st.integers(0, len(working['skills'][group]['keywords']) - 1))}",
            }
        else:
            job = draw(st.sampled_from([i for i, w in enumerate(working["work"]) if w["highlights"]]))
            bullet = draw(st.integers(0, len(working["work"][job]["highlights"]) - 1))
            op = {"op": "replace", "path": f"/work/{job}/highlights/{bullet}", "value": draw(_text)}
        working = jsonpatch.apply_patch(working, [op])
        operations.append(op)
    return operations


@PROPERTY
@given(before=resumes, data=st.data())
def test_a_json_patch_gives_what_the_reference_gives_on_the_document_get_shows(
    before: Resume, data: st.DataObject
) -> None:
    world = World()
    stored(world, before)
    document = resume_document(before)
    operations = data.draw(valid_operations(document))
    response = patch(world, JSON_PATCH, operations)
    expected = Resume.model_validate(jsonpatch.apply_patch(document, operations))
    version, resume = current(world)
    assert resume == expected == response.resume
    assert response.sections_changed == [
        k for k in SECTION_KEYS if getattr(before, k) != getattr(expected, k)
    ]
    assert version == (2 if response.sections_changed else 1)


@PROPERTY
@given(before=resumes, after=resumes)
def test_a_json_patch_between_two_resumes_turns_one_into_the_other(before: Resume, after: Resume) -> None:
    after = after.model_copy(update={"sections": before.sections})
    world = World()
    stored(world, before)
    operations = jsonpatch.make_patch(resume_document(before), resume_document(after)).patch
    if not operations:
        return
    patch(world, JSON_PATCH, operations)
    assert current(world)[1] == after


@PROPERTY
@given(before=resumes, data=st.data())
def test_a_json_patch_applies_all_or_nothing(before: Resume, data: st.DataObject) -> None:
    """One operation that cannot apply (a missing path, or a `test` that fails), anywhere in the
    patch: nothing is stored, whatever the operations before it did."""
    world = World()
    stored(world, before)
    operations = data.draw(valid_operations(resume_document(before)))
    failing, error, code = data.draw(
        st.sampled_from(
            [
                (
                    {"op": "add", "path": "/skills/999/keywords/-", "value": "x"},
                    Unprocessable,
                    "patch_not_applicable",
                ),
                ({"op": "remove", "path": "/work/999"}, Unprocessable, "patch_not_applicable"),
                (
                    {"op": "replace", "path": "/basics/nickname", "value": "x"},
                    Unprocessable,
                    "patch_not_applicable",
                ),
                (
                    {"op": "test", "path": "/basics/name", "value": "certainly not the name 7f"},
                    Conflict,
                    "patch_test_failed",
                ),
            ]
        )
    )
    at = data.draw(st.integers(0, len(operations)))
    operations.insert(at, failing)
    with pytest.raises(error) as refused:
        patch(world, JSON_PATCH, operations)
    assert refused.value.code == code
    if code == "patch_not_applicable":
        assert refused.value.details["fields"] == [
            {"field": f"{at}.path", "message": "no such location in the resume"}
        ]
    else:
        assert refused.value.status == 409 and refused.value.details["current_version"] == 1
    assert current(world) == (1, before)
    assert len([k for k in world.objects.data if k.startswith("parsed/")]) == 1


# -- the rules around them -----------------------------------------------------------------------


PARSED_TEXT = [{"heading": "Skills", "key": "skills", "text": "Python, SQL, Docker"}]


def with_text() -> Resume:
    return sample_resume().model_copy(
        update={"sections": Resume.model_validate({"sections": PARSED_TEXT}).sections}
    )


@pytest.fixture
def one(world: World) -> World:
    """A session holding r_1 at version 1: sample_resume with the text the parser read."""
    stored(world, with_text())
    return world


ADD_GO = [{"op": "add", "path": "/skills/0/keywords/-", "value": "Go"}]


def test_adding_one_skill_keeps_every_other(one: World) -> None:
    response = patch(one, JSON_PATCH, ADD_GO)
    assert response.resume.skills[0].keywords == ["Python", "SQL", "Docker", "Go"]
    assert response.sections_changed == ["skills"] and response.version == 2
    assert response.resume.model_dump(exclude={"skills"}) == with_text().model_dump(exclude={"skills"})


@pytest.mark.parametrize(
    ("if_match", "version", "expected"),
    [
        (("1",), None, None),
        ("*", None, None),
        (("7", "1"), None, None),
        (("2",), None, PreconditionFailed),
        ((), None, PreconditionFailed),  # only weak tags: never a strong match
        (None, 1, None),
        (None, 2, Conflict),
        (("1",), 2, Conflict),
        (("2",), 1, PreconditionFailed),
        (None, None, Unprocessable),
    ],
    ids=[
        "if-match current",
        "if-match star",
        "if-match list",
        "if-match stale",
        "if-match weak only",
        "body version current",
        "body version stale",
        "if-match ok, body stale",
        "if-match stale, body ok",
        "neither",
    ],
)
def test_which_version_a_patch_changes(
    one: World, if_match: IfMatch | None, version: int | None, expected: type[ApiError] | None
) -> None:
    body: dict[str, Any] = {"sections": {"interests": [{"name": "Chess"}]}}
    if version is not None:
        body["version"] = version
    if expected is None:
        assert patch(one, JSON, body, if_match=if_match).version == 2
        return
    with pytest.raises(expected) as refused:
        patch(one, JSON, body, if_match=if_match)
    error = refused.value
    if expected is Unprocessable:
        assert fields(error)[0] == "version"
    else:
        assert error.details["current_version"] == 1
    if expected is PreconditionFailed:
        assert error.status == 412 and error.headers == {"ETag": '"1"'}
    assert current(one)[0] == 1


@pytest.mark.parametrize(("body_version", "answer"), [(None, PreconditionFailed), (1, Conflict)])
def test_a_writer_that_loses_the_race_gets_412_with_if_match_or_409_with_a_body_version(
    one: World, body_version: int | None, answer: type[ApiError]
) -> None:

    def concurrent_writer() -> None:
        patch(one, JSON_PATCH, [{"op": "add", "path": "/interests/-", "value": {"name": "Go"}}])

    one.faults.before_write = concurrent_writer
    body: dict[str, Any] = {"sections": {"skills": []}}
    if body_version is not None:
        body["version"] = body_version
    with pytest.raises(answer) as lost:
        patch(one, JSON, body)
    assert lost.value.details["current_version"] == 2
    assert current(one)[1].interests[0].name == "Go"


@pytest.mark.parametrize(
    ("media_type", "body", "field"),
    [
        (MERGE_PATCH, {"sections": []}, "sections"),
        (MERGE_PATCH, {"version": 3}, "version"),
        (MERGE_PATCH, {"resume_id": "r_2"}, "resume_id"),
        (JSON_PATCH, [{"op": "replace", "path": "/sections", "value": []}], "sections"),
        (
            JSON_PATCH,
            [{"op": "add", "path": "/sections/-", "value": {"heading": "X", "key": "other"}}],
            "sections",
        ),
        (JSON_PATCH, [{"op": "add", "path": "/version", "value": 9}], "version"),
        (JSON_PATCH, [{"op": "add", "path": "/status", "value": "ready"}], "status"),
    ],
)
def test_server_owned_fields_cannot_be_patched(one: World, media_type: str, body: Any, field: str) -> None:
    before = current(one)
    with pytest.raises(Unprocessable) as refused:
        patch(one, media_type, body)
    assert fields(refused.value)[0] == field
    assert "cannot be patched" in refused.value.message
    assert current(one) == before


def test_a_patch_may_read_the_server_owned_text(one: World) -> None:
    response = patch(
        one,
        JSON_PATCH,
        [
            {"op": "test", "path": "/sections/0/key", "value": "skills"},
            {"op": "copy", "from": "/sections/0/text", "path": "/basics/summary"},
        ],
    )
    assert response.resume.basics.summary == "Python, SQL, Docker" and response.sections_changed == ["basics"]


@pytest.mark.parametrize(
    ("media_type", "body", "field"),
    [
        (JSON_PATCH, [{"op": "add", "path": "/skills/0/keywords/-", "value": 42}], "skills.0.keywords.3"),
        (JSON_PATCH, [{"op": "replace", "path": "/basics/label", "value": "x" * 301}], "basics.label"),
        (JSON_PATCH, [{"op": "add", "path": "/basics/nickname", "value": "J"}], "basics.nickname"),
        (JSON_PATCH, [{"op": "replace", "path": "/work", "value": {"name": "Acme"}}], "work"),
        (MERGE_PATCH, {"skills": [{"name": "A", "keywords": "Python"}]}, "skills.0.keywords"),
        (MERGE_PATCH, {"basics": {"location": {"planet": "Mars"}}}, "basics.location.planet"),
        (MERGE_PATCH, {"hobbies": ["x"]}, "hobbies"),
        (JSON, {"version": 1, "sections": {"skills": "no"}}, "sections.skills"),
    ],
)
def test_a_patch_that_leaves_the_resume_invalid_is_a_422_naming_the_field(
    one: World, media_type: str, body: Any, field: str
) -> None:
    with pytest.raises(Unprocessable) as refused:
        patch(one, media_type, body)
    assert refused.value.code == "validation_error"
    assert field in fields(refused.value)
    assert field in refused.value.message
    assert current(one)[0] == 1


def test_copy_cannot_grow_the_resume_without_bound(one: World) -> None:
    """Copying an array into itself doubles it: 60 such operations would need 2**60 items."""
    doubling = [{"op": "copy", "from": "/skills", "path": "/skills/-"}] * 60
    large = [{"op": "add", "path": "/interests/-", "value": {"name": "x" * 200_000}}] + [
        {"op": "copy", "from": "/interests/0", "path": "/interests/-"}
    ] * 40
    for operations in (doubling, large):
        with pytest.raises(Unprocessable) as refused:
            patch(one, JSON_PATCH, operations)
        assert refused.value.code == "patch_too_large" and str(MAX_DOCUMENT_BYTES) in refused.value.message
    assert current(one)[0] == 1


def test_a_patch_that_changes_nothing_keeps_the_version(one: World) -> None:
    response = patch(one, MERGE_PATCH, {"basics": {"name": "Jane Doe"}})
    assert response.version == 1 and response.sections_changed == []


def test_the_query_and_the_body_must_name_the_same_resume(one: World) -> None:
    body = {"resume_id": "r_1", "version": 1, "sections": {"interests": []}}
    with pytest.raises(Unprocessable) as refused:
        patch(one, JSON, body, if_match=None, resume_id="r_2")
    assert fields(refused.value)[0] == "resume_id"
    assert patch(one, JSON, body, if_match=None, resume_id="r_1").resume_id == "r_1"


# -- reading the request -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("media_type", "body", "error", "field"),
    [
        ("text/plain", {}, UnsupportedMediaType, None),
        ("application/x-www-form-urlencoded", {}, UnsupportedMediaType, None),
        (MERGE_PATCH, ["not", "an", "object"], Unprocessable, "body"),
        (JSON_PATCH, {"op": "add"}, Unprocessable, "body"),
        (JSON_PATCH, [], Unprocessable, ""),
        (JSON_PATCH, [{"op": "append", "path": "/a", "value": 1}], Unprocessable, "0.op"),
        (JSON_PATCH, [{"op": "add", "path": "/skills/-"}], Unprocessable, "0.value"),
        (JSON_PATCH, [{"op": "move", "path": "/skills/0"}], Unprocessable, "0.from"),
        (JSON_PATCH, [{"op": "add", "path": "skills", "value": 1}], Unprocessable, "0.path"),
        (JSON_PATCH, [{"op": "remove", "path": "/a~2b"}], Unprocessable, "0.path"),
        (JSON_PATCH, ["add"], Unprocessable, "0"),
        (JSON, {"sections": {}, "owner": "x"}, Unprocessable, "owner"),
    ],
)
def test_a_body_that_is_not_its_media_type_is_refused(
    media_type: str, body: Any, error: type[ApiError], field: str | None
) -> None:
    with pytest.raises(error) as refused:
        read_edit(media_type, body)
    if error is UnsupportedMediaType:
        assert refused.value.status == 415
        assert refused.value.headers["Accept-Patch"] == f"{JSON}, {MERGE_PATCH}, {JSON_PATCH}"
    else:
        named = fields(refused.value)
        assert any(f.startswith(field) for f in named) if field else named


def test_members_an_operation_does_not_define_are_ignored() -> None:
    """RFC 6902 section 4: a remove with a value, an add with a from, are not errors."""
    edit = read_edit(JSON_PATCH, [{"op": "remove", "path": "/skills/0", "value": 1, "x": 2}])
    assert isinstance(edit, JsonPatch) and [op["op"] for op in edit.operations] == ["remove"]


@pytest.mark.parametrize(
    ("header", "parsed"),
    [
        ('"3"', ("3",)),
        ("*", "*"),
        (' "3" , "4"', ("3", "4")),
        ('W/"3"', ()),
        ('W/"3", "5"', ("5",)),
        ('"a,b"', ("a,b",)),
    ],
)
def test_if_match_is_read_as_rfc_9110_says(header: str, parsed: IfMatch) -> None:
    assert parse_if_match(header) == parsed


@pytest.mark.parametrize("header", ["3", '"3', '"3" "4"', "", '"3",', "W/3"])
def test_a_malformed_if_match_is_a_400_that_shows_the_form(header: str) -> None:
    with pytest.raises(BadRequest) as refused:
        parse_if_match(header)
    assert refused.value.code == "invalid_if_match" and 'If-Match: "3"' in refused.value.message
