"""The web console in Chromium: sign in, create a workspace and a queue (with the live check of its
TargetWorkers), the workflow editor's error marks, and the dashboard following the event bridge
while tasks arrive and get reserved. Screenshots go to artifacts/browser/console/."""

from __future__ import annotations

import json

import pytest
import requests

from example_workspace import workspace_token

TIMEOUT_MS = 15000


@pytest.fixture
def shots(artifacts):
    folder = artifacts / "console"
    folder.mkdir(exist_ok=True)
    return lambda page, name: page.screenshot(path=str(folder / f"{name}.png"), full_page=True)


def sign_in(page, server):
    page.goto(server.url("/console"))
    page.fill("#f-AccountSid", server.account_sid)
    page.fill("#f-AuthToken", server.auth_token)
    page.click("#signin-basic button[type=submit]")
    page.wait_for_selector("text=Workspaces", timeout=TIMEOUT_MS)


def rest(server, method, path, **form):
    response = requests.request(method, server.url(f"/v1{path}"), data=form or None, auth=server.auth, timeout=10)
    assert response.status_code < 300, f"{method} {path}: {response.status_code} {response.text}"
    return response.json() if response.content else None


def test_sign_in_refuses_a_wrong_auth_token(page, server, shots):
    page.goto(server.url("/console/"))
    page.fill("#f-AccountSid", server.account_sid)
    page.fill("#f-AuthToken", "wrong-token-0123456789abcdef0123")
    page.click("#signin-basic button[type=submit]")
    page.wait_for_selector("#signin-basic .notice.error", timeout=TIMEOUT_MS)
    assert "Wrong Account SID or Auth Token" in page.inner_text("#signin-basic .notice.error")
    shots(page, "01-sign-in-refused")


def test_create_a_queue_and_watch_a_task_arrive_on_the_dashboard(page, server, shots):
    sign_in(page, server)
    shots(page, "02-workspaces")
    page.fill("#workspace-create #f-FriendlyName", "Console demo")
    page.select_option("#workspace-create #f-Template", "NONE")
    page.click("#workspace-create button[type=submit]")
    page.wait_for_url("**/console/#/ws/WS*/dashboard", timeout=TIMEOUT_MS)
    ws_sid = page.url.split("#/ws/")[1].split("/")[0]
    activities = {a["friendly_name"]: a["sid"] for a in rest(server, "GET", f"/Workspaces/{ws_sid}/Activities")["activities"]}
    alice = rest(server, "POST", f"/Workspaces/{ws_sid}/Workers", FriendlyName="Alice",
                 Attributes=json.dumps({"skills": ["support"], "languages": ["en"]}), ActivitySid=activities["Offline"])
    rest(server, "POST", f"/Workspaces/{ws_sid}/Workers", FriendlyName="Bob", Attributes=json.dumps({"skills": ["sales"]}))

    # A queue, with the live check of its TargetWorkers expression.
    page.click("nav a[data-section=queues]")
    page.wait_for_selector("#queue-create", timeout=TIMEOUT_MS)
    page.fill("#queue-create #f-FriendlyName", "Support")
    page.fill("#queue-create #f-TargetWorkers", 'skills HAS "support" AND')
    page.wait_for_selector("#target-workers-check [data-state=error]", timeout=TIMEOUT_MS)
    shots(page, "03-queue-target-workers-invalid")
    page.fill("#queue-create #f-TargetWorkers", 'skills HAS "support"')
    page.wait_for_selector("#target-workers-check [data-state=ok]:has-text('Alice')", timeout=TIMEOUT_MS)
    assert "Bob" not in page.inner_text("#target-workers-check")
    assert "Matches 1 worker" in page.inner_text("#target-workers-check")
    shots(page, "04-queue-target-workers-matches")
    page.click("#queue-create button[type=submit]")
    page.wait_for_selector("table.grid td:has-text('Support')", timeout=TIMEOUT_MS)
    queue_sid = next(q["sid"] for q in rest(server, "GET", f"/Workspaces/{ws_sid}/TaskQueues")["task_queues"] if q["friendly_name"] == "Support")
    config = {"task_routing": {"filters": [], "default_filter": {"queue": queue_sid}}}
    workflow = rest(server, "POST", f"/Workspaces/{ws_sid}/Workflows", FriendlyName="Support flow", Configuration=json.dumps(config))

    # The dashboard, live through the event bridge.
    page.click("nav a[data-section=dashboard]")
    page.wait_for_selector("#bridge-status[data-state=connected]", timeout=TIMEOUT_MS)
    page.wait_for_selector(f"#queue-table tr[data-queue-sid='{queue_sid}'][data-waiting='0']", timeout=TIMEOUT_MS)
    task = rest(server, "POST", f"/Workspaces/{ws_sid}/Tasks", WorkflowSid=workflow["sid"], Attributes=json.dumps({"topic": "login"}))
    page.wait_for_selector(f"#queue-table tr[data-queue-sid='{queue_sid}'][data-waiting='1']", timeout=TIMEOUT_MS)
    assert page.inner_text("#card-waiting .value") == "1"
    shots(page, "05-dashboard-task-waiting")

    # Alice becomes available: the task is reserved for her, live.
    rest(server, "POST", f"/Workspaces/{ws_sid}/Workers/{alice['sid']}", ActivitySid=activities["Available"])
    page.wait_for_selector("#reservation-feed li[data-type='reservation.created']:has-text('Alice')", timeout=TIMEOUT_MS)
    page.wait_for_selector(f"#queue-table tr[data-queue-sid='{queue_sid}'] td.reserved:text-is('1')", timeout=TIMEOUT_MS)
    page.wait_for_selector("#activity-legend li[data-activity='Available'][data-count='1']", timeout=TIMEOUT_MS)
    shots(page, "06-dashboard-reservation")
    assert rest(server, "GET", f"/Workspaces/{ws_sid}/Tasks/{task['sid']}")["assignment_status"] == "reserved"


