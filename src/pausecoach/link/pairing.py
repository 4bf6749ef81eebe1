"""Pairing two devices over the shared folder, and the pairing this device keeps privately.

Each side publishes its age public key with a commitment to a random half-secret, then reveals
the half (encrypted to the partner) only after seeing the partner's commitment; both halves
make the shared secret, and the safety code comes from it. Someone who can write in the folder
can swap keys, but cannot make the two codes match except by a one-in-a-million guess."""

from __future__ import annotations

import json
import secrets
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any, Literal

import pausecoach.link.folder as shared
import pausecoach.link.keys as keys
from pausecoach.link.names import STATE_FILE

HELLO_FORMAT = "pausecoach-link-hello"
PAIR_MAGIC = b"PCPAIR 1\n"
MAX_NAME = 40

Stage = Literal[
    "waiting_for_partner",
    "waiting_for_partner_half",
    "compare_code",
    "waiting_for_partner_yes",
    "linked",
    "partner_left",
    "folder_unreachable",
]


class LinkError(Exception):
    """Something about the link a person can understand and act on."""


@dataclass(frozen=True)
class Pairing:
    """This device's side of the link (kept owner-only under the data folder)."""

    device: str
    folder: str
    name: str
    secret: str
    public: str
    half: str
    partner_device: str | None = None
    partner_public: str | None = None
    partner_commit: str | None = None
    partner_name: str | None = None
    shared: str | None = None
    confirmed: bool = False

    @property
    def path(self) -> Path:
        """The shared folder."""
        return Path(self.folder)

    @property
    def key(self) -> bytes | None:
        """The shared secret, once both halves are known."""
        return bytes.fromhex(self.shared) if self.shared else None

    @property
    def code(self) -> str | None:
        """The safety code to compare out loud, once both halves are known."""
        key = self.key
        return keys.safety_code(key) if key else None


def load(home: Path) -> Pairing | None:
    """This device's pairing, or None when it has none."""
    path = home / STATE_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Pairing(**data)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError) as exc:
        raise LinkError(
            f"The partner link settings in {path} cannot be read ({exc}). "
            "Run `pausecoach partner unpair` to remove them."
        ) from exc


def _save(home: Path, pairing: Pairing) -> None:
    from pausecoach.paths import ensure_private_dir, write_private

    ensure_private_dir(home)
    write_private(home / STATE_FILE, json.dumps(asdict(pairing), indent=1))


def start(home: Path, folder: Path, name: str) -> Pairing:
    """Make this device's keys and publish its public key and commitment in `folder`."""
    if load(home) is not None:
        raise LinkError("This device already has a partner link. See `pausecoach partner status`.")
    if not folder.is_dir():
        raise LinkError(f"{folder} is not a folder this device can reach.")
    pair = keys.new_key_pair()
    pairing = Pairing(
        device=secrets.token_hex(8),
        folder=str(folder.resolve()),
        name=name.strip()[:MAX_NAME] or "Your partner",
        secret=pair.secret,
        public=pair.public,
        half=keys.new_half(),
    )
    _save(home, pairing)
    hello = {
        "format": HELLO_FORMAT,
        "version": 1,
        "device": pairing.device,
        "public_key": pairing.public,
        "commit": keys.commitment(pairing.public, pairing.half),
    }
    try:
        shared.write_atomic(
            shared.device_dir(folder, pairing.device) / shared.HELLO, json.dumps(hello).encode()
        )
    except OSError as exc:
        (home / STATE_FILE).unlink(missing_ok=True)
        raise LinkError(f"Cannot write in {folder}: {exc.strerror or exc}") from exc
    return pairing


def advance(home: Path) -> Pairing:
    """Take every pairing step the shared folder allows now; return the pairing as it stands."""
    pairing = load(home)
    if pairing is None:
        raise LinkError("This device has no partner link.")
    if pairing.shared:
        return pairing
    if pairing.partner_device is None:
        found = _find_partner(pairing)
        if found is None:
            return pairing
        pairing = found
        _save(home, pairing)
    _reveal_half(pairing)
    theirs = _read_partner_half(pairing)
    if theirs is None:
        return pairing
    half, name = theirs
    assert pairing.partner_public is not None
    key = keys.shared_key((pairing.public, pairing.half), (pairing.partner_public, half))
    pairing = replace(pairing, shared=key.hex(), partner_name=name)
    _save(home, pairing)
    return pairing


