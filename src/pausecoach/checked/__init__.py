"""Checked models: typed fields with limits, validated when built, loaded or assigned.

Records, settings and content files are all declared with `Model` and `Field`, so each rule is
written once. It is standard library only: pydantic cost a whole pause about 12 MiB of memory
(its import, `importlib.metadata`, and a validator built per model), most of the gap to a bare
Textual app (issue #18). Validators are built per class on first use, not at import.

The surface mirrors the part of pydantic the project used (`model_validate`, `model_dump`,
`model_fields`, `ValidationError.errors()`), so callers read the same. Unknown fields are always
refused; a problem's `loc` is the path to the field, as in the stored JSON.

- `fields.py`: declaring (`Field`, `After`, `TextRule`, `Aware`, validators)
- `checks.py`: a type annotation turned into a checker and a writer
- `model.py`: `Model` and `FrozenModel`
- `problems.py`: `ValidationError` and how problems are gathered
"""

from pausecoach.checked.fields import (
    After,
    Aware,
    AwareDatetime,
    DumpAs,
    Field,
    FieldInfo,
    TextRule,
    field_validator,
    model_validator,
)
from pausecoach.checked.model import FrozenModel, Model
from pausecoach.checked.problems import ValidationError

__all__ = [
    "After",
    "Aware",
    "AwareDatetime",
    "DumpAs",
    "Field",
    "FieldInfo",
    "FrozenModel",
    "Model",
    "TextRule",
    "ValidationError",
    "field_validator",
    "model_validator",
]