def test_workflow_editor_marks_problems_on_their_lines(page, server, shots):
    ws = rest(server, "POST", "/Workspaces", FriendlyName="Editor demo")
    queue = rest(server, "POST", f"/Workspaces/{ws['sid']}/TaskQueues", FriendlyName="Only queue")
    sign_in(page, server)
    page.goto(server.url(f"/console/#/ws/{ws['sid']}/workflows/new"))
    page.wait_for_selector("#workflow-configuration", timeout=TIMEOUT_MS)
    assert queue["sid"] in page.input_value("#workflow-configuration")
    page.wait_for_selector("#configuration-problems li.ok", timeout=TIMEOUT_MS)
    unknown = "WQ" + "f" * 32
    page.fill("#workflow-configuration", json.dumps({"task_routing": {"filters": [
        {"expression": "", "targets": [{"queue": unknown, "timeout": 0}]}]}}, indent=2))
    page.wait_for_selector("#configuration-problems li[data-path='task_routing.filters[0].targets[0].queue']", timeout=TIMEOUT_MS)
    problems = page.inner_text("#configuration-problems")
    assert f"No TaskQueue {unknown}" in problems and "non-empty expression" in problems and "positive whole number" in problems
    line = page.get_attribute("#configuration-problems li[data-path='task_routing.filters[0].targets[0].queue']", "data-line")
    assert page.get_attribute(f".gutter div:nth-child({line})", "class") == "bad"
    shots(page, "07-workflow-editor-problems")
    page.fill("#workflow-configuration", '{\n  "task_routing": {\n    "default_filter": {"queue": "x"},\n  }\n}')
    page.wait_for_selector("#configuration-problems li[data-line='4']", timeout=TIMEOUT_MS)
    # The server checks filter expressions while typing, and target expressions when saving.
    page.fill("#workflow-configuration", json.dumps({"task_routing": {"filters": [
        {"expression": "priority >", "targets": [{"queue": queue["sid"], "expression": "worker.level >"}]}]}}, indent=2))
    page.wait_for_selector("#configuration-problems li[data-path='task_routing.filters[0].expression']:has-text('Invalid expression')",
                           timeout=TIMEOUT_MS)
    page.fill("#workflow-configuration", json.dumps({"task_routing": {"filters": [
        {"expression": "priority > 1", "targets": [{"queue": queue["sid"], "expression": "worker.level >"}]}]}}, indent=2))
    page.wait_for_selector("#configuration-problems li.ok", timeout=TIMEOUT_MS)
    page.fill("#workflow-form #f-FriendlyName", "Refused")
    page.click("#workflow-form button[type=submit]")
    target = "#configuration-problems li[data-path='task_routing.filters[0].targets[0].expression']"
    page.wait_for_selector(target, timeout=TIMEOUT_MS)
    assert page.get_attribute(target, "data-line") == "9"
    assert page.get_attribute(".gutter div:nth-child(9)", "class") == "bad"
    shots(page, "08-workflow-editor-server-problem")
    page.fill("#workflow-configuration", json.dumps({"task_routing": {"default_filter": {"queue": queue["sid"]}}}, indent=2))
    page.fill("#workflow-form #f-FriendlyName", "Made in the editor")
    page.click("#workflow-form button[type=submit]")
    page.wait_for_url("**/workflows/WW*", timeout=TIMEOUT_MS)
    shots(page, "09-workflow-saved")
    names = [w["friendly_name"] for w in rest(server, "GET", f"/Workspaces/{ws['sid']}/Workflows")["workflows"]]
    assert "Made in the editor" in names


