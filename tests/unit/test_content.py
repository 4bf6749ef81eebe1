"""The shipped content files: they load, and they say what the coach promises to say."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from importlib import resources
from typing import Any

import pytest
from textual.markup import to_content

from pausecoach.checked import ValidationError
from pausecoach.content import catalog, help_order
from pausecoach.content import talk as talk_content
from pausecoach.content.checker_rules import check, shipped_rules
from pausecoach.content.screen_words import screen_words
from pausecoach.core.safety import screen_danger
from pausecoach.documents.plan import plan_words
from pausecoach.link.words import link_words

LOADERS: dict[str, Callable[[], Any]] = {
    "signs.toml": catalog.signs,
    "patterns.toml": catalog.patterns,
    "flow.toml": catalog.flow,
    "scripts.toml": catalog.scripts,
    "helplines.toml": catalog.helplines,
    "help.toml": catalog.help_directories,
    "checker.toml": shipped_rules,
    "checker_criticism.toml": shipped_rules,
    "checker_contempt.toml": shipped_rules,
    "checker_more.toml": shipped_rules,
    "feelings.toml": catalog.feelings,
    "scenarios.toml": catalog.scenarios,
    "plan.toml": plan_words,
    "cycle.toml": catalog.cycle_texts,
    "link.toml": link_words,
    "talk.toml": talk_content.load_all,
    "screen.toml": screen_words,
}

REGIONS = {"US", "CA", "UK", "IE", "AU", "NZ"}
TOPIC_IDS = {
    "chores",
    "unheard",
    "time_together",
    "money",
    "family",
    "screens",
    "intimacy",
    "plans",
    "repair",
}
# Phrases that turn a start-up harsh (CONTENT.md 5.8); none may appear in a shipped script.
BANNED = ("you always", "you never", "why do you", "i feel like you")
# A script needs at least one of these (or a form of one): the "I feel ___" part.
FEELING_WORDS = (
    "worn out",
    "overwhelmed",
    "stressed",
    "running on empty",
    "anxious",
    "stretched",
    "frustrated",
    "unheard",
    "lonely",
    "hurt",
    "sad",
    "alone",
    "missing",
    "miss",
    "disappointed",
    "disconnected",
    "enjoyed",
    "left out",
    "worried",
    "uneasy",
    "embarrassed",
    "nervous",
    "tense",
    "uncomfortable",
    "tired",
    "calmer",
    "torn",
    "rejected",
    "shy",
    "loved",
    "distant",
    "exhausted",
    "unsettled",
    "excited",
    "rushed",
    "sorry",
    "regret",
    "ready",
    "shaken",
    "grateful",
)
_FEELING = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in FEELING_WORDS) + r")\b", re.I)
_PLACEHOLDER = re.compile(r"\[[^\]]*\]|_{3,}")


def all_scripts() -> list[tuple[str, str]]:
    return [(topic.id, text) for topic in catalog.scripts().topics for text in topic.scripts]


# --------------------------------------------------------------------- loading
def test_every_content_file_has_a_loader() -> None:
    shipped = {
        entry.name
        for entry in resources.files("pausecoach.content").iterdir()
        if entry.name.endswith(".toml")
    }
    assert shipped == set(LOADERS)


@pytest.mark.parametrize("name", sorted(LOADERS))
def test_content_file_loads(name: str) -> None:
    assert LOADERS[name]()


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []


@pytest.mark.parametrize("name", sorted(LOADERS))
def test_content_text_survives_markup(name: str) -> None:
    # Screens show content through Textual markup: "[day]" or "[b]" would vanish or restyle.
    data = catalog.read_toml(name)
    if name.startswith("checker"):  # their patterns are regular expressions, never shown
        data = [[rule[key] for key in ("title", "message", "suggestion")] for rule in data["rules"]]
    for text in _strings(data):
        assert to_content(text).plain == text, f"{name}: markup-like text in {text!r}"


# ------------------------------------------------------------------- helplines
def test_helpline_regions_are_the_promised_ones() -> None:
    assert set(catalog.helplines()) == REGIONS | {"INTL"}


@pytest.mark.parametrize("code", sorted(REGIONS | {"INTL"}))
def test_region_has_emergency_crisis_and_domestic_abuse(code: str) -> None:
    region = catalog.helplines()[code]
    kinds = [line.kind for line in region.lines]
    assert re.search(r"\d", region.emergency), "the emergency number must contain a number"
    assert "emergency" in kinds
    assert kinds.count("crisis") >= 1
    assert kinds.count("domestic_abuse") >= 1


@pytest.mark.parametrize("code", sorted(REGIONS | {"INTL"}))
def test_emergency_number_appears_in_an_emergency_line(code: str) -> None:
    region = catalog.helplines()[code]
    contacts = " ".join(line.contact for line in region.lines if line.kind == "emergency")
    for number in re.findall(r"\d+", region.emergency):
        assert number in contacts


@pytest.mark.parametrize("code", sorted(REGIONS | {"INTL"}))
def test_every_helpline_is_sourced_and_checked(code: str) -> None:
    today = date.today()
    names = [line.name for line in catalog.helplines()[code].lines]
    assert len(names) == len(set(names)), "duplicate helpline names"
    for line in catalog.helplines()[code].lines:
        assert re.match(r"https?://\S+$", line.source), line.name
        assert line.checked <= today, f"{line.name}: checked date is in the future"
        assert line.contact.strip(), line.name


def test_intl_points_to_findahelpline() -> None:
    # The safety screen shows the INTL directory as the fallback "Elsewhere: ..." line.
    first = help_order.directory_line()
    assert first.kind == "directory"
    assert "findahelpline.com" in first.contact
    assert first in catalog.helplines()["INTL"].lines


def test_us_domestic_violence_line_welcomes_people_worried_about_themselves() -> None:
    lines = [line for line in catalog.helplines()["US"].lines if line.kind == "domestic_abuse"]
    assert any("own behaviour" in line.note for line in lines)


def test_helplines_file_without_intl_is_rejected() -> None:
    data = catalog.read_toml("helplines.toml")
    del data["regions"]["INTL"]
    with pytest.raises(ValidationError):
        catalog.HelplinesFile.model_validate(data)


# --------------------------------------------------------------------- scripts
def test_scripts_cover_the_nine_topics() -> None:
    topics = catalog.scripts().topics
    assert [t.id for t in topics] == list(dict.fromkeys(t.id for t in topics)), "duplicate ids"
    assert {t.id for t in topics} == TOPIC_IDS
    for topic in topics:
        assert topic.title.strip()
        assert len(topic.scripts) >= 6, topic.id
        assert len(topic.scripts) == len(set(topic.scripts)), f"{topic.id}: duplicate script"


@pytest.mark.parametrize(("topic", "text"), all_scripts())
def test_script_avoids_harsh_phrases(topic: str, text: str) -> None:
    lowered = text.lower().replace("\u2019", "'")
    for phrase in BANNED:
        assert phrase not in lowered, f"{topic}: {phrase!r} in {text!r}"


@pytest.mark.parametrize(("topic", "text"), all_scripts())
def test_script_names_a_feeling(topic: str, text: str) -> None:
    assert _FEELING.search(text), f"{topic}: no feeling word in {text!r}"


@pytest.mark.parametrize(("topic", "text"), all_scripts())
def test_script_is_brief_and_safe(topic: str, text: str) -> None:
    assert len(text.split()) <= 45, f"{topic}: too long: {text!r}"
    assert not screen_danger(text), f"{topic}: would trip the safety screen: {text!r}"


def test_scripts_rarely_open_with_you() -> None:
    texts = [text for _, text in all_scripts()]
    opening_with_you = [t for t in texts if re.match(r"\s*you\b", t, re.I)]
    assert len(opening_with_you) <= len(texts) // 10


def test_blanks_are_used_sparingly() -> None:
    for topic in catalog.scripts().topics:
        with_blank = [t for t in topic.scripts if _PLACEHOLDER.search(t)]
        assert len(with_blank) <= 2, f"{topic.id}: too many placeholders"


def test_repair_phrases() -> None:
    repairs = catalog.scripts().repairs
    assert len(repairs) >= 10
    assert len(repairs) == len(set(repairs))
    for text in repairs:
        lowered = text.lower()
        assert not any(phrase in lowered for phrase in BANNED), text
        assert not screen_danger(text), text


# ------------------------------------------------------------------- more help
def test_help_texts_are_present() -> None:
    info = catalog.help_directories()
    assert info.intro.strip()
    assert "afraid" in info.caution, "the caution must name fear of the partner"


def test_help_directories_are_sourced_and_checked() -> None:
    today = date.today()
    for entry in catalog.help_directories().directories:
        assert re.match(r"https?://\S+$", entry.url), entry.name
        assert re.match(r"https?://\S+$", entry.source), entry.name
        assert entry.checked <= today, f"{entry.name}: checked date is in the future"
        assert entry.what.strip(), entry.name


def test_help_offers_gottman_and_eft_everywhere() -> None:
    everywhere = [d for d in catalog.help_directories().directories if d.regions == ["ALL"]]
    names = " ".join(d.name for d in everywhere)
    assert "Gottman" in names
    assert "EFT" in names


@pytest.mark.parametrize("code", sorted(REGIONS))
def test_every_helpline_region_has_a_local_directory(code: str) -> None:
    found = catalog.help_directories().for_region(code)
    local = [d for d in found if code in d.regions]
    assert local, f"no directory for {code}"
    assert found[0].regions == ["ALL"], "directories for everyone come first"


def test_help_regions_match_helpline_regions() -> None:
    used = {r for d in catalog.help_directories().directories for r in d.regions} - {"ALL"}
    assert used <= set(catalog.helplines())


def test_all_cannot_be_mixed_with_a_region() -> None:
    with pytest.raises(ValidationError):
        catalog.HelpDirectory(
            name="x",
            url="https://example.org",
            what="x",
            regions=["ALL", "UK"],
            source="https://example.org",
            checked=date(2026, 1, 1),
        )


# -------------------------------------------------------------------- drills
def all_rewrites() -> list[tuple[str, str]]:
    return [(s.id, text) for s in catalog.scenarios() for text in s.rewrites]


def test_scenarios_cover_enough_topics() -> None:
    scenarios = catalog.scenarios()
    topics = {t.id for t in catalog.drill_topics()}
    assert len(scenarios) >= 40
    assert len(topics) >= 10
    assert {s.topic for s in scenarios} == topics
    for topic in topics:
        # a --topic round of the default five should not feel thin
        assert sum(s.topic == topic for s in scenarios) >= 4, topic
    assert {"chores", "money", "family", "screens", "lateness", "intimacy"} <= topics
    assert {"parenting", "plans", "friends", "work-hours"} <= topics


def test_every_scenario_is_complete() -> None:
    seen_harsh: set[str] = set()
    for scenario in catalog.scenarios():
        assert scenario.situation.strip() and scenario.harsh.strip(), scenario.id
        assert len(scenario.rewrites) >= 2, scenario.id
        assert scenario.harsh not in seen_harsh, f"{scenario.id}: harsh line used twice"
        seen_harsh.add(scenario.harsh)
        assert not screen_danger(scenario.situation + " " + scenario.harsh), scenario.id


@pytest.mark.parametrize(("scenario", "text"), all_rewrites())
def test_model_rewrite_follows_the_formula_rules(scenario: str, text: str) -> None:
    lowered = text.lower().replace("\u2019", "'")
    for phrase in (*BANNED, " again", "every time", "why "):
        assert phrase not in lowered, f"{scenario}: {phrase!r} in {text!r}"
    assert not re.match(r"\s*you\b", text, re.I), f"{scenario}: opens with 'you'"
    assert len(text.split()) <= 45, f"{scenario}: too long"
    assert not screen_danger(text), f"{scenario}: would trip the safety screen"


@pytest.mark.parametrize(("scenario", "text"), all_rewrites())
def test_model_rewrite_passes_the_checker_as_gentle(scenario: str, text: str) -> None:
    result = check(text)
    assert result.verdict == "gentle", f"{scenario}: {result.score} {result.findings}"
    serious = [f.rule for f in result.findings if f.category != "missing-part"]
    assert not serious, f"{scenario}: {serious} in {text!r}"


def test_harsh_lines_read_as_harsh_to_the_checker() -> None:
    # A drill whose "harsh" line the checker calls soft would teach the wrong lesson.
    scenarios = catalog.scenarios()
    soft = [s.id for s in scenarios if check(s.harsh).verdict != "harsh"]
    assert len(soft) <= len(scenarios) // 20, soft


def test_scenario_file_with_an_unknown_topic_is_rejected() -> None:
    data = catalog.read_toml("scenarios.toml")
    data["scenarios"][0]["topic"] = "weather"
    with pytest.raises(ValidationError, match="unknown topic"):
        catalog.ScenariosFile.model_validate(data)


def test_scenario_file_with_a_duplicate_id_is_rejected() -> None:
    data = catalog.read_toml("scenarios.toml")
    data["scenarios"][1]["id"] = data["scenarios"][0]["id"]
    with pytest.raises(ValidationError, match="duplicate scenario ids"):
        catalog.ScenariosFile.model_validate(data)


def test_scenario_needs_two_rewrites() -> None:
    data = catalog.read_toml("scenarios.toml")
    data["scenarios"][0]["rewrites"] = data["scenarios"][0]["rewrites"][:1]
    with pytest.raises(ValidationError):
        catalog.ScenariosFile.model_validate(data)


def test_the_heavy_pattern_line_is_quiet_and_says_where_to_look() -> None:
    line = catalog.help_directories().heavy_pattern
    assert "couples therapy" in line.lower()
    assert "pausecoach resources" in line
    assert "\n" not in line and len(line) < 200, "one quiet line, not a lecture"


# ------------------------------------------------------------------- cycle map
def test_cycle_sentence_names_the_loop_not_a_person() -> None:
    texts = catalog.cycle_texts()
    for name in ("{my_move}", "{their_move}", "{my_next}"):
        assert name in texts.sentence
    assert "not you or me" in texts.sentence


def test_cycle_reminders_go_from_longest_to_shortest_and_end_without_answers() -> None:
    reminders = catalog.cycle_texts().reminders
    assert all(r.startswith("The cycle, not the person") for r in reminders)
    assert [len(r) for r in reminders] == sorted((len(r) for r in reminders), reverse=True)
    assert "{" not in reminders[-1], "the last resort must fit whatever was typed"


def test_cycle_file_must_ask_every_question_in_order() -> None:
    data = catalog.read_toml("cycle.toml")
    data["questions"] = list(reversed(data["questions"]))
    with pytest.raises(ValidationError):
        catalog.CycleFile.model_validate(data)


def test_cycle_texts_survive_markup_and_say_nothing_unsafe() -> None:
    texts = catalog.cycle_texts()
    asked = [texts.intro, *texts.reminders, *(q.ask + " " + q.example for q in texts.questions)]
    for text in [*asked, texts.sentence]:
        assert "[" not in text, text
    for text in asked:  # (the sentence says "hurts us" on purpose; it is never screened)
        assert not screen_danger(text), text


BREAK_TOPICS = ("calling-a-break", "receiving-a-break")


def test_both_roles_of_a_break_are_rehearsed_with_a_return_time() -> None:
    for topic in BREAK_TOPICS:
        scenarios = [s for s in catalog.scenarios() if s.topic == topic]
        assert len(scenarios) >= 4, topic
        for scenario in scenarios:
            # Without a time to come back, a break feels like being left (CONTENT.md 1.6-1.7).
            assert re.search(r"\b\d{1,2}:\d{2}\b", scenario.situation), scenario.id
            for text in scenario.rewrites:
                assert re.search(r"\b\d{1,2}:\d{2}\b", text), f"{scenario.id}: no return time"
