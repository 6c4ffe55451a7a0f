"""Helpers shared by the web tests: test articles and a uvicorn server in a thread."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEEDS = SHARED / "seeds"
TOKEN = "test-token-123"
MAX_BODY = 64 * 1024
TINY = """2024-03-01
Ada Lovelace meets Charles Babbage in London

Ada Lovelace met Charles Babbage at a dinner in London on Friday, March 1, 2024.

The mathematician, 28, said: "We talked about engines all night."
"""
XSS = """2024-02-02
Evil <script>window.__pwned = 1; alert('xss')</script> headline about Grace Hopper

Grace Hopper met Alan Turing in Boston on January 5, 2024. <img src=x onerror="alert('xss')">

It was <b onmouseover=alert(1)>bold</b>.
"""


class ServerThread:
    """uvicorn serving ``app`` on 127.0.0.1 at a free port, in a daemon thread."""

    def __init__(self, app) -> None:
        import uvicorn

        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self) -> ServerThread:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()
