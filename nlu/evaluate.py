"""``aduan nlu evaluate``: how the whole NLU (Rasa + places) does on text nobody on the team wrote.

Three corpora (the real ones from the folder ``--data DIR`` names, never copied, never trained or tuned on):

* ``own``: the held-out split of our own training data (``nlu/rasa/heldout/nlu.yml``): intent accuracy,
  macro-F1 over the 24 report intents, exact-span F1 of ``location`` entities, per-category scores and a
  confusion matrix;
* ``purbalingga``: 815 hand-labelled complaints with 6 coarse labels; a category counts as right when its
  coarse set (:data:`COARSE`, the DESIGN.md table) holds the label;
* ``petabencana``: 1,102 flood reports inside DKI with the kelurahan of the reporter's map point: place
  resolution from the text, precision of the kelurahan named, flood category, point -> kelurahan.

Every figure is printed beside the same figure for a baseline (TF-IDF word + char n-grams with logistic
regression trained on the same Rasa training data; a longest exact kelurahan/kecamatan name match for places;
the nearest kelurahan centroid for map points) and the target. The report goes to ``reports/`` (JSON, PNG).
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import yaml

from aduan.errors import ConfigError
from nlu.client import FALLBACK_INTENT, NluClient, NluResult, category_of, clean, place_spans
from nlu.examples import iter_examples, strip_markup
from nlu.places import Gazetteer, normalize

# ---------------------------------------------------------------------------------------------- constants

COARSE: dict[str, frozenset[str]] = {
    "sampah": frozenset({"Lingkungan"}),
    "banjir": frozenset({"Infrastruktur", "Lingkungan"}),
    "saluran_air": frozenset({"Infrastruktur", "Lingkungan"}),
    "jalan": frozenset({"Infrastruktur"}),
    "listrik": frozenset({"Infrastruktur", "Pelayanan Publik"}),
    "parkir_liar": frozenset({"Ketertiban"}),
    "perhubungan": frozenset({"Infrastruktur", "Ketertiban", "Pelayanan Publik"}),
    "transportasi_publik": frozenset({"Pelayanan Publik", "Infrastruktur"}),
    "pohon": frozenset({"Lingkungan"}),
    "ketertiban": frozenset({"Ketertiban"}),
    "bangunan": frozenset({"Ketertiban", "Infrastruktur"}),
    "air_bersih": frozenset({"Pelayanan Publik", "Infrastruktur"}),
    "kesehatan": frozenset({"Pelayanan Publik", "Lingkungan", "Sosial dan Ekonomi"}),
    "pendidikan": frozenset({"Pendidikan"}),
    "sosial": frozenset({"Sosial dan Ekonomi"}),
    "kependudukan": frozenset({"Pelayanan Publik"}),
    "pelayanan_publik": frozenset({"Pelayanan Publik"}),
    "ketenagakerjaan": frozenset({"Sosial dan Ekonomi", "Pelayanan Publik"}),
    "pajak_retribusi": frozenset({"Pelayanan Publik", "Sosial dan Ekonomi"}),
    "kepegawaian": frozenset({"Pelayanan Publik", "Sosial dan Ekonomi"}),
    "pangan_pertanian": frozenset({"Sosial dan Ekonomi", "Lingkungan"}),
    "perumahan": frozenset({"Pelayanan Publik", "Sosial dan Ekonomi", "Infrastruktur"}),
    "umkm_pasar": frozenset({"Sosial dan Ekonomi", "Pelayanan Publik"}),
    "lainnya": frozenset({"Sosial dan Ekonomi"}),
}
"""Category code -> the Purbalingga coarse labels it counts for (DESIGN.md, Categories)."""

CATEGORIES: tuple[str, ...] = tuple(COARSE)
REPORT_INTENTS: tuple[str, ...] = tuple(f"lapor_{code}" for code in CATEGORIES)
FLOOD_CATEGORIES = frozenset({"banjir", "saluran_air"})
LOCATION_ENTITY = "location"
CORPORA = ("own", "purbalingga", "petabencana")
T = TypeVar("T")

PURBALINGGA_FILE = Path("purbalingga") / "purbalingga_complaints_dedup.csv"
PETABENCANA_FILE = Path("petabencana-2017") / "reports_with_kelurahan.csv"
WILAYAH_FILE = "dki_jakarta_wilayah.csv"
HELDOUT_FILE = Path(str(resources.files("nlu").joinpath("rasa", "heldout", "nlu.yml")))
DANGER_LABELS_FILE = Path(str(resources.files("nlu").joinpath("rasa", "heldout", "danger.yml")))
EMERGENCY_INTENT = "emergency"
CONVERSATION_TARGETS = ("thanks", "cancel", "out_of_scope")  # the ">= 0.90 on the held-out split"
DEFAULT_THRESHOLD = 0.2  # nlu.confidence_threshold's default: below it the router asks for the category
DEFAULT_MARGIN = 0.07  # nlu.ambiguity_margin's default: two categories closer than this are both offered
NO_DANGER = "none"  # the kind of a near-miss in the danger labels

TARGETS: dict[str, float] = {
    "own.category_macro_f1": 0.90,
    "own.intent_accuracy": 0.90,
    "own.location_span_f1": 0.90,
    "own.emergency_recall": 0.98,
    "own.emergency_false_alarms": 0.05,
    "own.conversation_accuracy": 0.90,
    "purbalingga.coarse_accuracy": 0.80,
    "purbalingga.fallback_share": 0.08,
    "petabencana.kelurahan_named_offered": 0.95,
    "petabencana.kelurahan_named_own": 0.88,
    "petabencana.kecamatan_named_own": 0.97,
    "petabencana.kecamatan_from_text": 0.30,
    "petabencana.kecamatan_precision": 0.90,
    "petabencana.category_flood": 0.90,
    "petabencana.point_kelurahan": 0.99,
}
"""Targets from the issue, keyed ``corpus.figure``."""

AT_MOST = frozenset({"emergency_false_alarms", "near_miss_false_alarms", "fallback_share"})
"""Figures whose target is a ceiling (the share of false alarms), not a floor."""

LABELS: dict[str, str] = {
    "intent_accuracy": "intent accuracy (all intents)",
    "category_macro_f1": "category macro-F1 (24 report intents)",
    "location_span_f1": "location span F1 (exact)",
    "location_span_precision": "location span precision",
    "location_span_recall": "location span recall",
    "emergency_recall": "emergencies answered as emergencies",
    "emergency_false_alarms": "non-emergencies answered as emergencies",
    "near_miss_false_alarms": "near-misses answered as emergencies",
    "emergency_kind_accuracy": "emergency kind right | kind labelled",
    "conversation_accuracy": "thanks, cancel, out_of_scope read right",
    "conversation_thanks": "thanks read right",
    "conversation_cancel": "cancel read right",
    "conversation_out_of_scope": "out_of_scope read right",
    "coarse_accuracy": "coarse accuracy (best report category)",
    "fallback_share": "answered with the category buttons",
    "answered_right": "category right | answered without buttons",
    "answered_coarse": "coarse accuracy | answered without buttons",
    "coarse_accuracy_raw": "coarse accuracy (raw top intent)",
    "kelurahan_named_offered": "kelurahan right or offered | text names it",
    "kelurahan_named_own": "kelurahan right | text names its kelurahan",
    "kecamatan_precision": "kecamatan right | a kecamatan answered",
    "kecamatan_named_own": "kecamatan right | text names its kecamatan",
    "kelurahan_from_text": "kelurahan right from text (all)",
    "kecamatan_from_text": "kecamatan right from text (all)",
    "kelurahan_precision": "kelurahan right | a kelurahan named",
    "category_flood": "banjir/saluran_air as sent (best category)",
    "category_flood_raw": "banjir/saluran_air (raw top intent)",
    "category_flood_words": "banjir/saluran_air, hashtags removed",
    "point_kelurahan": "map point -> kelurahan",
}

# ---------------------------------------------------------------------------------------------- corpora


@dataclass(frozen=True)
class Example:
    """One Rasa training or held-out example: plain text, intent, and the text of its ``location`` spans."""

    text: str
    intent: str
    spans: tuple[str, ...] = ()


@dataclass(frozen=True)
class Complaint:
    """One Purbalingga complaint and its coarse label."""

    text: str
    label: str


@dataclass(frozen=True)
class FloodReport:
    """One PetaBencana report inside DKI with the units containing its map point (Kemendagri codes)."""

    text: str
    lat: float
    lng: float
    kelurahan: str
    kecamatan: str
    kota: str
    kelurahan_name: str
    kecamatan_name: str


_HASHTAG = re.compile(r"#\w+")


def load_rasa_examples(paths: Iterable[Path]) -> list[Example]:
    """Reads the intent examples of Rasa NLU YAML files (lookup tables, synonyms and regexes are skipped).

    Args:
        paths: Rasa ``nlu.yml``-style files.

    Returns:
        The examples with markup stripped; ``spans`` holds the cleaned text of each ``location`` entity.
    """
    examples: list[Example] = []
    for intent, line in iter_examples(paths):
        text, spans = strip_markup(line)
        locations = tuple(clean(s) for entity, s in spans if entity == LOCATION_ENTITY)
        examples.append(Example(clean(text), intent, locations))
    return examples


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def load_purbalingga(path: Path) -> list[Complaint]:
    """Reads the Purbalingga complaints (columns id, text, label)."""
    return [Complaint(row["text"], row["label"].strip()) for row in _read_csv(path)]


def load_petabencana(path: Path) -> list[FloodReport]:
    """Reads the PetaBencana reports whose map point lies in DKI Jakarta (``in_dki == "True"``)."""
    return [
        FloodReport(
            text=row["text"],
            lat=float(row["lat"]),
            lng=float(row["lon"]),
            kelurahan=row["kode_kemendagri"],
            kecamatan=parent_code(row["kode_kemendagri"], 3),
            kota=parent_code(row["kode_kemendagri"], 2),
            kelurahan_name=row["kelurahan"],
            kecamatan_name=row["kecamatan"],
        )  # fmt: skip
        for row in _read_csv(path)
        if row["in_dki"] == "True"
    ]


def parent_code(kode: str, parts: int) -> str:
    """The enclosing unit's code: ``parent_code("31.74.04.1005", 3) == "31.74.04"``."""
    return ".".join(kode.split(".")[:parts])


