"""The danger layer (nlu/danger.py, nlu/danger.yml) and how the client combines it with Rasa's intent.

Every sentence here is in neither the training nor the held-out split (a test below checks that), so these
measure how the vocabulary generalises, not what it was written from. The same sentences go through the real
Rasa server in the tests marked ``rasa``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from nlu.client import NluClient, NluResult, with_emergency
from nlu.danger import KINDS, DangerVocabulary, Reading, default_vocabulary
from nlu.places import Gazetteer

RASA = Path(__file__).resolve().parents[2] / "nlu" / "rasa"

EMERGENCIES = [
    ("rumah pak RT kebakaran, asapnya udah masuk ke rumah kami", "fire"),
    ("apinya udah nyambar ke warung sebelah, tolong damkar ke gang kenari", "fire"),
    ("the garage across the street is on fire and nobody is answering the door", "fire"),
    ("ada bau gas bocor dari rumah kosong sebelah, kenceng banget baunya", "fire"),
    ("ada dua orang lagi congkel pintu rumah tetangga yang lagi mudik", "police"),
    ("cowok bawa parang ngejar-ngejar orang di depan masjid", "police"),
    ("ibu itu dijambret barusan, pelakunya masih muter di sekitar pasar", "police"),
    ("adik saya umur 7 tahun belum pulang dari sore, biasanya jam 5 udah di rumah", "police"),
    ("someone just got stabbed outside the minimarket, he is on the ground", "police"),
    ("pak satpam kompleks tiba-tiba jatuh dan nggak napas", "medical"),
    ("bayi tetangga biru mukanya, kayaknya tersedak susu", "medical"),
    ("ada kakek-kakek tergeletak di trotoar, ga gerak sama sekali", "medical"),
    ("my grandmother collapsed in the bathroom and won't wake up", "medical"),
    ("ojol keserempet bus, kakinya patah dan darahnya banyak", "medical"),
    ("bocah SD kebawa arus kali pas main bola di pinggir sungai", "rescue"),
    ("ada tukang bangunan kejepit di bawah cor-coran yang ambruk", "rescue"),
    ("my neighbour's kid is stuck in the lift between floors 4 and 5", "rescue"),
    ("sumur warga ambles, ada bapak-bapak yang lagi gali di dalamnya", "rescue"),
]

NEAR_MISSES = [
    "bulan lalu rumah di ujung gang kebakaran, puing-puingnya masih numpuk",  # past
    "dua minggu lalu ada anak tenggelam di situ, mohon kolamnya dipagar",  # past
    "tembok pabrik sebelah retaknya makin lebar, kami khawatir ambruk ke rumah",  # a worry
    "kalau hujan deras kabelnya suka percikan, takut kesetrum",  # a worry, habitual
    "hampir aja ketabrak motor yang lawan arah di jalan sempit itu",  # almost
    "mobil mogok di perlintasan tadi, untung tidak ada yang terluka",  # denied
    "di sinetron semalam ada adegan kebakaran pasar",  # fiction
    "kebakaran kecil di dapur tetangga sudah padam, aman",  # over
    "mau ngurus surat keterangan kehilangan darurat buat ganti SIM",  # paperwork
    "warga bakar sampah plastik di pinggir kali tiap minggu",  # burning rubbish
    "pemadam kebakaran datang lama sekali waktu itu, mohon dievaluasi",  # the fire brigade's name
    "demam berdarah lagi musim, tolong fogging di RW kami",  # dengue
    "tiang listrik miring abis ditabrak truk, belum diganti",  # an object hit
    "macet parah, saya terjebak macet dua jam di tol",  # stuck in traffic
]


def _training_and_heldout_texts() -> set[str]:
    entity = re.compile(r"\[([^\]]*)\]\(location\)")
    texts = set()
    for path in [*sorted((RASA / "data").rglob("*.yml")), RASA / "heldout" / "nlu.yml"]:
        for item in yaml.safe_load(path.read_text(encoding="utf-8"))["nlu"]:
            for line in item["examples"].splitlines():
                texts.add(" ".join(entity.sub(r"\1", line[2:]).lower().split()))
    return texts


def test_these_sentences_are_in_neither_split() -> None:
    seen = _training_and_heldout_texts()
    mine = [t for t, _ in EMERGENCIES] + NEAR_MISSES
    assert not [t for t in mine if " ".join(t.lower().split()) in seen]


@pytest.mark.parametrize(("text", "kind"), EMERGENCIES)
def test_danger_happening_now_is_read_with_its_kind(text: str, kind: str) -> None:
    reading = default_vocabulary().read(text)
    assert reading.kind == kind, reading


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_raise_nothing(text: str) -> None:
    assert default_vocabulary().read(text).kind is None


def test_a_cancelled_danger_says_so() -> None:
    vocabulary = default_vocabulary()
    assert vocabulary.read("kemarin ada kebakaran di pasar") == Reading(cancelled=True)
    assert vocabulary.read("jalan berlubang di depan sekolah") == Reading()


def test_present_tense_beats_an_earlier_past() -> None:
    text = "kemarin anak saya jatuh dari motor, sekarang dia pingsan dan tidak sadarkan diri"
    assert default_vocabulary().read(text).kind == "medical"


def test_since_yesterday_is_still_going_on() -> None:
    assert default_vocabulary().read("anak saya belum pulang sejak kemarin").kind == "police"


def test_fire_wins_over_the_people_trapped_in_it() -> None:
    reading = default_vocabulary().read("kos-kosan kebakaran dan ada orang terjebak di lantai dua")
    assert reading.kind == "fire" and "kebakaran" in reading.words


def test_hints_name_the_kind_of_an_emergency_the_model_read() -> None:
    vocabulary = default_vocabulary()
    assert vocabulary.hint("tolong cepat kirim damkar ke sini") == "fire"
    assert vocabulary.hint("tolong panggil ambulans") == "medical"
    assert vocabulary.hint("tolong!!") == "general"


def test_the_vocabulary_loads_from_text_and_checks_its_kinds() -> None:
    text = (Path(__file__).resolve().parents[2] / "nlu" / "danger.yml").read_text(encoding="utf-8")
    assert DangerVocabulary.load(text).kinds == ("fire", "police", "rescue", "medical", "general")
    with pytest.raises(ValueError, match="kinds must be"):
        DangerVocabulary.load(text.replace("kinds: [fire, police,", "kinds: [fire, thieves,"))
    assert set(KINDS) == {"fire", "police", "rescue", "medical", "general"}


# ---------------------------------------------------------------------------------------------- combining

RANKING = (("lapor_pohon", 0.6), ("emergency", 0.3), ("thanks", 0.1))


def _result(text: str, intent: str, ranking: tuple[tuple[str, float], ...] = RANKING) -> NluResult:
    category = intent.removeprefix("lapor_") if intent.startswith("lapor_") else None
    return NluResult(text=text, intent=intent, category=category, confidence=ranking[0][1], ranking=ranking)


def test_a_report_with_a_danger_keeps_its_category() -> None:
    text = "pohon tumbang menimpa mobil, sopirnya terjepit"
    assert with_emergency(_result(text, "lapor_pohon"), default_vocabulary()) == NluResult(
        text=text, intent="lapor_pohon", category="pohon", confidence=0.6, ranking=RANKING, emergency="rescue"
    )


def test_a_danger_the_model_read_as_conversation_becomes_an_emergency() -> None:
    ranking = (("thanks", 0.5), ("emergency", 0.4), ("lapor_pohon", 0.1))
    text = "makasih, tapi tolong ada orang tenggelam di empang"
    assert with_emergency(_result(text, "thanks", ranking), default_vocabulary()) == NluResult(
        text=text, intent="emergency", category=None, confidence=0.4, ranking=ranking, emergency="rescue"
    )


def test_the_models_emergency_stands_with_a_hinted_kind() -> None:
    ranking = (("emergency", 0.9), ("lapor_pohon", 0.1))
    result = with_emergency(
        _result("tolong kirim ambulans sekarang", "emergency", ranking), default_vocabulary()
    )
    assert (result.intent, result.category, result.emergency) == ("emergency", None, "medical")


def test_a_cancelled_danger_overrules_the_models_emergency() -> None:
    ranking = (("emergency", 0.7), ("lapor_pohon", 0.2), ("thanks", 0.1))
    text = "pohon tumbang kemarin nimpa pengendara, sekarang batangnya masih di jalan"
    result = with_emergency(_result(text, "emergency", ranking), default_vocabulary())
    assert (result.intent, result.category, result.confidence, result.emergency) == (
        "lapor_pohon", "pohon", 0.2, None,
    )  # fmt: skip


def test_an_emergency_under_the_fallback_threshold_without_danger_words_is_no_emergency() -> None:
    ranking = (("emergency", 0.14), ("lapor_pelayanan_publik", 0.1), ("out_of_scope", 0.08))
    text = "petugasnya datang lama sekali waktu itu, mohon dievaluasi"
    result = NluResult(text=text, intent="nlu_fallback", category=None, confidence=0.2, ranking=ranking)
    assert with_emergency(result, default_vocabulary()) == result  # the router offers the category buttons
    told = replace(result, text="tolong ada kebakaran di rumah tetangga sekarang")
    assert with_emergency(told, default_vocabulary()).emergency == "fire"  # the danger words still raise it


def test_no_danger_leaves_the_result_alone() -> None:
    result = _result("pohon mangga di depan rumah dahannya menjuntai ke kabel", "lapor_pohon")
    assert with_emergency(result, default_vocabulary()) == result


# ---------------------------------------------------------------------------------------------- real Rasa


@pytest.mark.rasa
def test_emergencies_through_rasa_and_the_client(rasa: tuple[str, str], places: Gazetteer) -> None:
    client = NluClient(*rasa, places=places)
    results = client.parse_many([t for t, _ in EMERGENCIES])
    missed = [(r.text, r.intent, r.emergency) for r in results if r.emergency is None]
    assert not missed
    for result in results:
        assert (result.intent == "emergency") == (result.category is None)


@pytest.mark.rasa
def test_near_misses_through_rasa_and_the_client(rasa: tuple[str, str], places: Gazetteer) -> None:
    client = NluClient(*rasa, places=places)
    alarms = [(r.text, r.intent) for r in client.parse_many(NEAR_MISSES) if r.emergency is not None]
    assert not alarms


@pytest.mark.rasa
def test_a_fallen_tree_with_someone_trapped_is_both_a_report_and_an_emergency(
    rasa: tuple[str, str], places: Gazetteer
) -> None:
    result = NluClient(*rasa, places=places).parse(
        "pohon beringin di jalan kenari roboh ke atas taksi, penumpangnya kejepit belum bisa keluar"
    )
    assert (result.category, result.emergency) == ("pohon", "rescue")
