"""A fresh workspace for one example of the TaskRouter.js page, made through the REST API, with the
SIDs that replace the page's placeholders (WSxxx, WAxxx, WQxxx, WWxxx, WKxxx, WTxxx)."""

from __future__ import annotations

import json
from dataclasses import dataclass

import requests
from twilio.jwt.taskrouter.capabilities import WorkspaceCapabilityToken


def workspace_token(server, workspace_sid: str, ttl: int = 3600) -> str:
    """A Workspace capability token from the official helper: everything in the workspace allowed."""
    return WorkspaceCapabilityToken(
        server.account_sid, server.auth_token, workspace_sid, ttl=ttl,
        allow_update_self=True, allow_delete_self=True,
        allow_fetch_subresources=True, allow_update_subresources=True, allow_delete_subresources=True,
    ).to_jwt()


@dataclass
class ExampleWorkspace:
    http: requests.Session
    base: str
    sid: str
    spare_activity: str  # WAxxx: an activity nobody uses, safe to rename or delete
    offline_activity: str
    queue: str  # WQxxx: "Queue 1", not used by the workflow (deletable)
    routing_queue: str  # where the workflow sends tasks
    workflow: str  # WWxxx
    worker: str  # WKxxx (Offline, so nothing gets reserved)
    task: str | None  # WTxxx (pending in the routing queue)

    @property
    def placeholders(self) -> dict[str, str]:
        return {"WSxxx": self.sid, "WAxxx": self.spare_activity, "WQxxx": self.queue, "WWxxx": self.workflow,
                "WKxxx": self.worker, "WTxxx": self.task or "WT" + "0" * 32}

    def url(self, path: str = "") -> str:
        return f"{self.base}/v1/Workspaces/{self.sid}{path}"

    def get(self, path: str = "") -> requests.Response:
        return self.http.get(self.url(path), timeout=10)

    def items(self, path: str) -> list[dict]:
        body = self.get(path + "?PageSize=1000").json()
        return body[body["meta"]["key"]]

    def delete(self) -> None:
        for task in self.items("/Tasks") if self.get().status_code == 200 else []:
            self.http.delete(self.url(f"/Tasks/{task['sid']}"), timeout=10)
        self.http.delete(self.url(), timeout=10)


def create_example_workspace(http: requests.Session, base: str, with_task: bool) -> ExampleWorkspace:
    def post(path: str, **form) -> dict:
        response = http.post(f"{base}/v1{path}", data=form, timeout=10)
        assert response.status_code == 201, f"POST {path}: {response.status_code} {response.text}"
        return response.json()

    ws = post("/Workspaces", FriendlyName="Workspace 1")
    sid = ws["sid"]
    spare = post(f"/Workspaces/{sid}/Activities", FriendlyName="Spare", Available="false")
    queue = post(f"/Workspaces/{sid}/TaskQueues", FriendlyName="Queue 1", TargetWorkers="1==1")
    routing = post(f"/Workspaces/{sid}/TaskQueues", FriendlyName="Routing Queue", TargetWorkers="1==1")
    config = {"task_routing": {"filters": [], "default_filter": {"queue": routing["sid"]}}}
    workflow = post(f"/Workspaces/{sid}/Workflows", FriendlyName="Workflow 0", Configuration=json.dumps(config))
    worker = post(f"/Workspaces/{sid}/Workers", FriendlyName="Worker 0", ActivitySid=ws["default_activity_sid"])
    task = None
    if with_task:
        task = post(f"/Workspaces/{sid}/Tasks", WorkflowSid=workflow["sid"], Attributes=json.dumps({"Ticket": "Silver"}))["sid"]
    return ExampleWorkspace(http=http, base=base, sid=sid, spare_activity=spare["sid"], offline_activity=ws["default_activity_sid"],
                            queue=queue["sid"], routing_queue=routing["sid"], workflow=workflow["sid"], worker=worker["sid"], task=task)