def strip_hashtags(text: str) -> str:
    """The text without its ``#hashtags`` (Qlue's own sub-category picker, not the citizen's words)."""
    return " ".join(_HASHTAG.sub(" ", text).split())


def has_words(text: str) -> bool:
    """True when the text holds more than hashtags: a letter outside any ``#hashtag``."""
    return any(ch.isalpha() for ch in _HASHTAG.sub(" ", text))


def subsample(items: Sequence[T], limit: int | None) -> list[T]:
    """At most ``limit`` items, evenly spread over the sequence (all of them when ``limit`` is None)."""
    if limit is None or limit >= len(items):
        return list(items)
    if limit <= 0:
        return []
    step = len(items) / limit
    return [items[int(i * step)] for i in range(limit)]


# ---------------------------------------------------------------------------------------------- scoring


@dataclass(frozen=True)
class Prediction:
    """What one system (Aduan or the baseline) read in one message.

    Attributes:
        intent: the top intent (``nlu_fallback`` already replaced by the best real intent).
        ranking: (intent, confidence) pairs, best first.
        spans: the text of each place span found.
        kelurahan: the kelurahan code resolved, or None.
        kecamatan: the kecamatan code resolved, or None.
        emergency: the kind of emergency answered, or None.
        fallback: Rasa answered ``nlu_fallback`` (the top intent is then the best real one).
        candidates: the kelurahan codes offered as buttons when the place is ambiguous.
        asks: the router would ask the citizen to pick the category with buttons, as ``_take_category``
            in ``router/dialogue.py`` decides: no category, one below ``nlu.confidence_threshold``, or the
            best two categories closer than ``nlu.ambiguity_margin``.
    """

    intent: str
    ranking: tuple[tuple[str, float], ...] = ()
    spans: tuple[str, ...] = ()
    kelurahan: str | None = None
    kecamatan: str | None = None
    emergency: str | None = None
    fallback: bool = False
    asks: bool = False
    candidates: tuple[str, ...] = ()

    @property
    def raw_category(self) -> str | None:
        """The category of the top intent, None when it is not a report."""
        return category_of(self.intent)

    @property
    def category(self) -> str | None:
        """The best report category: the top intent's, else the first report intent in the ranking."""
        return report_category(self.intent, self.ranking)


