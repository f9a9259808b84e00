"""Conformance scenario driven by the official `twilio` helper library (PyPI).

Every resource of rest-api.md is created, fetched, listed (following `next_page_url`),
updated and deleted where the API allows it, through `client.taskrouter.v1` pointed at the
live server. Each instance is checked property by property for the type the library parses
(dates → `datetime`, counts → `int`, attributes/configuration → JSON text, links → absolute
URLs that answer 200), the raw JSON is checked to carry every field of Twilio's OpenAPI schema,
and the error cases of rest-api.md §1.6 are checked for status, code and body shape.

Spec references: rest-api.md (REST contract), routing-semantics.md §7 (defaults).
Statistics (rest-api.md §13, routing-semantics.md §6): every endpoint through the library, at the end.
"""

from __future__ import annotations

import itertools
import json
import re
import subprocess
import time
import uuid
from datetime import datetime, timedelta, timezone
from typing import Any, Callable

import pytest
import requests
from twilio.base.exceptions import TwilioException, TwilioRestException
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client

from wire_checks import (
    ANY_SID,
    BOOL,
    DATETIME,
    DICT,
    ENUM,
    INT,
    JSON_OBJECT_TEXT,
    JSON_TEXT,
    NONEMPTY_STR,
    SID,
    STR,
    assert_error_body,
    assert_instance,
    links_kind,
    opt,
    url_kind,
)

UNKNOWN = "0" * 32  # hex tail of well-formed SIDs that do not exist
TASK_STATUSES = ("pending", "reserved", "assigned", "canceled", "completed", "wrapping")
RESERVATION_STATUSES = ("pending", "accepted", "rejected", "timeout", "canceled", "rescinded", "wrapping", "completed")
_names = itertools.count(1)


def unique(prefix: str) -> str:
    return f"{prefix}-{next(_names)}-{uuid.uuid4().hex[:6]}"


# --------------------------------------------------------------------------------------------
# Fixtures
# --------------------------------------------------------------------------------------------


class RecordingHttpClient(TwilioHttpClient):
    """The library's own HTTP client, remembering every URL it requested."""

    def __init__(self) -> None:
        super().__init__()
        self.session.trust_env = False  # loopback only: never route through a proxy
        self.urls: list[str] = []

    def request(self, method, url, params=None, data=None, headers=None, auth=None, timeout=None, allow_redirects=False):
        self.urls.append(url)
        return super().request(
            method, url, params=params, data=data, headers=headers, auth=auth, timeout=timeout,
            allow_redirects=allow_redirects,
        )


def make_client(server, account_sid: str, auth_token: str, recorder: TwilioHttpClient | None = None) -> Client:
    client = Client(account_sid, auth_token, http_client=recorder or RecordingHttpClient(), environment={})
    # Domain.absolute_url() joins base_url with "v1/Workspaces/…": this is all it takes.
    client.taskrouter.base_url = server.base_url
    return client


@pytest.fixture(scope="session")
def recorder() -> RecordingHttpClient:
    return RecordingHttpClient()


@pytest.fixture(scope="session")
def tr(server, recorder):
    """`client.taskrouter.v1` of the bootstrap account."""
    return make_client(server, server.account_sid, server.auth_token, recorder).taskrouter.v1


@pytest.fixture(scope="session")
def schemas(openapi_path) -> dict[str, set[str]]:
    """Property names of every response schema of Twilio's OpenAPI file."""
    document = json.loads(openapi_path.read_text())
    return {
        name: set(schema.get("properties", {}))
        for name, schema in document["components"]["schemas"].items()
        if name.startswith("taskrouter.")
    }


@pytest.fixture(scope="session")
def kinds(server) -> dict[str, dict]:
    """Expected kind of every property the library exposes, per resource (rest-api.md §3–§12)."""
    URL = url_kind(server.base_url)
    LINKS = links_kind(server.base_url)
    AC, WS = SID("AC"), SID("WS")
    return {
        "workspace": {
            "account_sid": AC, "sid": WS, "friendly_name": STR,
            "date_created": DATETIME, "date_updated": DATETIME,
            "default_activity_sid": SID("WA"), "default_activity_name": STR,
            "timeout_activity_sid": SID("WA"), "timeout_activity_name": STR,
            "event_callback_url": opt(STR), "events_filter": opt(STR),
            "multi_task_enabled": BOOL, "prioritize_queue_order": ENUM("FIFO", "LIFO"),
            "url": URL, "links": LINKS,
        },
        "activity": {
            "account_sid": AC, "workspace_sid": WS, "sid": SID("WA"), "friendly_name": STR,
            "available": BOOL, "date_created": DATETIME, "date_updated": DATETIME,
            "url": URL, "links": LINKS,
        },
        "task_channel": {
            "account_sid": AC, "workspace_sid": WS, "sid": SID("TC"), "friendly_name": STR,
            "unique_name": STR, "channel_optimized_routing": BOOL,
            "date_created": DATETIME, "date_updated": DATETIME, "url": URL, "links": LINKS,
        },
        "task_queue": {
            "account_sid": AC, "workspace_sid": WS, "sid": SID("WQ"), "friendly_name": STR,
            "target_workers": STR, "max_reserved_workers": INT, "task_order": ENUM("FIFO", "LIFO"),
            "reservation_activity_sid": opt(SID("WA")), "reservation_activity_name": opt(STR),
            "assignment_activity_sid": opt(SID("WA")), "assignment_activity_name": opt(STR),
            "date_created": DATETIME, "date_updated": DATETIME, "url": URL, "links": LINKS,
        },
        "workflow": {
            "account_sid": AC, "workspace_sid": WS, "sid": SID("WW"), "friendly_name": STR,
            "configuration": JSON_OBJECT_TEXT, "assignment_callback_url": opt(STR),
            "fallback_assignment_callback_url": opt(STR), "task_reservation_timeout": INT,
            "document_content_type": opt(STR), "date_created": DATETIME, "date_updated": DATETIME,
            "url": URL, "links": LINKS,
        },
        "worker": {
            "account_sid": AC, "workspace_sid": WS, "sid": SID("WK"), "friendly_name": STR,
            "activity_sid": SID("WA"), "activity_name": STR, "available": BOOL,
            "attributes": JSON_OBJECT_TEXT, "date_created": DATETIME, "date_updated": DATETIME,
            "date_status_changed": opt(DATETIME), "url": URL, "links": LINKS,
        },
        "worker_channel": {
            "account_sid": AC, "workspace_sid": WS, "worker_sid": SID("WK"), "sid": SID("WC"),
            "task_channel_sid": SID("TC"), "task_channel_unique_name": STR,
            "assigned_tasks": INT, "available": BOOL, "available_capacity_percentage": INT,
            "configured_capacity": INT, "date_created": DATETIME, "date_updated": DATETIME, "url": URL,
        },
        "task": {
            "account_sid": AC, "workspace_sid": WS, "sid": SID("WT"), "age": INT,
            "assignment_status": ENUM(*TASK_STATUSES), "attributes": JSON_OBJECT_TEXT,
            "addons": opt(JSON_TEXT), "date_created": DATETIME, "date_updated": DATETIME,
            "task_queue_entered_date": opt(DATETIME), "priority": INT, "reason": opt(STR),
            "task_queue_sid": opt(SID("WQ")), "task_queue_friendly_name": opt(STR),
            "task_channel_sid": SID("TC"), "task_channel_unique_name": STR, "timeout": INT,
            "workflow_sid": opt(SID("WW")), "workflow_friendly_name": opt(STR),
            "virtual_start_time": DATETIME, "ignore_capacity": opt(BOOL), "routing_target": opt(STR),
            "url": URL, "links": LINKS,
        },
        "reservation": {
            "account_sid": AC, "workspace_sid": WS, "sid": SID("WR"), "task_sid": SID("WT"),
            "worker_sid": SID("WK"), "worker_name": STR, "reservation_status": ENUM(*RESERVATION_STATUSES),
            "date_created": DATETIME, "date_updated": DATETIME, "url": URL, "links": LINKS,
        },
        "event": {
            "account_sid": AC, "workspace_sid": WS, "sid": SID("EV"), "event_type": NONEMPTY_STR,
            "description": opt(STR), "event_date": DATETIME, "event_date_ms": INT,
            "actor_sid": opt(ANY_SID), "actor_type": opt(STR), "actor_url": opt(URL),
            "resource_sid": ANY_SID, "resource_type": NONEMPTY_STR, "resource_url": opt(URL),
            "event_data": DICT, "source": opt(STR), "source_ip_address": opt(STR), "url": URL,
        },
    }


# rest-api.md §1.10: `links` keys per resource (at least these).
LINK_KEYS = {
    "workspace": {"activities", "statistics", "real_time_statistics", "cumulative_statistics", "task_queues",
                  "tasks", "workers", "workflows", "task_channels", "events"},
    "activity": {"workspace"},
    "task_channel": {"workspace"},
    "task_queue": {"assignment_activity", "reservation_activity", "workspace", "statistics",
                   "real_time_statistics", "cumulative_statistics", "list_statistics"},
    "workflow": {"statistics", "real_time_statistics", "cumulative_statistics"},
    "worker": {"channels", "worker_channels", "activity", "workspace", "reservations", "worker_statistics",
               "statistics", "real_time_statistics", "cumulative_statistics"},
    "task": {"task_queue", "workflow", "workspace", "reservations"},
    "task_reservation": {"task", "worker", "workspace"},
    "worker_reservation": {"task", "worker", "workspace"},
}

SCHEMA_NAMES = {
    "workspace": "taskrouter.v1.workspace",
    "activity": "taskrouter.v1.workspace.activity",
    "task_channel": "taskrouter.v1.workspace.task_channel",
    "task_queue": "taskrouter.v1.workspace.task_queue",
    "workflow": "taskrouter.v1.workspace.workflow",
    "worker": "taskrouter.v1.workspace.worker",
    "worker_channel": "taskrouter.v1.workspace.worker.worker_channel",
    "task": "taskrouter.v1.workspace.task",
    "event": "taskrouter.v1.workspace.event",
    "task_reservation": "taskrouter.v1.workspace.task.task_reservation",
    "worker_reservation": "taskrouter.v1.workspace.worker.worker_reservation",
}


