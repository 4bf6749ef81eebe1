"""This device's age key pair, the secret both partners share, and what is derived from it."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

HALF_BYTES = 32
CODE_DIGITS = 6


@dataclass(frozen=True)
class KeyPair:
    """An age X25519 identity ('AGE-SECRET-KEY-1…') and its recipient ('age1…')."""

    secret: str
    public: str


def new_key_pair() -> KeyPair:
    """A fresh age X25519 key pair."""
    from pyrage import x25519

    identity = x25519.Identity.generate()
    return KeyPair(secret=str(identity), public=str(identity.to_public()))


def check_public_key(text: str) -> str:
    """`text` if it is an age X25519 recipient; ValueError if not."""
    from pyrage import RecipientError, x25519

    try:
        x25519.Recipient.from_str(text)
    except (RecipientError, ValueError) as exc:
        raise ValueError("not an age public key") from exc
    return text


def new_half() -> str:
    """This device's random half of the shared secret (hex)."""
    return secrets.token_hex(HALF_BYTES)


def commitment(public_key: str, half: str) -> str:
    """What a device publishes before revealing its half, so neither half can be chosen late."""
    return hashlib.sha256(f"pausecoach-link commit\n{public_key}\n{half}".encode()).hexdigest()


def shared_key(mine: tuple[str, str], theirs: tuple[str, str]) -> bytes:
    """The pair's secret from both (public key, half) pairs; the same on both devices."""
    first, second = sorted([mine, theirs])
    text = f"pausecoach-link shared\n{first[0]}\n{first[1]}\n{second[0]}\n{second[1]}"
    return hashlib.sha256(text.encode()).digest()


def derive(key: bytes, purpose: str) -> bytes:
    """A sub-key of the shared secret for one purpose (so a MAC key is never the code key)."""
    return hmac.new(key, f"pausecoach-link {purpose}".encode(), hashlib.sha256).digest()


def mac(key: bytes, data: bytes) -> str:
    """An HMAC-SHA256 tag (hex) over `data` with the event-authentication sub-key."""
    return hmac.new(derive(key, "event-mac"), data, hashlib.sha256).hexdigest()


def mac_matches(key: bytes, data: bytes, tag: str) -> bool:
    """True when `tag` authenticates `data` (compared in constant time)."""
    return hmac.compare_digest(mac(key, data), tag)


def safety_code(key: bytes) -> str:
    """The short code both partners read out loud: '418 207'."""
    number = int.from_bytes(derive(key, "safety-code")[:8], "big") % 10**CODE_DIGITS
    digits = f"{number:0{CODE_DIGITS}d}"
    return f"{digits[:3]} {digits[3:]}"


def confirmation(key: bytes, device: str) -> str:
    """The tag a device writes once its person has compared the code and said yes."""
    return hmac.new(derive(key, "confirmed"), device.encode(), hashlib.sha256).hexdigest()
