"""The words of the partner link (content/link.toml), validated once."""

from __future__ import annotations

from functools import cache

from pausecoach.content.catalog import Content, read_toml


class StatusWords(Content):
    on_break: str
    ten_more: str
    overdue: str
    back: str
    ended_early: str
    quiet: str
    in_minutes: str
    under_a_minute: str
    minutes_late: str
    waiting_for_partner: str
    waiting_for_partner_half: str
    compare_code: str
    waiting_for_partner_yes: str
    partner_left: str
    folder_unreachable: str
    refused: str


class PairingWords(Content):
    intro: str
    safety: str
    waiting: str
    gave_up: str
    code: str
    compare: str
    question: str
    confirmed: str
    both: str
    wait_for_yes: str
    declined: str
    unpaired: str
    folder_left: str
    not_paired: str


class LinkWords(Content):
    status: StatusWords
    pairing: PairingWords


@cache
def link_words() -> LinkWords:
    """The partner link's words."""
    return LinkWords.model_validate(read_toml("link.toml"))