@dataclass(frozen=True)
class Measure:
    """A figure in [0, 1] and the number of items it is measured over."""

    value: float
    n: int


def report_category(intent: str, ranking: Sequence[tuple[str, float]]) -> str | None:
    """The category of ``intent`` when it is a report, else of the best report intent in ``ranking``."""
    if category_of(intent):
        return category_of(intent)
    return next((c for i, _ in ranking if (c := category_of(i))), None)


def coarse_hit(category: str | None, label: str) -> bool:
    """True when the category's coarse set (DESIGN.md) holds the Purbalingga label."""
    return category is not None and label in COARSE.get(category, frozenset())


def ratio(hits: Iterable[bool]) -> Measure:
    """The share of true values (0.0 over nothing)."""
    flags = list(hits)
    return Measure(sum(flags) / len(flags) if flags else 0.0, len(flags))


def names_own(name: str, text: str) -> bool:
    """True when the unit's name appears, as whole words, in the text (both through ``places.normalize``)."""
    key = normalize(name)
    return bool(key) and f" {key} " in f" {normalize(text)} "


def span_scores(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> dict[str, float]:
    """Exact-match precision, recall and F1 of spans, pooled over examples (micro).

    Args:
        gold: per example, the text of each gold span.
        pred: per example, the text of each predicted span.

    Returns:
        ``{"precision", "recall", "f1", "gold", "predicted", "matched"}``; 1.0 when there is nothing to find
        and nothing was found.
    """
    matched = sum(sum((Counter(g) & Counter(p)).values()) for g, p in zip(gold, pred, strict=True))
    n_gold, n_pred = sum(map(len, gold)), sum(map(len, pred))
    precision = matched / n_pred if n_pred else float(n_gold == 0)
    recall = matched / n_gold if n_gold else float(n_pred == 0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "gold": n_gold,
        "predicted": n_pred,
        "matched": matched,
    }


def named_precision(pred: Sequence[str | None], gold: Sequence[str]) -> tuple[int, int]:
    """Counts (right, named): among the items where a code was predicted, how many equal the gold code."""
    named = [(p, g) for p, g in zip(pred, gold, strict=True) if p is not None]
    return sum(p == g for p, g in named), len(named)


def per_label_scores(
    gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]
) -> dict[str, dict[str, float]]:
    """Precision, recall, F1 and support of each label (single-label classification).

    A prediction of a label for an item of another label (any other, including labels outside ``labels``)
    is a false positive of that label.
    """
    out: dict[str, dict[str, float]] = {}
    for label in labels:
        tp = sum(g == label and p == label for g, p in zip(gold, pred, strict=True))
        n_pred, support = sum(p == label for p in pred), sum(g == label for g in gold)
        precision = tp / n_pred if n_pred else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[label] = {"precision": precision, "recall": recall, "f1": f1, "support": support}
    return out


def macro_f1(scores: dict[str, dict[str, float]]) -> float:
    """The unweighted mean F1 over the labels that have gold items."""
    present = [s["f1"] for s in scores.values() if s["support"]]
    return sum(present) / len(present) if present else 0.0


