"""Starting and stopping a live `switchboard serve` for the conformance suites.

The server binary comes from $SWITCHBOARD_BIN (default: <repo>/.build/debug/switchboard).
It is started on port 0 with a fresh SQLite file and fixed bootstrap credentials; the fixture
waits (with a deadline, never a fixed sleep) for the single line
`switchboard listening on http://HOST:PORT` on its stdout.
"""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED_DIR = Path(os.environ.get("SWITCHBOARD_SHARED", REPO_ROOT.parent / "shared"))
OPENAPI_PATH = SHARED_DIR / "reference" / "twilio_taskrouter_v1.json"

ACCOUNT_SID = "AC" + "0123456789abcdef" * 2
AUTH_TOKEN = "conformance-token-0123456789abcd"  # 32 characters
assert len(AUTH_TOKEN) == 32

STARTUP_DEADLINE_S = float(os.environ.get("SWITCHBOARD_STARTUP_TIMEOUT", "60"))
SHUTDOWN_DEADLINE_S = 15.0
LISTENING_RE = re.compile(r"^switchboard listening on (http://\S+?)/?$")


def server_binary() -> Path:
    return Path(os.environ.get("SWITCHBOARD_BIN", REPO_ROOT / ".build" / "debug" / "switchboard"))


@dataclass
class Server:
    """A running server and what a test needs to talk to it."""

    base_url: str
    account_sid: str
    auth_token: str
    database: Path
    binary: Path
    process: subprocess.Popen
    log_path: Path
    stdout_lines: list[str] = field(default_factory=list)

    @property
    def auth(self) -> tuple[str, str]:
        return (self.account_sid, self.auth_token)

    def url(self, path: str) -> str:
        return self.base_url + path

    def log_tail(self, lines: int = 40) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])


class _LineReader(threading.Thread):
    """Drains a pipe line by line into a queue (so the child never blocks on a full pipe)."""

    def __init__(self, stream, sink: list[str]):
        super().__init__(daemon=True)
        self.stream = stream
        self.sink = sink
        self.lines: "queue.Queue[str | None]" = queue.Queue()

    def run(self) -> None:
        for line in iter(self.stream.readline, ""):
            line = line.rstrip("\r\n")
            self.sink.append(line)
            self.lines.put(line)
        self.lines.put(None)  # EOF


def _wait_for_listening_line(proc: subprocess.Popen, reader: _LineReader, deadline: float) -> str:
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("no 'switchboard listening on' line before the deadline")
        try:
            line = reader.lines.get(timeout=min(remaining, 0.5))
        except queue.Empty:
            if proc.poll() is not None:
                raise RuntimeError(f"server exited early with status {proc.returncode}")
            continue
        if line is None:
            proc.wait(timeout=5)
            raise RuntimeError(f"server closed stdout before listening (status {proc.returncode})")
        match = LISTENING_RE.match(line.strip())
        if match:
            return match.group(1)


def _wait_for_health(base_url: str, deadline: float) -> None:
    last_error: object = None
    while time.monotonic() < deadline:
        try:
            response = requests.get(base_url + "/health", timeout=2)
            if response.status_code == 200:
                return
            last_error = f"status {response.status_code}"
        except requests.RequestException as exc:  # not accepting yet
            last_error = exc
        time.sleep(0.05)  # poll interval, bounded by the deadline
    raise TimeoutError(f"GET /health never answered 200: {last_error}")


def stop_process(proc: subprocess.Popen) -> None:
    if proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=SHUTDOWN_DEADLINE_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)


def start_server(
    tmp_dir: Path, *, account_sid: str = ACCOUNT_SID, auth_token: str = AUTH_TOKEN, database: Path | None = None
) -> Server:
    """Starts a server on `database` (default: a new file in `tmp_dir`); stderr is appended to a log there."""
    binary = server_binary()
    if not binary.exists():
        pytest.exit(f"switchboard binary not found at {binary} (set SWITCHBOARD_BIN)", returncode=2)
    database = database or tmp_dir / "db.sqlite"
    log_path = tmp_dir / "server.stderr.log"
    log_file = open(log_path, "a")
    proc = subprocess.Popen(
        [
            str(binary), "serve",
            "--host", "127.0.0.1",
            "--port", "0",
            "--database", str(database),
            "--account-sid", account_sid,
            "--auth-token", auth_token,
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=log_file,
        text=True,
        bufsize=1,
    )
    log_file.close()
    stdout_lines: list[str] = []
    reader = _LineReader(proc.stdout, stdout_lines)
    reader.start()
    deadline = time.monotonic() + STARTUP_DEADLINE_S
    try:
        base_url = _wait_for_listening_line(proc, reader, deadline)
        _wait_for_health(base_url, deadline)
    except Exception as exc:
        stop_process(proc)
        tail = log_path.read_text(errors="replace")[-4000:]
        raise RuntimeError(f"could not start {binary}: {exc}\nstdout: {stdout_lines}\nstderr tail:\n{tail}") from exc
    return Server(
        base_url=base_url,
        account_sid=account_sid,
        auth_token=auth_token,
        database=database,
        binary=binary,
        process=proc,
        log_path=log_path,
        stdout_lines=stdout_lines,
    )


