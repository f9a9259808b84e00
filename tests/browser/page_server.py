"""A second origin for test pages: serves tests/browser/pages/ on its own port, so the pages load
/sdk/taskrouter.js from the Switchboard server cross-origin, as a customer's page would.
`{{SWITCHBOARD}}` in an .html page becomes the server's base URL."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PAGES = Path(__file__).resolve().parent / "pages"
TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}


class PageServer:
    def __init__(self, switchboard_url: str):
        outer = self
        self.switchboard_url = switchboard_url

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server naming)
                name = self.path.split("?")[0].lstrip("/") or "examples.html"
                path = (PAGES / name).resolve()
                if PAGES not in path.parents or not path.is_file():
                    self.send_error(404)
                    return
                body = path.read_bytes()
                if path.suffix == ".html":
                    body = body.replace(b"{{SWITCHBOARD}}", outer.switchboard_url.encode())
                self.send_response(200)
                self.send_header("Content-Type", TYPES.get(path.suffix, "application/octet-stream"))
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):  # keep test output quiet
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