def confusion(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> list[list[int]]:
    """The confusion matrix: ``matrix[i][j]`` counts items of ``labels[i]`` predicted as ``labels[j]``."""
    index = {label: i for i, label in enumerate(labels)}
    matrix = [[0] * len(labels) for _ in labels]
    for g, p in zip(gold, pred, strict=True):
        if g in index and p in index:
            matrix[index[g]][index[p]] += 1
    return matrix


def score_own(examples: Sequence[Example], preds: Sequence[Prediction]) -> dict[str, Measure]:
    """The held-out figures of one system."""
    gold, pred = [e.intent for e in examples], [p.intent for p in preds]
    spans = span_scores([e.spans for e in examples], [p.spans for p in preds])
    n_spans = int(spans["gold"])
    talk = [(g, p) for g, p in zip(gold, preds, strict=True) if g in CONVERSATION_TARGETS]
    return {
        "intent_accuracy": ratio(g == p for g, p in zip(gold, pred, strict=True)),
        "conversation_accuracy": ratio(p.intent == g and not p.fallback for g, p in talk),
        **{
            f"conversation_{intent}": ratio(p.intent == g and not p.fallback for g, p in talk if g == intent)
            for intent in CONVERSATION_TARGETS
        },
        "category_macro_f1": Measure(
            macro_f1(per_label_scores(gold, pred, REPORT_INTENTS)), sum(g in REPORT_INTENTS for g in gold)
        ),
        "location_span_f1": Measure(spans["f1"], n_spans),
        "location_span_precision": Measure(spans["precision"], int(spans["predicted"])),
        "location_span_recall": Measure(spans["recall"], n_spans),
    }


def load_danger_labels(path: Path) -> dict[str, str]:
    """The held-out danger labels (``heldout/danger.yml``): cleaned text -> kind, ``none`` for a near-miss."""
    rows = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return {clean(strip_markup(row["example"])[0]): str(row["kind"]) for row in rows}


def gold_emergency(example: Example, labels: dict[str, str]) -> str | None:
    """The emergency an example describes: its labelled kind, ``emergency`` when only its intent says so."""
    kind = labels.get(example.text)
    if kind is not None:
        return None if kind == NO_DANGER else kind
    return EMERGENCY_INTENT if example.intent == EMERGENCY_INTENT else None


def score_emergency(
    examples: Sequence[Example], preds: Sequence[Prediction], labels: dict[str, str]
) -> dict[str, Measure]:
    """Recall of the emergencies and the share of non-emergencies (and of near-misses) answered as ones."""
    gold = [gold_emergency(e, labels) for e in examples]
    pairs = list(zip(examples, gold, preds, strict=True))
    return {
        "emergency_recall": ratio(p.emergency is not None for _, g, p in pairs if g),
        "emergency_false_alarms": ratio(p.emergency is not None for _, g, p in pairs if not g),
        "near_miss_false_alarms": ratio(
            p.emergency is not None for e, g, p in pairs if labels.get(e.text) == NO_DANGER
        ),
        "emergency_kind_accuracy": ratio(
            p.emergency == g for _, g, p in pairs if g and g != EMERGENCY_INTENT
        ),
    }


def score_purbalingga(rows: Sequence[Complaint], preds: Sequence[Prediction]) -> dict[str, Measure]:
    """The Purbalingga figures of one system: every row is a complaint, so the best report category counts."""
    pairs = list(zip(rows, preds, strict=True))
    return {
        "coarse_accuracy": ratio(coarse_hit(p.category, r.label) for r, p in pairs),
        "coarse_accuracy_raw": ratio(coarse_hit(p.raw_category, r.label) for r, p in pairs),
    }


def score_petabencana(
    rows: Sequence[FloodReport],
    preds: Sequence[Prediction],
    points: Sequence[str | None],
    words_only: Sequence[Prediction] | None = None,
) -> dict[str, Measure]:
    """The PetaBencana figures of one system.

    Args:
        rows: the reports inside DKI.
        preds: what the system read in each text, as sent (hashtags included).
        points: the kelurahan code the system gives each report's map point.
        words_only: optionally, what it read in each text with more than hashtags once the hashtags are
            removed (one per such row, in order): the flood category from the citizen's own words alone.
    """
    pairs = list(zip(rows, preds, strict=True))
    right, named = named_precision([p.kelurahan for p in preds], [r.kelurahan for r in rows])
    worded = [(r, p) for r, p in pairs if has_words(r.text)]
    extra: dict[str, Measure] = {}
    if words_only is not None:
        own_words = list(zip([r for r, _ in worded], words_only, strict=True))
        extra["category_flood_words"] = ratio(p.category in FLOOD_CATEGORIES for _, p in own_words)
    named_kel = [(r, p) for r, p in pairs if names_own(r.kelurahan_name, r.text)]
    return {
        "kelurahan_named_offered": ratio(
            p.kelurahan == r.kelurahan or r.kelurahan in p.candidates for r, p in named_kel
        ),
        "kelurahan_named_own": ratio(p.kelurahan == r.kelurahan for r, p in named_kel),
        "kecamatan_named_own": ratio(
            p.kecamatan == r.kecamatan for r, p in pairs if names_own(r.kecamatan_name, r.text)
        ),
        "kelurahan_from_text": ratio(p.kelurahan == r.kelurahan for r, p in pairs),
        "kecamatan_from_text": ratio(p.kecamatan == r.kecamatan for r, p in pairs),
        "kelurahan_precision": Measure(right / named if named else 0.0, named),
        "kecamatan_precision": ratio(p.kecamatan == r.kecamatan for r, p in pairs if p.kecamatan),
        "category_flood": ratio(p.category in FLOOD_CATEGORIES for _, p in worded),
        "category_flood_raw": ratio(p.raw_category in FLOOD_CATEGORIES for _, p in worded),
        **extra,
        "point_kelurahan": ratio(k == r.kelurahan for r, k in zip(rows, points, strict=True)),
    }


# ---------------------------------------------------------------------------------------------- baselines


class TextBaseline:
    """TF-IDF over word 1-2-grams and char_wb 2-5-grams, then a logistic regression over intents."""

    def __init__(self) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import FeatureUnion, make_pipeline

        features = FeatureUnion(
            [
                ("word", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True)),
                ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)),
            ]
        )
        self.model = make_pipeline(features, LogisticRegression(C=10.0, solver="sag", max_iter=3000))

    def fit(self, texts: Sequence[str], intents: Sequence[str]) -> TextBaseline:
        """Trains on (text, intent) pairs; needs at least two distinct intents."""
        self.model.fit([clean(t) for t in texts], list(intents))
        return self

    def rank(self, texts: Sequence[str]) -> list[tuple[tuple[str, float], ...]]:
        """(intent, probability) pairs per text, best first."""
        if not texts:
            return []
        probs = self.model.predict_proba([clean(t) for t in texts])
        classes = [str(c) for c in self.model.classes_]
        return [
            tuple(sorted(zip(classes, map(float, row), strict=True), key=lambda x: -x[1])) for row in probs
        ]


@dataclass(frozen=True)
class NameMatch:
    """A kelurahan/kecamatan name found verbatim in a text, and the codes it stands for."""

    text: str
    start: int
    end: int
    kelurahan: str | None
    kecamatan: str | None


@dataclass
class NameMatcher:
    """The place baseline: the longest exact kelurahan or kecamatan name in the text (case-insensitive)."""

    readings: dict[str, tuple[str | None, str | None]]
    pattern: re.Pattern[str] = field(init=False)

    def __post_init__(self) -> None:
        names = sorted(self.readings, key=len, reverse=True)
        alternatives = "|".join(r"\s+".join(map(re.escape, name.split())) for name in names)
        self.pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)

    @classmethod
    def load(cls, wilayah_csv: Path) -> NameMatcher:
        """Builds the matcher from the kelurahan and kecamatan rows (``nama`` and ``nama_bps``)."""
        units: dict[str, list[dict[str, str]]] = {}
        for row in _read_csv(wilayah_csv):
            if row["level"] in ("kelurahan", "kecamatan"):
                for name in {" ".join(n.lower().split()) for n in (row["nama"], row["nama_bps"])} - {""}:
                    units.setdefault(name, []).append(row)
        return cls({name: _name_reading(rows) for name, rows in units.items()})

    def find(self, text: str) -> list[NameMatch]:
        """The names found, left to right, not overlapping (the longest at each position)."""
        return [
            NameMatch(m.group(0), m.start(), m.end(), *self.readings[" ".join(m.group(0).lower().split())])
            for m in self.pattern.finditer(text)
        ]

    def best(self, text: str) -> NameMatch | None:
        """The longest name found (the first of equal length), or None."""
        return max(self.find(text), key=lambda m: (len(m.text), -m.start), default=None)


