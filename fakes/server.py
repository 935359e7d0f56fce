"""What the fakes share: a WSGI server thread, and recording requests with planned failures."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from flask import Response, jsonify, request
from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server


class _QuietHandler(WSGIRequestHandler):
    """Logs no line per request: a fake records its requests in ``sent``, and ``aduan chat`` polls it."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        pass


@dataclass(frozen=True)
class Recorded:
    """One request the fake received."""

    method: str
    path: str
    headers: dict[str, str]
    json: Any
    args: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Failure:
    """An answer the fake gives instead of the real one."""

    status: int
    body: Any
    headers: dict[str, str]


class RecordingFake:
    """Records every request (``sent``) and answers planned failures first (``fail_next``)."""

    default_status = 500

    def __init__(self) -> None:
        self.sent: list[Recorded] = []
        self._failures: deque[Failure] = deque()
        self._cond = threading.Condition()

    def default_failure(self, status: int) -> Any:
        """The platform's error body for ``status``."""
        return {"error": status}

    def fail_next(
        self,
        n: int = 1,
        *,
        status: int | None = None,
        body: Any = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        """Makes the next ``n`` API calls answer ``status`` with ``body`` (default: the platform's error)."""
        status = status or self.default_status
        body = body if body is not None else self.default_failure(status)
        with self._cond:
            self._failures.extend(Failure(status, body, dict(headers or {})) for _ in range(n))

    def reset(self) -> None:
        """Forgets recorded requests and planned failures (between tests sharing a server)."""
        with self._cond:
            self.sent.clear()
            self._failures.clear()

    def messages_to(self, recipient_id: str) -> list[Any]:
        raise NotImplementedError

    def wait_for(self, recipient_id: str, count: int, timeout: float = 30.0) -> list[Any]:
        """Waits until ``count`` messages reached ``recipient_id``; returns them all (fewer on timeout)."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while len(self.messages_to(recipient_id)) < count and (left := deadline - time.monotonic()) > 0:
                self._cond.wait(left)
            return self.messages_to(recipient_id)

    def record(self) -> Response | None:
        """Records the current request; returns the planned failure to answer instead, if any."""
        recorded = Recorded(
            method=request.method,
            path=request.path,
            headers=dict(request.headers),
            json=request.get_json(silent=True),
            args=dict(request.args),
        )
        with self._cond:
            self.sent.append(recorded)
            failure = self._failures.popleft() if self._failures else None
            self._cond.notify_all()
        if failure is None:
            return None
        response = jsonify(failure.body)
        response.status_code = failure.status
        response.headers.update(failure.headers)
        return response


Answer = Callable[..., Any]


class ServerThread:
    """A WSGI app served on ``127.0.0.1``; ``url`` is its base URL once started."""

    def __init__(self, app: Any, *, port: int = 0, host: str = "127.0.0.1") -> None:
        self._server: BaseWSGIServer = make_server(
            host, port, app, threaded=True, request_handler=_QuietHandler
        )
        self.url = f"http://{host}:{self._server.server_port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def start(self) -> ServerThread:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> ServerThread:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