@pytest.fixture
def check(server, http, kinds, schemas):
    """check(resource, instance): parsed types, raw fields, `url` and every `links` URL."""

    def run(resource: str, instance: Any) -> dict:
        kind_table = "reservation" if resource.endswith("_reservation") else resource  # same shape on both paths
        assert_instance(instance, kinds[kind_table], resource)
        response = http.get(instance.url)
        assert response.status_code == 200, f"GET {instance.url} (the instance url): {response.status_code} {response.text[:300]}"
        raw = response.json()
        assert raw.get("sid") == instance.sid
        expected = schemas[SCHEMA_NAMES[resource]]
        missing, extra = expected - set(raw), set(raw) - expected
        assert not missing and not extra, f"{resource} JSON fields: missing {sorted(missing)}, unexpected {sorted(extra)}"
        links = getattr(instance, "links", None)
        if resource in LINK_KEYS:
            # A queue without reservation/assignment activity has nothing to link to (spec silent).
            unset = {key for key in ("assignment_activity", "reservation_activity")
                     if resource == "task_queue" and getattr(instance, f"{key}_sid") is None}
            missing_links = LINK_KEYS[resource] - unset - set(links)
            assert not missing_links, f"{resource}.links lacks {sorted(missing_links)}: {links}"
            for key, url in links.items():
                if key in unset or key == "bulk_real_time_statistics":  # the bulk statistics endpoint is POST-only
                    continue
                got = http.get(url)
                assert got.status_code == 200, f"{resource}.links.{key} = {url}: {got.status_code} {got.text[:200]}"
        return raw

    return run


def expect_error(status: int, code: int, call: Callable[[], Any]) -> TwilioRestException:
    with pytest.raises(TwilioRestException) as info:
        call()
    exc = info.value
    assert (exc.status, exc.code) == (status, code), f"expected {status}/{code}, got {exc.status}/{exc.code}: {exc.msg}"
    return exc


def expect_list_error(status: int, code: int, call: Callable[[], Any]) -> None:
    """List calls: twilio-python's Page raises a plain TwilioException carrying the HTTP response."""
    with pytest.raises(TwilioException) as info:
        call()
    exc = info.value
    assert not isinstance(exc, TwilioRestException) or (exc.status, exc.code) == (status, code)
    response = exc.args[1] if len(exc.args) > 1 else None
    assert response is not None, f"no response in {exc!r}"
    body = json.loads(response.text)
    assert (response.status_code, body.get("code")) == (status, code), f"expected {status}/{code}, got {response.status_code} {body}"


def raw_error(http: requests.Session, method: str, url: str, status: int, code: int, **kwargs) -> dict:
    return assert_error_body(http.request(method, url, **kwargs), status, code)


def check_paging(recorder: RecordingHttpClient, list_resource, must_contain: set[str], **filters) -> list:
    """List with page_size=2 (following next_page_url), with a limit, and with stream()."""
    recorder.urls.clear()
    items = list_resource.list(page_size=2, **filters)
    sids = [item.sid for item in items]
    assert len(sids) == len(set(sids)), f"paging returned duplicates: {sids}"
    assert must_contain <= set(sids), f"paging lost items: {must_contain - set(sids)}"
    if len(sids) > 2:
        followed = [u for u in recorder.urls if "PageToken=" in u or "Page=1" in u]
        assert followed, f"next_page_url was never followed: {recorder.urls}"
    everything = [item.sid for item in list_resource.list(page_size=1000, **filters)]
    assert sorted(everything) == sorted(sids), "page_size=2 and page_size=1000 disagree"
    limited = list_resource.list(limit=3, page_size=2, **filters)
    assert [i.sid for i in limited] == sids[:3]
    streamed = [i.sid for i in list_resource.stream(page_size=2, **filters)]
    assert streamed == sids
    return items


def check_envelope(http: requests.Session, collection_url: str, key: str, page_size: int = 2, query: str = "") -> list:
    """Raw paging envelope of rest-api.md §1.7, walked to the last page; `query` filters must be carried along."""
    url = f"{collection_url}?{query + '&' if query else ''}PageSize={page_size}"
    page_number = 0
    previous_sids = None
    seen: list = []
    while url:
        response = http.get(url)
        assert response.status_code == 200, f"GET {url}: {response.status_code} {response.text[:300]}"
        body = response.json()
        meta = body.get("meta")
        assert isinstance(meta, dict), f"GET {url}: no meta: {body}"
        assert set(meta) >= {"page", "page_size", "first_page_url", "previous_page_url", "next_page_url", "url", "key"}, meta
        assert meta["key"] == key and isinstance(body.get(key), list), f"meta.key {meta['key']!r}, body keys {list(body)}"
        assert meta["page"] == page_number and meta["page_size"] == page_size, meta
        assert meta["first_page_url"].startswith(collection_url) and "Page=0" in meta["first_page_url"], meta
        assert meta["url"].startswith(collection_url), meta
        if page_number == 0:
            assert meta["previous_page_url"] is None, meta
        else:
            assert meta["previous_page_url"], f"page {page_number} has no previous_page_url"
            back = http.get(meta["previous_page_url"])
            assert back.status_code == 200, f"previous_page_url {meta['previous_page_url']}: {back.status_code}"
            back_sids = [item["sid"] for item in back.json()[key]]
            assert back_sids == previous_sids, f"previous_page_url does not lead back: {back_sids} != {previous_sids}"
        assert len(body[key]) <= page_size
        seen.extend(item["sid"] for item in body[key])
        for carried in ("first_page_url", "url", "next_page_url", "previous_page_url"):
            if query and meta[carried] is not None:
                assert query in meta[carried], f"meta.{carried} lost the filter {query!r}: {meta[carried]}"
        if meta["next_page_url"] is not None:
            assert meta["next_page_url"].startswith(collection_url), meta
            assert len(body[key]) == page_size, "a non-final page is short"
        previous_sids = [item["sid"] for item in body[key]]
        url = meta["next_page_url"]
        page_number += 1
        assert page_number < 500, "paging never ends"
    assert len(seen) == len(set(seen)), "envelope paging returned duplicates"
    return seen


def wait_for(fetch: Callable[[], Any], ready: Callable[[Any], bool], what: str, deadline_s: float = 15.0) -> Any:
    """Poll `fetch` until `ready(result)` or the deadline (routing may finish after the HTTP reply)."""
    end = time.monotonic() + deadline_s
    while True:
        result = fetch()
        if ready(result):
            return result
        if time.monotonic() > end:
            raise AssertionError(f"timed out waiting for {what}; last: {result!r}")
        time.sleep(0.05)  # poll interval, bounded by the deadline


def new_workspace(tr, **kwargs):
    return tr.workspaces.create(friendly_name=kwargs.pop("friendly_name", unique("ws")), **kwargs)


def activity_named(ws, name: str):
    matches = [a for a in ws.activities.list() if a.friendly_name == name]
    assert len(matches) == 1, f"activity {name!r}: {matches}"
    return matches[0]


def make_routing(ws):
    """Two queues and a workflow: tasks with vip==true go to the VIP queue, the rest to the main one."""
    main = ws.task_queues.create(friendly_name=unique("main"))
    vip = ws.task_queues.create(friendly_name=unique("vip"), target_workers='tier == "gold"')
    configuration = {
        "task_routing": {
            "filters": [{"filter_friendly_name": "vip", "expression": "vip == true", "targets": [{"queue": vip.sid}]}],
            "default_filter": {"queue": main.sid},
        }
    }
    workflow = ws.workflows.create(friendly_name=unique("wf"), configuration=json.dumps(configuration))
    return main, vip, workflow


# --------------------------------------------------------------------------------------------
# Health, auth
# --------------------------------------------------------------------------------------------


def test_health_needs_no_auth(server):
    response = requests.get(server.url("/health"))
    assert response.status_code == 200


def test_bad_credentials_are_401_20003(server, http):
    wrong_token = make_client(server, server.account_sid, "x" * 32).taskrouter.v1
    expect_error(401, 20003, lambda: wrong_token.workspaces.create(friendly_name="nope"))
    expect_error(401, 20003, lambda: wrong_token.workspaces("WS" + UNKNOWN).fetch())
    expect_list_error(401, 20003, lambda: wrong_token.workspaces.list())
    unknown_account = make_client(server, "AC" + "f" * 32, server.auth_token).taskrouter.v1
    expect_error(401, 20003, lambda: unknown_account.workspaces("WS" + UNKNOWN).fetch())
    expect_list_error(401, 20003, lambda: unknown_account.workspaces.list())
    url = server.url("/v1/Workspaces")
    assert_error_body(requests.get(url), 401, 20003)
    assert_error_body(requests.get(url, auth=(server.account_sid, "x" * 32)), 401, 20003)
    assert_error_body(requests.post(url, data={"FriendlyName": "x"}, auth=("AC" + "f" * 32, "y" * 32)), 401, 20003)


# --------------------------------------------------------------------------------------------
# Workspace (rest-api.md §3, routing-semantics.md §7.1)
# --------------------------------------------------------------------------------------------


