"""Checks on the Rasa NLU training data (nlu/rasa/data) and its held-out split (nlu/rasa/heldout).

Only PyYAML and the standard library: the Rasa image is not needed to run these.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml

from nlu.places import DATA_DIR as JAKARTA

ROOT = Path(__file__).resolve().parents[2]
RASA = ROOT / "nlu" / "rasa"
DATA = RASA / "data"
HELDOUT = RASA / "heldout" / "nlu.yml"

CATEGORIES = [
    "sampah",
    "banjir",
    "saluran_air",
    "jalan",
    "listrik",
    "parkir_liar",
    "perhubungan",
    "transportasi_publik",
    "pohon",
    "ketertiban",
    "bangunan",
    "air_bersih",
    "kesehatan",
    "pendidikan",
    "sosial",
    "kependudukan",
    "pelayanan_publik",
    "ketenagakerjaan",
    "pajak_retribusi",
    "kepegawaian",
    "pangan_pertanian",
    "perumahan",
    "umkm_pasar",
    "lainnya",
]
NEW_CATEGORIES = [
    "ketenagakerjaan",
    "pajak_retribusi",
    "kepegawaian",
    "pangan_pertanian",
    "perumahan",
    "umkm_pasar",
]
REPORT_INTENTS = [f"lapor_{code}" for code in CATEGORIES]
CONVERSATION_INTENTS = [
    "greet",
    "thanks",
    "help",
    "status_query",
    "cancel",
    "affirm",
    "deny",
    "inform_location",
    "emergency",
    "out_of_scope",
]
MIN_TRAIN = {
    **{i: 110 for i in REPORT_INTENTS},
    **{f"lapor_{code}": 190 for code in NEW_CATEGORIES},  # issue 14: as many as the others, written by hand
    **{i: 40 for i in CONVERSATION_INTENTS},
}
MIN_HELDOUT = 15
MIN_HELDOUT_REPORT = 20
MIN_HELDOUT_NEW = 45

# Rasa's short entity syntax: [text](entity). We allow only this form, and only "location".
ENTITY = re.compile(r"\[([^\[\]]*)\]\(([^()]*)\)")
LEADING_PREPOSITIONS = (
    "di ",
    "depan ",
    "dekat ",
    "deket ",
    "samping ",
    "belakang ",
    "sekitar ",
    "near ",
    "at ",
)


def load_examples(path: Path) -> dict[str, list[str]]:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(doc, dict), f"{path}: not a YAML mapping"
    assert str(doc.get("version")) == "3.1", f'{path}: version must be "3.1"'
    assert set(doc) <= {"version", "nlu"}, (
        f"{path}: unexpected top-level keys {set(doc) - {'version', 'nlu'}}"
    )
    examples: dict[str, list[str]] = {}
    for item in doc.get("nlu") or []:
        assert set(item) == {"intent", "examples"}, f"{path}: only intent blocks allowed, got {sorted(item)}"
        lines = item["examples"].splitlines()
        for line in lines:
            assert line.startswith("- "), f"{path} [{item['intent']}]: example line without '- ': {line!r}"
        examples.setdefault(item["intent"], []).extend(line[2:] for line in lines)
    return examples


def training_files() -> list[Path]:
    return sorted(p for p in DATA.rglob("*") if p.is_file())


def merged(paths: list[Path]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for path in paths:
        for intent, examples in load_examples(path).items():
            out.setdefault(intent, []).extend(examples)
    return out


def plain(example: str) -> str:
    """The text a user would type: markup removed, lowercased, whitespace collapsed."""
    return " ".join(ENTITY.sub(r"\1", example).lower().split())


@pytest.fixture(scope="module")
def train() -> dict[str, list[str]]:
    return merged(training_files())


@pytest.fixture(scope="module")
def heldout() -> dict[str, list[str]]:
    return load_examples(HELDOUT)


def test_training_folder_holds_only_nlu_yaml():
    files = training_files()
    assert files, "no training files"
    for path in files:
        assert path.suffix in {".yml", ".yaml"}, (
            f"{path}: the trainer globs this folder; only YAML belongs here"
        )
        load_examples(path)  # raises on anything but intent blocks (no lookup/regex/synonym)


@pytest.mark.parametrize("intent", REPORT_INTENTS + CONVERSATION_INTENTS)
def test_every_intent_has_enough_training_examples(train, intent):
    assert len(train.get(intent, [])) >= MIN_TRAIN[intent]


@pytest.mark.parametrize("intent", REPORT_INTENTS + CONVERSATION_INTENTS)
def test_every_intent_has_enough_heldout_examples(heldout, intent):
    minimum = MIN_HELDOUT_REPORT if intent in REPORT_INTENTS else MIN_HELDOUT
    if intent.removeprefix("lapor_") in NEW_CATEGORIES:
        minimum = MIN_HELDOUT_NEW
    assert len(heldout.get(intent, [])) >= minimum


# Complaints outside Jakarta chat: village/regency wording and formal letters must be in both splits.
OUTSIDE_JAKARTA = re.compile(r"\b(desa|ds\.|dusun|dsn|dukuh|kabupaten|kab\.?|bupati)\b", re.I)
LETTER = re.compile(r"\b(yth|assalamu'?alaikum)\b", re.I)


@pytest.mark.parametrize("intent", REPORT_INTENTS)
def test_reports_cover_village_wording_and_letters(train, heldout, intent):
    for name, table, minimum in (("train", train, 5), ("heldout", heldout, 1)):
        texts = [plain(e) for e in table[intent]]
        assert sum(bool(OUTSIDE_JAKARTA.search(t)) for t in texts) >= minimum, (
            name,
            "village/regency wording",
        )
        assert any(LETTER.search(t) for t in texts), (name, "no formal letter")


def test_no_unknown_intents(train, heldout):
    known = set(REPORT_INTENTS + CONVERSATION_INTENTS)
    assert set(train) <= known, set(train) - known
    assert set(heldout) <= known, set(heldout) - known


def all_examples(train, heldout):
    for source, table in (("train", train), ("heldout", heldout)):
        for intent, examples in table.items():
            for example in examples:
                yield source, intent, example


def test_examples_are_not_empty(train, heldout):
    empty = [(s, i) for s, i, e in all_examples(train, heldout) if not plain(e)]
    assert not empty


def test_entity_markup_is_balanced_and_only_location(train, heldout):
    problems = []
    for source, intent, example in all_examples(train, heldout):
        for text, name in ENTITY.findall(example):
            if name != "location":
                problems.append((source, intent, example, f"entity {name!r}"))
            if not text.strip() or text != text.strip():
                problems.append((source, intent, example, "empty or padded entity text"))
            if text.lower().startswith(LEADING_PREPOSITIONS):
                problems.append((source, intent, example, "preposition inside the entity"))
            if text and not (text[0].isalnum() and text[-1].isalnum()):
                # Rasa's WhitespaceTokenizer drops edge punctuation, so the span would not match its tokens.
                problems.append((source, intent, example, "entity starts or ends with punctuation"))
        rest = ENTITY.sub("", example)
        if any(c in rest for c in "[]{}") or "](" in rest:
            problems.append((source, intent, example, "unbalanced or stray markup"))
    assert not problems, "\n".join(map(str, problems[:20]))


def test_no_example_is_an_intent_shortcut(train, heldout):
    """Rasa reads a message starting with "/" as "/intent_name" and skips NLU; such examples teach nothing."""
    shortcuts = [e for s, i, e in all_examples(train, heldout) if e.lstrip().startswith("/")]
    assert not shortcuts, shortcuts


def test_inform_location_always_names_a_place(train, heldout):
    for table in (train, heldout):
        missing = [e for e in table["inform_location"] if not ENTITY.search(e)]
        assert not missing, missing


def test_no_duplicates_within_training(train):
    counts = Counter(plain(e) for examples in train.values() for e in examples)
    duplicates = [text for text, n in counts.items() if n > 1]
    assert not duplicates, duplicates[:20]


def test_no_duplicates_within_heldout(heldout):
    counts = Counter(plain(e) for examples in heldout.values() for e in examples)
    duplicates = [text for text, n in counts.items() if n > 1]
    assert not duplicates, duplicates[:20]


def test_heldout_does_not_overlap_training(train, heldout):
    seen = {plain(e) for examples in train.values() for e in examples}
    overlap = [e for examples in heldout.values() for e in examples if plain(e) in seen]
    assert not overlap, overlap[:20]


def test_generated_files_are_up_to_date(tmp_path):
    """generate.py is deterministic and the committed YAML is its current output."""
    subprocess.run(
        [sys.executable, str(RASA / "generate.py"), "--jakarta", str(JAKARTA), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    generated = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*.yml"))
    assert generated, "generator wrote nothing"
    for relative in generated:
        committed = RASA / relative
        assert committed.exists(), f"{relative} is generated but not committed"
        assert committed.read_text(encoding="utf-8") == (tmp_path / relative).read_text(encoding="utf-8"), (
            f"{relative} differs from generate.py output: re-run python3 nlu/rasa/generate.py"
        )


# Emergencies and their near-misses (nlu/rasa/sentences/danger.yml, issue 14): enough of each, in both splits.
DANGER = RASA / "sentences" / "danger.yml"
DANGER_LABELS = RASA / "heldout" / "danger.yml"


def _sentences(block: str) -> list[str]:
    lines = [" ".join(line.split()) for line in block.splitlines()]
    return [line for line in lines if line and not line.startswith("#")]


def test_danger_sentences_cover_every_kind_and_as_many_near_misses():
    groups = yaml.safe_load(DANGER.read_text(encoding="utf-8"))["groups"]
    counts = Counter()
    for group in groups:
        for split in ("train", "heldout"):
            counts[(group["kind"] == "none", split)] += len(_sentences(group[split]))
    emergencies = counts[(False, "train")] + counts[(False, "heldout")]
    near_misses = counts[(True, "train")] + counts[(True, "heldout")]
    assert emergencies >= 150 and near_misses >= 150
    assert counts[(False, "heldout")] >= 30 and counts[(True, "heldout")] >= 30
    assert {g["kind"] for g in groups} == {"fire", "police", "medical", "rescue", "general", "none"}


def test_heldout_danger_labels_name_heldout_examples(heldout):
    labels = yaml.safe_load(DANGER_LABELS.read_text(encoding="utf-8"))
    examples = {(intent, e) for intent, table in heldout.items() for e in table}
    assert labels and all((row["intent"], row["example"]) in examples for row in labels)
