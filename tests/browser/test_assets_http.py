"""The SDK and console files over plain HTTP: content types, caching validators, no authentication."""

from __future__ import annotations

import re

import requests


def get(server, path, **headers):
    return requests.get(server.url(path), headers=headers, timeout=10, allow_redirects=False)


def test_sdk_is_served_as_javascript_with_caching_headers(server):
    response = get(server, "/sdk/taskrouter.js")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/javascript")
    assert response.headers["Cache-Control"] == "public, max-age=300"
    assert re.fullmatch(r'"[0-9a-f]{32}"', response.headers["ETag"])
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "Twilio.TaskRouter" in response.text and "WorkspaceClient" in response.text
    revalidated = get(server, "/sdk/taskrouter.js", **{"If-None-Match": response.headers["ETag"]})
    assert revalidated.status_code == 304 and revalidated.content == b""
    assert get(server, "/sdk/taskrouter.min.js").text == response.text


def test_sdk_can_be_loaded_cross_origin_with_integrity_checks(server):
    response = get(server, "/sdk/taskrouter.js", Origin="https://customer.example")
    assert response.headers.get("Access-Control-Allow-Origin") in ("*", "https://customer.example")


def test_console_pages_need_no_credentials(server):
    redirect = get(server, "/console")
    assert redirect.status_code in (301, 302) and redirect.headers["Location"].endswith("/console/")
    index = get(server, "/console/")
    assert index.status_code == 200 and index.headers["Content-Type"].startswith("text/html")
    assert index.headers["Cache-Control"] == "no-cache"
    assert "default-src 'self'" in index.headers["Content-Security-Policy"]
    assert '<script src="../sdk/taskrouter.js">' in index.text
    for path in ("/console/console.css", "/console/js/main.mjs", "/console/js/views/dashboard.mjs", "/console/favicon.svg"):
        response = get(server, path)
        assert response.status_code == 200, path
    assert get(server, "/console/js/main.mjs").headers["Content-Type"].startswith("text/javascript")
    assert get(server, "/console/nope.js").status_code == 404
    assert get(server, "/console/../Package.swift").status_code == 404