def _name_reading(rows: Sequence[dict[str, str]]) -> tuple[str | None, str | None]:
    """(kelurahan, kecamatan) of a name: a unique kelurahan, else a unique kecamatan, else what is shared."""
    kels = [r for r in rows if r["level"] == "kelurahan"]
    if len(kels) == 1:
        return kels[0]["kode_kemendagri"], kels[0]["kecamatan_kode"]
    kecs = {r["kode_kemendagri"] for r in rows if r["level"] == "kecamatan"}
    if len(kecs) == 1:
        return None, kecs.pop()
    parents = {r["kecamatan_kode"] for r in kels}
    return None, parents.pop() if len(parents) == 1 else None


@dataclass
class CentroidLocator:
    """The map-point baseline: the kelurahan whose centroid is nearest."""

    centroids: list[tuple[str, float, float]]

    @classmethod
    def load(cls, wilayah_csv: Path) -> CentroidLocator:
        """Reads the kelurahan centroids from the wilayah CSV."""
        rows = _read_csv(wilayah_csv)
        return cls(
            [
                (r["kode_kemendagri"], float(r["lat"]), float(r["lng"]))
                for r in rows
                if r["level"] == "kelurahan" and r["lat"] and r["lng"]
            ]
        )

    def locate(self, lat: float, lng: float) -> str | None:
        """The code of the nearest kelurahan centroid (equirectangular distance)."""
        scale = math.cos(math.radians(lat))
        best = min(
            self.centroids, key=lambda c: (c[1] - lat) ** 2 + ((c[2] - lng) * scale) ** 2, default=None
        )
        return best[0] if best else None


@dataclass
class Baseline:
    """The baseline system: text classifier + name matcher + centroid locator."""

    text: TextBaseline
    names: NameMatcher
    points: CentroidLocator

    @classmethod
    def build(cls, training: Sequence[Example], wilayah_csv: Path) -> Baseline:
        """Trains the text classifier on the Rasa training examples and loads the place baselines."""
        text = TextBaseline().fit([e.text for e in training], [e.intent for e in training])
        return cls(text, NameMatcher.load(wilayah_csv), CentroidLocator.load(wilayah_csv))

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        """The baseline's reading of each text."""
        cleaned = [clean(t) for t in texts]
        out: list[Prediction] = []
        for text, ranking in zip(cleaned, self.text.rank(cleaned), strict=True):
            matches, best = self.names.find(text), self.names.best(text)
            out.append(
                Prediction(
                    ranking[0][0],
                    ranking,
                    tuple(m.text for m in matches),
                    best.kelurahan if best else None,
                    best.kecamatan if best else None,
                    "general" if ranking[0][0] == EMERGENCY_INTENT else None,
                )
            )
        return out


def asks_category(result: NluResult, threshold: float, margin: float) -> bool:
    """Whether the router would answer this reading with the category buttons (see :class:`Prediction`)."""
    scores = result.categories()
    close = len(scores) > 1 and scores[0][1] - scores[1][1] < margin
    return result.category is None or result.confidence < threshold or close


def from_result(
    result: NluResult, threshold: float = DEFAULT_THRESHOLD, margin: float = DEFAULT_MARGIN
) -> Prediction:
    """Aduan's reading of one message as a :class:`Prediction` (place spans merged as the client does)."""
    fallback = result.intent == FALLBACK_INTENT
    intent = result.ranking[0][0] if fallback and result.ranking else result.intent
    return Prediction(
        intent=intent, ranking=result.ranking, spans=tuple(place_spans(result.text, result.entities)),
        kelurahan=result.location.kelurahan, kecamatan=result.location.kecamatan, emergency=result.emergency,
        fallback=fallback, asks=asks_category(result, threshold, margin),
        candidates=tuple(c.kelurahan for c in result.location.candidates if c.kelurahan),
    )  # fmt: skip


CALIBRATION_THRESHOLDS = (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)
CALIBRATION_MARGINS = (0.0, 0.02, 0.03, 0.05, 0.07, 0.1)
CALIBRATION_FLOOR = 0.95  # accuracy of the reports answered without asking that a rule must keep
CALIBRATION_RULES = ("confidence", "share")
"""The candidate ask-or-answer rules ``aduan nlu evaluate --corpus own`` tabulates on the held-out split.

``confidence``: the router's rule, on the blended confidence of the top intent. ``share``: the same on the top
category's share of the mass the ranking gives report categories. Both ask, as the router does, when Rasa
answered ``nlu_fallback`` (blended confidence under its threshold, or the best two intents within its
ambiguity threshold), when the top intent is no report, or when the best two categories are within the margin.
"""


def asks_by_rule(p: Prediction, rule: str, threshold: float, margin: float) -> bool:
    """Whether a candidate rule (see ``CALIBRATION_RULES``) would answer ``p`` with the category buttons."""
    scores = [x for i, x in p.ranking if category_of(i)]
    if p.fallback or p.raw_category is None or not scores:
        return True
    top = dict(p.ranking).get(p.intent, 0.0)
    value = top / sum(scores) if rule == "share" else top
    return value < threshold or (len(scores) > 1 and scores[0] - scores[1] < margin)


def calibration(reports: Sequence[tuple[Example, Prediction]]) -> list[dict[str, Any]]:
    """Share asked and accuracy of the reports answered without asking, per candidate rule and values."""
    rows = []
    for rule in CALIBRATION_RULES:
        for threshold in CALIBRATION_THRESHOLDS:
            for margin in CALIBRATION_MARGINS:
                asks = [asks_by_rule(p, rule, threshold, margin) for _, p in reports]
                answered = [p.intent == e.intent for (e, p), a in zip(reports, asks, strict=True) if not a]
                rows.append({
                    "rule": rule, "threshold": threshold, "margin": margin,
                    "asked": round(ratio(asks).value, 4), "answered_right": round(ratio(answered).value, 4),
                    "answered": len(answered),
                })  # fmt: skip
    return rows


