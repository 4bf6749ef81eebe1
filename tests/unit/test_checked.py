"""The checked models that records, settings and content are declared with (pausecoach.checked)."""

from __future__ import annotations

import ast
import json
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Annotated, Literal

import pytest

from pausecoach.checked import (
    After,
    AwareDatetime,
    DumpAs,
    Field,
    FrozenModel,
    Model,
    TextRule,
    ValidationError,
    field_validator,
    model_validator,
)

Name = Annotated[str, TextRule(strip=True, min_length=1, max_length=10)]


def _shout(value: str) -> str:
    if value != value.upper():
        raise ValueError("should be in capitals")
    return value


def _iso(value: datetime) -> str:
    return value.isoformat(timespec="seconds")


Stamp = Annotated[datetime, After(lambda v: v.astimezone(UTC)), DumpAs(_iso)]


class Reading(Model, validate_assignment=True):
    bpm: int = Field(ge=25, le=250)
    when: Literal["before", "after"] = "before"


class Visit(Model, validate_assignment=True):
    name: Name
    at: AwareDatetime
    stamp: Stamp | None = None
    readings: list[Reading] = Field(default_factory=list)
    tags: dict[Annotated[str, After(_shout)], int] = Field(default_factory=dict)
    code: str = Field(default="A1", pattern=r"^[A-Z][0-9]$")
    seconds: float = Field(default=1.0, gt=0)
    ok: bool = False
    born: date | None = None


class Pair(FrozenModel):
    first: int
    second: int = 0

    @field_validator("second")
    @classmethod
    def _small(cls, value: int) -> int:
        if value > 9:
            raise ValueError("second must be one digit")
        return value

    @model_validator(mode="after")
    def _ordered(self) -> Pair:
        if self.first > self.second:
            raise ValueError("first must not exceed second")
        return self


NOW = datetime(2026, 12, 5, 20, 0, tzinfo=timezone(timedelta(hours=2)))


def problems(exc: pytest.ExceptionInfo[ValidationError]) -> set[tuple[str, tuple[object, ...]]]:
    return {(p["type"], tuple(p["loc"])) for p in exc.value.errors()}


def test_a_whole_input_is_checked_and_every_problem_named_by_its_path() -> None:
    with pytest.raises(ValidationError) as exc:
        Visit.model_validate(
            {
                "name": "  ",
                "readings": [{"bpm": 60}, {"bpm": 20, "when": "later", "extra": 1}],
                "colour": "blue",
            }
        )
    assert problems(exc) == {
        ("too_short", ("name",)),
        ("missing", ("at",)),
        ("greater_than_equal", ("readings", 1, "bpm")),
        ("literal_error", ("readings", 1, "when")),
        ("extra_forbidden", ("readings", 1, "extra")),
        ("extra_forbidden", ("colour",)),
    }
    assert "readings.1.bpm" in str(exc.value)


@pytest.mark.parametrize(
    ("field", "value", "kind"),
    [
        ("code", "a1", "string_pattern_mismatch"),
        ("seconds", 0, "greater_than"),
        ("name", "x" * 11, "too_long"),
        ("ok", "maybe", "bool_type"),
        ("ok", 2, "bool_type"),
        ("born", "yesterday", "date_type"),
        ("readings", "none", "list_type"),
        ("tags", ["a"], "dict_type"),
    ],
)
def test_each_limit_refuses_what_it_should(field: str, value: object, kind: str) -> None:
    with pytest.raises(ValidationError) as exc:
        Visit.model_validate({"name": "Sam", "at": NOW, field: value})
    assert problems(exc) == {(kind, (field,))}


def test_values_are_read_as_a_forgiving_reader_would() -> None:
    visit = Visit.model_validate(
        {
            "name": "  Sam ",
            "at": "2026-12-05T20:00:00+02:00",
            "seconds": 3,
            "ok": "yes",
            "born": "1990-02-03",
            "readings": [{"bpm": "72"}, {"bpm": 80.0, "when": "after"}],
        }
    )
    assert visit.name == "Sam"
    assert visit.at == NOW
    assert visit.seconds == 3.0 and isinstance(visit.seconds, float)
    assert visit.ok is True
    assert visit.born == date(1990, 2, 3)
    assert [r.bpm for r in visit.readings] == [72, 80]


@pytest.mark.parametrize("bpm", [72.5, True, "seventy", None])
def test_a_whole_number_is_never_guessed(bpm: object) -> None:
    with pytest.raises(ValidationError):
        Reading.model_validate({"bpm": bpm})


def test_a_choice_must_match_in_type_as_well_as_value() -> None:
    class Count(Model):
        seconds: Literal[15, 30]

    assert Count.model_validate({"seconds": 30}).seconds == 30
    for wrong in (True, "30", 30.5, [30]):
        with pytest.raises(ValidationError) as exc:
            Count.model_validate({"seconds": wrong})
        assert exc.value.errors()[0]["msg"] == "should be 15 or 30"