def test_sign_in_with_a_capability_token(page, server, shots):
    ws = rest(server, "POST", "/Workspaces", FriendlyName="Token demo")
    page.goto(server.url("/console/"))
    page.click("#tab-token")
    page.fill("#signin-token #f-Token", workspace_token(server, ws["sid"]))
    page.click("#signin-token button[type=submit]")
    page.wait_for_url(f"**/#/ws/{ws['sid']}/dashboard", timeout=TIMEOUT_MS)
    page.wait_for_selector("#bridge-status[data-state=connected]", timeout=TIMEOUT_MS)
    assert "Token demo" in page.inner_text("h2")
    shots(page, "10-token-dashboard")


def test_every_section_renders_and_tasks_can_be_managed(page, server, shots):
    ws = rest(server, "POST", "/Workspaces", FriendlyName="Sections demo", Template="FIFO")
    workflow = rest(server, "GET", f"/Workspaces/{ws['sid']}/Workflows")["workflows"][0]
    rest(server, "POST", f"/Workspaces/{ws['sid']}/Workers", FriendlyName="Carol", Attributes=json.dumps({"skills": ["billing"]}))
    task = rest(server, "POST", f"/Workspaces/{ws['sid']}/Tasks", WorkflowSid=workflow["sid"], Attributes=json.dumps({"topic": "refund"}))
    sign_in(page, server)
    for section in ("dashboard", "queues", "workflows", "workers", "tasks", "activities", "settings"):
        page.goto(server.url(f"/console/#/ws/{ws['sid']}/{section}"))
        page.wait_for_selector("main h2", timeout=TIMEOUT_MS)
        page.wait_for_load_state("networkidle")
        assert page.query_selector("main .notice.error") is None, f"{section}: {page.inner_text('main')}"
        shots(page, f"section-{section}")
    assert not [m for m in page.messages if m.startswith("pageerror")], page.messages
    page.goto(server.url(f"/console/#/ws/{ws['sid']}/tasks"))
    page.wait_for_selector(f"main td:has-text('refund')", timeout=TIMEOUT_MS)
    page.click("main button:has-text('Cancel')")
    page.wait_for_selector("main p.empty", timeout=TIMEOUT_MS)  # no open tasks left
    assert rest(server, "GET", f"/Workspaces/{ws['sid']}/Tasks/{task['sid']}")["assignment_status"] == "canceled"
