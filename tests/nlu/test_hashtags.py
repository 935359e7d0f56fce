"""Hashtags spelled out as words before Rasa reads a message (nlu/hashtags.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from nlu.client import clean
from nlu.hashtags import HashtagSplitter, default_splitter, expand_hashtags, training_vocabulary

WORDS = {"banjir", "kiriman", "jalan", "rusak", "lampu", "mati", "saluran", "air", "buruk", "got"}
WORDS |= {"penuh", "kelapa", "gading", "jakarta", "pohon", "tumbang"}


@pytest.fixture
def splitter() -> HashtagSplitter:
    return HashtagSplitter(WORDS)


@pytest.mark.parametrize(
    ("tag", "words"),
    [
        ("BanjirJakarta", ["Banjir", "Jakarta"]),
        ("JalanRusak2024", ["Jalan", "Rusak", "2024"]),
        ("banjirkiriman", ["banjir", "kiriman"]),
        ("salurangotpenuh", ["saluran", "got", "penuh"]),
        ("Banjirkiriman", ["Banjir", "kiriman"]),
        ("banjir_jakarta", ["banjir", "jakarta"]),
        ("banjir", ["banjir"]),
        ("lampumati", ["lampu", "mati"]),
    ],
)
def test_split_camel_case_digits_and_known_words(
    splitter: HashtagSplitter, tag: str, words: list[str]
) -> None:
    assert splitter.split(tag) == words


def test_an_unknown_run_stays_whole(splitter: HashtagSplitter) -> None:
    # "banjirxyz": "xyz" is no known word, so no piece is guessed
    assert splitter.split("banjirxyz") == ["banjirxyz"]
    assert splitter.split("PKL") == ["PKL"]


def test_fewest_pieces_win(splitter: HashtagSplitter) -> None:
    both = HashtagSplitter([*WORDS, "kelapagading", "kela", "pagading"])
    assert both.split("kelapagading") == ["kelapagading"]
    halves = HashtagSplitter(["kela", "pagading", "kelapa", "gading"])
    assert halves.split("kelapagading") == ["kelapa", "gading"]  # ties: the longer first piece


def test_expand_rewrites_only_hashtags(splitter: HashtagSplitter) -> None:
    text = "#BanjirKiriman lagi di rt#3, email a#b@c.id #pohontumbang #xyz"
    assert splitter.expand(text) == "Banjir Kiriman lagi di rt#3, email a#b@c.id pohon tumbang xyz"


def test_training_vocabulary_reads_examples_without_markup(tmp_path: Path) -> None:
    (tmp_path / "a.yml").write_text(
        'version: "3.1"\nnlu:\n- intent: lapor_banjir\n  examples: |\n'
        "    - banjir di [kelapa gading](location) lagi\n"
        '    - Banjir parah di [Kelapa Gading]{"entity": "location"}\n'
        "    - sekali saja\n",
        encoding="utf-8",
    )
    vocab = training_vocabulary(tmp_path)
    assert {"banjir", "kelapa", "gading"} <= vocab
    assert "sekali" not in vocab  # used once
    assert "location" not in vocab and "intent" not in vocab


def test_the_project_vocabulary_spells_out_citizens_hashtags() -> None:
    assert len(default_splitter().vocabulary) > 1000
    expanded = expand_hashtags("#banjirkiriman #jalanrusak #sampahmenumpuk")
    assert expanded == "banjir kiriman jalan rusak sampah menumpuk"
    assert clean("@dinas_sda #BanjirJakarta  setinggi lutut #lampujalanmati") == (
        "Banjir Jakarta setinggi lutut lampu jalan mati"
    )