def test_workspace_crud_and_paging(tr, check, recorder, http, server):
    name = unique("ws")
    ws = tr.workspaces.create(
        friendly_name=name,
        event_callback_url="http://127.0.0.1:9/events",
        events_filter="task.created,worker.activity.update",
    )
    raw = check("workspace", ws)
    assert ws.friendly_name == name
    assert ws.event_callback_url == "http://127.0.0.1:9/events"
    assert ws.events_filter == "task.created,worker.activity.update"
    assert ws.multi_task_enabled is True
    assert ws.prioritize_queue_order == "FIFO"
    assert ws.default_activity_name == "Offline" and ws.timeout_activity_name == "Offline"
    assert ws.default_activity_sid == ws.timeout_activity_sid
    assert ws.url == server.url(f"/v1/Workspaces/{ws.sid}")
    for key, target in {"activities": "Activities", "task_queues": "TaskQueues", "tasks": "Tasks", "workers": "Workers",
                        "workflows": "Workflows", "task_channels": "TaskChannels", "events": "Events",
                        "statistics": "Statistics", "real_time_statistics": "RealTimeStatistics",
                        "cumulative_statistics": "CumulativeStatistics"}.items():
        assert ws.links[key] == f"{ws.url}/{target}", f"links.{key} = {ws.links[key]}"
    assert raw["friendly_name"] == name

    fetched = tr.workspaces(ws.sid).fetch()
    check("workspace", fetched)
    assert (fetched.sid, fetched.friendly_name, fetched.date_created) == (ws.sid, name, ws.date_created)

    by_name = tr.workspaces.list(friendly_name=name)
    assert [w.sid for w in by_name] == [ws.sid]
    check("workspace", by_name[0])

    others = {new_workspace(tr).sid for _ in range(3)}
    check_paging(recorder, tr.workspaces, others | {ws.sid})
    check_envelope(http, server.url("/v1/Workspaces"), "workspaces")

    available = activity_named(tr.workspaces(ws.sid), "Available")
    unavailable = activity_named(tr.workspaces(ws.sid), "Unavailable")
    renamed = unique("ws-renamed")
    updated = tr.workspaces(ws.sid).update(
        friendly_name=renamed,
        default_activity_sid=available.sid,
        timeout_activity_sid=unavailable.sid,
        prioritize_queue_order="LIFO",
        events_filter="task.canceled",
        multi_task_enabled=True,
    )
    check("workspace", updated)
    assert updated.friendly_name == renamed
    assert (updated.default_activity_sid, updated.default_activity_name) == (available.sid, "Available")
    assert (updated.timeout_activity_sid, updated.timeout_activity_name) == (unavailable.sid, "Unavailable")
    assert updated.prioritize_queue_order == "LIFO"
    assert updated.events_filter == "task.canceled"
    assert updated.date_updated >= ws.date_updated
    assert updated.date_created == ws.date_created
    # An empty update returns the unchanged resource (rest-api.md §1.3).
    assert tr.workspaces(ws.sid).update().friendly_name == renamed
    # The new default activity applies to new workers (routing-semantics.md §7.2).
    worker = tr.workspaces(ws.sid).workers.create(friendly_name=unique("w"))
    assert worker.activity_sid == available.sid and worker.available is True

    assert tr.workspaces(ws.sid).delete() is True
    expect_error(404, 20404, lambda: tr.workspaces(ws.sid).fetch())
    assert ws.sid not in {w.sid for w in tr.workspaces.list(page_size=1000)}
    raw_error(http, "GET", server.url(f"/v1/Workspaces/{ws.sid}/Workers"), 404, 20404)


def test_new_workspace_defaults(tr, check):
    ws = new_workspace(tr)
    check("workspace", ws)
    wsc = tr.workspaces(ws.sid)
    activities = {a.friendly_name: a for a in wsc.activities.list()}
    assert set(activities) == {"Offline", "Available", "Unavailable"}
    assert {n: a.available for n, a in activities.items()} == {"Offline": False, "Available": True, "Unavailable": False}
    assert ws.default_activity_sid == activities["Offline"].sid
    assert ws.timeout_activity_sid == activities["Offline"].sid
    for activity in activities.values():
        check("activity", activity)

    channels = {c.unique_name: c for c in wsc.task_channels.list()}
    assert {n: c.friendly_name for n, c in channels.items()} == {
        "default": "Default", "voice": "Voice", "sms": "SMS", "chat": "Chat", "video": "Video"}
    assert all(c.channel_optimized_routing is False for c in channels.values())
    for channel in channels.values():
        check("task_channel", channel)

    # Template NONE (the default): no queues, no workflows.
    assert wsc.task_queues.list() == []
    assert wsc.workflows.list() == []
    none_ws = new_workspace(tr, template="NONE")
    assert tr.workspaces(none_ws.sid).task_queues.list() == []
    assert tr.workspaces(none_ws.sid).workflows.list() == []


def test_fifo_template(tr, check):
    ws = new_workspace(tr, template="FIFO")
    wsc = tr.workspaces(ws.sid)
    queues = wsc.task_queues.list()
    assert [q.friendly_name for q in queues] == ["Sample Queue"]
    queue = queues[0]
    check("task_queue", queue)
    assert (queue.target_workers, queue.task_order, queue.max_reserved_workers) == ("1==1", "FIFO", 1)

    workflows = wsc.workflows.list()
    assert [w.friendly_name for w in workflows] == ["Default Fifo Workflow"]
    workflow = workflows[0]
    check("workflow", workflow)
    assert workflow.task_reservation_timeout == 120
    assert not workflow.assignment_callback_url and not workflow.fallback_assignment_callback_url
    configuration = json.loads(workflow.configuration)
    assert configuration["task_routing"]["default_filter"]["queue"] == queue.sid

    # With exactly one workflow, WorkflowSid is optional (routing-semantics.md §7.2).
    task = wsc.tasks.create(attributes=json.dumps({"x": 1}))
    check("task", task)
    assert task.workflow_sid == workflow.sid and task.task_queue_sid == queue.sid
    assert task.workflow_friendly_name == "Default Fifo Workflow"
    assert task.task_queue_friendly_name == "Sample Queue"


# --------------------------------------------------------------------------------------------
# Activity (rest-api.md §4)
# --------------------------------------------------------------------------------------------


def test_activity_crud_and_paging(tr, check, recorder, http):
    ws_sid = new_workspace(tr).sid
    ws = tr.workspaces(ws_sid)
    name = unique("Break")
    created = ws.activities.create(friendly_name=name, available=True)
    check("activity", created)
    assert (created.friendly_name, created.available, created.workspace_sid) == (name, True, ws_sid)
    assert created.links["workspace"].endswith(f"/v1/Workspaces/{created.workspace_sid}")
    unavailable = ws.activities.create(friendly_name=unique("Lunch"))
    assert unavailable.available is False  # default false (routing-semantics.md §7.2)

    fetched = ws.activities(created.sid).fetch()
    check("activity", fetched)
    assert (fetched.sid, fetched.friendly_name, fetched.available) == (created.sid, name, True)

    assert [a.sid for a in ws.activities.list(friendly_name=name)] == [created.sid]
    available_names = {a.friendly_name for a in ws.activities.list(available="true")}
    assert available_names == {"Available", name}
    unavailable_names = {a.friendly_name for a in ws.activities.list(available="false")}
    assert unavailable_names == {"Offline", "Unavailable", unavailable.friendly_name}

    extra = {ws.activities.create(friendly_name=unique("a")).sid for _ in range(2)}
    check_paging(recorder, ws.activities, extra | {created.sid, unavailable.sid})
    check_envelope(http, f"{created.links['workspace']}/Activities", "activities")

    renamed = unique("Coffee")
    updated = ws.activities(created.sid).update(friendly_name=renamed)
    check("activity", updated)
    assert (updated.friendly_name, updated.available) == (renamed, True)
    assert ws.activities(created.sid).fetch().friendly_name == renamed

    assert ws.activities(created.sid).delete() is True
    expect_error(404, 20404, lambda: ws.activities(created.sid).fetch())
    expect_error(404, 20404, lambda: ws.activities(created.sid).delete())


# --------------------------------------------------------------------------------------------
# TaskChannel (rest-api.md §5)
# --------------------------------------------------------------------------------------------


def test_task_channel_crud_and_paging(tr, check, recorder, http, server):
    ws_sid = new_workspace(tr).sid
    ws = tr.workspaces(ws_sid)
    unique_name = "fax" + uuid.uuid4().hex[:6]
    created = ws.task_channels.create(friendly_name="Fax", unique_name=unique_name, channel_optimized_routing=True)
    check("task_channel", created)
    assert (created.friendly_name, created.unique_name, created.channel_optimized_routing) == ("Fax", unique_name, True)

    for key in (created.sid, unique_name):  # SID or unique name (rest-api.md §1.5)
        fetched = ws.task_channels(key).fetch()
        check("task_channel", fetched)
        assert fetched.sid == created.sid

    check_paging(recorder, ws.task_channels, {created.sid})
    check_envelope(http, server.url(f"/v1/Workspaces/{ws_sid}/TaskChannels"), "channels")

    updated = ws.task_channels(created.sid).update(friendly_name="Telefax", channel_optimized_routing=False)
    check("task_channel", updated)
    assert (updated.friendly_name, updated.unique_name, updated.channel_optimized_routing) == ("Telefax", unique_name, False)

    assert ws.task_channels(created.sid).delete() is True
    expect_error(404, 20404, lambda: ws.task_channels(created.sid).fetch())
    expect_error(404, 20404, lambda: ws.task_channels(unique_name).fetch())


# --------------------------------------------------------------------------------------------
# TaskQueue (rest-api.md §6)
# --------------------------------------------------------------------------------------------


def test_task_queue_crud_and_paging(tr, check, recorder, http, server):
    ws_sid = new_workspace(tr).sid
    ws = tr.workspaces(ws_sid)
    available = activity_named(ws, "Available")
    unavailable = activity_named(ws, "Unavailable")

    defaults = ws.task_queues.create(friendly_name=unique("q"))
    check("task_queue", defaults)
    assert (defaults.target_workers, defaults.max_reserved_workers, defaults.task_order) == ("1==1", 1, "FIFO")
    assert defaults.reservation_activity_sid is None and defaults.assignment_activity_sid is None

    name = unique("spanish")
    created = ws.task_queues.create(
        friendly_name=name,
        target_workers='language == "spanish"',
        max_reserved_workers=3,
        task_order="LIFO",
        reservation_activity_sid=unavailable.sid,
        assignment_activity_sid=available.sid,
    )
    check("task_queue", created)
    assert created.target_workers == 'language == "spanish"'
    assert (created.max_reserved_workers, created.task_order) == (3, "LIFO")
    assert (created.reservation_activity_sid, created.reservation_activity_name) == (unavailable.sid, "Unavailable")
    assert (created.assignment_activity_sid, created.assignment_activity_name) == (available.sid, "Available")
    assert created.links["assignment_activity"].endswith(f"/Activities/{available.sid}")
    assert created.links["reservation_activity"].endswith(f"/Activities/{unavailable.sid}")

    fetched = ws.task_queues(created.sid).fetch()
    check("task_queue", fetched)
    assert (fetched.friendly_name, fetched.target_workers) == (name, 'language == "spanish"')
    assert [q.sid for q in ws.task_queues.list(friendly_name=name)] == [created.sid]
    spanish = {q.sid for q in ws.task_queues.list(evaluate_worker_attributes=json.dumps({"language": "spanish"}))}
    assert spanish == {created.sid, defaults.sid}  # defaults has target_workers 1==1
    french = {q.sid for q in ws.task_queues.list(evaluate_worker_attributes=json.dumps({"language": "french"}))}
    assert french == {defaults.sid}

    extra = {ws.task_queues.create(friendly_name=unique("q")).sid for _ in range(2)}
    check_paging(recorder, ws.task_queues, extra | {created.sid, defaults.sid})
    check_envelope(http, server.url(f"/v1/Workspaces/{ws_sid}/TaskQueues"), "task_queues")

    updated = ws.task_queues(created.sid).update(
        friendly_name=name + "-2", target_workers="1==1", max_reserved_workers=50, task_order="FIFO")
    check("task_queue", updated)
    assert (updated.friendly_name, updated.target_workers, updated.max_reserved_workers, updated.task_order) == (
        name + "-2", "1==1", 50, "FIFO")

    assert ws.task_queues(created.sid).delete() is True
    expect_error(404, 20404, lambda: ws.task_queues(created.sid).fetch())


