"""Property-based conformance run: schemathesis against Twilio's own OpenAPI file.

Every operation of `../shared/reference/twilio_taskrouter_v1.json`, the statistics ones included,
is exercised with valid and invalid inputs. Checks:

- `not_a_server_error`: no 5xx, ever;
- `response_schema_conformance`: 2xx bodies match Twilio's response schemas (the file lists only
  success codes, so other statuses are not judged by it);
- `twilio_error_body` (schemathesis_hooks.py): every non-2xx body is Twilio's error shape.

Schemathesis would invent SIDs and mostly hit 404s, so real resources are created first and
their SIDs are pinned as path parameters, per operation (deletes get resources of their own,
so they cannot pull the rug from under the other operations).

Bounded and deterministic: fixed seed, `max-examples` per operation, no example database, and a
hard timeout on the whole run. Knobs: SCHEMATHESIS_MAX_EXAMPLES, SCHEMATHESIS_TIMEOUT, SCHEMATHESIS_WORKERS,
SCHEMATHESIS_EXTRA_CHECKS (comma-separated built-in checks to switch on for exploration).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import requests

from server_process import start_server, stop_process

HERE = Path(__file__).resolve().parent
HOOKS = HERE / "schemathesis_hooks.py"
REPO_ROOT = HERE.parents[1]
ARTIFACTS = Path(os.environ.get("SWITCHBOARD_ARTIFACTS", REPO_ROOT / "artifacts" / "conformance"))

SEED = 20260101
MAX_EXAMPLES = int(os.environ.get("SCHEMATHESIS_MAX_EXAMPLES", "100"))
TIMEOUT_S = int(os.environ.get("SCHEMATHESIS_TIMEOUT", "480"))
WORKERS = os.environ.get("SCHEMATHESIS_WORKERS", "2")
# Exploration knob, not part of the contract run: e.g. "negative_data_rejection,positive_data_acceptance".
EXTRA_CHECKS = [name for name in os.environ.get("SCHEMATHESIS_EXTRA_CHECKS", "").split(",") if name]


class Seeder:
    """Creates resources over plain HTTP and remembers their SIDs."""

    def __init__(self, server):
        self.server = server
        self.http = requests.Session()
        self.http.auth = server.auth
        self.http.trust_env = False

    def post(self, path: str, **form) -> dict:
        response = self.http.post(self.server.url(path), data=form)
        assert response.status_code == 201, f"seeding POST {path} {form}: {response.status_code} {response.text[:300]}"
        return response.json()

    def get(self, path: str) -> dict:
        response = self.http.get(self.server.url(path))
        assert response.status_code == 200, f"seeding GET {path}: {response.status_code} {response.text[:300]}"
        return response.json()

    def wait_for_first(self, path: str, key: str, deadline_s: float = 10.0) -> dict | None:
        """First item of a list, polling until it appears or the deadline passes (None then)."""
        end = time.monotonic() + deadline_s
        while True:
            items = self.get(path)[key]
            if items or time.monotonic() > end:
                return items[0] if items else None
            time.sleep(0.05)  # poll interval, bounded by the deadline


def seed_resources(server) -> dict[str, str]:
    s = Seeder(server)
    tag = uuid.uuid4().hex[:6]
    ws = s.post("/v1/Workspaces", FriendlyName=f"schemathesis-{tag}", Template="FIFO")["sid"]
    base = f"/v1/Workspaces/{ws}"
    ids: dict[str, str] = {"workspace": ws}
    ids["victim_workspace"] = s.post("/v1/Workspaces", FriendlyName=f"schemathesis-victim-{tag}")["sid"]
    ids["activity"] = s.post(base + "/Activities", FriendlyName="Break", Available="true")["sid"]
    ids["victim_activity"] = s.post(base + "/Activities", FriendlyName="Doomed")["sid"]
    ids["channel"] = s.post(base + "/TaskChannels", FriendlyName="Fax", UniqueName="fax")["sid"]
    ids["victim_channel"] = s.post(base + "/TaskChannels", FriendlyName="Telex", UniqueName="telex")["sid"]
    ids["queue"] = s.post(base + "/TaskQueues", FriendlyName="Main")["sid"]
    ids["victim_queue"] = s.post(base + "/TaskQueues", FriendlyName="Doomed")["sid"]
    configuration = json.dumps({"task_routing": {"default_filter": {"queue": ids["queue"]}}})
    ids["workflow"] = s.post(base + "/Workflows", FriendlyName="Main", Configuration=configuration)["sid"]
    ids["victim_workflow"] = s.post(base + "/Workflows", FriendlyName="Doomed", Configuration=configuration)["sid"]
    ids["worker"] = s.post(base + "/Workers", FriendlyName="alice", Attributes='{"team":"blue"}')["sid"]
    ids["victim_worker"] = s.post(base + "/Workers", FriendlyName="doomed")["sid"]
    ids["task"] = s.post(base + "/Tasks", WorkflowSid=ids["workflow"], Attributes='{"vip":true}')["sid"]
    ids["victim_task"] = s.post(base + "/Tasks", WorkflowSid=ids["workflow"])["sid"]
    # An available worker gets a reservation for the first task (routing-semantics.md §4.3).
    available = next(a["sid"] for a in s.get(base + "/Activities?FriendlyName=Available")["activities"])
    ids["agent"] = s.post(base + "/Workers", FriendlyName="bob", ActivitySid=available)["sid"]
    reservation = s.wait_for_first(f"{base}/Workers/{ids['agent']}/Reservations", "reservations")
    if reservation is not None:
        ids["reservation"], ids["reserved_task"] = reservation["sid"], reservation["task_sid"]
    channels = s.get(f"{base}/Workers/{ids['worker']}/Channels")["channels"]
    ids["worker_channel"] = next(c["sid"] for c in channels if c["task_channel_unique_name"] == "voice")
    events = s.get(base + "/Events?PageSize=1")["events"]
    if events:
        ids["event"] = events[0]["sid"]
    return ids


def operation_overrides(ids: dict[str, str]) -> dict[str, dict[str, str]]:
    """operationId → pinned path parameters (on top of the global WorkspaceSid)."""
    pins: dict[str, dict[str, str]] = {
        "FetchWorkspace": {"path.Sid": ids["workspace"]},
        "UpdateWorkspace": {"path.Sid": ids["workspace"]},
        "DeleteWorkspace": {"path.Sid": ids["victim_workspace"]},
        "DeleteActivity": {"path.Sid": ids["victim_activity"]},
        "DeleteTaskChannel": {"path.Sid": ids["victim_channel"]},
        "DeleteTaskQueue": {"path.Sid": ids["victim_queue"]},
        "DeleteWorkflow": {"path.Sid": ids["victim_workflow"]},
        "DeleteWorker": {"path.Sid": ids["victim_worker"]},
        "DeleteTask": {"path.Sid": ids["victim_task"]},
        "ListWorkerChannel": {"path.WorkerSid": ids["worker"]},
        "ListWorkerReservation": {"path.WorkerSid": ids["agent"]},
        "ListTaskReservation": {"path.TaskSid": ids.get("reserved_task", ids["task"])},
    }
    for verb in ("Fetch", "Update"):
        worker_pin = {"path.WorkerSid": ids["agent"]}
        task_pin = {"path.TaskSid": ids.get("reserved_task", ids["task"])}
        if "reservation" in ids:  # without routing, let schemathesis invent reservation SIDs (404s)
            worker_pin["path.Sid"] = task_pin["path.Sid"] = ids["reservation"]
        pins[f"{verb}WorkerReservation"] = worker_pin
        pins[f"{verb}TaskReservation"] = task_pin
    for verb in ("Fetch", "Update"):
        pins[f"{verb}Activity"] = {"path.Sid": ids["activity"]}
        pins[f"{verb}TaskChannel"] = {"path.Sid": ids["channel"]}
        pins[f"{verb}TaskQueue"] = {"path.Sid": ids["queue"]}
        pins[f"{verb}Workflow"] = {"path.Sid": ids["workflow"]}
        pins[f"{verb}Worker"] = {"path.Sid": ids["worker"]}
        pins[f"{verb}Task"] = {"path.Sid": ids["task"]}
        pins[f"{verb}WorkerChannel"] = {"path.WorkerSid": ids["worker"], "path.Sid": ids["worker_channel"]}
    if "event" in ids:
        pins["FetchEvent"] = {"path.Sid": ids["event"]}
    # Statistics of the seeded queue, workflow and worker (rest-api.md §13).
    for form in ("", "Cumulative", "RealTime"):
        pins[f"FetchTaskQueue{form}Statistics"] = {"path.TaskQueueSid": ids["queue"]}
        pins[f"FetchWorkflow{form}Statistics"] = {"path.WorkflowSid": ids["workflow"]}
    pins["FetchWorkerInstanceStatistics"] = {"path.WorkerSid": ids["agent"]}
    return pins


def toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value)  # a JSON string of ASCII text is a valid TOML basic string
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{json.dumps(k)} = {toml_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(value)


def render_config(server, ids: dict[str, str]) -> str:
    lines = [
        f"base-url = {toml_value(server.base_url)}",
        f"seed = {SEED}",
        f"hooks = {toml_value(str(HOOKS))}",
        f"workers = {toml_value(WORKERS) if WORKERS == 'auto' else int(WORKERS)}",
        "continue-on-failure = true",
        "request-timeout = 30",
        "",
        "[auth.basic]",
        f"username = {toml_value(server.account_sid)}",
        f"password = {toml_value(server.auth_token)}",
        "",
        "[generation]",
        'mode = "all"',
        f"max-examples = {MAX_EXAMPLES}",
        'database = "none"',
        "",
        "[phases.examples]",
        "enabled = true",
        "[phases.coverage]",
        "enabled = true",
        "[phases.fuzzing]",
        "enabled = true",
        "[phases.stateful]",
        "enabled = false",
        "",
        "[checks]",
        "enabled = false",
        "[checks.not_a_server_error]",
        "enabled = true",
        "[checks.response_schema_conformance]",
        "enabled = true",
        "[checks.twilio_error_body]",
        "enabled = true",
        *(line for name in EXTRA_CHECKS for line in (f"[checks.{name}]", "enabled = true")),
        "",
        "[parameters]",
        f'"path.WorkspaceSid" = {toml_value(ids["workspace"])}',
    ]
    for operation_id, parameters in sorted(operation_overrides(ids).items()):
        lines += ["", "[[operations]]", f"include-operation-id = {toml_value(operation_id)}",
                  f"parameters = {toml_value(parameters)}"]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def fuzz_server(tmp_path_factory):
    """A server of its own: fuzzing creates hundreds of resources the scenario suite should not see."""
    srv = start_server(tmp_path_factory.mktemp("switchboard-fuzz"))
    yield srv
    stop_process(srv.process)


def test_schemathesis_against_twilio_openapi(fuzz_server, openapi_path):
    server = fuzz_server
    ids = seed_resources(server)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    config_path = ARTIFACTS / "schemathesis.toml"
    config_path.write_text(render_config(server, ids))
    command = [
        sys.executable, "-m", "schemathesis.cli",
        "--config-file", str(config_path),
        "--no-color",
        "run", str(openapi_path),
        "--report", "junit",
        "--report-dir", str(ARTIFACTS),
    ]
    env = dict(os.environ, NO_PROXY="127.0.0.1,localhost", no_proxy="127.0.0.1,localhost", COLUMNS="160")
    try:
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=TIMEOUT_S, env=env, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as exc:
        output = (exc.stdout or b"").decode(errors="replace") if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        (ARTIFACTS / "schemathesis.out").write_text(output)
        raise AssertionError(f"schemathesis did not finish within {TIMEOUT_S}s; partial output in {ARTIFACTS}") from exc
    output = result.stdout + ("\n--- stderr ---\n" + result.stderr if result.stderr.strip() else "")
    (ARTIFACTS / "schemathesis.out").write_text(output)
    print(output[-20000:])
    assert server.process.poll() is None, f"the server died during the run; stderr tail:\n{server.log_tail()}"
    assert result.returncode == 0, (
        f"schemathesis reported failures (exit {result.returncode}); full output in {ARTIFACTS / 'schemathesis.out'}\n"
        + output[-12000:]
    )
