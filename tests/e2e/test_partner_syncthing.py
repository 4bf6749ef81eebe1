"""The partner link through a real Syncthing pair on loopback: pair, then a break crosses over."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pausecoach import link
from pausecoach.link import pairing

from .syncthing import Instance, assert_loopback_only, two_syncthings

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        shutil.which("syncthing") is None,
        reason="syncthing is not installed (apt-get install syncthing; CI installs it)",
    ),
]

SYNC_TIMEOUT = 60.0


def _until(check: Callable[[], bool], what: str, timeout: float = SYNC_TIMEOUT) -> float:
    """Seconds until `check()` is true; fail after `timeout`."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if check():
            return time.monotonic() - started
        time.sleep(0.1)
    raise AssertionError(f"{what} did not happen within {timeout:.0f} s")


def _pair_through(a: Instance, b: Instance, home_a: Path, home_b: Path) -> None:
    pairing.start(home_a, a.folder, "Alex")
    pairing.start(home_b, b.folder, "Sam")

    def both_have_a_code() -> bool:
        codes = [pairing.advance(home_a).code, pairing.advance(home_b).code]  # both step each time
        return None not in codes

    _until(both_have_a_code, "pairing through syncthing")
    code_a, code_b = pairing.advance(home_a).code, pairing.advance(home_b).code
    assert code_a == code_b
    pairing.confirm(home_a)
    pairing.confirm(home_b)

    def both_linked() -> bool:
        pa, pb = pairing.load(home_a), pairing.load(home_b)
        assert pa is not None and pb is not None
        return pairing.stage(pa) == "linked" and pairing.stage(pb) == "linked"

    _until(both_linked, "both confirmations crossing")


def test_a_break_reaches_the_partner_through_syncthing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home_a, home_b = tmp_path / "alex-home" / "link", tmp_path / "sam-home" / "link"
    with two_syncthings(tmp_path) as (a, b):
        assert_loopback_only(a, b)
        assert_loopback_only(b, a)
        _pair_through(a, b, home_a, home_b)
        now = datetime.now(UTC)
        back_at = (now + timedelta(minutes=12)).replace(second=0, microsecond=0)
        assert link.publish("break_started", back_at, now, home=home_a)

        def sam_sees_it() -> bool:
            status = link.partner_status(datetime.now(UTC), home=home_b)
            return status is not None and status.return_at == back_at

        delay = _until(sam_sees_it, "the break reaching Sam")
        status = link.partner_status(datetime.now(UTC), home=home_b)
        assert status is not None and status.line.startswith("Alex is on a break, back at")
        assert status.refused == ()

        later = back_at + timedelta(minutes=10)
        assert link.publish("time_added", later, datetime.now(UTC), home=home_a)

        def sam_sees_more_time() -> bool:
            status = link.partner_status(datetime.now(UTC), home=home_b)
            return status is not None and status.return_at == later

        second = _until(sam_sees_more_time, "the added time reaching Sam")
        # Nothing but the link's own files crossed over (and no database).
        names = {p.name for p in b.folder.rglob("*") if p.is_file()}
        assert not {n for n in names if n.endswith((".db", "-wal", "-shm"))}
    with capsys.disabled():
        print(f"\n[partner link] Syncthing delay: break {delay:.2f} s, time added {second:.2f} s")


def test_both_syncthings_stop_even_when_the_test_fails(tmp_path: Path) -> None:
    processes = []
    with pytest.raises(RuntimeError, match="a failing test"), two_syncthings(tmp_path) as (a, b):
        processes = [a.process, b.process]
        raise RuntimeError("a failing test")
    assert processes and all(p is not None and p.poll() is not None for p in processes)
