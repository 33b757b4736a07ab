"""A headless Chromium driven over the Chrome DevTools Protocol, for tests and benches.

Uses the system's ``chromium`` (Debian package; ``.ci/run`` installs it) and the small
``websocket-client`` package: no browser is fetched from the network. One page per
:class:`Browser`; console errors and uncaught exceptions are collected as they happen.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import shutil
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import websocket

#: Flags that keep a headless run quiet, offline and reproducible.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--window-size=1280,900",
)
_STARTUP_SECONDS = 30.0


def find_chromium() -> str | None:
    """The path of a Chromium binary, or ``None`` when there is none on this machine."""
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


class Browser:
    """One Chromium page: navigate, evaluate JavaScript, take screenshots."""

    def __init__(self, socket: websocket.WebSocket) -> None:
        self._socket = socket
        self._next_id = 0
        self.errors: list[str] = []
        self._events: list[dict[str, Any]] = []

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        """Send one protocol command and wait for its result (events meanwhile are kept)."""
        self._next_id += 1
        self._socket.send(json.dumps({"id": self._next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self._socket.recv())
            if message.get("id") == self._next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                result: dict[str, Any] = message.get("result", {})
                return result
            self._on_event(message)

    def _on_event(self, message: dict[str, Any]) -> None:
        """Collect console errors and exceptions; keep other events for :meth:`wait_for`."""
        method = message.get("method")
        params = message.get("params", {})
        if method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            self.errors.append(str(details.get("exception", {}).get("description") or details))
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            self.errors.append(" ".join(str(a.get("value")) for a in params.get("args", [])))
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            self.errors.append(str(params["entry"].get("text")))
        self._events.append(message)

    def wait_for(self, method: str, timeout: float = 30.0) -> dict[str, Any]:
        """The next event called ``method`` (one already received counts)."""
        deadline = time.monotonic() + timeout
        while True:
            for index, event in enumerate(self._events):
                if event.get("method") == method:
                    del self._events[: index + 1]
                    params: dict[str, Any] = event.get("params", {})
                    return params
            self._events.clear()
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"no {method} within {timeout} s")
            self._socket.settimeout(remaining)
            try:
                self._on_event(json.loads(self._socket.recv()))
            finally:
                self._socket.settimeout(None)

    def open(self, path: Path, timeout: float = 30.0) -> None:
        """Load a local file and wait for its load event."""
        self._events.clear()
        self.call("Page.navigate", url=path.resolve().as_uri())
        self.wait_for("Page.loadEventFired", timeout)

    def evaluate(self, expression: str) -> Any:
        """The JSON value of a JavaScript expression in the page."""
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression!r}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def screenshot(self, path: Path, *, full_page: bool = False) -> None:
        """Save a PNG of the viewport (or of the whole page), once the page has painted."""
        painted = "new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"
        self.call("Runtime.evaluate", expression=painted, awaitPromise=True)
        shot = self.call("Page.captureScreenshot", format="png", captureBeyondViewport=full_page)
        path.write_bytes(base64.b64decode(shot["data"]))


def _debugger_url(profile: Path, process: subprocess.Popen[bytes]) -> str:
    """The page's DevTools websocket address, once Chromium has written its port."""
    port_file = profile / "DevToolsActivePort"
    deadline = time.monotonic() + _STARTUP_SECONDS
    while not port_file.exists() or not port_file.read_text().strip():
        if process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"chromium did not start (exit status {process.poll()})")
        time.sleep(0.05)
    port = port_file.read_text().split()[0]
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as answer:
        targets = json.load(answer)
    return str(next(t for t in targets if t["type"] == "page")["webSocketDebuggerUrl"])


@contextlib.contextmanager
def launch(binary: str) -> Iterator[Browser]:
    """A fresh headless Chromium with a throw-away profile; ended when the block ends."""
    with tempfile.TemporaryDirectory(prefix="citex-chromium-") as profile:
        process = subprocess.Popen(
            [
                binary,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={profile}",
                "--remote-debugging-port=0",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "LANG": "en_US.UTF-8"},
        )
        try:
            socket = websocket.create_connection(
                _debugger_url(Path(profile), process), suppress_origin=True, timeout=60
            )
            try:
                browser = Browser(socket)
                for domain in ("Page", "Runtime", "Log"):
                    browser.call(f"{domain}.enable")
                yield browser
            finally:
                socket.close()
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