# --------------------------------------------------------------------------------------------
# Workflow (rest-api.md §7)
# --------------------------------------------------------------------------------------------


def test_workflow_crud_and_paging(tr, check, recorder, http, server):
    ws_sid = new_workspace(tr).sid
    ws = tr.workspaces(ws_sid)
    main, vip, workflow = make_routing(ws)
    check("workflow", workflow)
    assert workflow.task_reservation_timeout == 120  # default (routing-semantics.md §7.2)
    assert json.loads(workflow.configuration)["task_routing"]["default_filter"]["queue"] == main.sid

    name = unique("wf")
    configuration = json.dumps({"task_routing": {"default_filter": {"queue": vip.sid}}})
    created = ws.workflows.create(
        friendly_name=name,
        configuration=configuration,
        assignment_callback_url="http://127.0.0.1:9/assign",
        fallback_assignment_callback_url="http://127.0.0.1:9/fallback",
        task_reservation_timeout=30,
    )
    check("workflow", created)
    assert json.loads(created.configuration) == json.loads(configuration)
    assert created.assignment_callback_url == "http://127.0.0.1:9/assign"
    assert created.fallback_assignment_callback_url == "http://127.0.0.1:9/fallback"
    assert created.task_reservation_timeout == 30

    fetched = ws.workflows(created.sid).fetch()
    check("workflow", fetched)
    assert (fetched.friendly_name, fetched.task_reservation_timeout) == (name, 30)
    assert [w.sid for w in ws.workflows.list(friendly_name=name)] == [created.sid]

    extra = {ws.workflows.create(friendly_name=unique("wf"), configuration=configuration).sid for _ in range(2)}
    check_paging(recorder, ws.workflows, extra | {created.sid, workflow.sid})
    check_envelope(http, server.url(f"/v1/Workspaces/{ws_sid}/Workflows"), "workflows")

    new_configuration = json.dumps({"task_routing": {"default_filter": {"queue": main.sid}}})
    updated = ws.workflows(created.sid).update(
        friendly_name=name + "-2", configuration=new_configuration, task_reservation_timeout=86400)
    check("workflow", updated)
    assert updated.friendly_name == name + "-2"
    assert json.loads(updated.configuration) == json.loads(new_configuration)
    assert updated.task_reservation_timeout == 86400

    assert ws.workflows(created.sid).delete() is True
    expect_error(404, 20404, lambda: ws.workflows(created.sid).fetch())


# --------------------------------------------------------------------------------------------
# Worker and WorkerChannel (rest-api.md §8, §9)
# --------------------------------------------------------------------------------------------


def test_worker_crud_filters_and_paging(tr, check, recorder, http, server):
    ws_sid = new_workspace(tr).sid
    ws = tr.workspaces(ws_sid)
    offline = activity_named(ws, "Offline")
    available = activity_named(ws, "Available")

    plain = ws.workers.create(friendly_name=unique("plain"))
    check("worker", plain)
    assert (plain.activity_sid, plain.activity_name, plain.available) == (offline.sid, "Offline", False)
    assert json.loads(plain.attributes) == {}  # default (routing-semantics.md §7.2)

    name = unique("alice")
    attributes = {"team": "blue", "languages": ["en", "es"], "level": 3}
    response = ws.workers.create_with_http_info(
        friendly_name=name, activity_sid=available.sid, attributes=json.dumps(attributes))
    assert response.status_code == 201
    assert response.headers.get("ETag"), "worker create has no ETag header"
    alice = response.data
    check("worker", alice)
    assert (alice.friendly_name, alice.activity_sid, alice.activity_name, alice.available) == (
        name, available.sid, "Available", True)
    assert json.loads(alice.attributes) == attributes
    assert alice.links["activity"].endswith(f"/Activities/{available.sid}")

    fetched = ws.workers(alice.sid).fetch_with_http_info()
    assert fetched.status_code == 200 and fetched.headers.get("ETag")
    check("worker", fetched.data)
    assert fetched.data.friendly_name == name

    bob = ws.workers.create(friendly_name=unique("bob"), attributes=json.dumps({"team": "red"}))
    # Filters (rest-api.md §8).
    assert [w.sid for w in ws.workers.list(friendly_name=name)] == [alice.sid]
    assert {w.sid for w in ws.workers.list(activity_sid=available.sid)} == {alice.sid}
    assert {w.sid for w in ws.workers.list(activity_name="Offline")} == {plain.sid, bob.sid}
    assert {w.sid for w in ws.workers.list(available="true")} == {alice.sid}
    assert {w.sid for w in ws.workers.list(available="false")} == {plain.sid, bob.sid}
    assert {w.sid for w in ws.workers.list(target_workers_expression='team == "blue"')} == {alice.sid}
    blue_queue = ws.task_queues.create(friendly_name=unique("blue"), target_workers='team == "blue"')
    assert {w.sid for w in ws.workers.list(task_queue_sid=blue_queue.sid)} == {alice.sid}
    assert {w.sid for w in ws.workers.list(task_queue_name=blue_queue.friendly_name)} == {alice.sid}

    extra = {ws.workers.create(friendly_name=unique("w")).sid for _ in range(2)}
    check_paging(recorder, ws.workers, extra | {plain.sid, alice.sid, bob.sid})
    check_envelope(http, server.url(f"/v1/Workspaces/{ws_sid}/Workers"), "workers")
    offline_sids = {w.sid for w in ws.workers.list(available="false")}
    assert len(offline_sids) >= 3
    filtered = check_envelope(http, server.url(f"/v1/Workspaces/{ws_sid}/Workers"), "workers", query="Available=false")
    assert set(filtered) == offline_sids
    check_paging(recorder, ws.workers, offline_sids, available="false")

    renamed = unique("alicia")
    updated = ws.workers(alice.sid).update(
        friendly_name=renamed, activity_sid=offline.sid, attributes=json.dumps({"team": "green"}))
    check("worker", updated)
    assert (updated.friendly_name, updated.activity_sid, updated.activity_name, updated.available) == (
        renamed, offline.sid, "Offline", False)
    assert json.loads(updated.attributes) == {"team": "green"}
    assert updated.date_status_changed is not None and updated.date_status_changed >= alice.date_created

    assert ws.workers(alice.sid).delete() is True
    expect_error(404, 20404, lambda: ws.workers(alice.sid).fetch())
    expect_error(404, 20404, lambda: ws.workers(alice.sid).worker_channels("voice").fetch())


def test_worker_channels(tr, check, recorder, http, server):
    ws_sid = new_workspace(tr).sid
    ws = tr.workspaces(ws_sid)
    worker = ws.workers.create(friendly_name=unique("w"))
    channels = ws.workers(worker.sid).worker_channels.list()
    task_channels = {c.unique_name: c.sid for c in ws.task_channels.list()}
    # One WorkerChannel per TaskChannel (rest-api.md §9), capacity 1 and available (routing-semantics.md §7.2).
    assert {c.task_channel_unique_name: c.task_channel_sid for c in channels} == task_channels
    for channel in channels:
        check("worker_channel", channel)
        assert channel.worker_sid == worker.sid
        assert (channel.configured_capacity, channel.available, channel.assigned_tasks) == (1, True, 0)
        assert 0 <= channel.available_capacity_percentage <= 100
    check_paging(recorder, ws.workers(worker.sid).worker_channels, {c.sid for c in channels})
    check_envelope(http, server.url(f"/v1/Workspaces/{ws_sid}/Workers/{worker.sid}/Channels"), "channels")

    voice = next(c for c in channels if c.task_channel_unique_name == "voice")
    # {Sid} is the WorkerChannel SID, the TaskChannel SID or its unique name (rest-api.md §1.5).
    for key in (voice.sid, voice.task_channel_sid, "voice"):
        fetched = ws.workers(worker.sid).worker_channels(key).fetch()
        check("worker_channel", fetched)
        assert fetched.sid == voice.sid

    updated = ws.workers(worker.sid).worker_channels("voice").update(capacity=3)
    check("worker_channel", updated)
    assert updated.configured_capacity == 3
    updated = ws.workers(worker.sid).worker_channels(voice.sid).update(available=False)
    assert (updated.available, updated.configured_capacity) == (False, 3)
    assert ws.workers(worker.sid).worker_channels(voice.sid).fetch().available is False
    expect_error(404, 20404, lambda: ws.workers(worker.sid).worker_channels("WC" + UNKNOWN).fetch())


# --------------------------------------------------------------------------------------------
# Task and Reservations (rest-api.md §10, §11)
# --------------------------------------------------------------------------------------------


