"""Declaring a model's fields: defaults, limits, and checks attached to a type or a field."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any, Literal

MISSING: Any = object()


@dataclass(frozen=True)
class After:
    """Annotated metadata: run `check` on the value once its type is right (ValueError refuses)."""

    check: Callable[[Any], Any]


@dataclass(frozen=True)
class DumpAs:
    """Annotated metadata: how the value is written by `model_dump` (both modes)."""

    dump: Callable[[Any], Any]


@dataclass(frozen=True)
class TextRule:
    """Annotated metadata for text: surrounding spaces stripped first, then its length checked."""

    strip: bool = True
    min_length: int | None = None
    max_length: int | None = None


class Aware:
    """Annotated metadata: a date and time must carry its time zone."""


AwareDatetime = Annotated[datetime, Aware()]


@dataclass
class FieldInfo:
    """One declared field: its type, default, description and limits."""

    annotation: Any = None
    default: Any = MISSING
    default_factory: Callable[[], Any] | None = None
    description: str | None = None
    ge: float | None = None
    gt: float | None = None
    le: float | None = None
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None

    def is_required(self) -> bool:
        """True when the field has no default."""
        return self.default is MISSING and self.default_factory is None

    def get_default(self, call_default_factory: bool = False) -> Any:
        """The default value (None when there is none)."""
        if self.default_factory is not None:
            return self.default_factory() if call_default_factory else None
        return None if self.default is MISSING else self.default


def Field(
    default: Any = MISSING,
    *,
    default_factory: Callable[[], Any] | None = None,
    description: str | None = None,
    ge: float | None = None,
    gt: float | None = None,
    le: float | None = None,
    min_length: int | None = None,
    max_length: int | None = None,
    pattern: str | None = None,
) -> Any:
    """A field's default and limits, for a class body: `bpm: int = Field(ge=25, le=250)`."""
    return FieldInfo(
        None, default, default_factory, description, ge, gt, le, min_length, max_length, pattern
    )


@dataclass(frozen=True)
class Validator:
    """A function marked by `field_validator` or `model_validator`, found by the model."""

    function: Any
    fields: tuple[str, ...] = ()


def field_validator(*names: str) -> Callable[[Any], Any]:
    """Decorate a classmethod `(cls, value) -> value` run after the named fields' own checks."""
    return lambda function: Validator(function, names)


def model_validator(*, mode: Literal["after"]) -> Callable[[Any], Any]:
    """Decorate a method `(self) -> self` run once every field is checked."""
    return lambda function: Validator(function)
