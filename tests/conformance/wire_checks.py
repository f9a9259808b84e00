"""Small checkers shared by the conformance tests.

A *kind* describes what a parsed property of a twilio-python instance must look like
(`SID("WS")`, `DATETIME`, `JSON_TEXT`, `opt(URL)`, …). `assert_instance` checks every
property of an instance against a table of kinds; the tables live in the test module, next to
the spec sections they come from.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any, Callable

SID_HEX = "[0-9a-fA-F]{32}"

# Keys an error body must have, and the optional ones rest-api.md §1.6 allows.
ERROR_KEYS = {"code", "message", "more_info", "status"}
OPTIONAL_ERROR_KEYS = {"detail", "details"}


@dataclass(frozen=True)
class Kind:
    name: str
    accepts: Callable[[Any], bool]
    nullable: bool = False

    def problem(self, value: Any) -> str | None:
        if value is None:
            return None if self.nullable else f"expected {self.name}, got None"
        try:
            ok = self.accepts(value)
        except Exception as exc:  # a checker that blows up is a mismatch
            ok = False
            return f"expected {self.name}, got {value!r} ({exc})"
        return None if ok else f"expected {self.name}, got {type(value).__name__} {value!r}"


def opt(kind: Kind) -> Kind:
    return Kind(f"{kind.name} or None", kind.accepts, nullable=True)


def _is_json_text(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    json.loads(value)
    return True


def _is_json_object_text(value: Any) -> bool:
    return isinstance(value, str) and isinstance(json.loads(value), dict)


def _is_recent_utc(value: Any) -> bool:
    if not isinstance(value, datetime) or value.tzinfo is None:
        return False
    now = datetime.now(timezone.utc)
    return now - timedelta(hours=1) <= value <= now + timedelta(minutes=5)


def SID(prefix: str) -> Kind:
    pattern = re.compile(f"^{prefix}{SID_HEX}$")
    return Kind(f"{prefix} SID", lambda v: isinstance(v, str) and bool(pattern.match(v)))


def ENUM(*values: str) -> Kind:
    return Kind(f"one of {values}", lambda v: v in values)


STR = Kind("str", lambda v: isinstance(v, str))
NONEMPTY_STR = Kind("non-empty str", lambda v: isinstance(v, str) and v != "")
INT = Kind("int", lambda v: isinstance(v, int) and not isinstance(v, bool))
BOOL = Kind("bool", lambda v: isinstance(v, bool))
DICT = Kind("dict", lambda v: isinstance(v, dict))
# The library turns ISO 8601 `YYYY-MM-DDTHH:MM:SSZ` into an aware datetime and hands anything
# else back as the raw string — so "is a datetime" is the parse check.
DATETIME = Kind("datetime (recent, UTC)", _is_recent_utc)
ANY_DATETIME = Kind("datetime", lambda v: isinstance(v, datetime) and v.tzinfo is not None)
JSON_TEXT = Kind("str holding JSON", _is_json_text)
JSON_OBJECT_TEXT = Kind("str holding a JSON object", _is_json_object_text)
ANY_SID = Kind("SID", lambda v: isinstance(v, str) and bool(re.match(f"^[a-zA-Z]{{2}}{SID_HEX}$", v)))


def url_kind(base_url: str) -> Kind:
    return Kind(f"absolute URL under {base_url}/v1/", lambda v: isinstance(v, str) and v.startswith(base_url + "/v1/"))


def links_kind(base_url: str) -> Kind:
    def accepts(v: Any) -> bool:
        return isinstance(v, dict) and all(
            isinstance(u, str) and u.startswith(base_url + "/v1/") for u in v.values()
        )

    return Kind(f"dict of absolute URLs under {base_url}/v1/", accepts)


def assert_instance(instance: Any, fields: dict[str, Kind], what: str = "") -> None:
    """Every listed property exists on the instance and has the expected kind."""
    label = what or type(instance).__name__
    problems = []
    for name, kind in fields.items():
        if not hasattr(instance, name):
            problems.append(f"{name}: property missing")
            continue
        problem = kind.problem(getattr(instance, name))
        if problem:
            problems.append(f"{name}: {problem}")
    assert not problems, f"{label}: " + "; ".join(problems)


def assert_error_body(response, status: int, code: int) -> dict:
    """The Twilio error body of rest-api.md §1.6, with the expected status and code."""
    context = f"{response.request.method} {response.request.url}"
    assert response.status_code == status, f"{context}: status {response.status_code} != {status}: {response.text[:300]}"
    content_type = response.headers.get("Content-Type", "")
    assert content_type.startswith("application/json"), f"{context}: Content-Type {content_type!r}"
    body = response.json()
    assert isinstance(body, dict), f"{context}: body is not an object: {body!r}"
    keys = set(body)
    assert ERROR_KEYS <= keys, f"{context}: missing {ERROR_KEYS - keys} in {body}"
    assert keys <= ERROR_KEYS | OPTIONAL_ERROR_KEYS, f"{context}: unexpected keys {keys - ERROR_KEYS - OPTIONAL_ERROR_KEYS}"
    assert body["code"] == code and type(body["code"]) is int, f"{context}: code {body['code']!r} != {code}"
    assert body["status"] == status and type(body["status"]) is int, f"{context}: status field {body['status']!r}"
    assert isinstance(body["message"], str) and body["message"], f"{context}: message {body['message']!r}"
    assert body["more_info"] == f"https://www.twilio.com/docs/errors/{code}", f"{context}: more_info {body['more_info']!r}"
    if "detail" in body:
        assert isinstance(body["detail"], str), f"{context}: detail {body['detail']!r}"
    return body
