"""The pause agreement made with `pausecoach plan`: its words, the saved plan, and how it reads."""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING, Annotated

from pausecoach.checked import AwareDatetime, Field, FrozenModel, TextRule, ValidationError
from pausecoach.content.catalog import Content, read_toml
from pausecoach.core.limits import MAX_MINUTES, MIN_MINUTES

if TYPE_CHECKING:
    from pausecoach.storage.store import Store

PLAN_DOC = "plan"
Line = Annotated[str, TextRule(strip=True, min_length=1, max_length=200)]


# ------------------------------------------------------------------ words
class PlanPrompts(Content):
    me: str
    partner: str
    me_unnamed: str
    partner_unnamed: str
    signal: str
    my_place: str
    partner_place: str
    minutes: str
    who_starts: str
    opening: str
    keep_not_during: str
    add_not_during: str


class PlanDefaults(Content):
    me: str
    partner: str
    signal: str
    my_place: str
    partner_place: str
    who_starts: str
    opening: str
    not_during: list[str] = Field(min_length=2)


class PlanMarkdown(Content):
    title: str
    made: str
    made_unnamed: str
    why: str
    signal_heading: str
    signal: str
    places_heading: str
    minutes_heading: str
    minutes: str
    return_heading: str
    who_starts: str
    opening: str
    return_note: str
    not_during_heading: str
    safety: str


class PlanWords(Content):
    intro: str
    saved: str
    safety_note: str
    minutes_hint: str
    prompts: PlanPrompts
    defaults: PlanDefaults
    markdown: PlanMarkdown


@cache
def plan_words() -> PlanWords:
    """The prompts, suggestions and agreement text of content/plan.toml."""
    return PlanWords.model_validate(read_toml("plan.toml"))


# ------------------------------------------------------------------- plan
class PausePlan(FrozenModel):
    """A pause agreement, saved as the store document "plan"."""

    me: Line
    partner: Line
    signal: Line
    my_place: Line
    partner_place: Line
    minutes: int = Field(ge=MIN_MINUTES, le=MAX_MINUTES)
    who_starts: Line
    opening: Line
    not_during: list[Line] = Field(default_factory=list, max_length=12)
    made_at: AwareDatetime


def default_plan(minutes: int, now: datetime) -> PausePlan:
    """The suggested agreement, used as the starting point of a first plan."""
    d = plan_words().defaults
    return PausePlan(
        me=d.me,
        partner=d.partner,
        signal=d.signal,
        my_place=d.my_place,
        partner_place=d.partner_place,
        minutes=min(MAX_MINUTES, max(MIN_MINUTES, minutes)),
        who_starts=d.who_starts,
        opening=d.opening,
        not_during=list(d.not_during),
        made_at=now,
    )


def load_plan(store: Store) -> PausePlan | None:
    """The saved plan, if any (a malformed document counts as none)."""
    body = store.get_document(PLAN_DOC)
    if not body:
        return None
    try:
        return PausePlan.model_validate(body)
    except ValidationError:
        return None


def speaks_of_danger(plan: PausePlan) -> bool:
    """True when anything typed into the plan speaks of violence, fear or self-harm."""
    from pausecoach.core.safety import is_unsafe

    texts = [plan.signal, plan.my_place, plan.partner_place, plan.who_starts, plan.opening]
    return any(is_unsafe(text) for text in [*texts, *plan.not_during])


def save_plan(store: Store, plan: PausePlan) -> None:
    """Save the plan, replacing any earlier one."""
    store.put_document(PLAN_DOC, plan.model_dump(mode="json"))


# ---------------------------------------------------------------- reading
def plan_lines(plan: PausePlan, *, during_break: bool = False) -> list[str]:
    """A compact summary for the screens, no markup: signal and places (length unless in a break)."""
    first = f"Signal: “{plan.signal}”"
    if not during_break:
        first += f"   Break: about {plan.minutes} min"
    return [first, f"{plan.me}: {plan.my_place}. {plan.partner}: {plan.partner_place}."]


def plan_donts(plan: PausePlan) -> str:
    """What neither will do during a break, as one line (empty when nothing was agreed)."""
    if not plan.not_during:
        return ""
    return (
        "Agreed not to: " + "; ".join(item[:1].lower() + item[1:] for item in plan.not_during) + "."
    )


def _named(plan: PausePlan) -> bool:
    d = plan_words().defaults
    return (plan.me, plan.partner) != (d.me, d.partner)


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def _md(text: str) -> str:
    """Typed words as literal Markdown text: `[x](y)` is not a link, `**` not bold."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def plan_markdown(plan: PausePlan) -> str:
    """The agreement as one printable page of Markdown (what was typed is never markup)."""
    m = plan_words().markdown
    made = plan.made_at.astimezone()
    plan = plan.model_copy(
        update={
            name: (_md(value) if isinstance(value, str) else [_md(v) for v in value])
            for name in (
                "me",
                "partner",
                "signal",
                "my_place",
                "partner_place",
                "who_starts",
                "opening",
                "not_during",
            )
            if isinstance(value := getattr(plan, name, None), str | list)
        }
    )
    names = {
        "me": plan.me,
        "partner": plan.partner,
        "signal": plan.signal,
        "minutes": plan.minutes,
        "date": f"{made.day} {made:%B %Y}",
    }
    parts = [
        f"# {m.title}",
        (m.made if _named(plan) else m.made_unnamed).format(**names),
        m.why,
        f"## {m.signal_heading}",
        m.signal.format(**names),
        f"## {m.places_heading}",
        f"- **{plan.me}:** {plan.my_place}\n- **{plan.partner}:** {plan.partner_place}",
        f"## {m.minutes_heading}",
        m.minutes.format(**names),
        f"## {m.return_heading}",
        f"- **{m.who_starts}:** {plan.who_starts}\n- **{m.opening}:** {plan.opening}",
        m.return_note,
    ]
    if plan.not_during:
        parts += [f"## {m.not_during_heading}", "\n".join(f"- {x}" for x in plan.not_during)]
    parts += ["---", f"*{m.safety}*"]
    return "\n\n".join(parts) + "\n"
