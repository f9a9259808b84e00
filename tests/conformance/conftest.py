"""Shared fixtures: one live `switchboard serve` per test session (see server_process.py)."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
import requests

from server_process import OPENAPI_PATH, Server, start_server, stop_process

# Loopback only: never send the suites' traffic through a proxy from the environment.
os.environ["NO_PROXY"] = os.environ["no_proxy"] = "127.0.0.1,localhost"


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory):
    srv = start_server(tmp_path_factory.mktemp("switchboard"))
    yield srv
    stop_process(srv.process)
    crashed = srv.process.returncode not in (0, -signal.SIGTERM)
    if crashed:
        print(f"\nswitchboard exited with status {srv.process.returncode}; stderr tail:\n{srv.log_tail()}")


@pytest.fixture(scope="session")
def openapi_path() -> Path:
    if not OPENAPI_PATH.exists():
        pytest.exit(f"OpenAPI file not found at {OPENAPI_PATH} (set SWITCHBOARD_SHARED)", returncode=2)
    return OPENAPI_PATH


@pytest.fixture(scope="session")
def http(server: Server) -> requests.Session:
    """A plain `requests` session authenticated as the bootstrap account."""
    session = requests.Session()
    session.auth = server.auth
    session.trust_env = False
    return session


@pytest.fixture(autouse=True)
def _server_still_running(request):
    """Fail the test during which the server died (crash, abort), with its stderr tail."""
    yield
    if "server" not in request.fixturenames:
        return
    srv: Server = request.getfixturevalue("server")
    if srv.process.poll() is not None:
        pytest.fail(f"switchboard died (status {srv.process.returncode}) during this test; stderr tail:\n{srv.log_tail()}")