def test_task_crud_filters_and_paging(tr, check, recorder, http, server):
    ws_sid = new_workspace(tr).sid
    ws = tr.workspaces(ws_sid)
    main, vip, workflow = make_routing(ws)

    plain = ws.tasks.create(workflow_sid=workflow.sid)
    check("task", plain)
    assert plain.assignment_status == "pending"
    assert (plain.timeout, plain.priority, plain.task_channel_unique_name) == (86400, 0, "default")
    assert json.loads(plain.attributes) == {}
    assert (plain.task_queue_sid, plain.task_queue_friendly_name) == (main.sid, main.friendly_name)
    assert (plain.workflow_sid, plain.workflow_friendly_name) == (workflow.sid, workflow.friendly_name)
    assert plain.task_queue_entered_date is not None
    assert plain.reason is None
    assert plain.virtual_start_time == plain.date_created
    assert plain.age >= 0

    attributes = {"vip": True, "customer": "ACME", "n": 7}
    response = ws.tasks.create_with_http_info(
        workflow_sid=workflow.sid, attributes=json.dumps(attributes), priority=5, timeout=3600, task_channel="voice")
    assert response.status_code == 201 and response.headers.get("ETag"), "task create has no ETag header"
    task = response.data
    check("task", task)
    assert json.loads(task.attributes) == attributes
    assert (task.priority, task.timeout, task.task_channel_unique_name) == (5, 3600, "voice")
    assert task.task_queue_sid == vip.sid  # routed by the workflow's filter
    assert task.links["task_queue"].endswith(f"/TaskQueues/{vip.sid}")
    assert task.links["workflow"].endswith(f"/Workflows/{workflow.sid}")

    fetched = ws.tasks(task.sid).fetch_with_http_info()
    assert fetched.status_code == 200 and fetched.headers.get("ETag")
    check("task", fetched.data)
    assert json.loads(fetched.data.attributes) == attributes

    low = ws.tasks.create(workflow_sid=workflow.sid, priority=1)
    assert {t.sid for t in ws.tasks.list(task_queue_sid=vip.sid)} == {task.sid}
    assert {t.sid for t in ws.tasks.list(task_queue_name=main.friendly_name)} == {plain.sid, low.sid}
    assert {t.sid for t in ws.tasks.list(workflow_sid=workflow.sid)} == {plain.sid, task.sid, low.sid}
    assert {t.sid for t in ws.tasks.list(workflow_name=workflow.friendly_name)} == {plain.sid, task.sid, low.sid}
    assert {t.sid for t in ws.tasks.list(priority=5)} == {task.sid}
    assert {t.sid for t in ws.tasks.list(assignment_status=["pending"])} == {plain.sid, task.sid, low.sid}
    assert ws.tasks.list(assignment_status=["completed", "canceled"]) == []
    assert {t.sid for t in ws.tasks.list(evaluate_task_attributes='customer == "ACME"')} == {task.sid}
    by_priority = [t.priority for t in ws.tasks.list(ordering="Priority:desc")]
    assert by_priority == sorted(by_priority, reverse=True)
    created_order = [t.date_created for t in ws.tasks.list()]  # default ordering DateCreated:asc
    assert created_order == sorted(created_order)

    extra = {ws.tasks.create(workflow_sid=workflow.sid).sid for _ in range(2)}
    check_paging(recorder, ws.tasks, extra | {plain.sid, task.sid, low.sid})
    check_envelope(http, server.url(f"/v1/Workspaces/{ws_sid}/Tasks"), "tasks")
    check_envelope(http, server.url(f"/v1/Workspaces/{ws_sid}/Tasks"), "tasks", query=f"TaskQueueSid={main.sid}")

    updated = ws.tasks(task.sid).update(priority=9, attributes=json.dumps({"vip": True, "note": "x"}))
    check("task", updated)
    assert updated.priority == 9
    assert json.loads(updated.attributes) == {"vip": True, "note": "x"}

    canceled = ws.tasks(low.sid).update(assignment_status="canceled", reason="customer hung up")
    check("task", canceled)
    assert (canceled.assignment_status, canceled.reason) == ("canceled", "customer hung up")
    assert {t.sid for t in ws.tasks.list(assignment_status=["canceled"])} == {low.sid}

    assert ws.tasks(task.sid).delete() is True
    expect_error(404, 20404, lambda: ws.tasks(task.sid).fetch())


def test_reservation_lists(tr, http, server, recorder):
    ws_sid = new_workspace(tr).sid
    ws = tr.workspaces(ws_sid)
    _, _, workflow = make_routing(ws)
    task = ws.tasks.create(workflow_sid=workflow.sid)
    worker = ws.workers.create(friendly_name=unique("w"))

    # No routing in this milestone: the lists exist and are empty.
    assert ws.tasks(task.sid).reservations.list() == []
    assert ws.tasks(task.sid).reservations.list(reservation_status="pending", worker_sid=worker.sid) == []
    assert list(ws.tasks(task.sid).reservations.stream(page_size=2)) == []
    assert ws.workers(worker.sid).reservations.list() == []
    assert ws.workers(worker.sid).reservations.list(reservation_status="accepted") == []
    check_envelope(http, server.url(f"/v1/Workspaces/{ws_sid}/Tasks/{task.sid}/Reservations"), "reservations")
    check_envelope(http, server.url(f"/v1/Workspaces/{ws_sid}/Workers/{worker.sid}/Reservations"), "reservations")
    assert http.get(task.links["reservations"]).json()["reservations"] == []
    assert http.get(worker.links["reservations"]).json()["reservations"] == []

    expect_error(404, 20404, lambda: ws.tasks(task.sid).reservations("WR" + UNKNOWN).fetch())
    expect_error(404, 20404, lambda: ws.workers(worker.sid).reservations("WR" + UNKNOWN).fetch())
    raw_error(http, "GET", server.url(f"/v1/Workspaces/{ws_sid}/Tasks/{task.sid}/Reservations/WR{UNKNOWN}"), 404, 20404)
    raw_error(http, "GET", server.url(f"/v1/Workspaces/{ws_sid}/Workers/{worker.sid}/Reservations/WR{UNKNOWN}"), 404, 20404)
    # Reservations of an unknown task/worker.
    expect_list_error(404, 20404, lambda: ws.tasks("WT" + UNKNOWN).reservations.list())
    expect_list_error(404, 20404, lambda: ws.workers("WK" + UNKNOWN).reservations.list())


def test_reservations_fetch_update_and_paging(tr, check, recorder, http, server):
    """With an available worker, tasks get reservations (rest-api.md §11, routing-semantics.md §4)."""
    ws_sid = new_workspace(tr).sid
    ws = tr.workspaces(ws_sid)
    available = activity_named(ws, "Available")
    queue = ws.task_queues.create(friendly_name=unique("q"))
    configuration = json.dumps({"task_routing": {"default_filter": {"queue": queue.sid}}})
    workflow = ws.workflows.create(friendly_name=unique("wf"), configuration=configuration)
    worker = ws.workers.create(friendly_name=unique("agent"), activity_sid=available.sid)
    ws.workers(worker.sid).worker_channels("default").update(capacity=5)
    tasks = [ws.tasks.create(workflow_sid=workflow.sid) for _ in range(3)]

    pending = wait_for(lambda: ws.workers(worker.sid).reservations.list(reservation_status="pending"),
                       lambda found: len(found) == 3, "three pending reservations")
    by_task = {r.task_sid: r for r in pending}
    assert set(by_task) == {t.sid for t in tasks}
    for reservation in pending:
        check("worker_reservation", reservation)
        assert (reservation.worker_sid, reservation.worker_name) == (worker.sid, worker.friendly_name)
        assert reservation.url == server.url(f"/v1/Workspaces/{ws_sid}/Workers/{worker.sid}/Reservations/{reservation.sid}")
    check_paging(recorder, ws.workers(worker.sid).reservations, {r.sid for r in pending})
    check_envelope(http, server.url(f"/v1/Workspaces/{ws_sid}/Workers/{worker.sid}/Reservations"), "reservations")

    first, second, third = tasks
    assert ws.tasks(first.sid).fetch().assignment_status == "reserved"
    via_task = ws.tasks(first.sid).reservations.list()
    assert [r.sid for r in via_task] == [by_task[first.sid].sid]
    assert [r.sid for r in ws.tasks(first.sid).reservations.list(worker_sid=worker.sid)] == [via_task[0].sid]
    assert ws.tasks(first.sid).reservations.list(reservation_status="accepted") == []
    check("task_reservation", via_task[0])
    assert via_task[0].url == server.url(f"/v1/Workspaces/{ws_sid}/Tasks/{first.sid}/Reservations/{via_task[0].sid}")
    for path, links in (("task", via_task[0].links), ("worker", pending[0].links)):
        assert links["workspace"] == server.url(f"/v1/Workspaces/{ws_sid}"), f"{path} path links: {links}"
    fetched = ws.tasks(first.sid).reservations(via_task[0].sid).fetch_with_http_info()
    assert fetched.headers.get("ETag"), "task reservation fetch has no ETag header"
    check("task_reservation", fetched.data)
    check("worker_reservation", ws.workers(worker.sid).reservations(via_task[0].sid).fetch())

    # Accept through the Task path: reservation accepted, task assigned; complete the task.
    accepted = ws.tasks(first.sid).reservations(by_task[first.sid].sid).update(reservation_status="accepted")
    check("task_reservation", accepted)
    assert accepted.reservation_status == "accepted"
    assert ws.tasks(first.sid).fetch().assignment_status == "assigned"
    ws.tasks(first.sid).update(assignment_status="completed", reason="done")
    assert ws.tasks(first.sid).reservations(by_task[first.sid].sid).fetch().reservation_status == "completed"

    # If-Match on reservation update (rest-api.md §1.8).
    stale = "999999"
    expect_error(412, 20412, lambda: ws.tasks(second.sid).reservations(by_task[second.sid].sid).update(
        if_match=stale, reservation_status="accepted"))
    assert ws.tasks(second.sid).reservations(by_task[second.sid].sid).fetch().reservation_status == "pending"

    # Reject through the Worker path, then accepting the rejected one is refused with 410.
    rejected = ws.workers(worker.sid).reservations(by_task[second.sid].sid).update(reservation_status="rejected")
    check("worker_reservation", rejected)
    assert rejected.reservation_status == "rejected"
    url = server.url(f"/v1/Workspaces/{ws_sid}/Tasks/{second.sid}/Reservations/{rejected.sid}")
    response = http.post(url, data={"ReservationStatus": "accepted"})
    assert response.status_code == 410, f"accepting a rejected reservation: {response.status_code} {response.text[:200]}"
    assert_error_body(response, 410, response.json().get("code"))

    # Canceling a reserved task cancels its pending reservation (routing-semantics.md §4.1).
    ws.tasks(third.sid).update(assignment_status="canceled", reason="caller left")
    assert ws.tasks(third.sid).reservations(by_task[third.sid].sid).fetch().reservation_status == "canceled"
    events = ws.events.list(event_type="reservation.created", worker_sid=worker.sid)
    assert {e.resource_sid for e in events} >= {r.sid for r in pending}
    assert all(e.resource_type == "reservation" for e in events)


def test_list_etag_headers(tr, http, server):
    """Workers, Tasks and both Reservation lists return an ETag header (rest-api.md §1.7)."""
    ws_sid = new_workspace(tr).sid
    ws = tr.workspaces(ws_sid)
    _, _, workflow = make_routing(ws)
    task = ws.tasks.create(workflow_sid=workflow.sid)
    worker = ws.workers.create(friendly_name=unique("w"))
    base = server.url(f"/v1/Workspaces/{ws_sid}")
    missing = []
    for path in ("/Workers", "/Tasks", f"/Tasks/{task.sid}/Reservations", f"/Workers/{worker.sid}/Reservations"):
        response = http.get(base + path)
        assert response.status_code == 200
        if not response.headers.get("ETag"):
            missing.append(f"GET {path}")
    assert not missing, f"no ETag header on: {missing}"


