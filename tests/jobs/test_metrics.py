"""Metrics across processes: with PROMETHEUS_MULTIPROC_DIR, what several worker processes count adds up
in the text that one web process serves."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

COUNT = """
import sys
from jobs import metrics
metrics.MESSAGES_OUT.labels("telegram").inc(int(sys.argv[1]))
metrics.NLU_LATENCY.observe(0.1)
"""
RENDER = """
from jobs import metrics
print(metrics.render(lambda: [("aduan_queue_depth", "Tasks waiting", None, 4)]).decode())
"""


def python(code: str, *args: str, env: dict[str, str]) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_counters_of_several_worker_processes_add_up(tmp_path: Path) -> None:
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(tmp_path)}
    python(COUNT, "2", env=env)
    python(COUNT, "3", env=env)
    text = python(RENDER, env=env)
    lines = text.splitlines()
    assert 'aduan_messages_out_total{channel="telegram"} 5.0' in lines
    assert "aduan_nlu_latency_seconds_count 2.0" in lines
    assert 'aduan_nlu_latency_seconds_bucket{le="0.2"} 2.0' in lines
    assert "aduan_queue_depth 4.0" in lines


def test_without_the_folder_a_process_serves_its_own_counts() -> None:
    env = {k: v for k, v in os.environ.items() if k != "PROMETHEUS_MULTIPROC_DIR"}
    text = python(COUNT + RENDER.replace("from jobs import metrics", ""), "7", env=env)
    assert 'aduan_messages_out_total{channel="telegram"} 7.0' in text.splitlines()
    assert any(line.startswith("process_resident_memory_bytes ") for line in text.splitlines())
