"""The production WSGI server of ``aduan serve``: waitress, with a graceful stop on SIGTERM.

Waitress answers with a pool of ``web.threads`` threads, closes connections idle for
``web.timeout`` seconds and refuses bodies over ``web.max_body_bytes`` (413) before the app
reads them. On SIGTERM or SIGINT it stops accepting connections, lets the requests already
received finish and their answers reach the client (for at most ``web.timeout`` seconds),
then returns so the caller can stop the queue workers and Rasa.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from typing import Any

from waitress.server import create_server

from aduan import settings

log = logging.getLogger("aduan.web")


class Server:
    """One waitress server for ``app`` on ``web.host``:``web.port``."""

    def __init__(self, app: Any, web: settings.WebSettings) -> None:
        self.web = web
        self._stopping = threading.Event()
        self._server: Any = create_server(
            app,
            host=web.host,
            port=web.port,
            threads=web.threads,
            channel_timeout=int(web.timeout),
            max_request_body_size=web.max_body_bytes,
            ident="aduan",
            clear_untrusted_proxy_headers=True,
        )

    @property
    def port(self) -> int:
        return int(self._server.effective_port)

    def stop(self) -> None:
        """Asks :meth:`serve_forever` to drain and return; safe from a signal handler or another thread."""
        self._stopping.set()

    def install_signal_handlers(self) -> None:
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: self.stop())

    def serve_forever(self) -> None:
        """Serves until :meth:`stop`, then finishes the requests in flight and closes."""
        server = self._server
        adj = server.adj
        while not self._stopping.is_set():
            server.asyncore.loop(timeout=0.5, map=server._map, use_poll=adj.asyncore_use_poll, count=1)
        server.accepting = False  # the listening socket is no longer polled: no new connections
        deadline = time.monotonic() + self.web.timeout
        while self._in_flight() and time.monotonic() < deadline:
            server.asyncore.loop(timeout=0.1, map=server._map, use_poll=adj.asyncore_use_poll, count=1)
        left = self._in_flight()
        if left:
            log.warning("web: stopping with %d request(s) unfinished after %.0f s", left, self.web.timeout)
        server.close()
        server.task_dispatcher.shutdown(cancel_pending=True, timeout=5)
        log.info("web: stopped")

    def _in_flight(self) -> int:
        """Connections with a request being read, run, or answered."""
        channels = list(self._server.active_channels.values())
        return sum(1 for ch in channels if ch.requests or ch.request is not None or ch.total_outbufs_len)