# --------------------------------------------------------------------------------------------
# Events (rest-api.md §12)
# --------------------------------------------------------------------------------------------


def test_events(tr, check, recorder, http, server):
    ws_sid = new_workspace(tr).sid
    ws = tr.workspaces(ws_sid)
    _, _, workflow = make_routing(ws)
    worker = ws.workers.create(friendly_name=unique("w"))
    task = ws.tasks.create(workflow_sid=workflow.sid)
    ws.workers.create(friendly_name=unique("w"))

    events = ws.events.list()
    assert len(events) >= 3, f"expected events for the workers and the task, got {[e.event_type for e in events]}"
    for event in events[:5]:
        raw = check("event", event)
        assert abs(event.event_date_ms - int(event.event_date.timestamp() * 1000)) < 1000
        assert raw["event_data"] == event.event_data

    created = ws.events.list(event_type="worker.created", worker_sid=worker.sid)
    assert [e.resource_sid for e in created] == [worker.sid]
    assert created[0].resource_type == "worker"
    task_created = ws.events.list(event_type="task.created", task_sid=task.sid)
    assert [e.resource_sid for e in task_created] == [task.sid]
    assert task_created[0].resource_type == "task"

    fetched = ws.events(created[0].sid).fetch()
    check("event", fetched)
    assert (fetched.sid, fetched.event_type) == (created[0].sid, "worker.created")
    assert [e.sid for e in ws.events.list(sid=fetched.sid)] == [fetched.sid]

    dates = [e.event_date_ms for e in events]
    assert dates == sorted(dates, reverse=True), "events are not newest first (routing-semantics.md §5.2)"
    check_paging(recorder, ws.events, {e.sid for e in events})
    check_envelope(http, server.url(f"/v1/Workspaces/{ws_sid}/Events"), "events")
    expect_error(404, 20404, lambda: ws.events("EV" + UNKNOWN).fetch())


# --------------------------------------------------------------------------------------------
# Errors (rest-api.md §1.6)
# --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def populated(tr):
    """A workspace with one of everything, for the error tests."""
    ws_sid = new_workspace(tr).sid
    ws = tr.workspaces(ws_sid)
    main, _, workflow = make_routing(ws)
    worker = ws.workers.create(friendly_name=unique("w"))
    task = ws.tasks.create(workflow_sid=workflow.sid)
    return {"ws": ws, "ws_sid": ws_sid, "queue": main, "workflow": workflow, "worker": worker, "task": task}


UNKNOWN_PATHS = [
    "/v1/Workspaces/WS{u}",
    "/v1/Workspaces/{ws}/Activities/WA{u}",
    "/v1/Workspaces/{ws}/TaskChannels/TC{u}",
    "/v1/Workspaces/{ws}/TaskQueues/WQ{u}",
    "/v1/Workspaces/{ws}/Workflows/WW{u}",
    "/v1/Workspaces/{ws}/Workers/WK{u}",
    "/v1/Workspaces/{ws}/Workers/WK{u}/Channels",
    "/v1/Workspaces/{ws}/Workers/{worker}/Channels/WC{u}",
    "/v1/Workspaces/{ws}/Tasks/WT{u}",
    "/v1/Workspaces/{ws}/Tasks/WT{u}/Reservations",
    "/v1/Workspaces/{ws}/Events/EV{u}",
    "/v1/Workspaces/WS{u}/Workers",
]

MALFORMED_PATHS = [
    "/v1/Workspaces/not-a-sid",
    "/v1/Workspaces/WS123",
    "/v1/Workspaces/WK{u}",  # wrong prefix
    "/v1/Workspaces/{ws}/Activities/WAxyz",
    "/v1/Workspaces/{ws}/TaskQueues/WQ{u}0",  # 33 hex digits
    "/v1/Workspaces/{ws}/Workflows/bogus",
    "/v1/Workspaces/{ws}/Workers/WT{u}",  # a task SID where a worker SID belongs
    "/v1/Workspaces/{ws}/Tasks/WTzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
    "/v1/Workspaces/{ws}/Events/nope",
    "/v1/Workspaces/{ws}/Tasks/{task}/Reservations/WRnope",
    "/v1/Workspaces/{ws}/Workers/{worker}/Reservations/WK{u}",
]


@pytest.mark.parametrize("template", UNKNOWN_PATHS + MALFORMED_PATHS)
def test_unknown_or_malformed_sid_is_404_20404(template, populated, http, server):
    path = template.format(u=UNKNOWN, ws=populated["ws_sid"], worker=populated["worker"].sid, task=populated["task"].sid)
    raw_error(http, "GET", server.url(path), 404, 20404)


def test_unknown_and_malformed_sid_through_the_library(tr, populated):
    ws = populated["ws"]
    expect_error(404, 20404, lambda: tr.workspaces("WS" + UNKNOWN).fetch())
    expect_error(404, 20404, lambda: tr.workspaces("WSnotasid").fetch())
    expect_error(404, 20404, lambda: tr.workspaces("WS" + UNKNOWN).update(friendly_name="x"))
    expect_error(404, 20404, lambda: tr.workspaces("WS" + UNKNOWN).delete())
    expect_list_error(404, 20404, lambda: tr.workspaces("WS" + UNKNOWN).workers.list())
    expect_error(404, 20404, lambda: ws.activities("WA" + UNKNOWN).update(friendly_name="x"))
    expect_error(404, 20404, lambda: ws.task_queues("WQ" + UNKNOWN).delete())
    expect_error(404, 20404, lambda: ws.workflows("WW" + UNKNOWN).update(friendly_name="x"))
    expect_error(404, 20404, lambda: ws.workers("WK" + UNKNOWN).update(friendly_name="x"))
    expect_error(404, 20404, lambda: ws.workers("nope").fetch())
    expect_error(404, 20404, lambda: ws.tasks("WT" + UNKNOWN).update(priority=1))
    expect_error(404, 20404, lambda: ws.tasks(populated["worker"].sid).fetch())
    expect_error(404, 20404, lambda: ws.task_channels("TC" + UNKNOWN).fetch())
    expect_error(404, 20404, lambda: ws.task_channels("no-such-channel").fetch())
    expect_error(404, 20404, lambda: ws.events("EV" + UNKNOWN).fetch())


def test_unknown_path_is_404_and_unsupported_method_is_405_or_404(http, server, populated):
    raw_error(http, "GET", server.url("/v1/NoSuchThing"), 404, 20404)
    raw_error(http, "GET", server.url(f"/v1/Workspaces/{populated['ws_sid']}/NoSuchThing"), 404, 20404)
    # rest-api.md §2: anything outside the endpoint table → 405 (20004) or 404 (20404).
    for method, path in [
        ("DELETE", "/v1/Workspaces"),
        ("PUT", f"/v1/Workspaces/{populated['ws_sid']}"),
        ("POST", f"/v1/Workspaces/{populated['ws_sid']}/Events"),
    ]:
        response = http.request(method, server.url(path))
        pair = {405: 20004, 404: 20404}.get(response.status_code)
        assert pair, f"{method} {path}: {response.status_code} {response.text[:200]}"
        assert_error_body(response, response.status_code, pair)


def test_invalid_enum_is_400_20001(tr, populated, http, server):
    ws = populated["ws"]
    expect_error(400, 20001, lambda: tr.workspaces.create(friendly_name=unique("ws"), prioritize_queue_order="MIDDLE"))
    expect_error(400, 20001, lambda: tr.workspaces.create(friendly_name=unique("ws"), template="BOGUS"))
    expect_error(400, 20001, lambda: tr.workspaces(populated["ws_sid"]).update(prioritize_queue_order="RANDOM"))
    expect_error(400, 20001, lambda: ws.task_queues.create(friendly_name=unique("q"), task_order="RANDOM"))
    expect_error(400, 20001, lambda: ws.task_queues(populated["queue"].sid).update(task_order="SIDEWAYS"))
    expect_error(400, 20001, lambda: ws.tasks(populated["task"].sid).update(assignment_status="exploded", reason="x"))
    raw_error(http, "POST", server.url("/v1/Workspaces"), 400, 20001,
              data={"FriendlyName": unique("ws"), "PrioritizeQueueOrder": "MIDDLE"})
    raw_error(http, "POST", server.url(f"/v1/Workspaces/{populated['ws_sid']}/TaskQueues"), 400, 20001,
              data={"FriendlyName": unique("q"), "TaskOrder": "RANDOM"})


def test_malformed_json_is_400_20001(populated, http, server):
    ws = populated["ws"]
    expect_error(400, 20001, lambda: ws.workers.create(friendly_name=unique("w"), attributes="{not json"))
    expect_error(400, 20001, lambda: ws.workers(populated["worker"].sid).update(attributes="{\"a\":"))
    expect_error(400, 20001, lambda: ws.tasks.create(workflow_sid=populated["workflow"].sid, attributes="[1,"))
    expect_error(400, 20001, lambda: ws.tasks(populated["task"].sid).update(attributes="nope"))
    expect_error(400, 20001, lambda: ws.workflows.create(friendly_name=unique("wf"), configuration="{"))
    raw_error(http, "POST", server.url(f"/v1/Workspaces/{populated['ws_sid']}/Workers"), 400, 20001,
              data={"FriendlyName": unique("w"), "Attributes": "{oops"})
    # Nothing was changed by the failed updates.
    assert json.loads(ws.workers(populated["worker"].sid).fetch().attributes) == {}


def test_duplicate_worker_name_differing_in_case_is_400_20001(populated, http, server):
    ws = populated["ws"]
    name = "Case" + uuid.uuid4().hex[:8]
    ws.workers.create(friendly_name=name)
    expect_error(400, 20001, lambda: ws.workers.create(friendly_name=name))
    expect_error(400, 20001, lambda: ws.workers.create(friendly_name=name.upper()))
    other = ws.workers.create(friendly_name=unique("other"))
    expect_error(400, 20001, lambda: ws.workers(other.sid).update(friendly_name=name.lower()))
    raw_error(http, "POST", server.url(f"/v1/Workspaces/{populated['ws_sid']}/Workers"), 400, 20001,
              data={"FriendlyName": name.swapcase()})


