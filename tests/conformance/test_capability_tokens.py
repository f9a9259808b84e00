"""Capability tokens minted by the official `twilio` package (PyPI) against a live server.

Tokens come from `twilio.jwt.taskrouter.capabilities` exactly as a customer's web server mints
them (Twilio's URLs, `nbf`, HS256 with the account's auth token). They are used on the REST API in
`X-Twilio-Token` and on the event bridge (`/v1/wschannels/{AC}/{channel}`): the POST proxy as
TaskRouter.js v1 calls it (a JSON string, `text/plain`, no credentials header) and the websocket
handshake. `switchboard token …` must mint tokens with the same policies.

Spec references: tokens-and-events.md §1 (tokens), §2 (policies, test vectors), §3 (event bridge).
"""

from __future__ import annotations

import base64
import json
import os
import socket
import subprocess
import time
import uuid
from urllib.parse import urlsplit

import pytest
import requests
from twilio.jwt.taskrouter.capabilities import (
    TaskQueueCapabilityToken,
    WorkerCapabilityToken,
    WorkspaceCapabilityToken,
)

from server_process import Server


# --------------------------------------------------------------------------------------------
# Fixtures
# --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def world(server: Server, http: requests.Session) -> dict:
    """A workspace with a worker, a queue, and the default activities by name."""
    ws = http.post(server.url("/v1/Workspaces"), data={"FriendlyName": f"tokens-{uuid.uuid4().hex[:6]}"})
    assert ws.status_code == 201, ws.text
    sid = ws.json()["sid"]
    base = server.url(f"/v1/Workspaces/{sid}")
    activities = {a["friendly_name"]: a["sid"] for a in http.get(base + "/Activities").json()["activities"]}
    worker = http.post(base + "/Workers", data={"FriendlyName": "alice"}).json()["sid"]
    queue = http.post(base + "/TaskQueues", data={"FriendlyName": "support"}).json()["sid"]
    return {"ws": sid, "base": base, "activities": activities, "worker": worker, "queue": queue}


def rest(server: Server, method: str, path: str, token: str, **kwargs) -> requests.Response:
    session = requests.Session()
    session.trust_env = False
    return session.request(method, server.url(path), headers={"X-Twilio-Token": token}, timeout=10, **kwargs)


def proxy(server: Server, account: str, channel: str, body: dict) -> requests.Response:
    """A POST to the event bridge the way TaskRouter.js v1 sends it."""
    session = requests.Session()
    session.trust_env = False
    return session.post(
        server.url(f"/v1/wschannels/{account}/{channel}"),
        data=json.dumps(body),
        headers={"Content-Type": "text/plain;charset=UTF-8", "Origin": "https://app.example"},
        timeout=10,
    )


def claims(jwt: str) -> dict:
    payload = jwt.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


def twilio_url(world: dict, rest_path: str = "") -> str:
    return f"https://taskrouter.twilio.com/v1/Workspaces/{world['ws']}" + (f"/{rest_path}" if rest_path else "")


# --------------------------------------------------------------------------------------------
# REST API with X-Twilio-Token
# --------------------------------------------------------------------------------------------


def test_workspace_token_default_policies(server: Server, world: dict):
    token = WorkspaceCapabilityToken(server.account_sid, server.auth_token, world["ws"]).to_jwt()
    assert claims(token)["nbf"] <= time.time()
    fetched = rest(server, "GET", f"/v1/Workspaces/{world['ws']}/", token)
    assert fetched.status_code == 200, fetched.text
    assert fetched.json()["sid"] == world["ws"]
    denied = rest(server, "GET", f"/v1/Workspaces/{world['ws']}/Activities", token)
    assert denied.status_code == 403
    assert denied.json()["code"] == 20403


def test_workspace_token_with_subresources(server: Server, world: dict):
    token = WorkspaceCapabilityToken(
        server.account_sid, server.auth_token, world["ws"],
        allow_fetch_subresources=True, allow_update_subresources=True, allow_delete_subresources=True,
    ).to_jwt()
    listed = rest(server, "GET", f"/v1/Workspaces/{world['ws']}/Activities", token)
    assert listed.status_code == 200
    assert listed.json()["meta"]["key"] == "activities"
    created = rest(server, "POST", f"/v1/Workspaces/{world['ws']}/Workers", token, data={"FriendlyName": "bob"})
    assert created.status_code == 201, created.text
    deleted = rest(server, "DELETE", f"/v1/Workspaces/{world['ws']}/Workers/{created.json()['sid']}", token)
    assert deleted.status_code == 204


