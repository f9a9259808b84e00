"""Schemathesis hooks for the Switchboard conformance run (loaded via `hooks = …` in the config).

Twilio's OpenAPI file documents only success responses, so `response_schema_conformance` can
only judge 2xx bodies. This check covers the rest: every non-2xx answer must carry Twilio's
error body (rest-api.md §1.6):

    {"code": int, "message": str, "more_info": "https://www.twilio.com/docs/errors/{code}", "status": int}

with optional `detail` (str) / `details` (object), `status` equal to the HTTP status.
"""

from __future__ import annotations

import json

import schemathesis

REQUIRED = {"code", "message", "more_info", "status"}
OPTIONAL = {"detail", "details"}


def _header(headers, name: str) -> str:
    for key, values in headers.items():
        if key.lower() == name:
            return values[0] if isinstance(values, list) and values else str(values)
    return ""


@schemathesis.check
def twilio_error_body(ctx, response, case):
    """Non-2xx responses carry Twilio's error body with matching status and more_info."""
    if response.status_code < 400 or case.method.upper() == "HEAD":
        return None
    status = response.status_code
    content_type = _header(response.headers, "content-type")
    if not content_type.startswith("application/json"):
        raise AssertionError(f"HTTP {status} error with Content-Type {content_type!r}, not application/json")
    try:
        body = json.loads(response.content)
    except ValueError as exc:
        raise AssertionError(f"HTTP {status} error body is not JSON: {response.content[:200]!r}") from exc
    if not isinstance(body, dict):
        raise AssertionError(f"HTTP {status} error body is not an object: {body!r}")
    keys = set(body)
    problems = []
    if not REQUIRED <= keys:
        problems.append(f"missing {sorted(REQUIRED - keys)}")
    if not keys <= REQUIRED | OPTIONAL:
        problems.append(f"unexpected keys {sorted(keys - REQUIRED - OPTIONAL)}")
    code = body.get("code")
    if type(code) is not int:
        problems.append(f"code is {code!r}, not an int")
    if body.get("status") != status or type(body.get("status")) is not int:
        problems.append(f"status field {body.get('status')!r} != HTTP {status}")
    if not isinstance(body.get("message"), str) or not body.get("message"):
        problems.append(f"message {body.get('message')!r} is not a non-empty string")
    if body.get("more_info") != f"https://www.twilio.com/docs/errors/{code}":
        problems.append(f"more_info {body.get('more_info')!r} is not https://www.twilio.com/docs/errors/{code}")
    if "detail" in body and not isinstance(body["detail"], str):
        problems.append(f"detail {body['detail']!r} is not a string")
    if problems:
        raise AssertionError(f"HTTP {status} error body does not match Twilio's shape: " + "; ".join(problems))
    return None
