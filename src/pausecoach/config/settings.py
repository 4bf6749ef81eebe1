"""Settings in config.toml: validated strictly; a broken file is reported and defaults are used."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

from pausecoach import paths
from pausecoach.checked import After, Field, FrozenModel, ValidationError, field_validator
from pausecoach.config.names import KEY_BINDINGS
from pausecoach.core import limits

# Textual key names: a character or a name, with modifiers (ctrl+shift+x); several separated by commas.
KEY_SPEC = re.compile(r"[^\s,+]+(\+[^\s,+]+)*(\s*,\s*[^\s,+]+(\+[^\s,+]+)*)*")


def _known_binding(value: str) -> str:
    if value in Settings.model_fields:
        raise ValueError(
            f"'{value}' is a setting, not a key binding: move it above the [keys] table"
        )
    if value not in KEY_BINDINGS:
        raise ValueError(f"'{value}' is not a key binding id (`pausecoach config keys` lists them)")
    return value


def _key_spec(value: str) -> str:
    value = value.strip()
    if not KEY_SPEC.fullmatch(value):
        raise ValueError(
            "not a key: use names like q, f2, ctrl+s, space or question_mark, "
            "several separated by commas"
        )
    return value


BindingId = Annotated[str, After(_known_binding)]
KeyNames = Annotated[str, After(_key_spec)]


class Settings(FrozenModel):
    """Everything a user can set. Each field's description is shown by `config show`."""

    break_minutes: int = Field(
        default=limits.DEFAULT_MINUTES,
        ge=limits.MIN_MINUTES,
        le=limits.MAX_MINUTES,
        description="Length of a break in minutes. 20 is the usual minimum for the body to settle.",
    )
    pulse_limit: int = Field(
        default=100,
        ge=60,
        le=200,
        description="Pulse (bpm) at or above which you count as flooded. Very fit people may use 80.",
    )
    resting_pulse: int | None = Field(
        default=None,
        ge=30,
        le=130,
        description="Your resting pulse in bpm; the re-check wants you within 10% of it.",
    )
    count_seconds: Literal[15, 30] = Field(
        default=30,
        description="How long the guided pulse count lasts: 30 (more precise) or 15 seconds.",
    )
    default_pattern: str = Field(
        default="sigh", description="The breathing pattern a break starts with."
    )
    helpline_region: str = Field(
        default="auto",
        description="Region for helplines: US, CA, UK, IE, AU, NZ, INTL, or auto (from your locale).",
    )
    reduce_motion: bool = Field(
        default=False, description="Show a still pacer instead of an animated one."
    )
    sound_cue: bool = Field(
        default=False,
        description="Play a soft tone at each change of breath, to breathe with your eyes closed.",
    )
    bell: bool = Field(default=True, description="Ring the terminal bell when a break ends.")
    notify: bool = Field(
        default=True,
        description="Send a desktop notification when a break ends, where the terminal can.",
    )
    theme: str = Field(
        default="pausecoach",
        description="Colour theme: pausecoach, pausecoach-contrast, or a Textual theme.",
    )
    keys: dict[BindingId, KeyNames] = Field(
        default_factory=dict,
        description="Key bindings to change, as binding id = key (`pausecoach config keys` lists them).",
    )

    @field_validator("keys")
    @classmethod
    def _keys_pressable(cls, value: dict[str, str]) -> dict[str, str]:
        from pausecoach.config.keys import binding_problem

        for binding_id, keys in value.items():
            problem = binding_problem(binding_id, keys)
            if problem:
                raise ValueError(problem)
        return value

    @field_validator("helpline_region")
    @classmethod
    def _region_known(cls, value: str) -> str:
        from pausecoach.content.catalog import helplines

        value = value.strip()
        value = "auto" if value.lower() == "auto" else value.upper()
        if value != "auto" and value not in helplines():
            raise ValueError(f"choose auto or one of {', '.join(helplines())}")
        return value

    @field_validator("default_pattern")
    @classmethod
    def _pattern_known(cls, value: str) -> str:
        from pausecoach.content.catalog import pattern_ids

        if value not in pattern_ids():
            raise ValueError(f"choose one of {', '.join(pattern_ids())}")
        return value