# ---------------------------------------------------------------------------------------------- running


@dataclass
class Context:
    """What every corpus run needs."""

    client: NluClient
    baseline: Baseline
    places: Gazetteer
    eval_dir: Path | None
    limit: int | None = None
    concurrency: int = 4
    threshold: float = DEFAULT_THRESHOLD
    margin: float = DEFAULT_MARGIN
    parse_seconds: float = 0.0
    parsed: int = 0

    def parse(self, texts: Sequence[str]) -> list[NluResult]:
        """Parses through the whole pipeline (Rasa + places), a few requests in flight."""
        started = time.monotonic()
        results = self.client.parse_many(texts, concurrency=self.concurrency)
        self.parse_seconds += time.monotonic() - started
        self.parsed += len(texts)
        return results


def figures(corpus: str, aduan: dict[str, Measure], base: dict[str, Measure]) -> dict[str, dict[str, Any]]:
    """Pairs each figure of Aduan with the baseline's and the target."""
    out: dict[str, dict[str, Any]] = {}
    for key, measure in aduan.items():
        target = TARGETS.get(f"{corpus}.{key}")
        meets = (
            None
            if target is None
            else (measure.value <= target if key in AT_MOST else measure.value >= target)
        )
        out[key] = {
            "label": LABELS.get(key, key), "value": round(measure.value, 4), "n": measure.n,
            "baseline": round(base[key].value, 4) if key in base else None,
            "target": target, "at_most": key in AT_MOST, "meets": meets,
        }  # fmt: skip
    return out


def run_own(ctx: Context) -> dict[str, Any]:
    """The held-out split: figures, per-category scores and confusion matrices."""
    examples = subsample(load_rasa_examples([HELDOUT_FILE]), ctx.limit)
    danger_labels = load_danger_labels(DANGER_LABELS_FILE)
    texts = [e.text for e in examples]
    aduan = [from_result(r, ctx.threshold, ctx.margin) for r in ctx.parse(texts)]
    base = ctx.baseline.predict(texts)
    gold = [e.intent for e in examples]
    reports = [(e, p) for e, p in zip(examples, aduan, strict=True) if e.intent in REPORT_INTENTS]
    scores = (
        score_own(examples, aduan)
        | score_emergency(examples, aduan, danger_labels)
        | {
            "fallback_share": ratio(p.asks for _, p in reports),
            "answered_right": ratio(p.intent == e.intent for e, p in reports if not p.asks),
        }
    )
    base_scores = score_own(examples, base) | score_emergency(examples, base, danger_labels)
    labels = sorted(
        set(gold) | {p.intent for p in aduan} | {p.intent for p in base},
        key=lambda i: (i not in REPORT_INTENTS, i),
    )
    return {
        "n": len(examples),
        "figures": figures("own", scores, base_scores),
        "calibration": calibration(reports),
        "per_category": {
            "aduan": _rounded(per_label_scores(gold, [p.intent for p in aduan], REPORT_INTENTS)),
            "baseline": _rounded(per_label_scores(gold, [p.intent for p in base], REPORT_INTENTS)),
        },
        "confusion": {
            "labels": labels,
            "aduan": confusion(gold, [p.intent for p in aduan], labels),
            "baseline": confusion(gold, [p.intent for p in base], labels),
        },
    }


def run_purbalingga(ctx: Context) -> dict[str, Any]:
    """Purbalingga: coarse accuracy through the DESIGN.md mapping."""
    rows = subsample(load_purbalingga(_corpus_file(ctx, PURBALINGGA_FILE)), ctx.limit)
    texts = [r.text for r in rows]
    aduan = [from_result(r, ctx.threshold, ctx.margin) for r in ctx.parse(texts)]
    base = ctx.baseline.predict(texts)
    labels = sorted({r.label for r in rows})
    table = {
        label: dict(Counter(p.category or "-" for r, p in zip(rows, aduan, strict=True) if r.label == label))
        for label in labels
    }
    return {
        "n": len(rows),
        "figures": figures(
            "purbalingga",
            score_purbalingga(rows, aduan)
            | {
                "fallback_share": ratio(p.asks for p in aduan),
                "answered_coarse": ratio(
                    coarse_hit(p.category, r.label) for r, p in zip(rows, aduan, strict=True) if not p.asks
                ),
            },
            score_purbalingga(rows, base),  # the baseline never asks
        ),
        "label_by_category": table,
    }


def run_petabencana(ctx: Context) -> dict[str, Any]:
    """PetaBencana 2017: places from text and map point, and the flood category.

    Each text is parsed as it was sent, hashtags included: the client spells a hashtag out as words
    (``nlu.hashtags``), as it does for any citizen on X. Most of these reports carry a Qlue sub-category
    hashtag (#drainaseburuk, #banjirkiriman, ...) that the reporter picked, so the flood category is also
    measured on the citizen's own words alone, hashtags removed (``category_flood_words``).
    """
    rows = subsample(load_petabencana(_corpus_file(ctx, PETABENCANA_FILE)), ctx.limit)
    texts = [r.text for r in rows]
    aduan = [from_result(r, ctx.threshold, ctx.margin) for r in ctx.parse(texts)]
    base = ctx.baseline.predict(texts)
    words = [strip_hashtags(r.text) for r in rows if has_words(r.text)]
    aduan_words = [from_result(r, ctx.threshold, ctx.margin) for r in ctx.parse(words)]
    base_words = ctx.baseline.predict(words)
    aduan_points = [ctx.places.locate(r.lat, r.lng).kelurahan for r in rows]
    base_points = [ctx.baseline.points.locate(r.lat, r.lng) for r in rows]
    return {
        "n": len(rows),
        "figures": figures(
            "petabencana",
            score_petabencana(rows, aduan, aduan_points, aduan_words),
            score_petabencana(rows, base, base_points, base_words),
        ),
    }


