"""Outbound callbacks of a real server: event callbacks from the durable outbox (retried after a
failure, idempotency header = event SID) and assignment callbacks whose instruction is applied. Both
carry an `X-Twilio-Signature` that twilio-python's `RequestValidator` accepts."""

from __future__ import annotations

import json
import signal
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import requests
from twilio.request_validator import RequestValidator

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "conformance"))
from server_process import start_server, stop_process  # noqa: E402

DEADLINE_S = 20.0


class Receiver:
    """A local HTTP endpoint recording form POSTs; answers with `reply(path)` (status, body, content type)."""

    def __init__(self, reply):
        self.requests: list[tuple[str, dict[str, str], dict[str, str]]] = []
        self.lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 (http.server's naming)
                length = int(self.headers.get("Content-Length", "0"))
                form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
                with outer.lock:
                    outer.requests.append((self.path, form, dict(self.headers)))
                status, body, content_type = reply(self.path, form)
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def received(self, path: str):
        with self.lock:
            return [(form, headers) for p, form, headers in self.requests if p == path]

    def close(self):
        self.server.shutdown()


def _poll(check, what: str):
    end = time.monotonic() + DEADLINE_S
    while time.monotonic() < end:
        result = check()
        if result:
            return result
        time.sleep(0.05)  # poll interval, bounded by the deadline
    raise AssertionError(f"{what} did not happen within {DEADLINE_S}s")


def test_event_callbacks_are_delivered_and_retried(tmp_path: Path):
    attempts: dict[str, int] = {}

    def reply(path, form):
        # The first delivery of task.created fails: it must be retried from the outbox.
        if form.get("EventType") == "task.created":
            attempts[form["Sid"]] = attempts.get(form["Sid"], 0) + 1
            if attempts[form["Sid"]] == 1:
                return 500, b"try again", "text/plain"
        return 204, b"", "text/plain"

    receiver = Receiver(reply)
    server = start_server(tmp_path)
    try:
        http = requests.Session()
        http.auth = server.auth
        http.trust_env = False
        ws = http.post(server.url("/v1/Workspaces"), data={
            "FriendlyName": "callbacks", "Template": "FIFO", "EventCallbackUrl": receiver.url + "/events",
            "EventsFilter": "task.created, task.canceled",
        }).json()
        task = http.post(ws["url"] + "/Tasks", data={"Attributes": '{"x":1}'}).json()
        http.post(task["url"], data={"AssignmentStatus": "canceled", "Reason": "test"})

        def delivered():
            got = receiver.received("/events")
            types = [f["EventType"] for f, _ in got]
            return got if types.count("task.created") >= 2 and "task.canceled" in types else None

        got = _poll(delivered, "delivery of task.created (retried) and task.canceled")
        types = {f["EventType"] for f, _ in got}
        assert types == {"task.created", "task.canceled"}, f"EventsFilter not honoured: {types}"
        validator = RequestValidator(server.auth_token)
        for form, headers in got:
            assert headers.get("I-Twilio-Idempotency-Token") == form["Sid"]
            assert validator.validate(receiver.url + "/events", form, headers.get("X-Twilio-Signature", "")), headers
            assert form["WorkspaceSid"] == ws["sid"] and form["AccountSid"] == server.account_sid
            assert form["TaskSid"] == task["sid"] and form["ResourceType"] == "task"
        created = [f for f, _ in got if f["EventType"] == "task.created"]
        assert len({f["Sid"] for f in created}) == 1, "a retry carries the same event SID"
    finally:
        stop_process(server.process)
        receiver.close()


def test_assignment_callback_instruction_accepts_the_reservation(tmp_path: Path):
    receiver = Receiver(lambda path, form: (200, json.dumps({"instruction": "accept"}).encode(), "application/json"))
    server = start_server(tmp_path)
    try:
        http = requests.Session()
        http.auth = server.auth
        http.trust_env = False
        ws = http.post(server.url("/v1/Workspaces"), data={"FriendlyName": "assign", "Template": "FIFO"}).json()
        base = ws["url"]
        workflow = http.get(base + "/Workflows").json()["workflows"][0]
        http.post(workflow["url"], data={"AssignmentCallbackUrl": receiver.url + "/assign"})
        available = http.get(base + "/Activities", params={"FriendlyName": "Available"}).json()["activities"][0]["sid"]
        worker = http.post(base + "/Workers", data={"FriendlyName": "Alice", "ActivitySid": available}).json()
        task = http.post(base + "/Tasks", data={"Attributes": '{"y":2}'}).json()

        form, headers = _poll(lambda: (receiver.received("/assign") or [None])[0], "assignment callback")
        assert form["TaskSid"] == task["sid"] and form["WorkerSid"] == worker["sid"]
        signature = headers.get("X-Twilio-Signature", "")
        assert RequestValidator(server.auth_token).validate(receiver.url + "/assign", form, signature), headers
        assert not RequestValidator("another-token").validate(receiver.url + "/assign", form, signature)
        assert json.loads(form["TaskAttributes"]) == {"y": 2}
        for name in ("AccountSid", "WorkspaceSid", "WorkflowSid", "TaskQueueSid", "WorkerAttributes", "TaskAge",
                     "TaskPriority", "ReservationSid", "Timestamp"):
            assert name in form, name
        _poll(lambda: http.get(task["url"]).json()["assignment_status"] == "assigned", "task assigned by the instruction")
    finally:
        stop_process(server.process)
        receiver.close()


def test_assignment_callback_in_flight_at_a_crash_is_sent_again(tmp_path: Path):
    """The first process is killed (-9) while the application is still answering the callback: the
    reservation is committed, its callback unanswered. The next process sends it again and applies
    the answer."""
    first_call = threading.Event()
    unblock = threading.Event()
    calls: list[str] = []

    def reply(path, form):
        calls.append(form["ReservationSid"])
        if len(calls) == 1:
            first_call.set()
            unblock.wait(DEADLINE_S)  # never answers in time: the process dies first
            return 200, b"", "text/plain"
        return 200, json.dumps({"instruction": "accept"}).encode(), "application/json"

    receiver = Receiver(reply)
    server = start_server(tmp_path)
    restarted = None
    try:
        http = requests.Session()
        http.auth = server.auth
        http.trust_env = False
        ws = http.post(server.url("/v1/Workspaces"), data={"FriendlyName": "crash", "Template": "FIFO"}).json()
        base = ws["url"]
        workflow = http.get(base + "/Workflows").json()["workflows"][0]
        http.post(workflow["url"], data={"AssignmentCallbackUrl": receiver.url + "/assign"})
        available = http.get(base + "/Activities", params={"FriendlyName": "Available"}).json()["activities"][0]["sid"]
        http.post(base + "/Workers", data={"FriendlyName": "Alice", "ActivitySid": available})
        task = http.post(base + "/Tasks", data={"Attributes": "{}"}).json()
        assert first_call.wait(DEADLINE_S), "the first assignment callback never arrived"
        server.process.send_signal(signal.SIGKILL)
        server.process.wait(timeout=10)

        restarted = start_server(tmp_path, database=server.database)
        http.auth = restarted.auth
        task_url = restarted.url(urlsplit(task["url"]).path)
        _poll(lambda: http.get(task_url).json()["assignment_status"] == "assigned", "task assigned after the restart")
        assert len(calls) == 2 and calls[0] == calls[1], f"the same reservation is called back once more: {calls}"
    finally:
        unblock.set()
        stop_process(server.process)
        if restarted:
            stop_process(restarted.process)
        receiver.close()
