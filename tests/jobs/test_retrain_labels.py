"""Labels, the spreadsheet import, the masked export, the labelling queue and the model registry, on the real
database (SQLite, and PostgreSQL when set). No Rasa: training is tested in tests/jobs/test_retrain_rasa.py.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import yaml
from sqlalchemy import select

from aduan import settings
from aduan.errors import NluUnavailable, RetrainError
from jobs import retrain
from jobs.runtime import Runtime, build
from nlu import evaluate
from nlu.places import Gazetteer
from nlu.privacy import EMAIL, NAME, NIK, PHONE, PLATE
from store import labels as store
from store import repo
from store.models import Citizen, Identity, Label, LabelSource, Message, ModelState, utcnow


@pytest.fixture
def rt(config: settings.Config, places: Gazetteer, tmp_path: Path) -> Iterator[Runtime]:
    cfg = config.merged(
        {"storage": {"var_dir": str(tmp_path / "var")}, "retrain": {"data_dir": str(tmp_path / "nlu-data")}}
    )
    built = build(cfg, places=places)
    yield built
    built.close()


def _message(rt: Runtime, text: str, **fields: object) -> int:
    with rt.Session.begin() as session:
        identity = session.scalars(select(Identity).where(Identity.platform_user_id == "u1")).first()
        if identity is None:
            citizen = Citizen()
            identity = Identity(
                citizen=citizen, channel="telegram", platform_user_id="u1", display_name="Siti Aminah"
            )
            session.add_all([citizen, identity])
        message = Message(direction="in", channel="telegram", identity=identity, text=text, **fields)
        session.add(message)
        session.flush()
        return message.id


def test_a_console_label_is_checked_recorded_and_can_be_undone(rt: Runtime) -> None:
    mid = _message(rt, "got mampet di gang kelinci bau banget", intent="nlu_fallback", confidence=0.3)
    with rt.Session.begin() as session:
        with pytest.raises(RetrainError, match="unknown intent or category 'kali'"):
            retrain.label_message(session, rt.cfg, message_id=mid, intent="kali", by="staff:ani")
        with pytest.raises(RetrainError, match="outside the text"):
            retrain.label_message(
                session, rt.cfg, message_id=mid, intent="saluran_air", by="staff:ani", place=(20, 99)
            )
        with pytest.raises(RetrainError, match="no inbound message 999"):
            retrain.label_message(session, rt.cfg, message_id=999, intent="saluran_air", by="staff:ani")
        first = retrain.label_message(
            session, rt.cfg, message_id=mid, intent="saluran_air", by="staff:ani", place=(13, 26)
        )
        assert (first.intent, first.place, first.labelled_by, first.source) == (
            "lapor_saluran_air", "gang kelinci", "staff:ani", "console",
        )  # fmt: skip
        second = retrain.label_message(session, rt.cfg, message_id=mid, intent="sampah", by="staff:budi")
        assert first.undone_at is not None and first.undone_by == "staff:budi"
        assert [lb.id for lb in store.active_labels(session)] == [second.id]
        assert store.undo_label(session, second.id, by="staff:budi") is second
        assert store.undo_label(session, second.id, by="staff:budi") is None
        assert store.active_labels(session) == []


def test_the_spreadsheet_import_refuses_bad_rows_one_by_one(rt: Runtime, tmp_path: Path) -> None:
    mid = _message(rt, "lampu pju mati total di jl. melati")
    sheet = tmp_path / "labels.csv"
    sheet.write_text(
        "message_id,text,category,place\n"
        f"{mid},,listrik,jl. melati\n"
        ",trotoar amblas depan sd 03,jalan,depan sd 03\n"
        ",pohon tumbang,taman,\n"
        "4242,,sampah,\n"
        ",got mampet,saluran_air,kali angke\n"
        ",,sampah,\n"
        "abc,,sampah,\n",
        encoding="utf-8",
    )
    with rt.Session.begin() as session:
        report = retrain.import_csv(session, rt.cfg, sheet, by="cli:ani")
    assert report.added == 2
    assert report.refused == [
        (4, "unknown intent or category 'taman'"),
        (5, "no inbound message '4242'"),
        (6, "the place 'kali angke' is not in the text"),
        (7, "neither a message id nor a text"),
        (8, "no inbound message 'abc'"),
    ]
    with rt.Session() as session:
        got = [
            (lb.message_id, lb.intent, lb.place, lb.source, lb.labelled_by)
            for lb in store.active_labels(session)
        ]
    assert got == [
        (mid, "lapor_listrik", "jl. melati", "csv", "cli:ani"),
        (None, "lapor_jalan", "depan sd 03", "csv", "cli:ani"),
    ]
    bad = tmp_path / "bad.csv"
    bad.write_text("id,label\n1,sampah\n", encoding="utf-8")
    with rt.Session.begin() as session, pytest.raises(RetrainError, match="the header needs"):
        retrain.import_csv(session, rt.cfg, bad, by="cli:ani")


def test_the_export_is_masked_rasa_yaml_without_held_back_or_held_out_texts(rt: Runtime) -> None:
    texts = [
        f"mobil B 1234 XYZ parkir di trotoar no {i}, hubungi 0812345678{i:02d} atau siti{i}@mail.com "
        f"NIK 31740123019900{i:02d}, saya Siti Aminah"
        for i in range(30)
    ]
    heldout = evaluate.load_rasa_examples([evaluate.HELDOUT_FILE])[0]
    ids = [_message(rt, text) for text in texts]
    with rt.Session.begin() as session:
        for mid in ids:
            retrain.label_message(
                session, rt.cfg, message_id=mid, intent="parkir_liar", by="staff:ani", place=(30, 39)
            )
        store.add_label(
            session, text=heldout.text, intent=heldout.intent, by="cli:ani", source=LabelSource.CSV,
            holdback_share=0.0,
        )  # fmt: skip
        result = retrain.export(session, rt.cfg)
        held = sum(lb.holdback for lb in store.active_labels(session))
    assert result.written and result.skipped_heldout == 1 and result.held_back == held
    assert 0 < held < 30 and result.trained == 30 - held
    written = result.path.read_text(encoding="utf-8")
    data = yaml.safe_load(written)
    assert data["version"] == "3.1"
    parkir = next(i for i in data["nlu"] if i["intent"] == "lapor_parkir_liar")["examples"]
    assert f"mobil {PLATE} parkir di [trotoar no 1](location)" not in parkir  # "no 1" stands as written
    for marker in (PLATE, PHONE, EMAIL, NIK, NAME):
        assert marker in parkir
    for secret in ("1234 XYZ", "0812345678", "@mail.com", "31740123019900", "Siti", "Aminah"):
        assert secret not in written, secret
    assert heldout.text not in written
    assert result.path.parent == settings.resolve_path(rt.cfg.retrain.data_dir)
    with rt.Session.begin() as session:
        again = retrain.export(session, rt.cfg)
    assert not again.written


def test_staff_corrections_become_labels_once(rt: Runtime) -> None:
    from router import tickets

    with rt.Session.begin() as session:
        citizen = Citizen()
        identity = Identity(citizen=citizen, channel="telegram", platform_user_id="u9", display_name="X")
        session.add_all([citizen, identity])
        session.flush()
        ticket = tickets.open_ticket(
            session,
            rt.cfg,
            identity,
            tickets.Draft(
                category="sampah",
                description="kali penuh sampah",
                place_text=None,
                kelurahan=None,
                kecamatan=None,
                kota=None,
            ),
            language="id",
        )
        text = "kali penuh sampah plastik"
        session.add(
            Message(direction="in", channel="telegram", identity=identity, ticket_id=ticket.id, text=text)
        )
        note = json.dumps({"category": ["sampah", "saluran_air"]})
        repo.add_event(session, ticket, actor="staff:dsda", kind="correction", note=note)
    with rt.Session.begin() as session:
        assert store.sync_corrections(session, holdback_share=0.0) == 1
        assert store.sync_corrections(session, holdback_share=0.0) == 0
        (label,) = store.active_labels(session)
        assert (label.intent, label.labelled_by, label.source, label.text) == (
            "lapor_saluran_air", "staff:dsda", "correction", "kali penuh sampah plastik",
        )  # fmt: skip


def test_the_queue_puts_what_teaches_most_first_and_filters(rt: Runtime) -> None:
    now = utcnow()
    sure = _message(
        rt, "sampah numpuk", intent="lapor_sampah", category="sampah", confidence=0.95, received_at=now
    )
    unsure = _message(
        rt, "air keruh", intent="lapor_air_bersih", category="air_bersih", confidence=0.3, received_at=now
    )
    fallback = _message(
        rt, "asdf wkwk", intent="nlu_fallback", confidence=0.1, received_at=now - timedelta(days=3)
    )
    _message(rt, "", intent="greet", confidence=0.9)  # a photo without words: nothing to label
    with rt.Session.begin() as session:
        order = [i.message.id for i in store.labelling_queue(session, low_confidence=0.6)]
        assert order == [fallback, unsure, sure]
        assert [
            i.message.id for i in store.labelling_queue(session, low_confidence=0.6, category="air_bersih")
        ] == [unsure]
        assert [
            i.message.id
            for i in store.labelling_queue(session, low_confidence=0.6, since=now - timedelta(days=1))
        ] == [unsure, sure]
        assert store.labelling_queue(session, low_confidence=0.6, channel="whatsapp") == []
        retrain.label_message(session, rt.cfg, message_id=fallback, intent="out_of_scope", by="staff:ani")
        assert [i.message.id for i in store.labelling_queue(session, low_confidence=0.6)] == [unsure, sure]


def test_the_registry_promotes_refuses_forces_and_rolls_back(rt: Runtime, tmp_path: Path) -> None:
    files = []
    for name in ("a", "b", "c"):
        files.append(tmp_path / f"nlu-{name}.tar.gz")
        files[-1].write_bytes(b"model")
    with rt.Session.begin() as session:
        for i, (path, state) in enumerate(
            zip(files, (ModelState.CANDIDATE, ModelState.CANDIDATE, ModelState.REFUSED), strict=True)
        ):
            store.register_model(session, path=str(path), fingerprint=f"f{i}", trained_by="cli:ani", labels=i,
                                 figures={}, state=state, note="category_macro_f1: worse")  # fmt: skip
    applied: list[Path] = []
    retrain.promote(rt.Session, rt.cfg, "v1", by="cli:ani", apply=applied.append)
    retrain.promote(rt.Session, rt.cfg, "v2", by="staff:admin", apply=applied.append)
    with pytest.raises(RetrainError, match="v3 was refused"):
        retrain.promote(rt.Session, rt.cfg, "v3", by="staff:admin", apply=applied.append)

    def broken(path: Path) -> None:
        raise NluUnavailable(f"nlu: the model {path.name} did not load")

    with pytest.raises(RetrainError, match="v3 could not be served"):
        retrain.promote(rt.Session, rt.cfg, "v3", by="staff:admin", force=True, apply=broken)
    with rt.Session() as session:
        assert store.serving_model(session).version == "v2"  # type: ignore[union-attr]
    retrain.promote(rt.Session, rt.cfg, "v3", by="staff:admin", force=True, apply=applied.append)
    with rt.Session() as session:
        states = {m.version: (m.state, m.forced, m.promoted_by) for m in store.models(session)}
    assert states == {
        "v1": ("retired", False, "cli:ani"),
        "v2": ("retired", False, "staff:admin"),
        "v3": ("serving", True, "staff:admin"),
    }
    assert retrain.rollback(rt.Session, rt.cfg, by="cli:ani", apply=applied.append).version == "v2"
    assert applied == files[:2] + [files[2], files[1]]
    with pytest.raises(RetrainError, match="no model 'v9'"):
        retrain.promote(rt.Session, rt.cfg, "v9", by="cli:ani")
    with pytest.raises(RetrainError, match="already serving"):
        retrain.promote(rt.Session, rt.cfg, "v2", by="cli:ani")


def test_two_trainings_at_once_are_refused(rt: Runtime) -> None:
    with (
        retrain.exclusive(rt.cfg),
        pytest.raises(RetrainError, match="another training is running"),
        retrain.exclusive(rt.cfg),
    ):
        pass
    with retrain.exclusive(rt.cfg):  # released
        pass


def test_labels_hold_back_a_stable_share() -> None:
    keys = [f"m{i}" for i in range(2000)]
    held = [k for k in keys if store.is_holdback(k, 0.2)]
    assert 0.17 < len(held) / len(keys) < 0.23
    assert held == [k for k in keys if store.is_holdback(k, 0.2)]
    assert not any(store.is_holdback(k, 0.0) for k in keys)


def test_a_label_is_a_label_row(rt: Runtime) -> None:
    mid = _message(rt, "lampu mati")
    with rt.Session.begin() as session:
        retrain.label_message(session, rt.cfg, message_id=mid, intent="listrik", by="staff:ani")
    with rt.Session() as session:
        assert session.scalars(select(Label.intent)).all() == ["lapor_listrik"]