RUNNERS: dict[str, Callable[[Context], dict[str, Any]]] = {
    "own": run_own,
    "purbalingga": run_purbalingga,
    "petabencana": run_petabencana,
}


def _rounded(scores: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
    return {
        k: {m: round(v, 4) if isinstance(v, float) else v for m, v in s.items()} for k, s in scores.items()
    }


# ---------------------------------------------------------------------------------------------- report


def format_corpus(name: str, section: dict[str, Any]) -> list[str]:
    """The printed lines of one corpus: each figure beside the baseline's and the target."""
    lines = [
        f"{name} ({section['n']} items)",
        f"  {'figure':44s} {'n':>5s} {'aduan':>7s} {'baseline':>9s}  target",
    ]
    for fig in section["figures"].values():
        base = "-" if fig["baseline"] is None else f"{fig['baseline']:.3f}"
        sign = "<=" if fig.get("at_most") else ">="
        target = (
            "" if fig["target"] is None else f"{sign} {fig['target']:.2f} {'ok' if fig['meets'] else 'MISS'}"
        )
        lines.append(f"  {fig['label']:44s} {fig['n']:5d} {fig['value']:7.3f} {base:>9s}  {target}")
    return lines


def format_per_category(section: dict[str, Any]) -> list[str]:
    """The per-category precision/recall/F1 lines of the held-out split (Aduan, baseline F1)."""
    aduan, base = section["per_category"]["aduan"], section["per_category"]["baseline"]
    lines = [f"  {'category':22s} {'P':>6s} {'R':>6s} {'F1':>6s} {'n':>4s}  baseline F1"]
    for intent, s in aduan.items():
        lines.append(
            f"  {category_of(intent) or intent:22s} {s['precision']:6.3f} {s['recall']:6.3f} "
            f"{s['f1']:6.3f} {int(s['support']):4d}  {base[intent]['f1']:.3f}"
        )
    return lines


def format_calibration(rows: Sequence[dict[str, Any]]) -> list[str]:
    """The held-out table of candidate ask-or-answer rules: share asked / accuracy answered without asking."""
    if not rows:
        return []
    margins = sorted({r["margin"] for r in rows})
    lines = [
        "  ask-or-answer rules on the held-out reports: share asked / category right | answered without",
        f"  {'rule':10s} {'threshold':>9s} "
        + " ".join(f"{'margin ' + format(m, '.2f'):>13s}" for m in margins),
    ]
    cells: dict[tuple[str, float], list[str]] = {}
    for r in rows:
        cells.setdefault((r["rule"], r["threshold"]), []).append(
            f"{r['asked']:.3f}/{r['answered_right']:.3f}"
        )
    for (rule, threshold), texts in cells.items():
        lines.append(f"  {rule:10s} {threshold:9.2f} " + " ".join(f"{t:>13s}" for t in texts))
    for rule in dict.fromkeys(r["rule"] for r in rows):
        kept = [r for r in rows if r["rule"] == rule and r["answered_right"] >= CALIBRATION_FLOOR]
        if kept:
            best = min(kept, key=lambda r: (r["asked"], -r["answered_right"]))
            lines.append(
                f"  fewest buttons keeping >= {CALIBRATION_FLOOR:.2f} ({rule}): "
                f"threshold {best['threshold']:.2f}, margin {best['margin']:.2f}: "
                f"asked {best['asked']:.3f}, right {best['answered_right']:.3f}"
            )
    return lines


def write_report(report: dict[str, Any], out: Path) -> Path:
    """Writes ``nlu_evaluation.json`` and the PNG charts into ``out``; returns the JSON's path."""
    out.mkdir(parents=True, exist_ok=True)
    path = out / "nlu_evaluation.json"
    path.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    charts = _plot(report, out)
    report["charts"] = [str(p) for p in charts]
    path.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def _plot(report: dict[str, Any], out: Path) -> list[Path]:
    import matplotlib

    matplotlib.use("Agg")
    paths: list[Path] = []
    for corpus, section in report["corpora"].items():
        paths.append(_plot_figures(corpus, section, out / f"nlu_{corpus}_figures.png"))
    own = report["corpora"].get("own")
    if own:
        conf = own["confusion"]
        paths.append(
            _plot_heatmap(
                conf["aduan"],
                conf["labels"],
                conf["labels"],
                "Aduan: held-out confusion",
                out / "nlu_own_confusion.png",
            )
        )
        paths.append(
            _plot_heatmap(
                conf["baseline"],
                conf["labels"],
                conf["labels"],
                "Baseline (TF-IDF + LR): held-out confusion",
                out / "nlu_own_confusion_baseline.png",
            )
        )
        paths.append(_plot_per_category(own["per_category"], out / "nlu_own_per_category.png"))
    return paths


def _plot_figures(corpus: str, section: dict[str, Any], path: Path) -> Path:
    import matplotlib.pyplot as plt

    figs = list(section["figures"].values())
    fig, ax = plt.subplots(figsize=(9, 0.5 * len(figs) + 1.5))
    ys = range(len(figs))
    ax.barh([y - 0.2 for y in ys], [f["value"] for f in figs], height=0.4, label="Aduan")
    ax.barh([y + 0.2 for y in ys], [f["baseline"] or 0 for f in figs], height=0.4, label="baseline")
    for y, f in zip(ys, figs, strict=True):
        if f["target"] is not None:
            ax.plot([f["target"]] * 2, [y - 0.45, y + 0.45], color="black", linewidth=2)
    ax.set_yticks(list(ys), [f["label"] for f in figs])
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_title(f"{corpus} (n={section['n']}); black bar = target")
    ax.legend(loc="lower right")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def _plot_heatmap(matrix: list[list[int]], rows: list[str], cols: list[str], title: str, path: Path) -> Path:
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(0.38 * len(cols) + 3, 0.38 * len(rows) + 2.5))
    ax.imshow(matrix, cmap="Blues")
    ax.set_xticks(range(len(cols)), cols, rotation=90, fontsize=7)
    ax.set_yticks(range(len(rows)), rows, fontsize=7)
    for i, row in enumerate(matrix):
        for j, count in enumerate(row):
            if count:
                ax.text(
                    j,
                    i,
                    str(count),
                    ha="center",
                    va="center",
                    fontsize=6,
                    color="white" if count > max(map(max, matrix)) / 2 else "black",
                )
    ax.set_xlabel("predicted")
    ax.set_ylabel("gold")
    ax.set_title(title)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def _plot_per_category(per_category: dict[str, Any], path: Path) -> Path:
    import matplotlib.pyplot as plt

    intents = list(per_category["aduan"])
    fig, ax = plt.subplots(figsize=(10, 4.5))
    xs = range(len(intents))
    ax.bar([x - 0.2 for x in xs], [per_category["aduan"][i]["f1"] for i in intents], width=0.4, label="Aduan")
    ax.bar(
        [x + 0.2 for x in xs],
        [per_category["baseline"][i]["f1"] for i in intents],
        width=0.4,
        label="baseline",
    )
    ax.set_xticks(list(xs), [category_of(i) or i for i in intents], rotation=60, ha="right", fontsize=8)
    ax.set_ylim(0, 1.05)
    ax.set_ylabel("F1")
    ax.set_title("held-out split: F1 per category")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


