"""One case per rule: it fires on a typical phrasing, and stays quiet on a kind or neutral one."""

from __future__ import annotations

import pytest

from pausecoach.content.checker_rules import check, shipped_rules
from pausecoach.core.checker import CheckResult

# rule id -> (text where it fires, text where it must not)
CASES: dict[str, tuple[str, str]] = {
    "mock-praise": (
        "The lawn got mowed. Should I book a parade?",
        "The lawn looks lovely after you mowed it, thank you.",
    ),
    "weapon-thanks": (
        "Thanks for letting me know about the party, only a week late.",
        "Thanks for letting me know about the party, that helped.",
    ),
    "polite-wrapper": (
        "No offence, but you are hopeless with directions.",
        "No offence meant earlier. Could we start again?",
    ),
    "superlative": (
        "You are the messiest cook in the whole street.",
        "You are the kindest cook in the whole street.",
    ),
    "put-down": (
        "A five-year-old could set the table better.",
        "Our five-year-old set the table tonight, so sweet.",
    ),
    "counter-blame": (
        "Says the man who lost the passports.",
        "I lost the passports, and I'm sorry.",
    ),
    "cause-blame": (
        "We're late because you can't read a map.",
        "We're late because the bus broke down. Shall we take a taxi?",
    ),
    "ultimatum": (
        "Carry on like this and you'll be eating alone.",
        "I'd like us to eat together on Sundays.",
    ),
    "shut-down": (
        "Save it. I'm not interested.",
        "I need twenty minutes, then let's talk.",
    ),
    "order": (
        "Pick up your things from the stairs.",
        "Put your feet up, I'll make tea.",
    ),
    "loaded-question": (
        "Are you honestly going to leave that there?",
        "Are you free on Saturday afternoon?",
    ),
    "you-accusation": (
        "You forgot the tickets.",
        "If you forgot the tickets, I can print them.",
    ),
    "repair": (
        "That came out wrong, sorry. Let me try again.",
        "You came in late.",
    ),
    "absolute": (
        "You always leave your shoes in the hall.",
        "I always feel closer to you after our walks.",
    ),
    "you-opener": (
        "You were on your phone all through dinner.",
        "You did a lovely job with the garden, thank you.",
    ),
    "fake-i": (
        "I feel like you're not even listening to me.",
        "I feel lonely when the evenings are spent on phones.",
    ),
    "character": (
        "Honestly, youre so lazy with the washing.",
        "I'm being lazy today, sorry. Could we do the washing tomorrow?",
    ),
    "name-calling": (
        "Only an idiot would book the wrong date.",
        "I felt stupid when I booked the wrong date.",
    ),
    "contempt": (
        "Oh grow up, it's only a bill.",
        "We both need to calm down. Can we talk in twenty minutes?",
    ),
    "sarcasm": (
        "Oh great, late again. Nice of you to show up.",
        "Thanks a lot for cooking tonight, it was lovely.",
    ),
    "accusing-question": (
        "Why didn't you call me back?",
        "Why don't we try the new café on Saturday?",
    ),
    "kitchen-sink": (
        "And another thing, remember what you did at Christmas?",
        "I loved our trip to the lake. Can we go there again in June?",
    ),
    "comparison": (
        "You're just like your mother, nagging all day.",
        "I'd like your mother to come for lunch on Sunday.",
    ),
    "blame": (
        "It's your fault we missed the train.",
        "It's not your fault we missed the train. Shall we get the next one?",
    ),
    "defensive": (
        "It's not my fault the car broke down.",
        "I know I didn't check the oil. I'm sorry.",
    ),
    "demand": (
        "You need to start pulling your weight.",
        "You need to rest tonight, you look shattered.",
    ),
    "fed-up": (
        "I'm sick and tired of picking up your socks.",
        "I'm tired tonight. Could we keep the evening quiet?",
    ),
    "threat": (
        "If you don't stop drinking, I'm leaving.",
        "If you can't make it to dinner, I'll save you a plate.",
    ),
    "stonewalling": (
        "Forget it. This conversation is over.",
        "Could we forget it for now and talk after tea?",
    ),
    "shouting": (
        "I ASKED you to call the plumber!!",
        "Could you ring the GP before 10 tomorrow? I'm worried about your cough.",
    ),
    "piling-up": (
        "You never help. You're so lazy. Why can't you just listen?",
        "I feel tired. I miss you. Could we have a quiet night?",
    ),
    "no-feeling": (
        "Could you take the bins out tonight?",
        "I'm worried about the bins tonight. Could you take them out?",
    ),
    "no-situation": (
        "I feel hurt. Could you be kinder?",
        "I felt hurt at dinner yesterday. Could you be kinder?",
    ),
    "no-need": (
        "I feel lonely in the evenings this week.",
        "I feel lonely in the evenings this week. Could we eat together?",
    ),
    "negative-need": (
        "I'm annoyed about the towels this morning. Stop leaving them on the floor.",
        "I'm annoyed about the towels this morning. Could you hang them up?",
    ),
    "too-long": (
        "I feel worried. " * 5 + "Could we talk?",
        "I feel worried about money this month. Could we talk on Sunday?",
    ),
    "polite": (
        "Could you please call your dad about Sunday?",
        "Call your dad about Sunday.",
    ),
    "appreciation": (
        "Thank you for cooking last night. Could we do the shopping together?",
        "Thanks for nothing. I cooked again on my own.",
    ),
    "owning": (
        "I know I've been short with you this week. Could we start again tonight?",
        "You've been short with me this week.",
    ),
    "reassurance": (
        "You never have to choose between me and your friends.",
        "You never choose me over your friends.",
    ),
    "formula": (
        "I feel lonely tonight. Could we walk after dinner?",
        "I feel lonely. Could we walk?",
    ),
}