def _find_partner(pairing: Pairing) -> Pairing | None:
    others = shared.other_devices(pairing.path, pairing.device)
    if len(others) > 1:
        raise LinkError(
            f"More than one other device is waiting in {pairing.folder}. Pair in a folder only "
            "the two of you share."
        )
    if not others:
        return None
    device = others[0]
    try:
        hello = json.loads(
            shared.read_small(shared.device_dir(pairing.path, device) / shared.HELLO)
        )
        assert hello["format"] == HELLO_FORMAT and hello["device"] == device
        if int(hello["version"]) > 1:
            raise LinkError("Your partner's pausecoach is newer than this one: update it first.")
        public = keys.check_public_key(str(hello["public_key"]))
        commit = str(hello["commit"])
    except LinkError:
        raise
    except (OSError, ValueError, KeyError, TypeError, AssertionError):
        return None  # still arriving, or not a hello: look again later
    return replace(pairing, partner_device=device, partner_public=public, partner_commit=commit)


def _reveal_half(pairing: Pairing) -> None:
    import pyrage
    from pyrage import x25519

    target = shared.device_dir(pairing.path, pairing.device) / shared.PAIR
    if target.exists():
        return
    assert pairing.partner_public is not None
    message = {
        "from": pairing.device,
        "to": pairing.partner_device,
        "half": pairing.half,
        "name": pairing.name,
    }
    body = pyrage.encrypt(
        json.dumps(message).encode(), [x25519.Recipient.from_str(pairing.partner_public)]
    )
    shared.write_atomic(target, PAIR_MAGIC + body)


def _read_partner_half(pairing: Pairing) -> tuple[str, str] | None:
    import pyrage
    from pyrage import x25519

    assert pairing.partner_device is not None and pairing.partner_public is not None
    path = shared.device_dir(pairing.path, pairing.partner_device) / shared.PAIR
    try:
        raw = shared.read_small(path)
    except OSError:
        return None
    if not raw.startswith(PAIR_MAGIC):
        return None
    try:
        plain = pyrage.decrypt(raw[len(PAIR_MAGIC) :], [x25519.Identity.from_str(pairing.secret)])
        message: dict[str, Any] = json.loads(plain)
        half, name = str(message["half"]), str(message["name"])[:MAX_NAME]
        ok = message["from"] == pairing.partner_device and message["to"] == pairing.device
    except (pyrage.DecryptError, ValueError, KeyError, TypeError):
        return None  # still arriving or not for us; a forgery simply never completes pairing
    if not ok or keys.commitment(pairing.partner_public, half) != pairing.partner_commit:
        raise LinkError(
            "Your partner's pairing answer does not match the key it announced. Someone else may "
            "be writing in this folder: run `pausecoach partner unpair` on both devices."
        )
    return half, name.strip() or "Your partner"


def confirm(home: Path) -> Pairing:
    """Record that this person compared the code and said yes, and tell the partner's device."""
    pairing = load(home)
    if pairing is None or pairing.key is None:
        raise LinkError("There is no safety code to confirm yet.")
    pairing = replace(pairing, confirmed=True)
    _save(home, pairing)
    tag = keys.confirmation(pairing.key, pairing.device)  # type: ignore[arg-type]
    path = shared.device_dir(pairing.path, pairing.device) / shared.CONFIRM
    try:
        shared.write_atomic(path, tag.encode())
    except OSError as exc:
        raise LinkError(f"Cannot write in {pairing.folder}: {exc.strerror or exc}") from exc
    return pairing


def stage(pairing: Pairing) -> Stage:
    """Where the pairing stands, looking at the shared folder now."""
    if pairing.partner_device is None:
        return "waiting_for_partner"
    key = pairing.key
    if key is None:
        return "waiting_for_partner_half"
    if not pairing.confirmed:
        return "compare_code"
    theirs = shared.device_dir(pairing.path, pairing.partner_device)
    if not (theirs / shared.HELLO).is_file():
        mine = shared.device_dir(pairing.path, pairing.device)
        return "partner_left" if (mine / shared.HELLO).is_file() else "folder_unreachable"
    try:
        tag = shared.read_small(theirs / shared.CONFIRM).decode("ascii", "replace")
    except OSError:
        return "waiting_for_partner_yes"
    expected = keys.confirmation(key, pairing.partner_device)
    return "linked" if secrets.compare_digest(tag, expected) else "waiting_for_partner_yes"


def unpair(home: Path) -> bool | None:
    """Delete this device's keys first, then its files in the shared folder.

    Returns None when there was no link, else whether the shared folder was cleaned too (the
    keys are gone either way, so the link has stopped even when the folder is unreachable).
    """
    path = home / STATE_FILE
    try:
        pairing = load(home)
    except LinkError:
        pairing = None
    existed = path.exists()
    path.unlink(missing_ok=True)
    for extra in home.glob("*.json"):
        extra.unlink(missing_ok=True)
    if pairing is None:
        return None if not existed else False
    return shared.remove_device(pairing.path, pairing.device)
