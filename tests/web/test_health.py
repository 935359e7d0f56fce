"""``/healthz`` while the supervised local Rasa loads: "starting", not "degraded"."""

from __future__ import annotations

from pathlib import Path

from aduan import settings
from aduan.cli import ensure_model
from jobs import runtime
from nlu.server import RasaServer, SupervisedClient
from tests.conftest import ROOT
from web import create_app


def test_healthz_says_starting_while_the_local_rasa_loads(
    rt: runtime.Runtime, base_config: settings.Config, tmp_path: Path
) -> None:
    server = RasaServer(
        venv=ROOT / ".venv-rasa", model=ensure_model(base_config), log_path=tmp_path / "rasa.log", timeout=300
    )
    server.launch()  # a real Rasa process, stopped long before it has loaded its model
    try:
        rt.nlu = SupervisedClient(server, timeout=1, places=rt.places)
        response = create_app(rt=rt).test_client().get("/healthz")
        assert server.state == "starting"
    finally:
        server.stop()
        if rt.nlu is not None:
            rt.nlu.close()
    assert response.status_code == 503
    assert response.json == {"status": "starting", "database": "ok", "nlu": "starting"}
    rt.nlu = SupervisedClient(server, timeout=1, places=rt.places)  # stopped: unavailable, not starting
    stopped = create_app(rt=rt).test_client().get("/healthz")
    assert stopped.json["status"] == "degraded" and stopped.json["nlu"].startswith("error: nlu:")
