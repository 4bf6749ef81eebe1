"""Turning a type annotation into a checker (reads a value leniently, refuses with a reason) and a writer."""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pausecoach.checked.fields import After, Aware, DumpAs, FieldInfo, TextRule
from pausecoach.checked.problems import Loc, Problems, Refused, refuse

Check = Callable[[Any, Loc, Problems], Any]
Dump = Callable[[Any, bool], Any]

_TRUE = {"true", "yes", "on", "t", "y", "1"}
_FALSE = {"false", "no", "off", "f", "n", "0"}
_WHOLE = re.compile(r"[+-]?\d{1,18}")


def _check_str(value: Any, loc: Loc, problems: Problems) -> Any:
    if isinstance(value, str):
        return value
    return refuse(problems, "string_type", loc, "should be text", value)


def _check_int(value: Any, loc: Loc, problems: Problems) -> Any:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and _WHOLE.fullmatch(value.strip()):
        return int(value)
    return refuse(problems, "int_type", loc, "should be a whole number", value)


def _check_float(value: Any, loc: Loc, problems: Problems) -> Any:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            pass
    return refuse(problems, "float_type", loc, "should be a number", value)


def _check_bool(value: Any, loc: Loc, problems: Problems) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    return refuse(problems, "bool_type", loc, "should be true or false", value)


def _iso(kind: type[date], name: str, words: str) -> Check:
    """A checker for a date (or a date and time) given as itself or as ISO 8601 text."""

    def check(value: Any, loc: Loc, problems: Problems) -> Any:
        # A datetime is a date too, and is not one here.
        if isinstance(value, kind) and not (kind is date and isinstance(value, datetime)):
            return value
        if isinstance(value, str):
            try:
                return kind.fromisoformat(value)
            except ValueError:
                pass
        return refuse(problems, name, loc, words, value)

    return check


def _check_any(value: Any, loc: Loc, problems: Problems) -> Any:
    return value


_SIMPLE: dict[Any, Check] = {
    str: _check_str,
    int: _check_int,
    float: _check_float,
    bool: _check_bool,
    date: _iso(date, "date_type", "should be a date (YYYY-MM-DD)"),
    datetime: _iso(datetime, "datetime_type", "should be a date and time (ISO 8601)"),
    Any: _check_any,
}


def _dump_plain(value: Any, as_json: bool) -> Any:
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json" if as_json else "python")
    if as_json and isinstance(value, date):  # datetime is a date too
        return value.isoformat()
    return value


def _dump_list(item: Dump) -> Dump:
    return lambda value, as_json: [item(v, as_json) for v in value]


def _dump_dict(item: Dump) -> Dump:
    return lambda value, as_json: {k: item(v, as_json) for k, v in value.items()}


def _dump_optional(item: Dump) -> Dump:
    return lambda value, as_json: None if value is None else item(value, as_json)


def _literal(choices: tuple[Any, ...]) -> Check:
    shown = [repr(c) if isinstance(c, str) else str(c) for c in choices]
    words = shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " or " + shown[-1]

    def check(value: Any, loc: Loc, problems: Problems) -> Any:
        # The type too: True == 1, and a table or list is never a choice.
        if any(type(value) is type(c) and value == c for c in choices):
            return value
        return refuse(problems, "literal_error", loc, f"should be {words}", value)

    return check


def _union(members: list[tuple[Check, Dump]], optional: bool) -> Check:
    def check(value: Any, loc: Loc, problems: Problems) -> Any:
        if value is None and optional:
            return None
        first: Problems | None = None
        for member, _dump in members:
            trial = Problems()
            try:
                return member(value, loc, trial)
            except Refused:
                first = first or trial
        problems.items.extend(first.items if first else [])
        raise Refused

    return check


def _list(item: Check) -> Check:
    def check(value: Any, loc: Loc, problems: Problems) -> Any:
        if not isinstance(value, list | tuple):
            return refuse(problems, "list_type", loc, "should be a list", value)
        out, bad = [], False
        for index, entry in enumerate(value):
            try:
                out.append(item(entry, (*loc, index), problems))
            except Refused:
                bad = True
        if bad:
            raise Refused
        return out

    return check


def _dict(key: Check, item: Check) -> Check:
    def check(value: Any, loc: Loc, problems: Problems) -> Any:
        if not isinstance(value, dict):
            return refuse(problems, "dict_type", loc, "should be a table", value)
        out, bad = {}, False
        for name, entry in value.items():
            try:
                name = key(name, (*loc, name, "[key]"), problems)
                out[name] = item(entry, (*loc, name), problems)
            except Refused:
                bad = True
        if bad:
            raise Refused
        return out

    return check