@dataclass
class LoadedSettings:
    """Settings plus anything wrong with the file they came from."""

    settings: Settings
    path: Path
    problems: list[str] = field(default_factory=list)
    # False when only some entries were refused (each says what is used instead).
    defaults_used: bool = True

    @property
    def ok(self) -> bool:
        """True when the file (if any) was used as written."""
        return not self.problems


def key_line(text: str, key: str) -> int | None:
    """The 1-based line where `key = ...` (or a `[key]` table) is set in TOML text, if found."""
    name = rf"[\"']?{re.escape(key)}[\"']?"
    pattern = re.compile(rf"^[ \t]*(?:{name}[ \t]*=|\[[ \t]*{name}[ \t]*\])", re.MULTILINE)
    match = pattern.search(text)
    return text.count("\n", 0, match.start()) + 1 if match else None


def describe_validation(error: ValidationError, text: str, path: Path) -> list[str]:
    """One message per problem, naming the file, the line and what is accepted."""
    problems: list[str] = []
    for item in error.errors():
        key = ".".join(str(part) for part in item["loc"] if part != "[key]") or "(file)"
        top = str(item["loc"][0]) if item["loc"] else ""
        line = key_line(text, top) if top else None
        if top == "keys" and len(item["loc"]) > 1:  # a binding in the [keys] table
            line = key_line(text, str(item["loc"][1])) or line
        where = f"{path}, line {line}" if line else str(path)
        if item["type"] == "extra_forbidden":
            known = ", ".join(Settings.model_fields)
            problems.append(f"{where}: unknown setting '{key}'. Known settings: {known}.")
        else:
            message = item["msg"]
            problems.append(f"{where}: {key}: {message} (you wrote {item.get('input')!r}).")
    return problems


def parse_settings(text: str, path: Path) -> LoadedSettings:
    """Validate TOML text as settings; on any problem, report it and fall back to defaults."""
    text = text.removeprefix("\ufeff")  # a byte-order mark some editors add
    try:
        data: dict[str, Any] = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return LoadedSettings(Settings(), path, [f"{path}: not valid TOML: {exc}."])
    except ValueError:  # Python reads no integer of more than 4,300 digits
        return LoadedSettings(Settings(), path, [f"{path}: {TOO_LONG}"])
    except RecursionError:
        return LoadedSettings(Settings(), path, [f"{path}: {TOO_DEEP}"])
    refused = _refuse_bad_bindings(data, text, path)
    try:
        return LoadedSettings(Settings.model_validate(data), path, refused, defaults_used=False)
    except ValidationError as exc:
        return LoadedSettings(Settings(), path, refused + describe_validation(exc, text, path))
    except RecursionError:
        return LoadedSettings(Settings(), path, [f"{path}: {TOO_DEEP}"])


def _refuse_bad_bindings(data: dict[str, Any], text: str, path: Path) -> list[str]:
    """Take out of `data` each binding no one could press or that would take `!` or ctrl+c away.

    Only that binding keeps its default; the rest of the file still counts.
    """
    from pausecoach.config.keys import binding_problem, default_keys

    keys = data.get("keys")
    if not isinstance(keys, dict):
        return []
    problems = []
    for binding_id, value in list(keys.items()):
        if binding_id not in KEY_BINDINGS or not isinstance(value, str):
            continue  # the model names these
        problem = binding_problem(binding_id, value) if KEY_SPEC.fullmatch(value.strip()) else None
        if problem:
            del keys[binding_id]
            line = key_line(text, binding_id)
            where = f"{path}, line {line}" if line else str(path)
            problems.append(
                f"{where}: keys.{binding_id} = {value!r} was not used: {problem}. "
                f"Its default ({default_keys(binding_id)}) is used."
            )
    return problems


TOO_DEEP = "tables or values are nested too deeply to read (settings are never nested)."
TOO_LONG = "a number in it is too long to read (no setting needs more than a few digits)."


def load_settings(path: Path | None = None) -> LoadedSettings:
    """Read config.toml (a missing file means defaults); never raises for a bad file."""
    path = path or paths.config_path()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return LoadedSettings(Settings(), path)
    except (OSError, UnicodeDecodeError) as exc:
        return LoadedSettings(Settings(), path, [f"{path}: could not be read ({exc})."])
    return parse_settings(text, path)
