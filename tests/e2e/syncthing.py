"""Two Syncthing instances on loopback only, started and stopped by a test.

Every way Syncthing reaches beyond this machine is switched off in their configuration:
global and local discovery, relays, NAT traversal (UPnP and STUN), usage and crash reporting,
automatic upgrades. They listen on 127.0.0.1 and are told each other's address explicitly."""

from __future__ import annotations

import copy
import json
import os
import secrets
import shutil
import socket
import subprocess
import time
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

FOLDER_ID = "pausecoach-link-test"
START_TIMEOUT = 60.0
WATCHER_DELAY_S = 1  # Syncthing's default is 10: a break would take ~10 s to leave

# option -> value: everything that would talk to the outside world, off.
PRIVATE_OPTIONS = {
    "globalAnnounceEnabled": "false",
    "localAnnounceEnabled": "false",
    "relaysEnabled": "false",
    "natEnabled": "false",
    "stunKeepaliveStartS": "0",  # 0 turns STUN off
    "stunKeepaliveMinS": "0",
    "urAccepted": "-1",  # usage reporting declined for good
    "crashReportingEnabled": "false",
    "autoUpgradeIntervalH": "0",
    "startBrowser": "false",
    "announceLANAddresses": "false",
}


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now (the test's socket, not pausecoach's)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Instance:
    """One Syncthing: its home, the folder it syncs, its ports and its device id."""

    name: str
    home: Path
    folder: Path
    listen_port: int
    gui_port: int
    api_key: str
    device_id: str = ""
    process: subprocess.Popen[bytes] | None = None

    def env(self) -> dict[str, str]:
        return {
            "PATH": os.environ.get("PATH", ""),
            "HOME": str(self.home),
            "STNOUPGRADE": "1",
            "STNORESTART": "1",
            "STNODEFAULTFOLDER": "1",
        }

    def rest(self, path: str) -> object:
        """GET a REST endpoint of this instance (loopback)."""
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{path}", headers={"X-API-Key": self.api_key}
        )
        with urllib.request.urlopen(request, timeout=5) as response:
            return json.loads(response.read())


def _generate(base: Path, name: str) -> Instance:
    home = base / f"{name}-syncthing"
    folder = base / f"{name}-shared"
    folder.mkdir(parents=True)
    (folder / ".stfolder").mkdir()
    instance = Instance(name, home, folder, free_port(), free_port(), secrets.token_hex(16))
    subprocess.run(
        ["syncthing", "generate", f"--home={home}", "--no-default-folder"],
        env=instance.env(),
        check=True,
        capture_output=True,
        timeout=60,
    )
    result = subprocess.run(
        ["syncthing", "serve", f"--home={home}", "--device-id"],
        env=instance.env(),
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    )
    instance.device_id = result.stdout.strip()
    return instance


def _configure(me: Instance, other: Instance) -> None:
    path = me.home / "config.xml"
    tree = ET.parse(path)
    root = tree.getroot()
    options = root.find("options")
    assert options is not None
    for listen in options.findall("listenAddress"):
        options.remove(listen)
    ET.SubElement(options, "listenAddress").text = f"tcp://127.0.0.1:{me.listen_port}"
    for key, value in PRIVATE_OPTIONS.items():
        element = options.find(key)
        if element is None:
            element = ET.SubElement(options, key)
        element.text = value
    gui = root.find("gui")
    assert gui is not None
    gui.find("address").text = f"127.0.0.1:{me.gui_port}"  # type: ignore[union-attr]
    gui.find("apikey").text = me.api_key  # type: ignore[union-attr]
    defaults = root.find("defaults")
    assert defaults is not None
    device = copy.deepcopy(defaults.find("device"))
    assert device is not None
    device.set("id", other.device_id)
    device.set("name", other.name)
    device.find("address").text = f"tcp://127.0.0.1:{other.listen_port}"  # type: ignore[union-attr]
    root.insert(1, device)
    folder = copy.deepcopy(defaults.find("folder"))
    assert folder is not None
    folder.attrib.update(
        id=FOLDER_ID,
        label=FOLDER_ID,
        path=str(me.folder),
        rescanIntervalS="10",
        fsWatcherEnabled="true",
        fsWatcherDelayS=str(WATCHER_DELAY_S),
    )
    for old in folder.findall("device"):
        folder.remove(old)
    for device_id in (me.device_id, other.device_id):
        ET.SubElement(folder, "device", id=device_id, introducedBy="")
    root.insert(0, folder)
    tree.write(path)


def _start(instance: Instance) -> None:
    log = open(instance.home / "test.log", "wb")  # noqa: SIM115 - closed with the process
    instance.process = subprocess.Popen(
        [
            "syncthing",
            "serve",
            f"--home={instance.home}",
            "--no-browser",
            "--no-restart",
            "--no-upgrade",
        ],
        env=instance.env(),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    log.close()


def _stop(instance: Instance) -> None:
    process = instance.process
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


def wait_until_connected(a: Instance, b: Instance, timeout: float = START_TIMEOUT) -> float:
    """Seconds until `a` reports `b` connected; AssertionError (with logs) after `timeout`."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        for instance in (a, b):
            if instance.process is not None and instance.process.poll() is not None:
                raise AssertionError(f"syncthing {instance.name} exited:\n{log_tail(instance)}")
        try:
            connections = a.rest("/rest/system/connections")
            if connections["connections"][b.device_id]["connected"]:  # type: ignore[index]
                return time.monotonic() - started
        except (OSError, KeyError, ValueError):
            pass
        time.sleep(0.25)
    raise AssertionError(f"the two syncthings did not connect:\n{log_tail(a)}\n{log_tail(b)}")


def log_tail(instance: Instance, lines: int = 30) -> str:
    """The last lines of an instance's log, for failure messages."""
    try:
        text = (instance.home / "test.log").read_text(errors="replace")
    except OSError:
        return "(no log)"
    return "\n".join(text.splitlines()[-lines:])


@contextmanager
def two_syncthings(base: Path) -> Iterator[tuple[Instance, Instance]]:
    """Two configured, connected Syncthings sharing one folder; both stopped however it ends."""
    if shutil.which("syncthing") is None:
        raise RuntimeError("syncthing is not installed")
    a, b = _generate(base, "alex"), _generate(base, "sam")
    _configure(a, b)
    _configure(b, a)
    try:
        _start(a)
        _start(b)
        wait_until_connected(a, b)
        yield a, b
    finally:
        _stop(a)
        _stop(b)


def assert_loopback_only(me: Instance, other: Instance) -> None:
    """The running instance confirms: no discovery, relays, NAT, reporting or upgrades; loopback."""
    options = me.rest("/rest/config/options")
    assert isinstance(options, dict)
    assert options["globalAnnounceEnabled"] is False and options["localAnnounceEnabled"] is False
    assert options["relaysEnabled"] is False and options["natEnabled"] is False
    assert options["stunKeepaliveStartS"] == 0
    assert options["urAccepted"] == -1 and options["crashReportingEnabled"] is False
    assert options["autoUpgradeIntervalH"] == 0
    assert options["listenAddresses"] == [f"tcp://127.0.0.1:{me.listen_port}"]
    status = me.rest("/rest/system/status")
    assert isinstance(status, dict)
    assert not status.get("discoveryMethods")  # no discovery running at all
    assert all(a.startswith("tcp://127.0.0.1:") for a in status["connectionServiceStatus"])
    connections = me.rest("/rest/system/connections")
    assert isinstance(connections, dict)
    peer = connections["connections"][other.device_id]
    assert peer["address"].startswith("127.0.0.1:")