def rules_in(result: CheckResult) -> set[str]:
    return {f.rule for f in (*result.findings, *result.strengths)}


def test_every_shipped_rule_has_a_case() -> None:
    assert {rule.id for rule in shipped_rules().rules} == set(CASES) | {"safety"}


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_fires(rule: str) -> None:
    text = CASES[rule][0]
    assert rule in rules_in(check(text)), text


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_stays_quiet(rule: str) -> None:
    text = CASES[rule][1]
    assert rule not in rules_in(check(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "I always feel closer to you after our walks. Can we go on Sunday?",
        "Why don't we try the Thai place on Friday? I miss our date nights.",
        "Could you help me with the shopping tonight? I'm worn out.",
        "You never have to choose between me and your friends. I'd just like one evening a week.",
        "When you said my cooking was bland last night, I felt hurt. Could we talk about it?",
    ],
)
def test_kind_uses_named_in_the_issue_are_gentle_and_unflagged(text: str) -> None:
    result = check(text)
    assert result.verdict == "gentle"
    assert not [f for f in result.findings if f.category not in {"missing-part", "clarity"}]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("You’re so selfish.", "character"),  # curly apostrophe
        ("youre so selfish", "character"),  # no apostrophe
        ("YOU ARE SO SELFISH", "character"),  # any casing
        ("u never listen 😡", "absolute"),  # text-speak and emoji
        ("I feel like youre never home.", "fake-i"),
        ("Why dont you ever call?", "accusing-question"),
        ("It's really not rocket science. You are so disorganised.", "contempt"),
        ("Stop being so immature about your behaviour.", "character"),
    ],
)
def test_messy_text_is_understood(text: str, rule: str) -> None:
    assert rule in rules_in(check(text))


def test_spans_point_at_the_original_text_with_curly_apostrophes() -> None:
    text = "Honestly… you’re so lazy."
    finding = next(f for f in check(text).findings if f.rule == "character")
    assert text[finding.start : finding.end] == "you’re so lazy"


def test_a_rule_costs_once_per_sentence() -> None:
    once = check("You always always always forget.")
    twice = check("You always forget. You always forget.")
    assert once.score > twice.score


def test_kind_words_inside_a_put_down_earn_no_bonus() -> None:
    assert "appreciation" not in rules_in(check("Thanks for leaving me to do all the packing."))


def test_speaks_of_violence_is_unsafe_even_when_polite() -> None:
    result = check("Please could we talk about last night, when he hit me?")
    assert result.verdict == "unsafe"
    assert [f.rule for f in result.findings if f.category == "safety"] == ["safety"]


def test_idioms_are_not_danger() -> None:
    assert check("Would it kill you to say thank you?").verdict == "harsh"
    assert (
        check("I'm a bit hurt you didn't mention the job. Can we talk tonight?").verdict == "gentle"
    )