def test_times_must_carry_their_zone_and_are_kept_in_utc_when_asked() -> None:
    with pytest.raises(ValidationError) as exc:
        Visit.model_validate({"name": "Sam", "at": datetime(2026, 12, 5, 20, 0)})
    assert problems(exc) == {("timezone_aware", ("at",))}
    visit = Visit(name="Sam", at=NOW, stamp=NOW)
    assert visit.stamp == NOW and visit.stamp is not None and visit.stamp.tzinfo is UTC
    assert visit.model_dump()["stamp"] == "2026-12-05T18:00:00+00:00"  # its writer, both modes
    assert visit.model_dump()["at"] is NOW
    assert visit.model_dump(mode="json")["at"] == "2026-12-05T20:00:00+02:00"


def test_json_round_trip_gives_an_equal_model() -> None:
    visit = Visit(
        name="Sam",
        at=NOW,
        readings=[Reading(bpm=70), Reading(bpm=64, when="after")],
        tags={"CALM": 2},
        born=date(1990, 2, 3),
    )
    text = visit.model_dump_json()
    assert json.loads(text)["readings"][1] == {"bpm": 64, "when": "after"}
    assert Visit.model_validate_json(text) == visit


def test_not_json_is_a_validation_error() -> None:
    with pytest.raises(ValidationError) as exc:
        Visit.model_validate_json("{not json")
    assert exc.value.errors()[0]["type"] == "json_invalid"


def test_a_table_key_problem_is_named_by_key() -> None:
    with pytest.raises(ValidationError) as exc:
        Visit.model_validate({"name": "Sam", "at": NOW, "tags": {"calm": 1, "OK": "x"}})
    assert problems(exc) == {
        ("value_error", ("tags", "calm", "[key]")),
        ("int_type", ("tags", "OK")),
    }


def test_known_fields_are_reported_before_unknown_ones() -> None:
    """A settings file's own values come first: the first problem is the one shown in full."""
    with pytest.raises(ValidationError) as exc:
        Reading.model_validate({"colour": "blue", "bpm": "fast"})
    assert [p["type"] for p in exc.value.errors()] == ["int_type", "extra_forbidden"]


def test_assignment_is_checked_and_a_refused_value_leaves_the_old_one() -> None:
    reading = Reading(bpm=70)
    reading.bpm = 90
    with pytest.raises(ValidationError):
        reading.bpm = 10
    with pytest.raises(ValidationError):
        reading.nickname = "x"  # type: ignore[attr-defined]
    assert reading.bpm == 90


def test_frozen_models_cannot_change_and_can_be_hashed() -> None:
    pair = Pair(first=1, second=2)
    with pytest.raises(ValidationError):
        pair.first = 0  # type: ignore[misc]
    assert hash(pair) == hash(Pair(first=1, second=2))
    with pytest.raises(TypeError):
        hash(Reading(bpm=70))


def test_field_and_model_validators_run_after_the_types() -> None:
    with pytest.raises(ValidationError) as exc:
        Pair(first=1, second=12)
    assert exc.value.errors()[0]["msg"] == "second must be one digit"
    with pytest.raises(ValidationError) as exc:
        Pair(first=5, second=2)
    assert problems(exc) == {("value_error", ())}
    assert Pair(first=0).second == 0


def test_copies_are_apart_from_the_original() -> None:
    visit = Visit(name="Sam", at=NOW, readings=[Reading(bpm=70)])
    deep = visit.model_copy(deep=True)
    deep.readings[0].bpm = 99
    assert visit.readings[0].bpm == 70
    renamed = visit.model_copy(update={"name": "Kim"})
    assert (renamed.name, visit.name) == ("Kim", "Sam")


def test_from_attributes_reads_any_object() -> None:
    class Plain:
        bpm = 66
        when = "after"
        unrelated = True

    assert Reading.model_validate(Plain(), from_attributes=True) == Reading(bpm=66, when="after")


def test_fields_describe_themselves() -> None:
    fields = Visit.resolved_fields()
    assert list(fields)[:3] == ["name", "at", "stamp"]
    assert fields["code"].pattern == r"^[A-Z][0-9]$"
    assert fields["readings"].get_default(call_default_factory=True) == []
    assert fields["name"].is_required() and not fields["ok"].is_required()


def test_no_module_of_pausecoach_imports_pydantic() -> None:
    """Its import alone cost a pause ~12 MiB; the checked models replace it everywhere."""
    source = Path(__file__).parents[2] / "src" / "pausecoach"
    offenders = []
    for path in source.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] in ("pydantic", "pydantic_core") for n in names):
                offenders.append(str(path.relative_to(source)))
    assert offenders == []
