"""The ``aduan`` command as operators and scripts use it: real processes, real Rasa."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.test_serve import free_port

ADUAN = [sys.executable, "-m", "aduan"]


def run(
    args: list[str], *, env: dict[str, str] | None = None, stdin: str = "", timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("ADUAN_")}
    full_env.update(**(env or {}))
    return subprocess.run(
        ADUAN + args, input=stdin, capture_output=True, text=True, env=full_env, cwd=ROOT, timeout=timeout
    )


def test_a_bad_config_value_stops_with_one_line() -> None:
    result = run(["db", "upgrade"], env={"ADUAN_NLU__TIMEOUT": "soon"})
    assert result.returncode == 2
    assert result.stderr == "aduan: config: nlu.timeout: expected a number, got 'soon'\n"


def test_serve_refuses_an_unmigrated_database(tmp_path: Path) -> None:
    result = run(["serve"], env={"ADUAN_DATABASE__URL": f"sqlite:///{tmp_path}/new.sqlite3"})
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"aduan: database sqlite:///{tmp_path}/new.sqlite3 has no schema: run `aduan db upgrade`"
    ]


def test_db_upgrade_then_staff_add_reads_the_password_from_stdin(tmp_path: Path) -> None:
    env = {"ADUAN_DATABASE__URL": f"sqlite:///{tmp_path}/aduan.sqlite3"}
    upgraded = run(["db", "upgrade"], env=env)
    assert upgraded.returncode == 0, upgraded.stderr
    assert "318 areas loaded" in upgraded.stderr
    added = run(
        ["staff", "add", "lurah.pejaten", "--role", "officer", "--agency", "kelurahan"],
        env=env,
        stdin="rahasia-sekali\n",
    )
    assert (added.returncode, added.stderr) == (0, "aduan: staff lurah.pejaten (officer) saved\n")
    again = run(["staff", "add", "lurah.pejaten", "--role", "supervisor"], env=env, stdin="rahasia-lain-1\n")
    assert again.returncode == 0, again.stderr
    with sqlite3.connect(tmp_path / "aduan.sqlite3") as conn:  # the account's history, for admins
        history = conn.execute("SELECT actor, kind, note FROM staff_events ORDER BY id").fetchall()
    assert history == [
        ("cli", "created", "officer · kelurahan/-"),
        ("cli", "role_changed", "officer → supervisor"),
        ("cli", "scope_changed", "kelurahan/- → -/-"),
        ("cli", "password_reset", None),
    ]
    short = run(["staff", "add", "x", "--role", "viewer"], env=env, stdin="123\n")
    assert (short.returncode, short.stderr) == (2, "aduan: staff: the password needs at least 8 characters\n")


@pytest.mark.rasa
def test_nlu_parse_prints_the_designed_json(rasa: tuple[str, str]) -> None:
    env = {"ADUAN_NLU__URL": rasa[0], "ADUAN_NLU__TOKEN": rasa[1]}
    result = run(["nlu", "parse", "sampah numpuk di kel. pejaten timur"], env=env)
    assert result.returncode == 0, result.stderr
    parsed = json.loads(result.stdout)
    assert list(parsed) == ["text", "intent", "category", "confidence", "ranking", "location"]
    assert (parsed["intent"], parsed["category"]) == ("lapor_sampah", "sampah")
    assert parsed["ranking"][0]["category"] == "sampah" and len(parsed["ranking"]) == 3
    assert parsed["location"] == {
        "text": "kel. pejaten timur",
        "kelurahan": "31.74.04.1005",
        "kecamatan": "31.74.04",
        "kota": "31.74",
        "candidates": [],
    }


@pytest.mark.rasa
def test_nlu_parse_jsonl_keeps_order(rasa: tuple[str, str]) -> None:
    env = {"ADUAN_NLU__URL": rasa[0], "ADUAN_NLU__TOKEN": rasa[1]}
    lines = [{"text": "halo min"}, {"text": "jalan berlubang di kel. pejaten timur"}, {"text": ""}]
    result = run(["nlu", "parse", "--jsonl"], env=env, stdin="\n".join(json.dumps(x) for x in lines) + "\n")
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["text"] for o in out] == ["halo min", "jalan berlubang di kel. pejaten timur", ""]
    assert [o["category"] for o in out] == [None, "jalan", None]


@pytest.mark.rasa
def test_nlu_parse_starts_a_local_rasa_when_none_answers(rasa: tuple[str, str]) -> None:
    result = run(["nlu", "parse", "lampu jalan mati"], env={"ADUAN_NLU__URL": "http://127.0.0.1:9"})
    assert result.returncode == 0, result.stderr
    assert "starting a local one for this command" in result.stderr
    assert json.loads(result.stdout)["category"] == "listrik"


@pytest.mark.rasa
def test_chat_is_scriptable_through_the_real_pipeline(rasa: tuple[str, str], tmp_path: Path) -> None:
    # No aduan serve answers at web.port: the chat runs the pipeline itself, on its own database.
    env = {"ADUAN_NLU__URL": rasa[0], "ADUAN_NLU__TOKEN": rasa[1], "ADUAN_WEB__PORT": str(free_port())}
    script = (
        "halo\nsampah udah 3 hari ga diangkut\n/pin -6.2745 106.8428\nya\n"
        "status ADU-000001\n/user 777\nstatus ADU-000001\n"
    )
    result = run(["chat", "--database", f"sqlite:///{tmp_path}/chat.sqlite3"], env=env, stdin=script)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("> halo\nHalo! Ini Aduan")  # piped lines are echoed
    assert "Di mana lokasinya?" in out and "[📍] share a location with: /pin LAT LNG" in out
    assert "Mohon periksa laporan Anda:" in out and "[1] Ya" in out
    assert "nomor ADU-000001" in out
    assert "ADU-000001 (Sampah, kebersihan & pencemaran): menunggu verifikasi - Dinas Lingkungan Hidup" in out
    assert "(now chatting as user 777)" in out
    assert out.rstrip().endswith("Laporan ADU-000001 tidak ditemukan di antara laporan Anda.")


def test_nlu_serve_needs_a_token() -> None:
    result = run(["nlu", "serve"], env={"RASA_TOKEN": ""})
    assert result.returncode == 2
    assert result.stderr == (
        "aduan: config: nlu.token: an NLU server needs a token (set RASA_TOKEN or ADUAN_NLU__TOKEN)\n"
    )


def test_the_container_entry_script_needs_a_token() -> None:
    """deploy/nlu/Dockerfile's entry point, as the image runs it: no token, no server."""
    script = ROOT / "nlu" / "rasa" / "serve.sh"
    env = {k: v for k, v in os.environ.items() if not k.startswith("ADUAN_")}
    result = subprocess.run(["/bin/sh", str(script)], capture_output=True, text=True, env=env, timeout=30)
    assert result.returncode == 2
    assert result.stderr == "serve.sh: set ADUAN_NLU_TOKEN (the token in Aduan's nlu.token)\n"


