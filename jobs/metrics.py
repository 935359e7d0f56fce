"""Prometheus metrics: what each process counts, and what ``/metrics`` reads from the database.

Counters and the NLU latency histogram live in the process that does the work (a web process counts
messages in, a worker counts replies sent and times the NLU). With ``PROMETHEUS_MULTIPROC_DIR`` set
in every process's environment (web and workers on one host, the folder emptied before they start),
prometheus-client keeps them in files there and ``/metrics`` of any web process adds up all of them.
Gauges (queue depth, outbox, tickets, SLA) are read at scrape time, from the database and the broker,
so they are right however many processes there are.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from prometheus_client import REGISTRY, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.registry import Collector

log = logging.getLogger("aduan.jobs")

MESSAGES_IN = Counter("aduan_messages_in", "Inbound messages stored (redeliveries not counted)", ["channel"])
MESSAGES_OUT = Counter("aduan_messages_out", "Replies delivered to the platform", ["channel"])
DELIVERY_FAILURES = Counter("aduan_delivery_failures", "Failed delivery attempts", ["channel", "outcome"])
NLU_LATENCY = Histogram(
    "aduan_nlu_latency_seconds",
    "Time of one NLU parse, as the worker sees it",
    buckets=(0.025, 0.05, 0.1, 0.2, 0.35, 0.5, 0.75, 1.0, 2.0, 5.0, 10.0),
)
NLU_ERRORS = Counter("aduan_nlu_errors", "NLU parses that failed (the message waits)")
SLA_BREACHES = Counter("aduan_sla_breaches", "Tickets that became overdue")


@contextmanager
def nlu_timer() -> Iterator[None]:
    """Times one NLU parse into the histogram (a failed one counts as an error instead)."""
    start = time.perf_counter()
    try:
        yield
    except Exception:
        NLU_ERRORS.inc()
        raise
    NLU_LATENCY.observe(time.perf_counter() - start)


def _gauge(
    name: str, doc: str, label: str | None, rows: list[tuple[str, float]] | float
) -> GaugeMetricFamily:
    if label is None:
        assert not isinstance(rows, list)
        return GaugeMetricFamily(name, doc, value=rows)
    family = GaugeMetricFamily(name, doc, labels=[label])
    assert isinstance(rows, list)
    for value, count in rows:
        family.add_metric([str(value)], count)
    return family


class ScrapeCollector(Collector):
    """Gauges computed when scraped: ``read()`` returns (name, help, label or None, rows or value) tuples."""

    def __init__(self, read: Callable[[], list[tuple[str, str, str | None, Any]]]) -> None:
        self.read = read

    def collect(self) -> Iterator[GaugeMetricFamily]:
        for name, doc, label, rows in self.read():
            yield _gauge(name, doc, label, rows)


def render(read_gauges: Callable[[], list[tuple[str, str, str | None, Any]]]) -> bytes:
    """Prometheus text: this process's counters (every process's in multiprocess mode), then the gauges."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        counted = CollectorRegistry()
        MultiProcessCollector(counted)  # type: ignore[no-untyped-call]
    else:
        counted = REGISTRY
    scraped = CollectorRegistry()
    scraped.register(ScrapeCollector(read_gauges))
    return generate_latest(counted) + generate_latest(scraped)
