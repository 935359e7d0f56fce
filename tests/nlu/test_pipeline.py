"""The Rasa pipeline's shape (nlu/rasa/config.yml) and its behaviour through the real server."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from nlu.client import NluClient
from nlu.places import Gazetteer

CONFIG = Path(__file__).resolve().parents[2] / "nlu" / "rasa" / "config.yml"


def _names() -> list[str]:
    return [step["name"] for step in yaml.safe_load(CONFIG.read_text())["pipeline"]]


def test_blender_sits_between_diet_and_the_fallback() -> None:
    names = _names()
    diet, blend, fallback = (
        names.index(n) for n in ("DIETClassifier", "aduan_blend.IntentBlender", "FallbackClassifier")
    )
    assert diet < blend < fallback


@pytest.mark.rasa
@pytest.mark.parametrize("text", ["jdjdjdjd ksksks", "asdkjh qweoiu zxcmn", "zzzzzzzz", "hjkhjk uiyuiy"])
def test_keyboard_mashes_are_not_read_as_reports(rasa: tuple[str, str], places: Gazetteer, text: str) -> None:
    result = NluClient(*rasa, places=places).parse(text)
    assert result.category is None
    assert result.intent in {"out_of_scope", "nlu_fallback"} or result.confidence < 0.5


@pytest.mark.rasa
def test_ranking_is_a_blended_distribution(rasa: tuple[str, str], places: Gazetteer) -> None:
    result = NluClient(*rasa, places=places).parse("asap pabrik bikin sesak napas warga tiap malam")
    confidences = [c for _, c in result.ranking]
    assert result.category == "sampah"  # pollution is filed with garbage (Dinas Lingkungan Hidup)
    assert confidences == sorted(confidences, reverse=True)
    assert 0.0 < sum(confidences) <= 1.0 + 1e-6 and len(confidences) == 10


def test_span_repair_sees_every_place_extractor() -> None:
    names = _names()
    repair = names.index("aduan_spans.SpanRepairer")
    assert names.index("DIETClassifier") < repair and names.index("RegexEntityExtractor") < repair


@pytest.mark.rasa
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("jam 9 malam air di gang kami belum surut juga, masih sepinggang", "banjir"),  # "air" is floodwater
        ("airnya udah turun dikit tapi dapur masih kerendem", "banjir"),
        ("air PDAM di rumah keruh kecoklatan dari pagi", "air_bersih"),  # tap water
        ("got depan rumah mampet, tiap hujan dikit langsung tergenang", "saluran_air"),
        ("matlis dari sore, rumah gelap semua", "listrik"),
        ("mau tanya kapan pendaftaran PPPK dibuka pak", "pelayanan_publik"),
        ("website kelurahan error terus ga bisa daftar antrean online", "pelayanan_publik"),
        ("vaksin campak buat balita di puskesmas kosong", "kesehatan"),
        ("THR karyawan toko tempat saya kerja dicicil tiga kali, gaji juga sering telat", "lainnya"),
    ],
)
def test_reads_status_updates_and_service_requests(
    rasa: tuple[str, str], places: Gazetteer, text: str, category: str
) -> None:
    """Sentences written for this test, in shapes the training data teaches but not in it."""
    assert NluClient(*rasa, places=places).parse(text).category == category


@pytest.mark.rasa
@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Assalamualaikum Pak, izin melapor, aspal jalan desa kami berlubang besar, "
            "sering bikin motor jatuh",
            "jalan",
        ),
        ("mohon informasinya pak, kapan sampah di TPS pasar diangkut? sudah numpuk seminggu", "sampah"),
        ("selamat pagi bapak, mohon maaf mengganggu, lampu jalan di gang kami mati sebulan", "listrik"),
        ("mau tanya pak, beasiswa buat anak SMA yang orang tuanya ga mampu daftarnya di mana", "pendidikan"),
        ("pak lurah tolong kirim petugas, rumah kami kebanjiran sepinggang dan pompanya ga nyala", "banjir"),
    ],
)
def test_polite_framing_and_officials_do_not_decide_the_category(
    rasa: tuple[str, str], places: Gazetteer, text: str, category: str
) -> None:
    """A greeting, "izin melapor" or "mohon informasi" frames every kind of report; a call on an official
    does not make a flood a complaint about the official."""
    assert NluClient(*rasa, places=places).parse(text).category == category


@pytest.mark.rasa
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("#banjirkiriman air udah masuk rumah #KampungMelayu", "banjir"),
        ("#gotmampet #baubanget depan rumah", "saluran_air"),
        ("@dinaslh #SampahMenumpuk di pinggir kali", "sampah"),
        ("#LampuJalanMati sebulan, gelap banget", "listrik"),
    ],
)
def test_hashtags_are_read_as_words(
    rasa: tuple[str, str], places: Gazetteer, text: str, category: str
) -> None:
    """On X a report often comes as hashtags: the client spells them out before Rasa reads the message."""
    result = NluClient(*rasa, places=places).parse(text)
    assert "#" not in result.text
    assert result.category == category


@pytest.mark.rasa
@pytest.mark.parametrize(
    ("text", "category", "kelurahan"),
    [
        ("macet parah deket monas, lampu merahnya mati", "perhubungan", "31.71.01.1001"),
        ("sampah numpuk di pinggir jalan dekat pasar senen", "sampah", "31.71.04.1001"),
    ],
)
def test_everyday_names_of_places(
    rasa: tuple[str, str], places: Gazetteer, text: str, category: str, kelurahan: str
) -> None:
    """ "monas" and "pasar senen" are what Jakartans call the places the data lists as "Monumen Nasional" and
    the kelurahan Senen (which shares its name with its kecamatan)."""
    result = NluClient(*rasa, places=places).parse(text)
    assert result.category == category
    assert result.location.kelurahan == kelurahan
