"""Injected faults: full disk, held lock, read-only home, damaged or replaced database, signals,
an unmakeable lock folder, odd export targets, an open home folder, the clocks changing."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import time
from pathlib import Path

from attack_common import (
    PROGRAM,
    PYTHON,
    Tally,
    Terminal,
    answer_fear_no,
    env_for,
    export_file,
    export_record,
    judge,
    python,
    run,
    tmpfs,
)

GOOD = json.dumps(export_file([export_record("feedface" * 4, signs=[])]))


def _home_with_a_record(home: Path, tally: Tally) -> dict[str, str]:
    env = env_for(home)
    answer_fear_no(env)
    source = home.parent / "good.json"
    source.write_text(GOOD, encoding="utf-8")
    result = run(["import", str(source)], env)
    tally.check(result.rc == 0, f"set-up import failed: {result.both[-200:]}")
    return env


def _moved_aside(home: Path) -> list[str]:
    return sorted(p.name for p in home.glob("*.broken-*"))


def _fault(tally: Tally, label: str, args: list[str], env: dict[str, str], **kw: object) -> str:
    tally.faults += 1
    result = run(args, env, **kw)  # type: ignore[arg-type]
    judge(tally, label, result)
    return result.both


def full_disk(tally: Tally) -> None:
    with tmpfs("2m") as mount:
        if mount is None:
            print("  (cannot mount a tmpfs here: full disk not tried)")
            return
        home = mount / "data"
        env = _home_with_a_record(home, tally)
        subprocess.run(
            ["dd", "if=/dev/zero", f"of={mount}/fill", "bs=4k"], capture_output=True, timeout=30
        )
        for args in (
            ["history"],
            ["history", "show", "feed"],
            ["import", str(home.parent / "good.json")],
            ["config", "set", "break_minutes", "25"],
            ["forget", "feed", "--yes"],
            ["export", "-o", str(mount / "out.json")],
        ):
            _fault(tally, f"full disk: {args}", args, env)
        words = _fault(
            tally, "full disk: --plain pause", ["--plain"], env, stdin="b\n\n\n", timeout=8
        )
        tally.check("kept" not in words or "not" in words, "full disk --plain: claims kept")
        tally.faults += 1
        with Terminal(env) as term:
            seen = term.wait("Check how flooded", "Traceback", timeout=20)
            tally.check(seen == "Check how flooded", f"full disk: the app did not start ({seen})")
            term.keys("q")
            term.wait("EXITED=", timeout=10)
            tally.check("Traceback" not in term.screen(), "full disk: the app crashed")
        tally.check(not _moved_aside(home), f"full disk: database moved aside {_moved_aside(home)}")
        (mount / "fill").unlink()
        listed = run(["history", "--json"], env).out
        tally.check("feedface" in listed, "full disk: the record is gone after space was freed")


def held_lock(tally: Tally, base: Path) -> None:
    home = base / "locked" / "data"
    home.parent.mkdir(parents=True)
    env = _home_with_a_record(home, tally)
    holder = subprocess.Popen(
        [PYTHON, "-c", "import sqlite3,sys,time\n"
         f"c = sqlite3.connect({str(home / 'pausecoach.db')!r}, isolation_level=None)\n"
         "c.execute('PRAGMA locking_mode=EXCLUSIVE'); c.execute('BEGIN EXCLUSIVE')\n"
         "print('held', flush=True); time.sleep(90)"],
        stdout=subprocess.PIPE, start_new_session=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None
        holder.stdout.readline()
        for args in (
            ["history"],
            ["import", str(home.parent / "good.json")],
            ["forget", "x", "-y"],
        ):
            started = time.monotonic()
            _fault(tally, f"held lock: {args}", args, env, timeout=45)
            took = time.monotonic() - started
            tally.check(took < 40, f"held lock: {args} waited {took:.0f} s")
    finally:
        os.killpg(holder.pid, signal.SIGKILL)
        holder.wait(10)
    tally.check(not _moved_aside(home), f"held lock: database moved aside {_moved_aside(home)}")
    tally.check("feedface" in run(["history", "--json"], env).out, "held lock: record lost")


def read_only_home(tally: Tally) -> None:
    with tmpfs("4m") as mount:
        if mount is None:
            print("  (cannot mount a tmpfs here: read-only home not tried)")
            return
        home = mount / "data"
        env = _home_with_a_record(home, tally)
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], capture_output=True, timeout=20)
        for args in (["history"], ["history", "show", "feed"], ["export", "-o", "-"],
                     ["import", str(home.parent / "good.json")], ["config", "set", "region", "UK"]):  # fmt: skip
            _fault(tally, f"read-only home: {args}", args, env)
        _fault(tally, "read-only home: --plain", ["--plain"], env, stdin="b\n\n", timeout=8)
        listed = run(["history", "--json"], env)  # documented: a message, exit 1 (not a read)
        tally.check(
            "feedface" in listed.out or "read-only" in listed.err,
            f"read-only home: {listed.err[-150:]}",
        )


def damaged_database(tally: Tally, base: Path) -> None:
    for how in ("garbage", "truncated", "inner", "foreign-owner", "newer"):
        home = base / f"damaged-{how}" / "data"
        home.parent.mkdir(parents=True)
        env = _home_with_a_record(home, tally)
        db = home / "pausecoach.db"
        if how == "garbage":
            db.write_bytes(b"not a database at all" * 100)
        elif how == "truncated":
            db.write_bytes(db.read_bytes()[:1500])
        elif how == "inner":
            data = bytearray(db.read_bytes())
            data[4096:8192] = b"\xff" * 4096
            db.write_bytes(bytes(data))
        elif how == "foreign-owner":  # run as nobody, the database owned by root (after sudo)
            for folder in (base, home.parent, home):
                os.chmod(folder, 0o755)
            for path in home.rglob("*"):
                os.chown(path, 65534, 65534)
            os.chown(home, 65534, 65534)
            os.chown(db, 0, 0)
            os.chmod(db, 0o600)
            env = {**env, "ATTACK_AS_NOBODY": "1"}
        else:
            python(
                f"import sqlite3; c=sqlite3.connect({str(db)!r}); c.execute('PRAGMA user_version=999'); c.commit()",
                env,
            )
        before = db.read_bytes()
        words = _fault(tally, f"damaged db ({how}): history", ["history"], env)
        aside = _moved_aside(home)
        if how == "foreign-owner":
            tally.check(not aside, "foreign-owned db moved aside")
            tally.check(
                "owner" in words.lower() or "chown" in words,
                f"foreign-owned db: no ownership advice: {words[:200]!r}",
            )
        else:
            tally.check(
                len([a for a in aside if not a.endswith(("-wal", "-shm"))]) == 1,
                f"damaged db ({how}): not moved aside: {aside}",
            )
            kept = [home / a for a in aside if not a.endswith(("-wal", "-shm"))]
            tally.check(
                bool(kept) and kept[0].read_bytes() == before,
                f"damaged db ({how}): copy not byte for byte",
            )
            tally.check("kept" in words, f"damaged db ({how}): no message: {words[:200]!r}")
        _fault(tally, f"damaged db ({how}): history again", ["history"], env)


def odd_targets(tally: Tally, base: Path) -> None:
    home = base / "targets" / "data"
    home.parent.mkdir(parents=True)
    env = _home_with_a_record(home, tally)
    real = base / "targets" / "real.json"
    real.write_text("old", encoding="utf-8")
    link = base / "targets" / "link.json"
    link.symlink_to(real)
    _fault(tally, "export -o symlink", ["export", "-o", str(link)], env)
    tally.check(
        link.is_symlink() and "feedface" in real.read_text(),
        "export through a symlink: link replaced or not written",
    )
    fifo = base / "targets" / "fifo"
    os.mkfifo(fifo)
    _fault(tally, "export -o fifo", ["export", "-o", str(fifo)], env, timeout=10)
    tally.check(stat.S_ISFIFO(os.lstat(fifo).st_mode), "export -o fifo: the FIFO was replaced")
    node = base / "targets" / "null"
    os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    _fault(tally, "export -o device", ["export", "-o", str(node)], env)
    tally.check(
        stat.S_ISCHR(os.lstat(node).st_mode), "export -o device: the device node was replaced"
    )
    _fault(tally, "export -o folder", ["export", "-o", str(base / "targets")], env)
    conf_real = base / "targets" / "dotfiles.toml"
    conf_real.write_text("break_minutes = 20\n", encoding="utf-8")
    (home / "config.toml").symlink_to(conf_real)
    _fault(tally, "config set through a symlink", ["config", "set", "break_minutes", "25"], env)
    tally.check(
        (home / "config.toml").is_symlink() and "25" in conf_real.read_text(),
        "config set: symlink replaced",
    )
    locks = home / "locks"
    if locks.is_dir():
        for child in locks.iterdir():
            child.unlink()
        locks.rmdir()
    locks.write_text("in the way", encoding="utf-8")
    words = _fault(
        tally, "lock folder not creatable: --plain", ["--plain"], env, stdin="b\n\n", timeout=8
    )
    tally.check(
        "not being saved" in words or "could not" in words,
        f"no lock folder: no message {words[-300:]!r}",
    )
    tally.check(
        "is saved" not in words and "kept" not in words.replace("not kept", ""),
        "no lock folder: claims saved",
    )


def open_home(tally: Tally, base: Path) -> None:
    for mode in (0o1777, 0o755):
        folder = base / f"open-{mode:o}"
        folder.mkdir()
        os.chmod(folder, mode)
        (folder / "project.txt").write_text("mine", encoding="utf-8")
        _fault(tally, f"PAUSECOACH_HOME on a {mode:o} folder", ["history"], env_for(folder))
        tally.check(
            stat.S_IMODE(folder.stat().st_mode) == mode,
            f"open home {mode:o} was chmod-ed to {stat.S_IMODE(folder.stat().st_mode):o}",
        )
    work = base / "dot"
    work.mkdir()
    os.chmod(work, 0o755)
    _fault(tally, "PAUSECOACH_HOME=.", ["history"], env_for(Path(".")), cwd=work)
    tally.check(stat.S_IMODE(work.stat().st_mode) == 0o755, "PAUSECOACH_HOME=. chmod-ed the folder")


def clock_night(tally: Tally, base: Path) -> None:
    """The spring-forward and autumn nights in Berlin, by the computer's zone (no faketime)."""
    env = {**env_for(base / "clock"), "TZ": "Europe/Berlin"}
    code = (
        "from datetime import UTC, datetime\n"
        "from pausecoach.core.clocktime import parse_return_time\n"
        "spring = datetime(2026, 3, 29, 0, 50, tzinfo=UTC).astimezone()\n"
        "autumn = datetime(2026, 10, 25, 0, 20, tzinfo=UTC).astimezone()\n"
        "for now, text in ((spring, '3:30'), (spring, 'back at 3:30'), (spring, '2:30'), (autumn, '2:40'), (autumn, 'in 60')):\n"
        "    m = parse_return_time(text, now)\n"
        "    print(text, m.strftime('%H:%M'), int((m - now).total_seconds() // 60))\n"
    )
    expected = [
        "3:30 03:30 40",
        "back at 3:30 03:30 40",
        "2:30 03:30 40",
        "2:40 02:40 20",
        "in 60 02:20 60",
    ]
    tally.faults += 1
    got = python(code, env).stdout.strip().splitlines()
    tally.check(got == expected, f"clock-change night (TZ=Europe/Berlin): {got} != {expected}")


