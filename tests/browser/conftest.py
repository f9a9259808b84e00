"""Browser tests: a live `switchboard serve`, a second origin for test pages, and headless Chromium
(the system's `chromium`, driven by Playwright from PyPI). Screenshots go to artifacts/browser/.

Without Chromium or Playwright the tests are skipped locally, but fail when CI=true: CI must run them.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import sys
from pathlib import Path

import pytest
import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "conformance"))
from server_process import start_server, stop_process  # noqa: E402

from page_server import PageServer  # noqa: E402

os.environ["NO_PROXY"] = os.environ["no_proxy"] = "127.0.0.1,localhost"

REPO_ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO_ROOT / "artifacts" / "browser"
IN_CI = os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def unavailable(reason: str):
    if IN_CI:
        pytest.fail(f"browser tests cannot run in CI: {reason}", pytrace=False)
    pytest.skip(f"browser tests skipped: {reason} (they are required when CI=true)")


def chromium_executable() -> str | None:
    for candidate in (os.environ.get("SWITCHBOARD_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if candidate and (found := shutil.which(candidate)):
            return found
    return None


@pytest.fixture(scope="session")
def chromium():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("the playwright package is not installed (pip install -r tests/requirements.txt)")
    executable = chromium_executable()
    if not executable:
        unavailable("no Chromium found (apt-get install chromium, or set SWITCHBOARD_CHROMIUM)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=["--no-sandbox", "--no-proxy-server", "--disable-gpu"])
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory):
    srv = start_server(tmp_path_factory.mktemp("switchboard-browser"))
    yield srv
    stop_process(srv.process)
    if srv.process.returncode not in (0, -signal.SIGTERM):
        print(f"\nswitchboard exited with status {srv.process.returncode}; stderr tail:\n{srv.log_tail()}")


@pytest.fixture(scope="session")
def page_server(server):
    pages = PageServer(server.base_url)
    yield pages
    pages.close()


@pytest.fixture(scope="session")
def http(server) -> requests.Session:
    session = requests.Session()
    session.auth = server.auth
    session.trust_env = False
    return session


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def page(chromium, request, artifacts):
    """A fresh browser page; its console messages and page errors are kept for failure reports."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.messages = []
    page.on("console", lambda m: page.messages.append(f"{m.type}: {m.text}"))
    page.on("pageerror", lambda e: page.messages.append(f"pageerror: {e}"))
    yield page
    if getattr(request.node, "rep_call", None) is not None and request.node.rep_call.failed:
        name = re.sub(r"[^\w.-]+", "_", request.node.name)[:120]
        page.screenshot(path=str(artifacts / "failures" / f"{name}.png"), full_page=True)
        print("\nbrowser console:\n" + "\n".join(page.messages[-60:]))
    context.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)


@pytest.fixture(autouse=True)
def _server_still_running(request):
    yield
    if "server" not in request.fixturenames:
        return
    srv = request.getfixturevalue("server")
    if srv.process.poll() is not None:
        pytest.fail(f"switchboard died (status {srv.process.returncode}) during this test; stderr tail:\n{srv.log_tail()}")