def test_worker_token_activity_updates(server: Server, world: dict):
    worker = world["worker"]
    token = WorkerCapabilityToken(
        server.account_sid, server.auth_token, world["ws"], worker, allow_update_activities=True
    ).to_jwt()
    path = f"/v1/Workspaces/{world['ws']}/Workers/{worker}"
    assert rest(server, "GET", path, token).status_code == 200
    assert rest(server, "GET", f"/v1/Workspaces/{world['ws']}/Activities", token).status_code == 200
    assert rest(server, "GET", f"/v1/Workspaces/{world['ws']}/Activities/{world['activities']['Unavailable']}", token).status_code == 403
    assert rest(server, "GET", f"{path}/Reservations", token, params={"ReservationStatus": "pending"}).status_code == 200
    idle = world["activities"]["Unavailable"]
    updated = rest(server, "POST", path, token, data={"ActivitySid": idle})
    assert updated.status_code == 200, updated.text
    assert updated.json()["activity_sid"] == idle
    assert rest(server, "POST", path, token, data={"ActivitySid": idle, "Attributes": "{}"}).status_code == 403
    assert rest(server, "POST", path, token, data={"Attributes": "{}"}).status_code == 403


def test_task_queue_token(server: Server, world: dict):
    token = TaskQueueCapabilityToken(server.account_sid, server.auth_token, world["ws"], world["queue"]).to_jwt()
    path = f"/v1/Workspaces/{world['ws']}/TaskQueues/{world['queue']}"
    assert rest(server, "GET", path, token).status_code == 200
    assert rest(server, "GET", path + "/Statistics", token).status_code == 403


def test_refused_tokens(server: Server, world: dict):
    path = f"/v1/Workspaces/{world['ws']}"
    expired = WorkspaceCapabilityToken(
        server.account_sid, server.auth_token, world["ws"], valid_until=int(time.time()) - 5
    ).to_jwt()
    response = rest(server, "GET", path, expired)
    assert response.status_code == 401
    assert response.json()["status"] == 401
    forged = WorkspaceCapabilityToken(server.account_sid, "x" * 32, world["ws"]).to_jwt()
    assert rest(server, "GET", path, forged).status_code == 403
    header, payload, _ = WorkspaceCapabilityToken(server.account_sid, server.auth_token, world["ws"]).to_jwt().split(".")
    none_header = base64.urlsafe_b64encode(b'{"alg":"none","typ":"JWT"}').rstrip(b"=").decode()
    assert rest(server, "GET", path, f"{none_header}.{payload}.").status_code == 403
    escape = WorkerCapabilityToken(server.account_sid, server.auth_token, world["ws"], world["worker"]).to_jwt()
    for attempt in (f"{path}/Workers/{world['worker']}/../..", f"{path}/Workers/{world['worker']}%2F..%2F..%2FActivities"):
        assert rest(server, "GET", attempt, escape).status_code in (403, 404)


# --------------------------------------------------------------------------------------------
# Event bridge: POST proxy and websocket handshake
# --------------------------------------------------------------------------------------------


def test_proxy_ready_and_envelope(server: Server, world: dict):
    token = WorkspaceCapabilityToken(server.account_sid, server.auth_token, world["ws"]).to_jwt()
    ready = proxy(server, server.account_sid, world["ws"],
                  {"url": twilio_url(world) + "/", "method": "GET", "event_type": "ready", "token": token})
    assert ready.status_code == 200, ready.text
    assert ready.headers["Access-Control-Allow-Origin"] == "*"
    body = ready.json()
    assert body["event_type"] == "ready"
    assert body["payload"]["sid"] == world["ws"]
    denied = proxy(server, server.account_sid, world["ws"], {"url": twilio_url(world, "Activities"), "method": "GET", "token": token})
    assert denied.status_code == 403
    assert denied.headers["Access-Control-Allow-Origin"] == "*"
    assert set(denied.json()) >= {"code", "message", "more_info", "status"}


def test_proxy_worker_calls(server: Server, world: dict):
    worker = world["worker"]
    token = WorkerCapabilityToken(
        server.account_sid, server.auth_token, world["ws"], worker,
        allow_update_activities=True, allow_update_reservations=True,
    ).to_jwt()
    activities = proxy(server, server.account_sid, worker, {"url": twilio_url(world, "Activities"), "method": "GET", "token": token})
    assert activities.status_code == 200
    assert activities.json()["event_type"] is None
    assert activities.json()["payload"]["meta"]["key"] == "activities"
    available = world["activities"]["Available"]
    updated = proxy(server, server.account_sid, worker, {
        "url": twilio_url(world, f"Workers/{worker}"), "method": "POST", "params": {"ActivitySid": available}, "token": token,
    })
    assert updated.status_code == 200, updated.text
    assert updated.json()["payload"]["activity_sid"] == available
    # The token is for the worker's channel: the workspace channel refuses it.
    wrong = proxy(server, server.account_sid, world["ws"], {"url": twilio_url(world, "Activities"), "method": "GET", "token": token})
    assert wrong.status_code == 403
    offline = proxy(server, server.account_sid, worker, {
        "url": twilio_url(world, f"Workers/{worker}"), "method": "POST", "params": {"ActivitySid": world["activities"]["Offline"]},
        "token": token,
    })
    assert offline.status_code == 200


def test_proxy_preflight(server: Server, world: dict):
    response = requests.options(
        server.url(f"/v1/wschannels/{server.account_sid}/{world['ws']}"),
        headers={"Origin": "https://app.example", "Access-Control-Request-Method": "POST",
                 "Access-Control-Request-Headers": "content-type, apiversion, clientversion"},
        timeout=10,
    )
    assert response.status_code in (200, 204)
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in response.headers["Access-Control-Allow-Methods"]