def test_overlong_friendly_name_is_400_20001(tr, populated):
    ws = populated["ws"]
    long_name = "x" * 65
    expect_error(400, 20001, lambda: tr.workspaces.create(friendly_name=long_name))
    expect_error(400, 20001, lambda: ws.activities.create(friendly_name=long_name))
    expect_error(400, 20001, lambda: ws.workers.create(friendly_name=long_name))
    expect_error(400, 20001, lambda: ws.task_channels.create(friendly_name=long_name, unique_name="u" + uuid.uuid4().hex[:8]))
    expect_error(400, 20001, lambda: ws.workers(populated["worker"].sid).update(friendly_name=long_name))
    # 64 characters is still fine (rest-api.md §15).
    ok = ws.activities.create(friendly_name="y" * 60 + uuid.uuid4().hex[:4])
    assert len(ok.friendly_name) == 64


def test_missing_required_parameters_are_400_20001(http, server, populated):
    base = server.url(f"/v1/Workspaces/{populated['ws_sid']}")
    raw_error(http, "POST", server.url("/v1/Workspaces"), 400, 20001, data={})
    raw_error(http, "POST", base + "/Activities", 400, 20001, data={})
    raw_error(http, "POST", base + "/TaskQueues", 400, 20001, data={})
    raw_error(http, "POST", base + "/Workflows", 400, 20001, data={"FriendlyName": "no configuration"})
    raw_error(http, "POST", base + "/Workers", 400, 20001, data={})
    raw_error(http, "POST", base + "/TaskChannels", 400, 20001, data={"FriendlyName": "no unique name"})


def test_deleting_an_activity_in_use_is_400_20001(tr):
    ws_sid = new_workspace(tr).sid
    ws = tr.workspaces(ws_sid)
    busy = ws.activities.create(friendly_name=unique("Busy"), available=True)
    worker = ws.workers.create(friendly_name=unique("w"), activity_sid=busy.sid)
    expect_error(400, 20001, lambda: ws.activities(busy.sid).delete())
    assert ws.activities(busy.sid).fetch().sid == busy.sid  # still there
    offline = activity_named(ws, "Offline")  # the workspace default and timeout activity
    expect_error(400, 20001, lambda: ws.activities(offline.sid).delete())
    ws.workers(worker.sid).update(activity_sid=offline.sid)
    assert ws.activities(busy.sid).delete() is True


def test_if_match_mismatch_is_412_20412(populated, http, server):
    ws = populated["ws"]
    worker_sid, task_sid = populated["worker"].sid, populated["task"].sid

    for context, change, field in [
        (ws.workers(worker_sid), {"friendly_name": unique("renamed")}, "friendly_name"),
        (ws.tasks(task_sid), {"priority": 42}, "priority"),
    ]:
        before = context.fetch_with_http_info()
        etag = before.headers.get("ETag")
        assert etag, "no ETag header"
        stale = "999999" if etag.strip('"') != "999999" else "1"
        expect_error(412, 20412, lambda: context.update(if_match=stale, **change))
        assert getattr(context.fetch(), field) == getattr(before.data, field), "a 412 update changed the resource"
        # twilio-python 9.x drops if_match on delete (TaskContext._delete overwrites its headers),
        # so the conditional delete goes through requests.
        raw_error(http, "DELETE", before.data.url, 412, 20412, headers={"If-Match": stale})
        assert context.fetch().sid == before.data.sid, "a 412 delete removed the resource"
        after = context.update_with_http_info(if_match=etag, **change)
        assert after.status_code == 200 and getattr(after.data, field) == change[field]
        new_etag = after.headers.get("ETag")
        assert new_etag and new_etag != etag, "ETag did not change with the resource"
        # The old ETag is stale now.
        expect_error(412, 20412, lambda: context.update(if_match=etag, **change))

    url = server.url(f"/v1/Workspaces/{populated['ws_sid']}/Tasks/{task_sid}")
    raw_error(http, "POST", url, 412, 20412, data={"Priority": "1"}, headers={"If-Match": "not-the-version"})
    url = server.url(f"/v1/Workspaces/{populated['ws_sid']}/Workers/{worker_sid}")
    raw_error(http, "POST", url, 412, 20412, data={"FriendlyName": unique("x")}, headers={"If-Match": "not-the-version"})


def test_task_state_errors_are_400_20001(populated):
    ws = populated["ws"]
    task = ws.tasks.create(workflow_sid=populated["workflow"].sid)
    # routing-semantics.md §3.1: completing/wrapping a pending task is illegal; Reason is required.
    expect_error(400, 20001, lambda: ws.tasks(task.sid).update(assignment_status="completed", reason="done"))
    expect_error(400, 20001, lambda: ws.tasks(task.sid).update(assignment_status="wrapping"))
    expect_error(400, 20001, lambda: ws.tasks(task.sid).update(assignment_status="canceled"))
    assert ws.tasks(task.sid).fetch().assignment_status == "pending"
    ws.tasks(task.sid).update(assignment_status="canceled", reason="test")
    expect_error(400, 20001, lambda: ws.tasks(task.sid).update(assignment_status="canceled", reason="again"))


def test_input_conventions(populated, http, server):
    """rest-api.md §1.3: boolean spellings, comma-joined AssignmentStatus, ignored unknown fields."""
    ws, base = populated["ws"], server.url(f"/v1/Workspaces/{populated['ws_sid']}")
    for spelling, expected in (("true", True), ("1", True), ("yes", True), ("false", False), ("no", False)):
        response = http.post(base + "/Activities", data={"FriendlyName": unique("b"), "Available": spelling})
        assert response.status_code == 201, response.text
        assert response.json()["available"] is expected, f"Available={spelling}"
    response = http.post(base + "/Activities", data={"FriendlyName": unique("u"), "NoSuchField": "x"})
    assert response.status_code == 201, f"unknown fields must be ignored: {response.status_code} {response.text[:200]}"
    pending = {t.sid for t in ws.tasks.list(assignment_status=["pending"])}
    for query in ("AssignmentStatus=pending,reserved", "AssignmentStatus=pending&AssignmentStatus=reserved"):
        response = http.get(f"{base}/Tasks?{query}&PageSize=1000")
        assert response.status_code == 200, response.text
        assert {t["sid"] for t in response.json()["tasks"]} == pending, query


def test_out_of_range_values_are_400_20001(populated, http, server):
    """Ranges of rest-api.md §1.7/§15 and routing-semantics.md §7.2/§8; out of range → 400/20001 (§1.6)."""
    ws, base = populated["ws"], server.url(f"/v1/Workspaces/{populated['ws_sid']}")
    workflow = populated["workflow"].sid
    for page_size in ("0", "1001"):
        raw_error(http, "GET", f"{base}/Workers?PageSize={page_size}", 400, 20001)
    assert http.get(f"{base}/Workers?PageSize=1000").status_code == 200
    expect_error(400, 20001, lambda: ws.tasks.create(workflow_sid=workflow, timeout=0))
    expect_error(400, 20001, lambda: ws.tasks.create(workflow_sid=workflow, timeout=1209601))
    assert ws.tasks.create(workflow_sid=workflow, timeout=1209600).timeout == 1209600
    expect_error(400, 20001, lambda: ws.tasks.create(workflow_sid=workflow, priority=-1))
    expect_error(400, 20001, lambda: ws.task_queues.create(friendly_name=unique("q"), max_reserved_workers=0))
    expect_error(400, 20001, lambda: ws.task_queues.create(friendly_name=unique("q"), max_reserved_workers=51))
    configuration = json.dumps({"task_routing": {"default_filter": {"queue": populated["queue"].sid}}})
    expect_error(400, 20001, lambda: ws.workflows.create(
        friendly_name=unique("wf"), configuration=configuration, task_reservation_timeout=86401))
    future = datetime.now(timezone.utc) + timedelta(days=1)
    expect_error(400, 20001, lambda: ws.tasks.create(workflow_sid=workflow, virtual_start_time=future))
    too_big = json.dumps({"blob": "x" * 4100})
    expect_error(400, 20001, lambda: ws.workers.create(friendly_name=unique("w"), attributes=too_big))
    expect_error(400, 20001, lambda: ws.tasks.create(workflow_sid=workflow, attributes=too_big))


def test_duplicate_task_channel_unique_name_is_400_20001(populated):
    ws = populated["ws"]
    expect_error(400, 20001, lambda: ws.task_channels.create(friendly_name="Voice again", unique_name="voice"))


def test_deleting_resources_with_live_work_is_400_20001(tr):
    """routing-semantics.md §4.8: a queue holding pending tasks, a workflow controlling them."""
    ws = tr.workspaces(new_workspace(tr).sid)
    main, _, workflow = make_routing(ws)
    task = ws.tasks.create(workflow_sid=workflow.sid)
    expect_error(400, 20001, lambda: ws.task_queues(main.sid).delete())
    expect_error(400, 20001, lambda: ws.workflows(workflow.sid).delete())
    ws.tasks(task.sid).update(assignment_status="canceled", reason="cleanup")
    assert ws.workflows(workflow.sid).delete() is True


def test_task_virtual_start_time_and_event_dates(populated):
    ws = populated["ws"]
    earlier = (datetime.now(timezone.utc) - timedelta(hours=2)).replace(microsecond=0)
    task = ws.tasks.create(workflow_sid=populated["workflow"].sid, virtual_start_time=earlier)
    assert task.virtual_start_time == earlier
    later = earlier + timedelta(minutes=30)
    assert ws.tasks(task.sid).update(virtual_start_time=later).virtual_start_time == later
    # Event list date window (rest-api.md §12).
    assert ws.events.list(end_date=datetime(2001, 1, 1, tzinfo=timezone.utc)) == []
    recent = ws.events.list(start_date=datetime.now(timezone.utc) - timedelta(minutes=10), task_sid=task.sid)
    assert any(e.event_type == "task.created" for e in recent)


def test_malformed_authorization_header_is_401_20003(server):
    url = server.url("/v1/Workspaces")
    for header in ("Basic !!!not-base64", "Bearer abc", "Basic " + "QUM6"):  # "AC:" → empty token
        assert_error_body(requests.get(url, headers={"Authorization": header}), 401, 20003)


# --------------------------------------------------------------------------------------------
# Accounts (rest-api.md §1.2)
# --------------------------------------------------------------------------------------------


