"""Timers survive kill -9: reservation timeouts, workflow step timeouts and task TTLs set before the
crash take effect after a restart. Waits only by polling against deadlines."""

from __future__ import annotations

import json
import signal
import sys
import time
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "conformance"))
from server_process import start_server, stop_process  # noqa: E402

DEADLINE_S = 20.0


def _session(server) -> requests.Session:
    s = requests.Session()
    s.auth = server.auth
    s.trust_env = False
    return s


def _poll(fetch, accept, what: str):
    """Calls `fetch` until `accept(result)` holds or the deadline passes."""
    end = time.monotonic() + DEADLINE_S
    last = None
    while time.monotonic() < end:
        last = fetch()
        if accept(last):
            return last
        time.sleep(0.1)  # poll interval, bounded by the deadline
    raise AssertionError(f"{what} did not happen within {DEADLINE_S}s; last: {last}")


def test_deadlines_set_before_a_crash_fire_after_restart(tmp_path: Path):
    server = start_server(tmp_path)
    http = _session(server)
    ws = http.post(server.url("/v1/Workspaces"), data={"FriendlyName": "timers"}).json()
    base = ws["url"]
    available = http.get(base + "/Activities", params={"FriendlyName": "Available"}).json()["activities"][0]["sid"]
    open_queue = http.post(base + "/TaskQueues", data={"FriendlyName": "open", "TargetWorkers": "1==1"}).json()["sid"]
    nobody = http.post(base + "/TaskQueues", data={"FriendlyName": "nobody", "TargetWorkers": "1==2"}).json()["sid"]
    config = {"task_routing": {
        "filters": [{"expression": "kind == 'step'", "targets": [{"queue": nobody, "timeout": 2}]}],
        "default_filter": {"queue": open_queue},
    }}
    wf = http.post(base + "/Workflows", data={
        "FriendlyName": "wf", "Configuration": json.dumps(config), "TaskReservationTimeout": "2",
    }).json()["sid"]
    worker = http.post(base + "/Workers", data={"FriendlyName": "Alice", "ActivitySid": available}).json()["sid"]

    reserved = http.post(base + "/Tasks", data={"WorkflowSid": wf, "Attributes": '{"kind":"call"}'}).json()
    assert reserved["assignment_status"] == "reserved", reserved
    ttl = http.post(base + "/Tasks", data={"WorkflowSid": wf, "Attributes": '{"kind":"ttl"}', "Timeout": "3"}).json()
    assert ttl["assignment_status"] == "pending", ttl  # Alice is at capacity
    step = http.post(base + "/Tasks", data={"WorkflowSid": wf, "Attributes": '{"kind":"step"}'}).json()
    assert step["task_queue_sid"] == nobody, step

    server.process.send_signal(signal.SIGKILL)
    server.process.wait(timeout=10)
    restarted = start_server(tmp_path, database=server.database)
    try:
        http = _session(restarted)
        base = restarted.url(f"/v1/Workspaces/{ws['sid']}")
        _poll(lambda: http.get(f"{base}/Tasks/{reserved['sid']}/Reservations").json()["reservations"],
              lambda rs: any(r["reservation_status"] == "timeout" for r in rs), "reservation timeout")
        _poll(lambda: http.get(f"{base}/Workers/{worker}").json(),
              lambda w: w["activity_name"] == "Offline", "worker moved to the timeout activity")
        _poll(lambda: http.get(f"{base}/Tasks/{ttl['sid']}").json(),
              lambda t: t["assignment_status"] == "canceled" and t["reason"] == "Task TTL Exceeded", "TTL expiry")
        _poll(lambda: http.get(f"{base}/Tasks/{step['sid']}").json(),
              lambda t: t["assignment_status"] == "canceled" and t["reason"] == "Task canceled on Workflow timeout",
              "workflow step timeout")
        events = http.get(f"{base}/Events", params={"TaskSid": reserved["sid"]}).json()["events"]
        assert "reservation.timeout" in [e["event_type"] for e in events]
    finally:
        stop_process(restarted.process)