def websocket_handshake(server: Server, path: str) -> tuple[str, bytes]:
    """Opens a websocket with a raw HTTP/1.1 upgrade; returns the status line and the first frame's data."""
    url = urlsplit(server.base_url)
    with socket.create_connection((url.hostname, url.port), timeout=10) as sock:
        key = base64.b64encode(os.urandom(16)).decode()
        sock.sendall((
            f"GET {path} HTTP/1.1\r\nHost: {url.netloc}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
        ).encode())
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(4096)
            if not chunk:
                break
            data += chunk
        head, _, rest = data.partition(b"\r\n\r\n")
        status = head.split(b"\r\n")[0].decode()
        if " 101 " not in status:
            return status, b""

        def need(count: int) -> bytes:
            nonlocal rest
            while len(rest) < count:
                chunk = sock.recv(4096)
                assert chunk, "connection closed mid-frame"
                rest += chunk
            return rest

        need(2)
        length, start = rest[1] & 0x7F, 2
        if length == 126:
            length, start = int.from_bytes(need(4)[2:4], "big"), 4
        need(start + length)
        assert rest[0] == 0x81, "expected a single unfragmented text frame"
        return status, rest[start:start + length]


def test_websocket_handshake_with_python_token(server: Server, world: dict):
    token = WorkerCapabilityToken(server.account_sid, server.auth_token, world["ws"], world["worker"]).to_jwt()
    channel = f"/v1/wschannels/{server.account_sid}/{world['worker']}"
    status, frame = websocket_handshake(server, f"{channel}?token={token}&closeExistingSessions=false")
    assert " 101 " in status
    first = json.loads(frame)
    assert first["event_type"] == "init"
    assert first["payload"]["channel_id"] == world["worker"]
    refused, _ = websocket_handshake(server, f"/v1/wschannels/{server.account_sid}/{world['ws']}?token={token}")
    assert " 101 " not in refused


# --------------------------------------------------------------------------------------------
# `switchboard token`
# --------------------------------------------------------------------------------------------


def cli_token(server: Server, *args: str) -> str:
    result = subprocess.run(
        [str(server.binary), "token", *args, "--account-sid", server.account_sid, "--auth-token", server.auth_token],
        capture_output=True, text=True, timeout=60, check=True,
    )
    return result.stdout.strip()


def comparable(policies: list[dict]) -> list[tuple]:
    return sorted((p["url"], p["method"], json.dumps(p.get("query_filter", {}), sort_keys=True),
                   json.dumps(p.get("post_filter", {}), sort_keys=True), p.get("allow", False)) for p in policies)


def test_cli_tokens_match_the_python_helper(server: Server, world: dict):
    worker = world["worker"]
    mine = cli_token(server, "worker", world["ws"], worker, "--allow-activity-updates", "--allow-reservation-updates", "--ttl", "600")
    theirs = WorkerCapabilityToken(server.account_sid, server.auth_token, world["ws"], worker,
                                   allow_update_activities=True, allow_update_reservations=True).to_jwt()
    assert comparable(claims(mine)["policies"]) == comparable(claims(theirs)["policies"])
    assert claims(mine)["exp"] - claims(mine)["nbf"] == 600
    for key in ("iss", "account_sid", "workspace_sid", "channel", "worker_sid", "version", "friendly_name"):
        assert claims(mine)[key] == claims(theirs)[key], key
    updated = rest(server, "POST", f"/v1/Workspaces/{world['ws']}/Workers/{worker}", mine,
                   data={"ActivitySid": world["activities"]["Offline"]})
    assert updated.status_code == 200, updated.text

    workspace = cli_token(server, "workspace", world["ws"], "--allow-fetch-subresources", "--allow-updates",
                          "--allow-updates-subresources", "--allow-delete", "--allow-delete-subresources")
    python = WorkspaceCapabilityToken(server.account_sid, server.auth_token, world["ws"], allow_fetch_subresources=True,
                                      allow_update_self=True, allow_update_subresources=True, allow_delete_self=True,
                                      allow_delete_subresources=True).to_jwt()
    assert comparable(claims(workspace)["policies"]) == comparable(claims(python)["policies"])
    queue = cli_token(server, "taskqueue", world["ws"], world["queue"])
    assert comparable(claims(queue)["policies"]) == comparable(
        claims(TaskQueueCapabilityToken(server.account_sid, server.auth_token, world["ws"], world["queue"]).to_jwt())["policies"])
    assert rest(server, "GET", f"/v1/Workspaces/{world['ws']}/TaskQueues/{world['queue']}", queue).status_code == 200


def test_cli_reads_the_auth_token_from_the_database(server: Server, world: dict):
    result = subprocess.run(
        [str(server.binary), "token", "workspace", world["ws"], "--database", str(server.database),
         "--account-sid", server.account_sid],
        capture_output=True, text=True, timeout=60, check=True,
    )
    token = result.stdout.strip()
    assert rest(server, "GET", f"/v1/Workspaces/{world['ws']}", token).status_code == 200