def _model(cls: Any) -> Check:
    def check(value: Any, loc: Loc, problems: Problems) -> Any:
        if isinstance(value, cls):
            return value
        if not isinstance(value, dict):
            return refuse(problems, "model_type", loc, "should be a table of fields", value)
        return cls._build(value, loc, problems)

    return check


def with_after(check: Check, function: Callable[[Any], Any]) -> Check:
    """`check`, then `function` on the checked value (its ValueError refuses the value)."""

    def after(value: Any, loc: Loc, problems: Problems) -> Any:
        value = check(value, loc, problems)
        try:
            return function(value)
        except ValueError as exc:
            return refuse(problems, "value_error", loc, str(exc), value)

    return after


def _aware(check: Check) -> Check:
    def aware(value: Any, loc: Loc, problems: Problems) -> Any:
        value = check(value, loc, problems)
        if value.tzinfo is None or value.utcoffset() is None:
            return refuse(problems, "timezone_aware", loc, "should carry its time zone", value)
        return value

    return aware


def with_limits(check: Check, info: FieldInfo | TextRule) -> Check:
    """`check` followed by the length and size limits of a Field or a TextRule."""
    strip = isinstance(info, TextRule) and info.strip
    low_len, high_len = info.min_length, info.max_length
    ge = gt = le = None
    pattern = None
    if isinstance(info, FieldInfo):
        ge, gt, le = info.ge, info.gt, info.le
        pattern = re.compile(info.pattern) if info.pattern else None
    if not (strip or low_len is not None or high_len is not None or pattern) and (
        ge is None and gt is None and le is None
    ):
        return check

    def limited(value: Any, loc: Loc, problems: Problems) -> Any:
        value = check(value, loc, problems)
        if value is None:
            return value
        if strip and isinstance(value, str):
            value = value.strip()
        unit = "characters" if isinstance(value, str) else "items"
        size = len(value) if isinstance(value, str | list | dict) else None
        if size is not None and low_len is not None and size < low_len:
            what = "should not be empty" if low_len == 1 else f"needs at least {low_len} {unit}"
            return refuse(problems, "too_short", loc, what, value)
        if size is not None and high_len is not None and size > high_len:
            return refuse(problems, "too_long", loc, f"allows at most {high_len} {unit}", value)
        if pattern and isinstance(value, str) and not pattern.search(value):
            msg = f"should match {pattern.pattern}"
            return refuse(problems, "string_pattern_mismatch", loc, msg, value)
        if isinstance(value, int | float):
            if ge is not None and value < ge:
                return refuse(
                    problems, "greater_than_equal", loc, f"should be at least {ge}", value
                )
            if gt is not None and value <= gt:
                return refuse(problems, "greater_than", loc, f"should be more than {gt}", value)
            if le is not None and value > le:
                return refuse(problems, "less_than_equal", loc, f"should be at most {le}", value)
        return value

    return limited


def compile_annotation(annotation: Any) -> tuple[Check, Dump]:
    """The checker and the writer for one type annotation."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is Annotated:
        check, dump = compile_annotation(args[0])
        for meta in annotation.__metadata__:
            if isinstance(meta, Aware):
                check = _aware(check)
            elif isinstance(meta, After):
                check = with_after(check, meta.check)
            elif isinstance(meta, TextRule):
                check = with_limits(check, meta)
            elif isinstance(meta, DumpAs):
                dump = _dump_optional(_as_dump(meta.dump))
        return check, dump
    if origin is Literal:
        return _literal(args), _dump_plain
    if origin in (types.UnionType, typing.Union):
        optional = type(None) in args
        members = [compile_annotation(a) for a in args if a is not type(None)]
        dump = members[0][1] if len(members) == 1 else _dump_plain
        return _union(members, optional), _dump_optional(dump)
    if origin is list:
        item, item_dump = compile_annotation(args[0])
        return _list(item), _dump_list(item_dump)
    if origin is dict:
        key, _ = compile_annotation(args[0])
        item, item_dump = compile_annotation(args[1])
        return _dict(key, item), _dump_dict(item_dump)
    if _is_model(annotation):
        return _model(annotation), _dump_plain
    if annotation in _SIMPLE:
        return _SIMPLE[annotation], _dump_plain
    raise TypeError(f"checked models cannot hold {annotation!r}")


def _as_dump(function: Callable[[Any], Any]) -> Dump:
    return lambda value, as_json: function(value)


def _is_model(annotation: Any) -> bool:
    # Duck-typed, so this module need not import model.py (which imports it).
    return isinstance(annotation, type) and hasattr(annotation, "_build")
