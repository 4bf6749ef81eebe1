"""Changing config.toml safely: validate before writing, keep the user's comments, write atomically."""

from __future__ import annotations

import contextlib
import tomllib
import types
import typing
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.exceptions import TOMLKitError

from pausecoach import paths
from pausecoach.checked import ValidationError
from pausecoach.config.names import KEY_BINDINGS, THEME_NAMES
from pausecoach.config.settings import Settings, parse_settings

KEYS_PREFIX = "keys."


class ConfigEditError(Exception):
    """A change that was refused, worded for the user (the file was not touched)."""


def read_text(path: Path) -> str:
    """The file's text, or "" when there is no file yet."""
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return ""
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigEditError(f"{path} could not be read ({exc}).") from exc


def accepted(name: str) -> str:
    """What a setting accepts, in words."""
    from pausecoach.content import catalog

    special = {
        "default_pattern": "one of " + ", ".join(catalog.pattern_ids()),
        "helpline_region": "auto or one of " + ", ".join(catalog.helplines()),
        "theme": "one of " + ", ".join(THEME_NAMES),
    }
    if name in special:
        return special[name]
    info = Settings.resolved_fields()[name]
    args = typing.get_args(info.annotation)
    optional = type(None) in args and isinstance(info.annotation, types.UnionType)
    if typing.get_origin(info.annotation) is typing.Literal:
        return " or ".join(str(a) for a in args)
    if info.annotation is bool:
        return "true or false"
    text = (
        f"a whole number from {info.ge} to {info.le}" if info.ge is not None else "a whole number"
    )
    if optional:
        text += f" (or `pausecoach config unset {name}` for none)"
    return text


def _check_value(name: str, raw: str) -> Any:
    """The value `raw` means for setting `name` (typed as TOML, else as text), or refuse it."""
    candidates: list[Any] = []
    # ValueError: not TOML (TOMLDecodeError is one), or an integer too long for Python to read.
    with contextlib.suppress(ValueError, RecursionError):
        candidates.append(tomllib.loads(f"v = {raw}")["v"])
    candidates.append(raw)
    first_error: ValidationError | None = None
    if name == "theme" and raw not in THEME_NAMES:
        # The app falls back to the calm theme for an unknown name; here we can say so first.
        raise ConfigEditError(f"theme cannot be {raw!r}. Accepted: {accepted(name)}.")
    for candidate in candidates:
        try:
            return getattr(Settings.model_validate({name: candidate}), name)
        except ValidationError as exc:
            first_error = first_error or exc
        except RecursionError:
            raise ConfigEditError(
                f"{name} cannot be a nested value. Accepted: {accepted(name)}."
            ) from None
    assert first_error is not None
    problem = first_error.errors()[0]
    if problem["type"] == "value_error":  # our own validators already name the choices
        raise ConfigEditError(f"{name} cannot be {raw!r}: {problem['msg']}.")
    raise ConfigEditError(
        f"{name} cannot be {raw!r}: {problem['msg']}. Accepted: {accepted(name)}."
    )


def _check_binding(binding_id: str, keys: str) -> str:
    """The key names for a binding, or refuse an unknown id or a malformed key."""
    try:
        settings = Settings.model_validate({"keys": {binding_id: keys}})
    except ValidationError as exc:
        reason = exc.errors()[0]["msg"]
        raise ConfigEditError(f"keys.{binding_id} cannot be {keys!r}: {reason}.") from exc
    return settings.keys[binding_id]


# Characters people type for keys, and the names Textual's bindings use for them.
_KEY_NAMES = {"!": "exclamation_mark", "?": "question_mark", "+": "plus", "-": "minus"}
_KEY_NAMES |= {"=": "equals_sign", ",": "comma", ".": "full_stop", "/": "slash"}
ANY_SCREEN = "any screen"


def _key_set(keys: str) -> set[str]:
    return {_KEY_NAMES.get(k.strip(), k.strip()) for k in keys.split(",")}


