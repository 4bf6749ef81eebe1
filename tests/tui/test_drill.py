"""`pausecoach drill` in the app: typed rewrites, live feedback, saved attempts, the summary."""

from __future__ import annotations

from datetime import timedelta

from textual.pilot import Pilot
from textual.widgets import Static, TextArea

from pausecoach.clock import FakeClock
from pausecoach.config.settings import Settings
from pausecoach.content import catalog
from pausecoach.core.drill import DrillOptions
from pausecoach.storage.store import Store
from pausecoach.tui.app import PauseCoachApp, make_app
from pausecoach.tui.dialogs.confirm import ConfirmScreen
from pausecoach.tui.screens.drill import DrillResultScreen, DrillScreen
from pausecoach.tui.screens.drillsummary import DrillSummaryScreen
from pausecoach.tui.screens.safety import SafetyScreen
from pausecoach.tui.widgets.title_bar import TitleBar

SIZE = (80, 24)
SOFT = "I feel lonely tonight. Could we have dinner together tomorrow?"
HARSH = "You never listen. You are so selfish"


def drill_app(
    store: Store, clock: FakeClock, count: int = 2, topic: str | None = None
) -> PauseCoachApp:
    options = DrillOptions(count=count, topic=topic, seed=4)
    return make_app(Settings(bell=False), store, clock, start_at="drill", drill=options)


async def type_text(pilot: Pilot[None], text: str) -> None:
    await pilot.press(*text)


async def press(pilot: Pilot[None], *keys: str) -> None:
    """Press keys, then let the screens settle."""
    await pilot.press(*keys)
    await pilot.pause()


async def submit(pilot: Pilot[None], text: str) -> None:
    """Type a rewrite and check it."""
    await type_text(pilot, text)
    await press(pilot, "ctrl+s")


def text_of(app: PauseCoachApp, selector: str) -> str:
    return "\n".join(str(widget.render()) for widget in app.screen.query(selector).results(Static))


async def test_a_round_saves_every_attempt_and_ends_with_a_summary(
    store: Store, clock: FakeClock
) -> None:
    app = drill_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DrillScreen)
        first = screen.drill.current
        assert screen.query_one(TextArea).has_focus
        await type_text(pilot, SOFT)
        clock.advance(42)
        await press(pilot, "ctrl+s")
        assert isinstance(app.screen, DrillResultScreen)
        assert app.screen.result.verdict == "gentle"
        models = " ".join(text_of(app, ".drill-models .bullet-text").split())
        assert all(line in models for line in first.rewrites)
        await press(pilot, "enter")
        assert isinstance(app.screen, DrillScreen)
        second = app.screen.drill.current
        assert second != first
        await type_text(pilot, HARSH)
        clock.advance(30)
        await press(pilot, "ctrl+s")
        assert isinstance(app.screen, DrillResultScreen)
        assert app.screen.result.verdict == "harsh"
        findings = text_of(app, ".drill-findings .bullet-text")
        assert "Try:" in findings and "You never" in findings
        await press(pilot, "enter")
        assert isinstance(app.screen, DrillSummaryScreen)
        assert "1 of 2 came out gentle" in text_of(app, ".headline")
        assert "Try:" in text_of(app, "#drill-common .bullet-text")
        await pilot.press("enter")
    soft, harsh = store.list_drills()
    assert (soft.scenario_id, soft.topic, soft.text) == (first.id, first.topic, SOFT)
    assert soft.verdict == "gentle" and soft.score >= 60 and soft.seconds_taken == 42
    assert soft.at == clock.now() - timedelta(seconds=30)
    assert (harsh.scenario_id, harsh.text, harsh.verdict) == (second.id, HARSH, "harsh")
    assert harsh.score < 60 and harsh.seconds_taken == 30
    rules = {f.rule for f in harsh.findings}
    assert {"absolute", "character"} <= rules
    spans = {f.rule: HARSH[f.start : f.end] for f in harsh.findings}
    assert spans["absolute"] == "You never"
    assert store.count_sessions() == 0  # a drill is not a pause


