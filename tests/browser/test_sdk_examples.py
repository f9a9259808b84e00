"""Every example of the TaskRouter.js v1 Workspace page, run in Chromium against a live server.

The page (pages/examples.html) is served from another origin and loads the SDK with a plain
<script src="{server}/sdk/taskrouter.js">, as a customer's page would. Each example gets a fresh
workspace and a Workspace token minted by twilio-python; its code runs as printed (placeholders
replaced by real SIDs, known slips repaired, see reference_examples.py). A test passes when the
example printed what its comments promise, took no error branch (unless the example deletes
every item of a list, where the server rightly refuses the defaults), and the server's state
changed the way the example intends. A screenshot of each run goes to artifacts/browser/sdk-examples/.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Callable

import pytest

from example_workspace import ExampleWorkspace, create_example_workspace, workspace_token
from reference_examples import load_examples

EXAMPLES = load_examples()
URL = "http://requestb.in/1kmw9im1"


@dataclass
class Expect:
    includes: list[str] = field(default_factory=list)  # lines the example must print
    min_logs: int = 1
    allowed_errors: set[int] = field(default_factory=set)  # HTTP codes the example may print (bulk deletes)
    verify: Callable[[ExampleWorkspace, dict], None] | None = None  # server state afterwards
    with_task: bool = False
    cut_socket: bool = False
    token_ttl: int = 3600
    token_refreshed: bool = False
    stats_keys: list[str] = field(default_factory=list)  # keys of the JSON a statistics example prints


def gone(path_of: Callable[[ExampleWorkspace], str]):
    def check(ws: ExampleWorkspace, _):
        assert ws.get(path_of(ws)).status_code == 404, f"{path_of(ws)} still exists"
    return check


def field_is(path_of, key, value):
    def check(ws: ExampleWorkspace, _):
        body = ws.get(path_of(ws)).json()
        expected = value(ws) if callable(value) else value
        assert body[key] == expected, f"{key} = {body[key]!r}, expected {expected!r}"
    return check


def named(path: str, name: str, **fields):
    def check(ws: ExampleWorkspace, _):
        matches = [item for item in ws.items(path) if item["friendly_name"] == name]
        assert matches, f"no {name} in {path}"
        for key, value in fields.items():
            expected = value(ws) if callable(value) else value
            assert matches[0][key] == expected, f"{key} = {matches[0][key]!r}, expected {expected!r}"
    return check


def task_status(status):
    return field_is(lambda w: f"/Tasks/{w.task}", "assignment_status", status)


SPARE = lambda w: f"/Activities/{w.spare_activity}"  # noqa: E731
QUEUE = lambda w: f"/TaskQueues/{w.queue}"  # noqa: E731
WORKFLOW = lambda w: f"/Workflows/{w.workflow}"  # noqa: E731
WORKER = lambda w: f"/Workers/{w.worker}"  # noqa: E731
TASK = lambda w: f"/Tasks/{w.task}"  # noqa: E731
SILVER = '{"Ticket":"Silver"}'

EXPECTATIONS: dict[str, Expect] = {
    "01-workspace.on[ready]": Expect(min_logs=4),
    "02-workspace.update": Expect(verify=field_is(lambda w: "", "event_callback_url", URL)),
    "03-workspace.update": Expect(verify=lambda w, r: (field_is(lambda w: "", "event_callback_url", URL)(w, r),
                                                        field_is(lambda w: "", "timeout_activity_sid", lambda w: w.spare_activity)(w, r))),
    "04-workspace.delete": Expect(includes=["workspace deleted"], verify=gone(lambda w: "")),
    "05-workspace.updateToken": Expect(min_logs=0, token_refreshed=True),
    "06-workspace.activities.fetch": Expect(includes=["Parsing response", "Spare", "Offline", "Available"]),
    "07-workspace.activities.fetch(sid)": Expect(includes=["Spare"]),
    "08-workspace.activities.create": Expect(includes=["FriendlyName: Activity1"], verify=named("/Activities", "Activity1", available=True)),
    # Renames every activity to one name: the first wins, the others are refused (names are unique).
    "09-workspace.activities.fetch+activity.update": Expect(includes=["FriendlyName: NewFriendlyName"], allowed_errors={400},
                                                            verify=named("/Activities", "NewFriendlyName")),
    "10-workspace.activities.update": Expect(includes=["FriendlyName: NewFriendlyName"], verify=field_is(SPARE, "friendly_name", "NewFriendlyName")),
    "11-workspace.activities.fetch+activity.delete": Expect(includes=["Activity deleted"], allowed_errors={400}, verify=gone(SPARE)),
    "12-workspace.activities.delete": Expect(includes=["Activity deleted"], verify=gone(SPARE)),
    "13-workspace.workflows.fetch": Expect(includes=["Parsing response", "Workflow 0"]),
    "14-workspace.workflows.fetch(sid)": Expect(includes=["Workflow 0"]),
    "15-workspace.workflows.create": Expect(includes=["FriendlyName: Workflow1"],
                                            verify=named("/Workflows", "Workflow1", assignment_callback_url=URL)),
    "16-workspace.workflows.fetch+workflow.update": Expect(includes=["TaskReservationTimeout: 300"], verify=field_is(WORKFLOW, "task_reservation_timeout", 300)),
    "17-workspace.workflows.update": Expect(includes=["TaskReservationTimeout: 300"], verify=field_is(WORKFLOW, "task_reservation_timeout", 300)),
    "18-workspace.workflows.fetch+workflow.delete": Expect(includes=["Workflow deleted"], verify=gone(WORKFLOW)),
    "19-workspace.workflows.delete": Expect(includes=["Workflow deleted"], verify=gone(WORKFLOW)),
    "20-workflow.statistics.fetch(params)": Expect(stats_keys=["realtime", "cumulative"]),
    "21-workflow.cumulativeStats.fetch(params)": Expect(stats_keys=["avgTaskAcceptanceTime", "tasksEntered"]),
    "22-workflow.realtimeStats.fetch": Expect(stats_keys=["totalTasks", "tasksByStatus"]),
    "23-workspace.taskqueues.fetch": Expect(includes=["Parsing response", "Queue 1", "Routing Queue"]),
    "24-workspace.taskqueues.fetch(sid)": Expect(includes=["Queue 1"]),
    "25-workspace.taskqueues.create": Expect(includes=["FriendlyName: TaskQueue1"],
                                             verify=named("/TaskQueues", "TaskQueue1", reservation_activity_sid=lambda w: w.spare_activity, target_workers="1==1")),
    "26-workspace.taskqueues.fetch+taskqueue.update": Expect(includes=["MaxReservedWorkers: 20"], verify=field_is(QUEUE, "max_reserved_workers", 20)),
    "27-workspace.taskqueues.update": Expect(includes=["MaxReservedWorkers: 20"], verify=field_is(QUEUE, "max_reserved_workers", 20)),
    "28-workspace.taskqueues.fetch+taskqueue.delete": Expect(includes=["TaskQueue deleted"], allowed_errors={400}, verify=gone(QUEUE)),
    "29-workspace.taskqueues.delete": Expect(includes=["TaskQueue deleted"], verify=gone(QUEUE)),
    "30-workspace.taskqueues.statistics.fetch(params)": Expect(stats_keys=["0", "1"]),
    "31-taskqueue.statistics.fetch(params)": Expect(stats_keys=["realtime", "cumulative"]),
    "32-taskqueue.cumulativeStats.fetch": Expect(stats_keys=["avgTaskAcceptanceTime"]),
    "33-taskqueue.realtimeStats.fetch(params)": Expect(stats_keys=["totalAvailableWorkers"]),
    "34-workspace.workers.fetch": Expect(includes=["Parsing response", "Worker 0"]),
    "35-workspace.workers.fetch(sid)": Expect(includes=["Worker 0"]),
    "36-workspace.workers.create": Expect(includes=["FriendlyName: Worker1"], verify=named("/Workers", "Worker1")),
    "37-workspace.workers.fetch+worker.update": Expect(includes=["FriendlyName: Worker 0"], verify=field_is(WORKER, "activity_sid", lambda w: w.spare_activity)),
    "38-workspace.workers.update": Expect(includes=["FriendlyName: Worker 0"], verify=field_is(WORKER, "activity_sid", lambda w: w.spare_activity)),
    "39-workspace.workers.fetch+worker.delete": Expect(includes=["Worker deleted"], verify=gone(WORKER)),
    "40-workspace.workers.delete": Expect(includes=["Worker deleted"], verify=gone(WORKER)),
    "41-workspace.workers.statistics.fetch(params)": Expect(stats_keys=["realtime", "cumulative"]),
    "42-workspace.workers.cumulativeStats.fetch(params)": Expect(stats_keys=["reservationsCreated", "activityDurations"]),
    "43-workspace.workers.realtimeStats.fetch": Expect(stats_keys=["totalWorkers", "activityStatistics"]),
    "44-worker.statistics.fetch(params)": Expect(stats_keys=["cumulative"]),
    "45-workspace.tasks.fetch": Expect(includes=["Parsing response", SILVER], with_task=True),
    "46-workspace.tasks.fetch(sid)": Expect(includes=[SILVER], with_task=True),
    "47-workspace.tasks.create": Expect(verify=lambda w, r: _created_task(w, r)),
    "48-workspace.tasks.fetch+task.update": Expect(includes=[f"Attributes: {SILVER}"], with_task=True, verify=task_status("canceled")),
    "49-workspace.tasks.update": Expect(includes=[f"Attributes: {SILVER}"], with_task=True, verify=task_status("canceled")),
    "50-workspace.tasks.fetch+task.delete": Expect(includes=["Task deleted"], with_task=True, verify=gone(TASK)),
    "51-workspace.tasks.delete": Expect(includes=["task deleted"], with_task=True, verify=gone(TASK)),
    "52-workspace.statistics.fetch(params)": Expect(stats_keys=["realtime", "cumulative"], with_task=True),
    "53-workspace.cumulativeStats.fetch(params)": Expect(stats_keys=["tasksCreated", "avgTaskAcceptanceTime"], with_task=True),
    "54-workspace.realtimeStats.fetch(params)": Expect(stats_keys=["totalTasks", "longestTaskWaitingAge"], with_task=True),
    "55-workspace.on[ready]": Expect(includes=["Workspace 1"]),
    "56-workspace.on[ready]": Expect(includes=["Workspace 1"]),
    "57-workspace.on[connected]": Expect(includes=["Websocket has connected"]),
    "58-workspace.on[disconnected]": Expect(includes=["Websocket has disconnected"], cut_socket=True),
    "59-workspace.on[token.expired]": Expect(includes=["updating token"], token_ttl=7, token_refreshed=True),
}


def _created_task(ws: ExampleWorkspace, result: dict) -> None:
    line = next((entry for entry in result["logs"] if isinstance(entry, str) and entry.startswith("TaskSid: ")), None)
    assert line, f"no 'TaskSid: …' line in {result['logs']}"
    task = ws.get(f"/Tasks/{line.removeprefix('TaskSid: ')}").json()
    assert json.loads(task["attributes"]) == {"Ticket": "Gold"} and task["workflow_sid"] == ws.workflow


def test_every_example_has_an_expectation():
    assert [e.id for e in EXAMPLES] == list(EXPECTATIONS), "the reference examples and the expectations differ"


def commented_values(code: str, placeholders: dict[str, str]) -> list[str]:
    """What `console.log(x); // "value"` comments promise, placeholders replaced."""
    values = [m.group(2) for m in re.finditer(r"console\.log\([^\n]*?\);?[ \t]*//[ \t]*(['\"])(.*?)\1", code)]
    return [substitute(v, placeholders) for v in values]


def substitute(text: str, placeholders: dict[str, str]) -> str:
    for placeholder, sid in placeholders.items():
        text = text.replace(placeholder, sid)
    return text


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.id for e in EXAMPLES])
def test_reference_example(example, page, page_server, server, http, artifacts):
    expect = EXPECTATIONS[example.id]
    ws = create_example_workspace(http, server.base_url, with_task=expect.with_task)
    try:
        code = substitute(example.code, ws.placeholders)
        refresh = workspace_token(server, ws.sid)
        page.goto(f"{page_server.url}/examples.html")
        assert page.evaluate("typeof Twilio !== 'undefined' && typeof Twilio.TaskRouter.Workspace") == "function", page.messages
        result = page.evaluate("options => window.runExample(options)", {
            "title": example.id, "code": code,
            "token": workspace_token(server, ws.sid, ttl=expect.token_ttl), "refreshToken": refresh,
            "objects": {"taskqueue": ws.queue, "worker": ws.worker, "workflow": ws.workflow},
            "minLogs": max(expect.min_logs, len(expect.includes)), "cutSocket": expect.cut_socket,
            "timeoutMs": 15000 if expect.token_ttl < 60 else 10000,
        })
        (artifacts / "sdk-examples").mkdir(exist_ok=True)
        page.screenshot(path=str(artifacts / "sdk-examples" / f"{example.id}.png"), full_page=True)
        logs = result["logs"]
        assert not result["uncaught"], f"uncaught errors: {result['uncaught']}"
        assert not result["timedOut"], f"the example did not finish; it printed {logs}"
        codes = [entry for entry in logs if isinstance(entry, (int, float))]
        assert set(codes) <= expect.allowed_errors, f"error branch taken: {logs}"
        for expected in commented_values(example.code, ws.placeholders):
            assert expected in logs, f"expected {expected!r} (from the example's comment) in {logs}"
        for expected in expect.includes:
            assert expected in logs, f"expected {expected!r} in {logs}"
        for key in expect.stats_keys:
            printed = next((entry for entry in logs if isinstance(entry, str) and "statistics: " in entry), None)
            assert printed, f"no statistics printed: {logs}"
            stats = json.loads(printed.split("statistics: ", 1)[1])
            assert key in stats, f"{key} not in the statistics object {stats}"
        for entry in logs:
            assert not (isinstance(entry, str) and entry.endswith(": undefined")), f"a field was missing: {logs}"
        if expect.token_refreshed:
            assert result["tokenAfter"] == refresh
        if expect.verify:
            expect.verify(ws, result)
    finally:
        ws.delete()
