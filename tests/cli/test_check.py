"""`pausecoach check`: one line, --json, standard input, exit codes and help instead of coaching."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from pausecoach import paths
from pausecoach.cli import app

runner = CliRunner()
SOFT = "I feel lonely tonight. Could we walk after dinner?"
HARSH = "You never listen, you're so selfish."
UNSAFE = "I'm scared of him when he drinks."
KEYS = {"rule", "title", "category", "horseman", "message", "suggestion", "start", "end", "words"}


def test_gentle_line_exits_0_with_the_verdict_and_score() -> None:
    result = runner.invoke(app, ["check", SOFT])
    assert result.exit_code == 0, result.output
    assert SOFT in result.output
    assert "Gentle start-up · score 100/100" in result.output


def test_harsh_line_exits_1_with_each_finding_and_its_suggestion() -> None:
    result = runner.invoke(app, ["check", HARSH])
    assert result.exit_code == 1, result.output
    assert "What I heard:" in result.output
    assert "✗ Criticism  “You never”, “you're so selfish”" in result.output
    assert "Character label “you're so selfish”" in result.output
    assert "Try: Describe the action, not the person" in result.output
    assert "Antidote: Gentle start-up" in result.output
    assert "Harsh start-up · score" in result.output


def test_plain_line_exits_4_and_says_it_could_be_warmer() -> None:
    result = runner.invoke(app, ["check", "We haven't cooked together in ages."])
    assert result.exit_code == 4, result.output
    assert "Plain: could be warmer" in result.output
    assert "What I heard" not in result.output


def test_text_that_is_not_english_exits_5_unjudged() -> None:
    result = runner.invoke(app, ["check", "--json", "Je suis fatiguée, on peut parler demain?"])
    assert result.exit_code == 5, result.output
    assert json.loads(result.output) == {
        "verdict": "not_english",
        "score": None,
        "findings": [],
        "strengths": [],
    }
    shown = runner.invoke(app, ["check", "Je suis fatiguée, on peut parler demain?"])
    assert "I can only read English" in shown.output


def test_help_documents_every_exit_code() -> None:
    result = runner.invoke(app, ["check", "--help"])
    for code in ("0 gentle", "1 harsh", "4 plain", "5 not English", "3 when", "2 the text"):
        assert code in " ".join(result.output.split()), code


def test_a_line_over_the_limit_is_refused_with_a_message() -> None:
    result = runner.invoke(app, ["check", "you" + " " * 32_000 + "never"])
    assert result.exit_code == 2
    assert "too long to check: 32,008 characters; the limit is 2,000" in result.output
    many = runner.invoke(app, ["check", "-"], input="I feel fine.\n" * 5001)
    assert many.exit_code == 2
    assert "Too many lines to check: the limit is 5,000" in many.output


def test_unsafe_line_exits_3_and_shows_helplines_not_coaching() -> None:
    result = runner.invoke(app, ["check", UNSAFE])
    assert result.exit_code == 3, result.output
    assert "In danger right now? Call" in result.output
    assert "Try:" not in result.output
    assert "score" not in result.output


def test_unsafe_shows_the_configured_region(private_home: object) -> None:
    config = paths.config_path()
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text('helpline_region = "UK"\n', encoding="utf-8")
    result = runner.invoke(app, ["check", "He hit me last night."])
    assert result.exit_code == 3
    assert "Call 999" in result.output


def test_json_prints_one_object_with_exactly_the_documented_keys() -> None:
    text = "Oh great, late again. Nice of you to show up."
    result = runner.invoke(app, ["check", "--json", text])
    assert result.exit_code == 1
    data = json.loads(result.output)
    assert set(data) == {"verdict", "score", "findings", "strengths"}
    assert data["verdict"] == "harsh"
    assert isinstance(data["score"], int) and 0 <= data["score"] <= 100
    assert data["findings"] and all(set(f) == KEYS for f in data["findings"])
    sarcasm = [f for f in data["findings"] if f["rule"] == "sarcasm"]
    assert text[sarcasm[0]["start"] : sarcasm[0]["end"]] == "Oh great" == sarcasm[0]["words"]
    assert sarcasm[0]["category"] == "contempt" and sarcasm[0]["horseman"] == "Contempt"


def test_json_for_unsafe_exits_3() -> None:
    result = runner.invoke(app, ["check", "--json", UNSAFE])
    assert result.exit_code == 3
    assert json.loads(result.output)["verdict"] == "unsafe"


def test_stdin_json_prints_one_object_per_line_in_order_skipping_empty_lines() -> None:
    lines = f"{SOFT}\n\n   \n{HARSH}\r\n{SOFT}\n"
    result = runner.invoke(app, ["check", "-", "--json"], input=lines)
    assert result.exit_code == 1, result.output
    verdicts = [json.loads(line)["verdict"] for line in result.output.splitlines()]
    assert verdicts == ["gentle", "harsh", "gentle"]


def test_stdin_exit_code_is_the_worst_verdict() -> None:
    soft_only = runner.invoke(app, ["check", "-"], input=f"{SOFT}\n{SOFT}\n")
    assert soft_only.exit_code == 0
    with_unsafe = runner.invoke(app, ["check", "-"], input=f"{HARSH}\n{UNSAFE}\n{SOFT}\n")
    assert with_unsafe.exit_code == 3
    assert "1. harsh" in with_unsafe.output and "3. gentle" in with_unsafe.output
    assert "In danger right now? Call" in with_unsafe.output


def test_stdin_handles_a_line_at_the_limit() -> None:
    long_line = ("I feel worried about the bills this week. Could we talk tonight? " * 40)[:2_000]
    result = runner.invoke(app, ["check", "-", "--json"], input=long_line + "\n" + HARSH + "\n")
    assert result.exit_code == 1
    first, second = (json.loads(line) for line in result.output.splitlines())
    assert first["verdict"] == "gentle"
    assert all(f["end"] <= 2_000 for f in first["findings"])
    assert second["verdict"] == "harsh"


def test_stdin_with_no_text_is_a_usage_error() -> None:
    result = runner.invoke(app, ["check", "-"], input="\n \n")
    assert result.exit_code == 2
    assert "Nothing to check" in result.output
    assert "Traceback" not in result.output


def test_empty_text_is_a_usage_error_without_traceback() -> None:
    result = runner.invoke(app, ["check", "  "])
    assert result.exit_code == 2
    assert "Nothing to check" in result.output


def test_missing_text_shows_usage() -> None:
    result = runner.invoke(app, ["check"])
    assert result.exit_code == 2
    assert "TEXT" in result.output


@pytest.mark.parametrize(
    ("text", "stdin"),
    [(SOFT, ""), (HARSH, ""), (UNSAFE, ""), ("  ", ""), ("-", f"{SOFT}\n{HARSH}\n")],
)
def test_fast_path_prints_the_same_as_the_parser_without_typer(text: str, stdin: str) -> None:
    """`pausecoach check TEXT` skips Typer (launch.py) and runs the very same command."""
    code = (
        f"import sys; sys.argv = ['pausecoach', 'check', {text!r}]\n"
        "from pausecoach.launch import main\n"
        "try:\n    main()\n"
        "finally:\n    print('LOADED', 'typer' in sys.modules, file=sys.stderr)\n"
    )
    env = {**os.environ, "COLUMNS": "80"}
    fast = subprocess.run(
        [sys.executable, "-c", code], env=env, input=stdin, capture_output=True, text=True
    )
    shown, loaded = fast.stderr.rsplit("LOADED", 1)
    assert loaded.strip() == "False"  # Typer was never imported
    parsed = runner.invoke(app, ["check", text], input=stdin, env={"COLUMNS": "80"})
    assert fast.returncode == parsed.exit_code
    assert fast.stdout + shown == parsed.output


def test_only_check_with_one_text_takes_the_fast_path() -> None:
    from pausecoach.launch import is_plain_check

    assert is_plain_check(["check", SOFT]) and is_plain_check(["check", "-"])
    assert is_plain_check(["check", ""])  # Typer passes it on too: "Nothing to check"
    for args in (["check"], ["check", "--json", SOFT], ["check", "-h"], ["check", SOFT, "x"]):
        assert not is_plain_check(args)