async def test_feedback_follows_each_keystroke(store: Store, clock: FakeClock) -> None:
    """No waiting for typing to stop: each key's text is checked as soon as it is in."""
    app = drill_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert text_of(app, "#drill-live") == ""
        await type_text(pilot, "You")
        await pilot.pause()
        assert "so far" in text_of(app, "#drill-live")
        await type_text(pilot, " always")
        await pilot.pause()
        assert "Still harsh so far" in text_of(app, "#drill-live")
        app.screen.query_one(TextArea).clear()
        await pilot.pause()
        assert text_of(app, "#drill-live") == ""
        await type_text(pilot, SOFT)
        await pilot.pause()
        assert "Gentle so far" in text_of(app, "#drill-live")
    assert store.list_drills() == []  # live feedback saves nothing


async def test_an_unsafe_rewrite_gets_help_not_coaching(store: Store, clock: FakeClock) -> None:
    app = drill_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await type_text(pilot, "I am scared of him when he drinks")
        await pilot.pause(0.5)
        assert "may not be safe" in text_of(app, "#drill-live")
        await press(pilot, "ctrl+s")
        assert isinstance(app.screen, SafetyScreen)
        await press(pilot, "escape")
        assert isinstance(app.screen, DrillResultScreen)
        assert not app.screen.query(".drill-models")
        assert not app.screen.query(".drill-findings")
    [attempt] = store.list_drills()
    assert attempt.verdict == "unsafe"
    assert store.count_sessions() == 0


async def test_exclamation_mark_opens_help_while_typing(store: Store, clock: FakeClock) -> None:
    app = drill_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await type_text(pilot, "I feel")
        await press(pilot, "!")
        assert isinstance(app.screen, SafetyScreen)
        await press(pilot, "escape")
        assert isinstance(app.screen, DrillScreen)
        assert app.screen.query_one(TextArea).text == "I feel"


async def test_an_empty_rewrite_is_not_scored(store: Store, clock: FakeClock) -> None:
    app = drill_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await press(pilot, "space", "ctrl+s")
        assert isinstance(app.screen, DrillScreen)
    assert store.list_drills() == []


async def test_try_again_keeps_both_attempts_at_one_scenario(
    store: Store, clock: FakeClock
) -> None:
    app = drill_app(store, clock, count=1)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        scenario = app.screen.drill.current  # type: ignore[attr-defined]
        await submit(pilot, HARSH)
        await press(pilot, "t")
        assert isinstance(app.screen, DrillScreen)
        assert app.screen.drill.current == scenario
        assert app.screen.query_one(TextArea).text == ""
        clock.advance(20)
        await submit(pilot, SOFT)
        await press(pilot, "enter")
        assert isinstance(app.screen, DrillSummaryScreen)
    assert [a.scenario_id for a in store.list_drills()] == [scenario.id, scenario.id]
    assert [a.verdict for a in store.list_drills()] == ["harsh", "gentle"]


async def test_topic_round_and_ending_early(store: Store, clock: FakeClock) -> None:
    app = drill_app(store, clock, count=3, topic="money")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        drill = app.screen.drill  # type: ignore[attr-defined]
        assert [s.topic for s in drill.scenarios] == ["money"] * 3
        assert "Drill 1 of 3 · Money" in app.screen.query_one(TitleBar).title_text()
        await submit(pilot, SOFT)
        await press(pilot, "enter")
        await type_text(pilot, "I feel")
        await press(pilot, "escape")
        assert isinstance(app.screen, ConfirmScreen)
        await press(pilot, "y")
        assert isinstance(app.screen, DrillSummaryScreen)
        assert "1 of 1 came out gentle" in text_of(app, ".headline")
    assert len(store.list_drills()) == 1  # the unchecked text is not saved


async def test_leaving_before_any_attempt_closes_quietly(store: Store, clock: FakeClock) -> None:
    app = drill_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await press(pilot, "escape")
    assert app.return_code == 0
    assert store.list_drills() == [] and store.count_sessions() == 0


async def test_another_round_from_the_summary(store: Store, clock: FakeClock) -> None:
    app = drill_app(store, clock, count=1)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await submit(pilot, SOFT)
        await press(pilot, "enter")
        await press(pilot, "n")
        assert isinstance(app.screen, DrillScreen)
        assert app.screen.drill.attempts == []
        assert app.screen.drill.current.id in {s.id for s in catalog.scenarios()}