# ---------------------------------------------------------------------------------------------- command


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``aduan nlu evaluate``."""
    parser.add_argument("--corpus", choices=(*CORPORA, "all"), default="all")
    parser.add_argument(
        "--out", type=Path, default=Path("reports"), help="folder for the JSON report and charts"
    )
    parser.add_argument(
        "--limit", type=int, default=None, help="at most N items per corpus, evenly spread (quick)"
    )
    parser.add_argument("--concurrency", type=int, default=4, help="requests in flight to Rasa")
    parser.add_argument(
        "--data",
        dest="eval_dir",
        type=Path,
        default=None,
        metavar="DIR",
        help="the folder holding the evaluation corpora (purbalingga/, petabencana-2017/); "
        "default: $ADUAN_EVAL_DATA; without it only the held-out split is evaluated",
    )


def run(
    args: argparse.Namespace,
    *,
    url: str,
    token: str,
    timeout: float,
    gazetteer_dir: Path,
    threshold: float = DEFAULT_THRESHOLD,
    margin: float = DEFAULT_MARGIN,
) -> dict[str, Any]:
    """Evaluates the NLU server at ``url`` on the corpora ``args`` names and returns the report.

    Raises:
        ConfigError: a corpus asked for by name is not under ``--data``.
    """
    from nlu import train

    env_dir = os.environ.get("ADUAN_EVAL_DATA")
    eval_dir = args.eval_dir or (Path(env_dir) if env_dir else None)
    corpora = _available(
        CORPORA if args.corpus == "all" else (args.corpus,), eval_dir, explicit=args.corpus != "all"
    )
    baseline = Baseline.build(load_rasa_examples(train.data_files()), gazetteer_dir / WILAYAH_FILE)
    places = Gazetteer.load(gazetteer_dir)
    client = NluClient(url, token, timeout=timeout, places=places)
    try:
        return build_report(
            Context(client, baseline, places, eval_dir, args.limit, args.concurrency, threshold, margin),
            corpora,
        )
    finally:
        client.close()


CORPUS_FILES = {"purbalingga": PURBALINGGA_FILE, "petabencana": PETABENCANA_FILE}


def _available(corpora: Sequence[str], eval_dir: Path | None, *, explicit: bool) -> tuple[str, ...]:
    """The corpora that can be read: the held-out split always, the real corpora when ``--data`` has them.

    Raises:
        ConfigError: a corpus asked for by name whose file is not under ``eval_dir`` (or no ``--data``).
    """
    out = []
    for corpus in corpora:
        name = CORPUS_FILES.get(corpus)
        if name is None or (eval_dir is not None and (eval_dir / name).is_file()):
            out.append(corpus)
        elif explicit or eval_dir is not None:
            where = eval_dir / name if eval_dir is not None else f"--data DIR (DIR/{name})"
            raise ConfigError(f"nlu evaluate: the {corpus} corpus needs {where}; it is not there")
        else:
            print(
                f"nlu evaluate: {corpus} skipped (give the corpora's folder with --data DIR)", file=sys.stderr
            )
    return tuple(out)


def _corpus_file(ctx: Context, name: Path) -> Path:
    if ctx.eval_dir is None:
        raise ConfigError(f"nlu evaluate: {name} needs --data DIR")
    return ctx.eval_dir / name


def build_report(ctx: Context, corpora: Sequence[str]) -> dict[str, Any]:
    """Runs the corpora and assembles the report (model, machine, figures)."""
    sections = {corpus: RUNNERS[corpus](ctx) for corpus in corpora}
    status = ctx.client.status()
    return {
        "generated_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "model": status.get("model_file"),
        "cores": os.cpu_count(),
        "limit": ctx.limit,
        "throughput_msg_per_s": round(ctx.parsed / ctx.parse_seconds, 1) if ctx.parse_seconds else None,
        "baseline": "TF-IDF (word 1-2 + char_wb 2-5) + LogisticRegression on nlu/rasa/data; places: longest "
        "exact kelurahan/kecamatan name; map points: nearest kelurahan centroid",
        "corpora": sections,
    }


def print_report(report: dict[str, Any]) -> None:
    """Prints every corpus's figures (and the held-out per-category table) to stdout."""
    print(
        f"NLU evaluation — model {report['model']}, {report['cores']} cores, "
        f"{report['throughput_msg_per_s']} msg/s through the pipeline"
    )
    for corpus, section in report["corpora"].items():
        print()
        print("\n".join(format_corpus(corpus, section)))
        if corpus == "own":
            print("\n".join(format_per_category(section)))
            print("\n".join(format_calibration(section.get("calibration", []))))
