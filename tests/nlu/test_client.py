from __future__ import annotations

import pytest

from aduan.errors import NluUnavailable
from nlu.client import Location, NluClient, NluResult, clean, place_spans
from nlu.places import Gazetteer


def test_place_spans_merge_adjacent_entities() -> None:
    text = "sampah numpuk di pasar minggu kel. pejaten timur"
    entities = [
        {"entity": "location", "start": 17, "end": 29},
        {"entity": "location", "start": 30, "end": 33},
        {"entity": "location", "start": 35, "end": 48},
        {"entity": "other", "start": 0, "end": 6},
    ]
    assert place_spans(text, entities) == ["pasar minggu kel. pejaten timur"]


def test_clean_strips_control_characters_and_bounds_length() -> None:
    assert clean("lampu\x00 mati\x1b\n\n di  sini") == "lampu mati di sini"
    assert len(clean("a" * 5000)) == 2000


def test_clean_drops_handles_and_links_but_not_emails() -> None:
    text = "@pemprovdki @dinas_sda banjir lagi https://t.co/AbC12 cek www.example.id/x, lapor ke a@b.id"
    assert clean(text) == "banjir lagi cek lapor ke a@b.id"


def test_unreachable_rasa_raises_nlu_unavailable() -> None:
    client = NluClient("http://127.0.0.1:9", "t", timeout=0.5)
    with pytest.raises(NluUnavailable, match="unreachable"):
        client.parse("lampu mati")


@pytest.mark.rasa
@pytest.mark.parametrize(
    ("text", "category", "kelurahan"),
    [
        (
            "min sampah udh 3 hari gak diangkut di gg. mawar kel. pejaten timur jaksel",
            "sampah",
            "31.74.04.1005",
        ),
        ("jalan berlubang besar di depan halte harmoni, bahaya buat motor", "jalan", None),
        ("BANJIR LAGI SEPINGGANG DI KEL. KAMPUNG MELAYU!!!", "banjir", "31.75.03.1001"),
    ],
)
def test_parse_reads_category_and_place(
    rasa: tuple[str, str], places: Gazetteer, text: str, category: str, kelurahan: str | None
) -> None:
    result = NluClient(*rasa, places=places).parse(text)
    assert result.category == category
    if kelurahan:
        assert result.location.kelurahan == kelurahan
    assert set(result.to_json()) == {"text", "intent", "category", "confidence", "ranking", "location"}


@pytest.mark.rasa
@pytest.mark.parametrize(
    "text", ["", "   ", "😡😡😡", "#banjir", "x" * 5000, "lampu mati\x00\x07 di sini", "ライト 灯 lampu"]
)
def test_bad_input_parses_to_a_valid_result(rasa: tuple[str, str], places: Gazetteer, text: str) -> None:
    result = NluClient(*rasa, places=places).parse(text)
    assert isinstance(result.intent, str) and 0.0 <= result.confidence <= 1.0
    assert result.to_json()["location"].keys() == {"text", "kelurahan", "kecamatan", "kota", "candidates"}


def test_parse_json_carries_the_three_best_categories_and_the_candidate_units() -> None:
    candidates = (
        Location(kelurahan="31.73.02.1002", kecamatan="31.73.02", kota="31.73", nama="Tanjung Duren Utara"),
        Location(kecamatan="31.73.02", kota="31.73", nama="Grogol Petamburan"),
    )
    result = NluResult(
        text="sampah di tanjung duren",
        intent="nlu_fallback",
        category=None,
        confidence=0.31,
        ranking=(("lapor_sampah", 0.31), ("greet", 0.2), ("lapor_saluran_air", 0.18), ("lapor_banjir", 0.1),
                 ("lapor_jalan", 0.05)),
        location=Location(text="tanjung duren", kecamatan="31.73.02", kota="31.73", candidates=candidates),
    )  # fmt: skip
    assert result.to_json() == {
        "text": "sampah di tanjung duren",
        "intent": "nlu_fallback",
        "category": None,
        "confidence": 0.31,
        "ranking": [
            {"category": "sampah", "confidence": 0.31},
            {"category": "saluran_air", "confidence": 0.18},
            {"category": "banjir", "confidence": 0.1},
        ],
        "location": {
            "text": "tanjung duren",
            "kelurahan": None,
            "kecamatan": "31.73.02",
            "kota": "31.73",
            "candidates": [
                {"code": "31.73.02.1002", "level": "kelurahan", "nama": "Tanjung Duren Utara"},
                {"code": "31.73.02", "level": "kecamatan", "nama": "Grogol Petamburan"},
            ],
        },
    }


@pytest.mark.rasa
def test_an_ambiguous_place_offers_named_candidates(rasa: tuple[str, str], places: Gazetteer) -> None:
    location = NluClient(*rasa, places=places).parse("sampah numpuk di tanjung duren").to_json()["location"]
    assert location["kelurahan"] is None and location["kecamatan"] == "31.73.02"
    assert {c["code"] for c in location["candidates"]} == {"31.73.02.1002", "31.73.02.1005"}
    assert all(
        c["level"] == "kelurahan" and c["nama"].startswith("Tanjung Duren") for c in location["candidates"]
    )