def test_the_container_recipe_adds_what_the_model_imports() -> None:
    """Every module of nlu/rasa/ that the pipeline names, and what those import, is copied into the image."""
    import re

    dockerfile = (ROOT / "deploy" / "nlu" / "Dockerfile").read_text()
    pipeline = (ROOT / "nlu" / "rasa" / "config.yml").read_text()
    named = set(re.findall(r"name: (\w+)\.\w+", pipeline))
    assert named == {"aduan_blend", "aduan_spans"}
    local = {p.stem for p in (ROOT / "nlu" / "rasa").glob("*.py")}
    needed = set(named)
    for module in named:
        source = (ROOT / "nlu" / "rasa" / f"{module}.py").read_text()
        needed |= {m for m in re.findall(r"^(?:from|import) (\w+)", source, re.M) if m in local}
    copied = set(re.findall(r"nlu/rasa/(\w+)\.py", dockerfile))
    assert needed <= copied, needed - copied
    assert 'ENTRYPOINT ["/bin/sh", "/app/aduan/serve.sh"]' in dockerfile and "nlu/rasa/serve.sh" in dockerfile
    froms = [line for line in dockerfile.splitlines() if line.startswith("FROM")]
    pinned = (ROOT / "nlu" / "rasa" / "requirements.txt").read_text().split("rasa==")[1].split()[0]
    assert froms == [f"FROM rasa/rasa:{pinned}-full"]  # the Rasa that trains the model is the one serving it


def test_nlu_label_export_models_promote_and_rollback_from_the_command_line(tmp_path: Path) -> None:
    env = {
        "ADUAN_DATABASE__URL": f"sqlite:///{tmp_path}/aduan.sqlite3",
        "ADUAN_RETRAIN__DATA_DIR": str(tmp_path / "nlu-data"),
        "ADUAN_RETRAIN__HOLDBACK_SHARE": "0",
        "ADUAN_STORAGE__VAR_DIR": str(tmp_path / "var"),
    }
    assert run(["db", "upgrade"], env=env).returncode == 0
    sheet = tmp_path / "labels.csv"
    sheet.write_text(
        "text,category,place\n"
        "kabel menjuntai di gang mawar hubungi 081234567890,listrik,gang mawar\n"
        "pohon tumbang,taman,\n",
        encoding="utf-8",
    )
    labelled = run(["nlu", "label", "--csv", str(sheet), "--by", "ani"], env=env)
    assert labelled.returncode == 0, labelled.stderr
    assert labelled.stdout == f"{sheet}:3: refused: unknown intent or category 'taman'\n"
    assert labelled.stderr == "aduan: 1 labels imported, 1 rows refused\n"
    exported = run(["nlu", "export"], env=env)
    assert exported.returncode == 0 and "1 labels written" in exported.stdout, exported.stderr
    written = (tmp_path / "nlu-data" / "labels.yml").read_text(encoding="utf-8")
    assert "[gang mawar](location) hubungi NOMOR_TELEPON" in written and "0812" not in written
    again = run(["nlu", "export"], env=env)
    assert again.stdout.startswith("aduan: nothing new to export")
    listed = run(["nlu", "models"], env=env)
    assert listed.returncode == 0 and "no model registered yet" in listed.stderr
    missing = run(["nlu", "promote", "v1"], env=env)
    assert (missing.returncode, missing.stderr) == (
        1,
        "aduan: retrain: no model 'v1' (see `aduan nlu models`)\n",
    )
    nothing = run(["nlu", "rollback"], env=env)
    assert (nothing.returncode, nothing.stderr) == (
        1,
        "aduan: retrain: no model served before the current one\n",
    )
    unreadable = run(["nlu", "label", "--csv", str(tmp_path / "none.csv")], env=env)
    assert unreadable.returncode == 1 and unreadable.stderr.startswith("aduan: retrain: cannot read")
