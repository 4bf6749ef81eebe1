"""The base of every checked model: fields checked when built, loaded or assigned; dumped as JSON."""

from __future__ import annotations

import contextlib
import copy
import inspect
import json
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, Self, dataclass_transform

from pausecoach.checked.checks import Check, Dump, compile_annotation, with_after, with_limits
from pausecoach.checked.fields import MISSING, Field, FieldInfo, Validator
from pausecoach.checked.problems import Loc, Problems, Refused, ValidationError, refuse


@dataclass
class _Plan:
    """A class's fields, resolved and compiled on first use."""

    checks: dict[str, Check]
    dumps: dict[str, Dump]
    after: list[Any] = field(default_factory=list)


# -------------------------------------------------------------------- models
@dataclass_transform(kw_only_default=True, field_specifiers=(Field,))
class Model:
    """Base of every checked model: unknown fields refused, values checked, defaults filled."""

    model_fields: ClassVar[dict[str, FieldInfo]] = {}
    _frozen: ClassVar[bool] = False
    _check_assignment: ClassVar[bool] = False
    _plan: ClassVar[_Plan | None] = None

    def __init_subclass__(
        cls, *, frozen: bool | None = None, validate_assignment: bool | None = None, **kw: Any
    ) -> None:
        super().__init_subclass__(**kw)
        if frozen is not None:
            cls._frozen = frozen
        if validate_assignment is not None:
            cls._check_assignment = validate_assignment
        fields = {name: copy.copy(info) for name, info in cls.model_fields.items()}
        for name, annotation in inspect.get_annotations(cls).items():
            if name.startswith("_") or str(annotation).startswith(("ClassVar", "typing.ClassVar")):
                continue
            declared = cls.__dict__.get(name, MISSING)
            if isinstance(declared, FieldInfo):
                info = copy.copy(declared)
                delattr(cls, name)
            else:
                info = FieldInfo(default=declared)
                if declared is not MISSING:
                    delattr(cls, name)
            fields[name] = info
        cls.model_fields = fields
        cls._plan = None

    @classmethod
    def resolved_fields(cls) -> dict[str, FieldInfo]:
        """`model_fields`, each with its `annotation` resolved (they are resolved on first use)."""
        cls._compiled()
        return cls.model_fields

    @classmethod
    def _compiled(cls) -> _Plan:
        plan: _Plan | None = cls.__dict__.get("_plan")
        if plan is not None:
            return plan
        hints = typing.get_type_hints(cls, include_extras=True)
        checks: dict[str, Check] = {}
        dumps: dict[str, Dump] = {}
        for name, info in cls.model_fields.items():
            info.annotation = hints[name]
            check, dumps[name] = compile_annotation(info.annotation)
            checks[name] = with_limits(check, info)
        after = []
        for klass in reversed(cls.__mro__):
            for value in vars(klass).values():
                if not isinstance(value, Validator):
                    continue
                function = value.function
                if not value.fields:
                    after.append(function)
                    continue
                function = getattr(function, "__func__", function)
                for name in value.fields:
                    checks[name] = with_after(checks[name], _bound(function, cls))
        plan = _Plan(checks, dumps, after)
        cls._plan = plan
        return plan

    @classmethod
    def _build(cls, data: dict[str, Any], loc: Loc, problems: Problems) -> Self:
        plan = cls._compiled()
        values: dict[str, Any] = {}
        before = len(problems.items)
        for name, info in cls.model_fields.items():
            if name in data:
                with contextlib.suppress(Refused):
                    values[name] = plan.checks[name](data[name], (*loc, name), problems)
            elif info.default_factory is not None:
                values[name] = info.default_factory()
            elif info.default is not MISSING:
                values[name] = info.default
            else:
                problems.add("missing", (*loc, name), "is required", None)
        for name in data:  # after the known fields, so a file's own settings are reported first
            if name not in plan.checks:
                problems.add("extra_forbidden", (*loc, name), "is not a known field", data[name])
        if len(problems.items) > before:
            raise Refused
        made = object.__new__(cls)
        object.__setattr__(made, "__dict__", values)
        for function in plan.after:
            try:
                made = function(made)
            except ValueError as exc:
                problems.add("value_error", loc, str(exc), data)
                raise Refused from None
        return made

    @classmethod
    def model_validate(cls, data: Any, *, from_attributes: bool = False) -> Self:
        """A checked instance from a dict (or, with `from_attributes`, any object's attributes)."""
        if isinstance(data, cls):
            return data
        if from_attributes and not isinstance(data, dict):
            data = {n: getattr(data, n) for n in cls.model_fields if hasattr(data, n)}
        problems = Problems()
        try:
            if not isinstance(data, dict):
                refuse(problems, "model_type", (), "should be a table of fields", data)
            return cls._build(data, (), problems)
        except Refused:
            raise ValidationError(cls.__name__, problems.items) from None

    @classmethod
    def model_validate_json(cls, text: str | bytes) -> Self:
        """A checked instance from JSON text."""
        try:
            data = json.loads(text)
        except ValueError as exc:
            problem = {"type": "json_invalid", "loc": (), "msg": f"not JSON: {exc}", "input": text}
            raise ValidationError(cls.__name__, [problem]) from None
        return cls.model_validate(data)

    def __init__(self, **data: Any) -> None:
        checked = type(self).model_validate(data)
        object.__setattr__(self, "__dict__", checked.__dict__)

    def __setattr__(self, name: str, value: Any) -> None:
        cls = type(self)
        if cls._frozen:
            problem = {"type": "frozen_instance", "loc": (name,), "msg": "cannot be changed"}
            raise ValidationError(cls.__name__, [{**problem, "input": value}])
        if name not in cls.model_fields:
            msg = "is not a known field"
            raise ValidationError(
                cls.__name__,
                [{"type": "extra_forbidden", "loc": (name,), "msg": msg, "input": value}],
            )
        if cls._check_assignment:
            problems = Problems()
            try:
                value = cls._compiled().checks[name](value, (name,), problems)
            except Refused:
                raise ValidationError(cls.__name__, problems.items) from None
        self.__dict__[name] = value

    def model_dump(self, *, mode: Literal["python", "json"] = "python") -> dict[str, Any]:
        """The fields as a dict; `mode="json"` writes dates and times as ISO text."""
        dumps = type(self)._compiled().dumps
        as_json = mode == "json"
        return {name: dumps[name](value, as_json) for name, value in self.__dict__.items()}

    def model_dump_json(self) -> str:
        """The fields as compact JSON text."""
        return json.dumps(self.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":"))

    def model_copy(self, *, update: dict[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy (deep if asked) with `update` applied as given, unchecked."""
        made = object.__new__(type(self))
        values = copy.deepcopy(self.__dict__) if deep else dict(self.__dict__)
        object.__setattr__(made, "__dict__", {**values, **(update or {})})
        return made

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __hash__(self) -> int:
        if not type(self)._frozen:
            raise TypeError(f"unhashable type: '{type(self).__name__}' (not frozen)")
        return hash((type(self), tuple(_hashable(v) for v in self.__dict__.values())))

    def __repr__(self) -> str:
        inner = ", ".join(f"{name}={value!r}" for name, value in self.__dict__.items())
        return f"{type(self).__name__}({inner})"


@dataclass_transform(kw_only_default=True, frozen_default=True, field_specifiers=(Field,))
class FrozenModel(Model, frozen=True):
    """A model whose instances cannot be changed once made (settings, content, saved plans)."""


def _bound(function: Callable[..., Any], cls: type) -> Callable[[Any], Any]:
    return lambda value: function(cls, value)


def _hashable(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_hashable(v) for v in value)
    if isinstance(value, dict):
        return tuple((k, _hashable(v)) for k, v in value.items())
    return value
