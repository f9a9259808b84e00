"""Durability of a real `switchboard serve` process: nothing acknowledged is lost to kill -9.

Every write the server acknowledged (2xx) before it was killed with SIGKILL must be there after a
restart on the same database file, and the restarted server must keep serving and placing tasks.
Time is only waited on by polling against deadlines.
"""

from __future__ import annotations

import signal
import sys
import threading
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "conformance"))
from server_process import start_server, stop_process  # noqa: E402

WRITERS = 4
WRITES_PER_WRITER = 60


def _session(server) -> requests.Session:
    s = requests.Session()
    s.auth = server.auth
    s.trust_env = False
    return s


def _restart(server, tmp_path: Path):
    """Starts a new server process on the same database file."""
    return start_server(tmp_path, database=server.database)


def test_acknowledged_writes_survive_sigkill(tmp_path: Path):
    server = start_server(tmp_path)
    try:
        http = _session(server)
        ws = http.post(server.url("/v1/Workspaces"), data={"FriendlyName": "durable", "Template": "FIFO"}).json()["sid"]
        base = server.url(f"/v1/Workspaces/{ws}")
        acknowledged: list[tuple[str, str]] = []
        lock = threading.Lock()
        stop = threading.Event()

        def writer(n: int) -> None:
            s = _session(server)
            for i in range(WRITES_PER_WRITER):
                if stop.is_set():
                    return
                try:
                    if i % 2 == 0:
                        r = s.post(base + "/Workers", data={"FriendlyName": f"w{n}-{i}"}, timeout=10)
                        kind = "Workers"
                    else:
                        r = s.post(base + "/Tasks", data={"Attributes": f'{{"n":{n},"i":{i}}}'}, timeout=10)
                        kind = "Tasks"
                except requests.RequestException:
                    return  # the server died mid-request: that write was never acknowledged
                if r.status_code == 201:
                    with lock:
                        acknowledged.append((kind, r.json()["sid"]))

        threads = [threading.Thread(target=writer, args=(n,)) for n in range(WRITERS)]
        for t in threads:
            t.start()
        # Kill the server while the writers are busy: once a third of the writes are acknowledged.
        while True:
            with lock:
                if len(acknowledged) >= WRITERS * WRITES_PER_WRITER // 3:
                    break
            if not any(t.is_alive() for t in threads):
                break
            threads[0].join(timeout=0.01)
        server.process.send_signal(signal.SIGKILL)
        server.process.wait(timeout=10)
        stop.set()
        for t in threads:
            t.join(timeout=30)
        assert acknowledged, "no write was acknowledged before the kill"

        restarted = _restart(server, tmp_path)
        try:
            http = _session(restarted)
            base = restarted.url(f"/v1/Workspaces/{ws}")
            for kind, sid in acknowledged:
                r = http.get(f"{base}/{kind}/{sid}")
                assert r.status_code == 200, f"acknowledged {kind} {sid} lost after kill -9: {r.status_code} {r.text}"
            # Still serving, still placing tasks by the workflow.
            task = http.post(base + "/Tasks", data={"Attributes": "{}"})
            assert task.status_code == 201, task.text
            assert task.json()["task_queue_friendly_name"] == "Sample Queue"
        finally:
            stop_process(restarted.process)
    finally:
        stop_process(server.process)


def test_restart_keeps_every_resource_field(tmp_path: Path):
    server = start_server(tmp_path)
    http = _session(server)
    ws = http.post(server.url("/v1/Workspaces"), data={"FriendlyName": "fields", "Template": "FIFO"}).json()
    base = ws["url"]
    worker = http.post(base + "/Workers", data={"FriendlyName": "Alice", "Attributes": '{"skills":["en"]}'}).json()
    task = http.post(base + "/Tasks", data={"Attributes": '{"x":1}', "Priority": "7"}).json()
    before = {path: http.get(path).json() for path in (base, worker["url"], task["url"])}
    server.process.send_signal(signal.SIGKILL)
    server.process.wait(timeout=10)

    restarted = _restart(server, tmp_path)
    try:
        http = _session(restarted)
        for path, body in before.items():
            after = http.get(path.replace(server.base_url, restarted.base_url)).json()
            # URLs carry the new port; everything else must be identical.
            strip = lambda d: {k: v for k, v in d.items() if k not in ("url", "links", "age")}
            assert strip(after) == strip(body)
    finally:
        stop_process(restarted.process)