def closed_pipe(tally: Tally, base: Path) -> None:
    """The full screen's output is a pipe whose reader has gone (`| head`), then SIGTERM."""
    env = env_for(base / "pipe" / "data")
    tally.faults += 1
    proc = subprocess.Popen(
        [PROGRAM, "breathe", "-m", "7"],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    assert proc.stdout is not None
    proc.stdout.read(100)
    proc.stdout.close()  # the reader goes away, as `| head -c 100` does
    time.sleep(3)
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        tally.defect(
            "SIGTERM is not obeyed once the output pipe's reader has gone: "
            "`timeout 5 pausecoach breathe -m 7 2>&1 | head -c 100` leaves the process running"
        )
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(10)


def tui_faults(tally: Tally, base: Path) -> None:
    """Signals mid-break, ctrl+c, SIGSTOP/SIGCONT, a database replaced mid-pause."""
    cases = [
        ("SIGTERM", 143),
        ("SIGHUP", 129),
        ("SIGINT", 130),
        ("ctrl+c", 130),
        ("STOPCONT", 0),
        ("replaced", 0),
        ("SIGKILL", None),
    ]
    for how, code in cases:
        home = base / f"tui-{how}" / "data"
        home.parent.mkdir(parents=True)
        env = env_for(home)
        answer_fear_no(env)
        tally.faults += 1
        with Terminal(env) as term:
            if term.wait("Check how flooded", timeout=20) is None:
                tally.defect(f"tui {how}: no landing screen")
                continue
            term.keys("b")
            term.wait("Tell your partner", timeout=15)
            term.keys("Enter")
            if term.wait("break ends", timeout=15) is None:
                tally.defect(f"tui {how}: the break did not start")
                continue
            time.sleep(2.5)
            pid = term.program_pid()
            if how == "ctrl+c":
                term.keys("C-c")
            elif how == "STOPCONT" and pid:
                os.kill(pid, signal.SIGSTOP)
                time.sleep(1.5)
                os.kill(pid, signal.SIGCONT)
                time.sleep(1.5)
                term.keys("q")
                term.wait("Leave", "leave", "Quit", "quit?", timeout=5)
                term.keys("y")
            elif how == "replaced":
                db = home / "pausecoach.db"
                fresh = base / "fresh.db"
                python(f"import sqlite3; sqlite3.connect({str(fresh)!r}).close()", env)
                os.replace(fresh, db)
                seen = term.wait("replaced", timeout=40)
                tally.check(seen is not None, "db replaced mid-pause: no notice within 40 s")
                term.keys("q")
                time.sleep(1)
                term.keys("y")
            elif pid:
                os.kill(pid, getattr(signal, how))
            exited = term.wait("EXITED=", timeout=25)
            screen = term.screen()
            if how == "SIGKILL":
                term.close()
            elif exited is None:
                tally.defect(f"tui {how}: the program did not exit:\n{screen[-300:]}")
                continue
            else:
                line = next(x for x in screen.splitlines() if x.startswith("EXITED="))
                allowed = {f"EXITED={code}"} | ({"EXITED=0"} if how == "ctrl+c" else set())
                tally.check(line in allowed, f"tui {how}: {line}, expected {code}")
                tally.check(" -echo " not in screen, f"tui {how}: terminal left without echo")
                tally.check("Traceback" not in screen, f"tui {how}: traceback")
        records = json.loads(run(["history", "--json", "--kind", "all"], env).out or "[]")
        pauses = [r for r in records if r.get("kind") == "pause"]
        if how == "SIGKILL":
            with Terminal(env) as term:
                tally.check(
                    term.wait("interrupted", timeout=20) is not None,
                    "after SIGKILL: next start does not mention it",
                )
            records = json.loads(run(["history", "--json"], env).out or "[]")
            pauses = records
        if not pauses:
            tally.defect(f"tui {how}: the pause was not saved")
            continue
        last = pauses[0]
        tally.check(last.get("step") == "break", f"tui {how}: saved at step {last.get('step')}")
        if how not in ("SIGKILL",):
            tally.check(
                bool(last.get("actual_seconds")),
                f"tui {how}: seconds rested lost ({last.get('actual_seconds')})",
            )