def create_account(server) -> tuple[str, str]:
    """`switchboard accounts create --database <db>`; prints `account_sid: AC…` and `auth_token: …`."""
    result = subprocess.run(
        [str(server.binary), "accounts", "create", "--database", str(server.database)],
        capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, f"accounts create failed ({result.returncode}): {result.stdout} {result.stderr}"
    sid = re.search(r"account_sid:\s*(AC[0-9a-fA-F]{32})", result.stdout)
    token = re.search(r"auth_token:\s*(\S+)", result.stdout)
    assert sid and token, f"cannot parse accounts create output: {result.stdout!r}"
    return sid.group(1), token.group(1)


def test_other_account_cannot_see_workspace(tr, server, populated, http):
    sid, token = create_account(server)
    assert sid != server.account_sid
    other = make_client(server, sid, token).taskrouter.v1
    assert populated["ws_sid"] not in {w.sid for w in other.workspaces.list()}
    expect_error(404, 20404, lambda: other.workspaces(populated["ws_sid"]).fetch())
    expect_error(404, 20404, lambda: other.workspaces(populated["ws_sid"]).update(friendly_name="stolen"))
    expect_error(404, 20404, lambda: other.workspaces(populated["ws_sid"]).delete())
    expect_list_error(404, 20404, lambda: other.workspaces(populated["ws_sid"]).workers.list())
    expect_error(404, 20404, lambda: other.workspaces(populated["ws_sid"]).workers(populated["worker"].sid).fetch())
    expect_error(404, 20404, lambda: other.workspaces(populated["ws_sid"]).tasks(populated["task"].sid).fetch())
    url = server.url(f"/v1/Workspaces/{populated['ws_sid']}")
    assert_error_body(requests.get(url, auth=(sid, token)), 404, 20404)
    # The owner still sees it, unchanged; the new account has its own, separate workspaces.
    assert tr.workspaces(populated["ws_sid"]).fetch().sid == populated["ws_sid"]
    mine = other.workspaces.create(friendly_name=unique("other-ws"))
    assert mine.account_sid == sid
    expect_error(404, 20404, lambda: tr.workspaces(mine.sid).fetch())


# --------------------------------------------------------------------------------------------
# Statistics (rest-api.md §13, routing-semantics.md §6)
# --------------------------------------------------------------------------------------------

STATISTICS_SCHEMAS = {
    "Statistics": "taskrouter.v1.workspace.workspace_statistics",
    "RealTimeStatistics": "taskrouter.v1.workspace.workspace_real_time_statistics",
    "CumulativeStatistics": "taskrouter.v1.workspace.workspace_cumulative_statistics",
    "TaskQueues/{queue}/Statistics": "taskrouter.v1.workspace.task_queue.task_queue_statistics",
    "TaskQueues/{queue}/RealTimeStatistics": "taskrouter.v1.workspace.task_queue.task_queue_real_time_statistics",
    "TaskQueues/{queue}/CumulativeStatistics": "taskrouter.v1.workspace.task_queue.task_queue_cumulative_statistics",
    "Workflows/{workflow}/Statistics": "taskrouter.v1.workspace.workflow.workflow_statistics",
    "Workflows/{workflow}/RealTimeStatistics": "taskrouter.v1.workspace.workflow.workflow_real_time_statistics",
    "Workflows/{workflow}/CumulativeStatistics": "taskrouter.v1.workspace.workflow.workflow_cumulative_statistics",
    "Workers/Statistics": "taskrouter.v1.workspace.worker.worker_statistics",
    "Workers/RealTimeStatistics": "taskrouter.v1.workspace.worker.workers_real_time_statistics",
    "Workers/CumulativeStatistics": "taskrouter.v1.workspace.worker.workers_cumulative_statistics",
    "Workers/{worker}/Statistics": "taskrouter.v1.workspace.worker.worker_instance_statistics",
}


class JSONBody:
    """A request body for the bulk statistics POST (the library calls `to_dict()` on it)."""

    def __init__(self, value: dict) -> None:
        self.value = value

    def to_dict(self) -> dict:
        return self.value


@pytest.fixture(scope="module")
def stats_ws(tr):
    """One accepted task and one canceled task, in a workspace with one available worker."""
    ws_sid = new_workspace(tr).sid
    ws = tr.workspaces(ws_sid)
    main, vip, workflow = make_routing(ws)
    alice = ws.workers.create(friendly_name=unique("alice"), activity_sid=activity_named(ws, "Available").sid)
    accepted = ws.tasks.create(workflow_sid=workflow.sid, attributes='{"vip": false}')
    reservation = wait_for(lambda: ws.tasks(accepted.sid).reservations.list(), bool, "a reservation")[0]
    ws.tasks(accepted.sid).reservations(reservation.sid).update(reservation_status="accepted")
    canceled = ws.tasks.create(workflow_sid=workflow.sid, attributes='{"vip": false}')
    ws.tasks(canceled.sid).update(assignment_status="canceled", reason="statistics scenario")
    return {"ws": ws, "ws_sid": ws_sid, "main": main, "vip": vip, "workflow": workflow, "alice": alice}


def test_statistics_through_the_library(stats_ws):
    ws, main, vip, workflow, alice = (stats_ws[k] for k in ("ws", "main", "vip", "workflow", "alice"))
    combined = ws.statistics().fetch(minutes=60, split_by_wait_time="5,30")
    assert combined.cumulative["tasks_created"] == 2 and combined.cumulative["reservations_accepted"] == 1
    assert combined.cumulative["tasks_canceled"] == 1
    assert set(combined.cumulative["split_by_wait_time"]) == {"5", "30"}
    assert combined.realtime["total_workers"] == 1 and combined.realtime["total_tasks"] == 1
    realtime = ws.real_time_statistics().fetch()
    assert realtime.tasks_by_status == {"pending": 0, "reserved": 0, "assigned": 1, "wrapping": 0}
    assert realtime.total_tasks == 1 and realtime.total_workers == 1
    end = datetime.now(timezone.utc).replace(microsecond=0) + timedelta(seconds=1)
    cumulative = ws.cumulative_statistics().fetch(start_date=end - timedelta(hours=1), end_date=end)
    assert isinstance(cumulative.start_time, datetime) and isinstance(cumulative.end_time, datetime)
    assert cumulative.tasks_created == 2 and cumulative.reservations_created == 1
    assert cumulative.wait_duration_until_accepted["max"] == cumulative.avg_task_acceptance_time

    queue = ws.task_queues(main.sid)
    assert queue.statistics().fetch(minutes=60).cumulative["tasks_entered"] == 2
    assert queue.real_time_statistics().fetch().total_eligible_workers == 1
    assert queue.cumulative_statistics().fetch(minutes=60).tasks_canceled == 1
    assert ws.task_queues(vip.sid).real_time_statistics().fetch().total_eligible_workers == 0
    listed = ws.task_queues.statistics.list(friendly_name=main.friendly_name, minutes=60)
    assert [item.task_queue_sid for item in listed] == [main.sid]
    assert listed[0].realtime["total_tasks"] == 1 and listed[0].cumulative["tasks_entered"] == 2
    assert {item.task_queue_sid for item in ws.task_queues.statistics.list(page_size=1)} == {main.sid, vip.sid}
    bulk = ws.task_queues.bulk_real_time_statistics.create(body=JSONBody({"QueueSids": [main.sid, vip.sid]}))
    assert bulk.task_queue_response_count == 2
    assert [item["task_queue_sid"] for item in bulk.task_queue_data] == [main.sid, vip.sid]

    flow = ws.workflows(workflow.sid)
    assert flow.statistics().fetch().cumulative["tasks_entered"] == 2
    assert flow.real_time_statistics().fetch().total_tasks == 1
    assert flow.cumulative_statistics().fetch(minutes=60).reservations_accepted == 1

    workers = ws.workers.statistics().fetch(minutes=60)
    assert workers.realtime["total_workers"] == 1 and workers.cumulative["reservations_accepted"] == 1
    assert ws.workers.statistics().fetch(friendly_name="nobody").realtime["total_workers"] == 0
    assert ws.workers.real_time_statistics().fetch().total_workers == 1
    durations = ws.workers.cumulative_statistics().fetch(minutes=60).activity_durations
    assert {d["friendly_name"] for d in durations} == {a.friendly_name for a in ws.activities.list()}
    one = ws.workers(alice.sid).statistics().fetch(minutes=60)
    assert one.cumulative["reservations_created"] == 1 and one.worker_sid == alice.sid


def test_statistics_json_fields(stats_ws, http, server, schemas):
    ids = {"queue": stats_ws["main"].sid, "workflow": stats_ws["workflow"].sid, "worker": stats_ws["alice"].sid}
    base = f"/v1/Workspaces/{stats_ws['ws_sid']}/"
    for path, schema in STATISTICS_SCHEMAS.items():
        response = http.get(server.url(base + path.format(**ids)), params={"SplitByWaitTime": "10"} if "Cumul" in path else {})
        assert response.status_code == 200, f"{path}: {response.status_code} {response.text[:300]}"
        raw = response.json()
        missing, extra = schemas[schema] - set(raw), set(raw) - schemas[schema]
        assert not missing and not extra, f"{path} JSON fields: missing {sorted(missing)}, unexpected {sorted(extra)}"
        assert raw["url"] == server.url(base + path.format(**ids))
    listed = http.get(server.url(base + "TaskQueues/Statistics")).json()
    assert listed["meta"]["key"] == "task_queues_statistics"
    expected = schemas["taskrouter.v1.workspace.task_queue.task_queues_statistics"]
    assert all(set(item) == expected for item in listed["task_queues_statistics"])


def test_statistics_bad_parameters_are_400_20001(stats_ws, http, server):
    ws = stats_ws["ws"]
    now = datetime.now(timezone.utc)
    expect_error(400, 20001, lambda: ws.statistics().fetch(minutes=5, start_date=now - timedelta(hours=1)))
    expect_error(400, 20001, lambda: ws.cumulative_statistics().fetch(start_date=now, end_date=now - timedelta(hours=1)))
    expect_error(400, 20001, lambda: ws.cumulative_statistics().fetch(split_by_wait_time="5,soon"))
    expect_error(400, 20001, lambda: ws.real_time_statistics().fetch(task_channel="carrier-pigeon"))
    base = server.url(f"/v1/Workspaces/{stats_ws['ws_sid']}")
    for query in ({"Minutes": "0"}, {"Minutes": "43201"}, {"StartDate": "yesterday"}, {"EndDate": "2026-13-45"}):
        raw_error(http, "GET", base + "/CumulativeStatistics", 400, 20001, params=query)
    too_many = [f"WQ{i:032x}" for i in range(51)]
    for body in ({"QueueSids": []}, {"QueueSids": too_many}, {"QueueSids": ["WQ123"]}, {}):
        raw_error(http, "POST", base + "/TaskQueues/RealTimeStatistics", 400, 20001, json=body)
    raw_error(http, "GET", base + f"/Workers/WK{UNKNOWN}/Statistics", 404, 20404)
