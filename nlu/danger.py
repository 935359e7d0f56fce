"""The danger layer: reads a message for danger to life or a crime happening now, after Rasa.

The model is trained on emergencies, but a message it has never seen can still slip into the report flow
("pohon tumbang nimpa mobil, sopirnya kejepit"). This layer is a vocabulary of danger word families and
patterns (``nlu/danger.yml``) with the few rules that keep it from crying wolf: a danger in the past
("kemarin ada kebakaran"), in a worry ("takut roboh kalau angin kencang"), denied ("tidak ada yang
terluka"), in fiction ("di game"), over ("apinya sudah padam") or named by a harmless phrase ("surat
keterangan darurat", "bakar sampah") does not count. See the data file for the vocabulary and the rules.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

KINDS = ("fire", "police", "rescue", "medical", "general")  # NluResult.emergency takes these values
_SENTENCE_BREAK = re.compile(r"[.;!?\n]+")
_CLAUSE_BREAK = re.compile(r"[,:()\"]+|\b(?:tapi|tetapi|namun|but|however)\b")
# "jl. sudirman", "kel. menteng": a dot after these does not end a sentence.
_ABBREVIATION = re.compile(
    r"\b(jl|jln|kel|kec|gg|no|rt|rw|ds|dsn|kab|kp|st|h|dr|prof|yth|bpk|pak|bu|komp|perum|km)\."
)
_WORD = re.compile(r"[a-z0-9]+")
_REPEATS = re.compile(r"([a-z])\1{2,}")
_REDUPLICATION = re.compile(r"\b([a-z]{2,})2\b")  # "anak2" -> "anak anak"
_FAMILY = re.compile(r"<(\w+)>")
_AFTER_SINCE = r"(?<!sejak )(?<!dari )(?<!since )"  # "belum pulang sejak kemarin" is still going on
_NEGATION_WINDOW = 3  # words before a danger that a negation may stand in ("tidak ada yang terluka")


@dataclass(frozen=True)
class Reading:
    """What the danger layer found in one message.

    Attributes:
        kind: the kind of danger happening now, or None.
        cancelled: danger words were found, but each was past, hypothetical, denied or fiction; or the
            message says the danger is over.
        words: the words that decided the kind (for logs and tests).
    """

    kind: str | None = None
    cancelled: bool = False
    words: tuple[str, ...] = ()


class DangerVocabulary:
    """The danger patterns and their cancelling markers, compiled once.

    Args:
        data: the parsed ``danger.yml`` (see that file for its sections).
    """

    def __init__(self, data: dict[str, Any]) -> None:
        families = {name: _alternatives(words) for name, words in data["families"].items()}
        self.kinds: tuple[str, ...] = tuple(data["kinds"])
        if set(self.kinds) != set(KINDS) or set(data["dangers"]) - set(KINDS):
            raise ValueError(f"danger vocabulary: kinds must be {', '.join(KINDS)}")
        self.spelling: dict[str, str] = {str(k): str(v) for k, v in data["spelling"].items()}
        # One alternation per kind: a clause is searched once per kind, not once per pattern.
        self.dangers = {kind: _compile("|".join(data["dangers"][kind]), families) for kind in self.kinds}
        self.hints = {kind: _compile(p, families) for kind, p in data["hints"].items()}
        self.harmless = _compile("|".join(data["harmless"]), families)
        self.past = _compile(_alternatives(data["past"]), families, prefix=_AFTER_SINCE)
        self.habitual = _compile(_alternatives(data["habitual"]), families)
        self.hypothetical = _compile(_alternatives(data["hypothetical"]), families, prefix=r"(?<!tidak )")
        self.negation = _compile(_alternatives(data["negation"]), families)
        self.fiction = _compile(_alternatives(data["fiction"]), families)
        self.resolved = _compile(_alternatives(data["resolved"]), families, prefix=r"(?<!tidak )(?<!belum )")
        self.present = _compile(_alternatives(data["present"]), families)

    @classmethod
    def load(cls, text: str | None = None) -> DangerVocabulary:
        """Builds the vocabulary from YAML text, by default ``nlu/danger.yml`` as shipped."""
        if text is None:
            text = resources.files("nlu").joinpath("danger.yml").read_text(encoding="utf-8")
        return cls(yaml.safe_load(text))

    def read(self, text: str) -> Reading:
        """Reads one message.

        Args:
            text: the message as the citizen wrote it.

        Returns:
            The kind of the danger happening now (the first of ``kinds`` when there are several), or a
            reading without a kind that says whether danger words were found and all of them cancelled.
        """
        sentences = self.sentences(text)
        over = any(self.resolved.search(c) for clauses in sentences for c in clauses)
        found: dict[str, list[str]] = {}
        cancelled = False
        for clauses in sentences:
            sentence = " ".join(clauses)
            for clause in clauses:
                for kind, match in self._matches(clause):
                    if self._counts(match, clause, sentence, over):
                        found.setdefault(kind, []).append(match.group(0))
                    else:
                        cancelled = True
        for kind in self.kinds:
            if kind in found:
                return Reading(kind=kind, words=tuple(found[kind]))
        return Reading(cancelled=cancelled or over)

    def hint(self, text: str) -> str:
        """The kind a message names without describing a danger ("tolong kirim damkar"), else ``general``."""
        joined = " ".join(c for clauses in self.sentences(text) for c in clauses)
        return next((kind for kind in self.kinds if kind in self.hints and self.hints[kind].search(joined)),
                    "general")  # fmt: skip

    def sentences(self, text: str) -> list[list[str]]:
        """The message lowercased and spelled out, as sentences of clauses of single-spaced words.

        Harmless phrases are removed from each clause.
        """
        text = unicodedata.normalize("NFKC", text).lower().replace("'", " ")
        text = _REDUPLICATION.sub(r"\1 \1", _REPEATS.sub(r"\1", text))
        text = _ABBREVIATION.sub(r"\1 ", text)
        out = []
        for sentence in _SENTENCE_BREAK.split(text):
            clauses = [self._clause(part) for part in _CLAUSE_BREAK.split(sentence or "")]
            if any(clauses):
                out.append([c for c in clauses if c])
        return out

    def _clause(self, part: str) -> str:
        clause = " ".join(self.spelling.get(w, w) for w in _WORD.findall(part or ""))
        return " ".join(self.harmless.sub(" ", clause).split())

    def _matches(self, clause: str) -> Iterator[tuple[str, re.Match[str]]]:
        for kind, pattern in self.dangers.items():
            for match in pattern.finditer(clause):
                yield kind, match

    def _counts(self, match: re.Match[str], clause: str, sentence: str, over: bool) -> bool:
        before = clause[: match.start()]
        window = " ".join(before.split()[-_NEGATION_WINDOW:])
        if self.fiction.search(sentence) or self.negation.search(window) or self.hypothetical.search(before):
            return False
        if self.present.search(clause):
            return True
        return not (over or self.past.search(sentence) or self.habitual.search(sentence))


def _alternatives(words: str) -> str:
    """``"a|b |\\n c d"`` (a folded YAML block) -> ``"a|b|c d"``."""
    return "|".join(" ".join(w.split()) for w in str(words).split("|") if w.strip())


def _compile(pattern: str, families: dict[str, str], *, prefix: str = "") -> re.Pattern[str]:
    expanded = _FAMILY.sub(lambda m: f"(?:{families[m.group(1)]})", " ".join(pattern.split()))
    return re.compile(rf"{prefix}\b(?:{expanded})\b")


@functools.cache
def default_vocabulary() -> DangerVocabulary:
    """The vocabulary shipped with the package, loaded once."""
    return DangerVocabulary.load()