def binding_clashes(keymap: dict[str, str], binding_id: str) -> list[str]:
    """Other bindings that the keys now set for `binding_id` would take over on the same screen."""
    mine = KEY_BINDINGS[binding_id]
    wanted = _key_set(keymap[binding_id])
    clashes = []
    for other_id, other in KEY_BINDINGS.items():
        same_place = ANY_SCREEN in (mine.screen, other.screen) or mine.screen == other.screen
        if other_id == binding_id or not same_place:
            continue
        shared = wanted & _key_set(keymap.get(other_id, other.default))
        if shared:
            clashes.append(
                f"{other_id} ({other.does}, {other.screen}) also uses {', '.join(sorted(shared))}"
            )
    return clashes


def _parse(text: str, path: Path) -> tomlkit.TOMLDocument:
    try:
        return tomlkit.parse(text)
    except RecursionError:
        raise ConfigEditError(
            f"{path} nests tables too deeply to read. Fix it first with `pausecoach config edit`."
        ) from None
    except TOMLKitError as exc:
        raise ConfigEditError(
            f"{path} is not valid TOML ({exc}). Fix it first with `pausecoach config edit`."
        ) from exc


def known_setting(name: str) -> None:
    """Refuse a name that is not a setting (or a binding id under keys.)."""
    if name.startswith(KEYS_PREFIX) or (name in Settings.model_fields and name != "keys"):
        return
    names = ", ".join(n for n in Settings.model_fields if n != "keys")
    raise ConfigEditError(
        f"There is no setting '{name}'. Settings: {names}, and keys.<binding-id> for keys."
    )


def set_setting(path: Path, name: str, raw: str) -> tuple[Any, list[str]]:
    """Validate and write one setting; return the value written and notes (clashes, problems)."""
    known_setting(name)
    text = read_text(path)
    doc = _parse(text, path)
    clashes: list[str] = []
    if name.startswith(KEYS_PREFIX):
        binding_id = name.removeprefix(KEYS_PREFIX)
        value: Any = _check_binding(binding_id, raw)
        table = doc.get("keys")
        if not isinstance(table, dict):
            table = tomlkit.table()
            doc["keys"] = table
        table[binding_id] = value
        keymap = {str(k): str(v) for k, v in table.items()}
        clashes = binding_clashes(keymap, binding_id)
    else:
        value = _check_value(name, raw)
        doc[name] = value
    new_text = tomlkit.dumps(doc)
    write_atomic(path, new_text)
    notes = [f"Note: {clash}; it will not work there until you rebind it." for clash in clashes]
    return value, notes + parse_settings(new_text, path).problems


def unset_setting(path: Path, name: str) -> bool:
    """Remove a setting so its default applies; False when it was not set."""
    known_setting(name)
    text = read_text(path)
    doc = _parse(text, path)
    if name.startswith(KEYS_PREFIX):
        table = doc.get("keys")
        binding_id = name.removeprefix(KEYS_PREFIX)
        if not isinstance(table, dict) or binding_id not in table:
            return False
        del table[binding_id]
    elif name in doc:
        del doc[name]
    else:
        return False
    write_atomic(path, tomlkit.dumps(doc))
    return True


def write_atomic(path: Path, text: str) -> None:
    """Replace the file in one step (temp file, fsync, rename), readable by the owner only."""
    paths.ensure_private_dir(path.parent)
    paths.write_private(path, text)


def template() -> str:
    """A new config.toml: every setting commented out at its default, with its description."""
    lines = [
        "# pausecoach settings. Remove the # before a line to change it.",
        "# Every setting: docs/settings.md, or `pausecoach config show`.",
        "",
    ]
    for name, info in Settings.model_fields.items():
        if name == "keys":
            continue
        default = info.get_default(call_default_factory=True)
        if default is None:  # no default: show an example value instead
            lines += [
                f"# {info.description} Not set by default; for example:",
                f"# {name} = 65",
                "",
            ]
            continue
        lines += [f"# {info.description}", f"# {name} = {tomlkit.item(default).as_string()}", ""]
    example = next(iter(KEY_BINDINGS))
    lines += [
        "[keys]",
        "# Key bindings: binding id = key names (ids in docs/settings.md).",
        f'# {example} = "{KEY_BINDINGS[example].default}"',
        "",
    ]
    return "\n".join(lines)
