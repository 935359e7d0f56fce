"""Place-span repair (nlu/rasa/span_repair.py): the rules alone, on a vocabulary learned from a few
sentences, and the repaired spans through the real Rasa server."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from nlu import evaluate, train
from nlu.client import NluClient
from nlu.places import Gazetteer

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "nlu" / "rasa"))
from span_repair import SpanVocab, repair  # noqa: E402


def _spans(text: str, *parts: str) -> list[tuple[int, int]]:
    out = []
    for part in parts:
        start = re.search(rf"\b{re.escape(part)}(?!\w)", text).start()  # type: ignore[union-attr]
        out.append((start, start + len(part)))
    return out


def _texts(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in spans]


CONTEXT = [
    "tolong sampah belum diangkut terima kasih",
    "lampu mati sudah lama, tolong dicek terima kasih",
    "tolong dong genteng bocor terus, terima kasih",
    "genteng rumah warga rusak, tolong dibantu",
    "genteng kantor kelurahan pecah kena angin",
    "anak2 main di lapangan tiap sore, lapangan becek",
    "lapangan bola rusak tolong diperbaiki",
    "banjir lagi, tolong dibantu",
    "genangan makin tinggi, makin parah",
    "jembatan rusak tolong, banjir",
]


@pytest.fixture(scope="module")
def vocab() -> SpanVocab:
    return SpanVocab.learn(
        [(t, []) for t in CONTEXT], ["menteng atas", "kayu manis", "jakarta timur", "pasar minggu"]
    )


def test_cuts_at_a_sentence_break(vocab: SpanVocab) -> None:
    text = "mohon penertiban parkir di sekitar pasar sulton. Terima kasih."
    assert _texts(text, repair(text, _spans(text, "pasar sulton. Terima kasih"), vocab)) == ["pasar sulton"]


def test_keeps_a_comma_that_goes_on_with_the_place(vocab: SpanVocab) -> None:
    text = "warga RT 10/RW 07 ds sidoharjo, kec kalibawang sesak napas"
    span = _spans(text, "RT 10/RW 07 ds sidoharjo, kec kalibawang")
    assert _texts(text, repair(text, span, vocab)) == ["RT 10/RW 07 ds sidoharjo, kec kalibawang"]


def test_abbreviations_do_not_end_a_span(vocab: SpanVocab) -> None:
    text = "lubang di jl. kb. sirih iii, tolong"
    assert _texts(text, repair(text, _spans(text, "jl. kb. sirih iii"), vocab)) == ["jl. kb. sirih iii"]


def test_extends_a_prefix_over_its_name(vocab: SpanVocab) -> None:
    text = "tetangga di gg. bougenville kel. jati pulo pelihara monyet"
    spans = _spans(text, "gg", "kel. jati pulo")
    assert _texts(text, repair(text, spans, vocab)) == ["gg. bougenville kel. jati pulo"]


def test_extends_into_a_longer_known_name(vocab: SpanVocab) -> None:
    text = "asap pekat di kel.menteng atas tiap subuh"
    assert _texts(text, repair(text, _spans(text, "kel.menteng"), vocab)) == ["kel.menteng atas"]


def test_takes_in_a_known_name_just_before(vocab: SpanVocab) -> None:
    text = "tiang miring di kayu manis jakarta timur"
    assert _texts(text, repair(text, _spans(text, "jakarta timur"), vocab)) == ["kayu manis jakarta timur"]


def test_leaves_out_context_words_before_an_administrative_prefix(vocab: SpanVocab) -> None:
    text = "adu jotos di lapangan kel.pancoran tiap malam"
    assert _texts(text, repair(text, _spans(text, "lapangan kel.pancoran"), vocab)) == ["kel.pancoran"]
    text = "staf kelurahan kel. kebayoran lama utara main HP"
    assert _texts(text, repair(text, _spans(text, "kelurahan kel. kebayoran lama utara"), vocab)) == [
        "kel. kebayoran lama utara"
    ]


def test_drops_a_span_of_ordinary_words(vocab: SpanVocab) -> None:
    text = "debu nempel di genteng, warga di pasar minggu sesak"
    spans = _spans(text, "genteng", "pasar minggu")
    assert _texts(text, repair(text, spans, vocab)) == ["pasar minggu"]


def test_keeps_rt_rw_and_numbered_addresses(vocab: SpanVocab) -> None:
    text = "got mampet di RT 05/RW 03 jalan griya wartawan no 10"
    spans = _spans(text, "RT 05/RW 03", "jalan griya wartawan")
    assert _texts(text, repair(text, spans, vocab)) == ["RT 05/RW 03 jalan griya wartawan no 10"]


def test_completes_a_street_name_with_words_never_seen(vocab: SpanVocab) -> None:
    text = "pengemis di lampu merah jl. guru mughni makin banyak"
    assert _texts(text, repair(text, _spans(text, "jl. guru"), vocab)) == ["jl. guru mughni"]


def test_goes_on_to_the_unit_above(vocab: SpanVocab) -> None:
    text = "tanggul jebol di desa gondang kabupaten gresik, sawah kebanjiran"
    assert _texts(text, repair(text, _spans(text, "desa gondang"), vocab)) == [
        "desa gondang kabupaten gresik"
    ]


def test_takes_back_a_lost_prefix(vocab: SpanVocab) -> None:
    text = "musik hajatan keras di gang 12 rt.11/rw.7 sampai subuh"
    assert _texts(text, repair(text, _spans(text, "12 rt.11/rw.7"), vocab)) == ["gang 12 rt.11/rw.7"]
    text = "rambu roboh menuju desa kemiri, kec tawangmangu belum diganti"
    assert _texts(text, repair(text, _spans(text, "kec tawangmangu"), vocab)) == [
        "desa kemiri, kec tawangmangu"
    ]


def test_a_unit_after_jalan_stays_the_unit(vocab: SpanVocab) -> None:
    text = "macet di jalan lenteng agung tiap pagi"
    assert _texts(text, repair(text, _spans(text, "lenteng agung"), vocab)) == ["lenteng agung"]


def test_seeds_a_place_from_its_prefix_when_no_extractor_found_it(vocab: SpanVocab) -> None:
    text = "tolong banjir lagi di desa karangtengah, lapangan becek"
    assert _texts(text, repair(text, [], vocab)) == ["desa karangtengah"]
    text = "lampu mati di gg. 7 kec.sukamaju"  # the unit above goes on the same place
    assert _texts(text, repair(text, [], vocab)) == ["gg. 7 kec.sukamaju"]
    text = "kab. lamongan, banjir lagi di jl. pinding"
    assert _texts(text, repair(text, [], vocab)) == ["kab. lamongan", "jl. pinding"]


def test_does_not_seed_from_full_words_or_before_context(vocab: SpanVocab) -> None:
    assert repair("jalan rusak tolong", [], vocab) == []
    assert repair("jalan ancur parah", [], vocab) == []  # "jalan" is a word, "jl." an address
    assert repair("kel. tolong dibantu", [], vocab) == []  # no name after the prefix


def test_nothing_in_nothing_out(vocab: SpanVocab) -> None:
    assert repair("", [], vocab) == []
    assert repair("tolong", [(0, 0)], vocab) == []


def test_vocabulary_round_trips(vocab: SpanVocab) -> None:
    again = SpanVocab.from_dict(vocab.to_dict())
    assert again.names == vocab.names and again.outside == vocab.outside
    assert again.is_context("tolong") and not again.is_context("menteng")


def test_the_team_s_own_annotations_pass_through_unchanged() -> None:
    """The rules follow the training data's convention: gold spans come out as they went in (nearly all)."""
    examples = evaluate.load_rasa_examples(train.data_files())
    pairs = []
    for e in examples:
        pos, offsets = 0, []
        for s in e.spans:
            start = e.text.find(s, pos)
            offsets.append((start, start + len(s)))
            pos = start + len(s)
        pairs.append((e.text, offsets))
    vocab = SpanVocab.learn(pairs)
    changed = [text for text, spans in pairs if repair(text, spans, vocab) != sorted(spans)]
    assert len(pairs) > 3000
    assert len(changed) / len(pairs) < 0.01, changed[:10]


@pytest.mark.rasa
def test_rasa_returns_repaired_place_spans(rasa: tuple[str, str], places: Gazetteer) -> None:
    result = NluClient(*rasa, places=places).parse(
        "Yth. Dinas Perhubungan, mohon penertiban parkir liar di sekitar pasar minggu. Terima kasih."
    )
    spans = [result.text[e["start"] : e["end"]] for e in result.entities if e["entity"] == "location"]
    assert spans == ["pasar minggu"]
    assert {e["extractor"] for e in result.entities if e["entity"] == "location"} == {"SpanRepairer"}
