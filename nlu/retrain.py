"""Staff labels as Rasa training data, the measurement of a candidate model, and the promotion gate.

The orchestration (database, training, servers) is ``jobs/retrain.py``; this module holds what needs no
database: writing the labels as Rasa "3.1" YAML (masked, see ``nlu/privacy.py``), scoring a model on the
held-out split and on the held-back labels, and deciding whether a candidate may serve.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from nlu import evaluate
from nlu.client import NluClient
from nlu.privacy import PLACEHOLDER_SENTENCES, mask

LABELS_FILE = "labels.yml"
GATED = ("category_macro_f1", "emergency_recall")
"""The held-out figures a candidate may not lose more than the margin on."""


@dataclass(frozen=True)
class Example:
    """One labelled message to train on or to measure with: its text, intent and place span (offsets)."""

    text: str
    intent: str
    place: tuple[int, int] | None = None
    names: tuple[str, ...] = ()  # the citizen's display names, masked out

    def masked_markup(self) -> str:
        """The text as Rasa markup, personal data masked, the place as a ``location`` entity."""
        if self.place is None:
            return _plain(mask(self.text, self.names))
        start, end = self.place
        before, place, after = self.text[:start], self.text[start:end], self.text[end:]
        head = _plain(mask(before, self.names))
        inner = _plain(mask(place, self.names)).strip()
        tail = _plain(mask(after, self.names))
        return f"{head}[{inner}](location){tail}" if inner else _plain(mask(self.text, self.names))


def _plain(text: str) -> str:
    """Text that Rasa's markup cannot misread: no brackets or braces, one line, spaces collapsed (one kept at
    either end, where the place's markup joins it)."""
    words = " ".join(text.translate(str.maketrans("[]{}", "()()")).split())
    if not words:
        return " " if text else ""
    return (" " if text[0].isspace() else "") + words + (" " if text[-1].isspace() else "")


def training_yaml(examples: Iterable[Example]) -> str:
    """The Rasa NLU training data (version "3.1") of the labels, with the placeholder sentences.

    Duplicate sentences of one intent are written once; the examples of each intent are sorted, so the
    same labels give the same file (and the same fingerprint).
    """
    by_intent: dict[str, set[str]] = {}
    for example in examples:
        line = example.masked_markup().strip()
        if line:
            by_intent.setdefault(example.intent, set()).add(line)
    if not by_intent:
        return ""
    for intent, sentence in PLACEHOLDER_SENTENCES:
        by_intent.setdefault(intent, set()).add(sentence)
    nlu = [
        {"intent": intent, "examples": "".join(f"- {line}\n" for line in sorted(lines))}
        for intent, lines in sorted(by_intent.items())
    ]
    header = "# Written by `aduan nlu export` from staff's labels (personal data masked). Do not edit.\n"
    body = yaml.dump(
        {"version": "3.1", "nlu": nlu}, Dumper=_Literal, allow_unicode=True, sort_keys=False, width=1000
    )
    return header + body


class _Literal(yaml.SafeDumper):
    """Writes the examples as Rasa's own files do: a ``|`` block, one ``- sentence`` a line."""


def _literal(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Literal.add_representer(str, _literal)


def write_export(data_dir: Path, text: str) -> bool:
    """Writes the labels file into ``data_dir``; False (and nothing written) when it would not change."""
    path = data_dir / LABELS_FILE
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if old == text:
        return False
    data_dir.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return True


def heldout_texts() -> set[str]:
    """The cleaned texts of the fixed held-out split: a label of one of them is never trained on."""
    return {e.text.lower() for e in evaluate.load_rasa_examples([evaluate.HELDOUT_FILE])}


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


# --- measuring ---------------------------------------------------------------------------------------


def measure(client: NluClient, holdback: Sequence[Example], *, concurrency: int = 4) -> dict[str, Any]:
    """A model's figures: on the held-out split (as ``aduan nlu evaluate``) and on the held-back labels.

    Returns:
        ``{"own": {figure: value}, "labels": {"n", "intent_accuracy", "place_accuracy"}}``.
    """
    examples = evaluate.load_rasa_examples([evaluate.HELDOUT_FILE])
    danger = evaluate.load_danger_labels(evaluate.DANGER_LABELS_FILE)
    preds = [
        evaluate.from_result(r)
        for r in client.parse_many([e.text for e in examples], concurrency=concurrency)
    ]
    scores = evaluate.score_own(examples, preds) | evaluate.score_emergency(examples, preds, danger)
    own = {key: round(m.value, 4) for key, m in scores.items()}
    return {"own": own, "n": len(examples), "labels": _measure_labels(client, holdback, concurrency)}


def _measure_labels(client: NluClient, holdback: Sequence[Example], concurrency: int) -> dict[str, Any]:
    if not holdback:
        return {"n": 0, "intent_accuracy": None, "place_accuracy": None}
    results = client.parse_many([e.text for e in holdback], concurrency=concurrency)
    preds = [evaluate.from_result(r) for r in results]
    hits = [p.intent == e.intent for p, e in zip(preds, holdback, strict=True)]
    placed = [(p, e) for p, e in zip(preds, holdback, strict=True) if e.place]
    place_hits = [
        e.text[e.place[0] : e.place[1]].strip().lower() in (s.lower() for s in p.spans)
        for p, e in placed
        if e.place
    ]
    return {
        "n": len(holdback),
        "intent_accuracy": round(sum(hits) / len(hits), 4),
        "place_accuracy": round(sum(place_hits) / len(place_hits), 4) if place_hits else None,
    }


@dataclass(frozen=True)
class Verdict:
    """Whether a candidate may serve, and why (one line per gated figure)."""

    promote: bool
    reasons: tuple[str, ...]


def gate(candidate: Mapping[str, Any], serving: Mapping[str, Any] | None, *, margin: float) -> Verdict:
    """Allows a candidate whose gated held-out figures are not below serving's by more than ``margin``.

    Args:
        candidate: the candidate's figures (:func:`measure`).
        serving: the serving model's figures measured on the same data, or None (nothing serves yet).
        margin: the largest fall allowed, in absolute terms (0.01 is one point).
    """
    if serving is None:
        return Verdict(True, ("no model serves yet",))
    promote, reasons = True, []
    for key in GATED:
        new, old = float(candidate["own"][key]), float(serving["own"][key])
        ok = new >= old - margin
        promote = promote and ok
        word = "ok" if ok else "worse"
        reasons.append(f"{key}: {new:.4f} vs serving {old:.4f} ({word}, margin {margin:g})")
    return Verdict(promote, tuple(reasons))


def corpora_figures(client: NluClient, eval_dir: Path, gazetteer_dir: Path) -> dict[str, Any]:
    """The real corpora's figures (``aduan nlu evaluate --data``) of the model behind ``client``."""
    from nlu import train
    from nlu.places import Gazetteer

    baseline = evaluate.Baseline.build(
        evaluate.load_rasa_examples(train.data_files()), gazetteer_dir / evaluate.WILAYAH_FILE
    )
    ctx = evaluate.Context(client, baseline, Gazetteer.load(gazetteer_dir), eval_dir)
    corpora = evaluate._available(evaluate.CORPORA[1:], eval_dir, explicit=False)
    return {
        corpus: {k: v["value"] for k, v in evaluate.RUNNERS[corpus](ctx)["figures"].items()}
        for corpus in corpora
    }
