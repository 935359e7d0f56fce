"""Repairs the borders of the place spans that DIET and the lookup extractor find.

DIET tags places token by token, and on messages unlike its training sentences it stops early ("kel.
menteng" of "kel. menteng atas", "gg" of "gg. mawar"), runs on past the place ("pasar sulton. Terima
kasih"), takes in the word before it ("lapangan kel. pancoran") or tags an ordinary word ("genteng",
"minggu"). The gazetteer resolves a whole, clean mention best, so the spans are repaired before they leave
Rasa, with what the training data teaches:

* which words are *context*: seen at least a few times in the training sentences and nearly always outside
  a place span ("tolong", "rusak", "genteng"); a span made only of context words, numbers and generic place
  nouns is dropped;
* which words are *prefixes* that need a name after them (jl., gg., kel., kec., ds., dusun, RT, RW, no.):
  a span that ends on one is extended to the next word;
* the place names of the lookup table (the gazetteer): a span that stops inside a longer known name, or right
  after one, takes in the whole name;
* sentence breaks: a span is cut at ". ", "!", "?", ";" or a line break, and at a comma followed by a
  context word;
* words before an administrative prefix ("lapangan kel. pancoran", "jalan ds. kalisari") are left out;
* a place that neither found is seeded from its prefix: an administrative prefix or a street abbreviation
  (desa, dsn., kec., kab., kel., jl., gg.) followed by a word that reads as a name (one the training
  sentences never use, or use mostly inside place spans) starts a span, repaired like the others. This
  finds "desa karangtengah" or "jl. pinding" when the gazetteer does not hold the name; full words
  ("jalan", "gang") are left alone, since "jalan ancur" is no street.

Pure Python on purpose: :mod:`aduan_spans` wraps it as a Rasa graph component, and the tests run it
without Rasa.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

_TOKEN = re.compile(r"[^\W_]+")
_BREAK = re.compile(r"[!?;\n]|\.(?=\s|$)|,")
_GAP = re.compile(r"[\s,./()-]*")

# Prefixes that name a kind of unit or street and need a name (or number) after them.
ADMIN_PREFIXES = frozenset(
    [
        "kel",
        "kelurahan",
        "kec",
        "kecamatan",
        "ds",
        "desa",
        "dsn",
        "dusun",
        "dukuh",
        "kab",
        "kabupaten",
        "kp",
        "kampung",
        "kmp",
        "kelurahn",
        "kecamtan",
    ]
)
STREET_PREFIXES = frozenset(
    [
        "jl",
        "jln",
        "jalan",
        "jalanan",
        "gg",
        "gang",
        "komplek",
        "kompleks",
        "komp",
        "perum",
        "perumahan",
        "blok",
        "rusun",
        "apartemen",
    ]
)
NUMBERED = frozenset(["rt", "rw", "no", "nomor", "nmr"])
TITLES = frozenset(
    [
        "dr",
        "ir",
        "h",
        "hj",
        "prof",
        "kh",
        "kyai",
        "haji",
        "raden",
        "jend",
        "jenderal",
        "kol",
        "letjen",
        "mayjen",
        "brigjen",
    ]
)
PREFIXES = ADMIN_PREFIXES | STREET_PREFIXES | NUMBERED | TITLES
# Prefixes that always introduce a name: a place no extractor found is seeded from them (see ``_seeds``).
SEED_PREFIXES = (ADMIN_PREFIXES - frozenset(["kampung", "kp", "kmp", "dukuh"])) | frozenset(["jl", "jln", "gg"])
# Units above a village or kelurahan: "desa X" goes on with "kec. Y", "kab. Z".
_UNIT_UP = frozenset(["kec", "kecamatan", "kab", "kabupaten", "kota"])
# The unit each administrative prefix names: "kelurahan kel. X" says it twice.
_KIND = {
    **dict.fromkeys(("kel", "kelurahan", "kelurahn"), "kel"),
    **dict.fromkeys(("kec", "kecamatan", "kecamtan"), "kec"),
    **dict.fromkeys(("ds", "desa"), "desa"),
    **dict.fromkeys(("dsn", "dusun"), "dusun"),
    **dict.fromkeys(("kab", "kabupaten"), "kab"),
}
# Words that go on a place after a comma: the kota, the province, a unit prefix.
_AFTER_COMMA = (
    ADMIN_PREFIXES
    | NUMBERED
    | frozenset(
        [
            "jakarta",
            "jaksel",
            "jaktim",
            "jakbar",
            "jakut",
            "jakpus",
            "dki",
            "kota",
            "kab",
            "kabupaten",
            "provinsi",
            "prov",
        ]
    )
)

Span = tuple[int, int]


def _norm(word: str) -> str:
    return unicodedata.normalize("NFKC", word).lower()


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


def tokens(text: str) -> list[Token]:
    """The words of ``text`` (letters and digits), lower-cased, with their character offsets."""
    return [Token(_norm(m.group()), m.start(), m.end()) for m in _TOKEN.finditer(text)]


@dataclass
class SpanVocab:
    """What the training data says about words and place names.

    Attributes:
        inside: how often each word occurs inside a place span.
        outside: how often each word occurs outside any place span.
        names: every known place name, as a tuple of words.
        min_count: how often a word must be seen outside spans before it counts as context.
        max_inside: the largest share of a word's occurrences inside spans for it to count as context.
    """

    inside: Counter = field(default_factory=Counter)
    outside: Counter = field(default_factory=Counter)
    names: set = field(default_factory=set)
    min_count: int = 3
    max_inside: float = 0.1

    @classmethod
    def learn(
        cls, examples: Iterable[tuple[str, Sequence[Span]]], names: Iterable[str] = (), **kwargs: float
    ) -> SpanVocab:
        """Counts words inside and outside the gold spans of ``(text, spans)`` examples."""
        vocab = cls(**kwargs)  # type: ignore[arg-type]
        for text, spans in examples:
            for tok in tokens(text):
                inside = any(s <= tok.start and tok.end <= e for s, e in spans)
                (vocab.inside if inside else vocab.outside)[tok.text] += 1
        for name in names:
            words = tuple(t.text for t in tokens(name))
            if words:
                vocab.names.add(words)
        return vocab

    def is_context(self, word: str) -> bool:
        """True for a word seen often, and nearly always outside place spans."""
        if word in PREFIXES or word.isdigit():
            return False
        out, ins = self.outside[word], self.inside[word]
        return out >= self.min_count and ins <= self.max_inside * (ins + out)

    def name_like(self, word: str) -> bool:
        """True for a word never seen in training, or seen mostly inside place spans."""
        if not word.isalpha() or word in PREFIXES:
            return False
        ins, out = self.inside[word], self.outside[word]
        return ins + out == 0 or (ins >= 2 and ins >= 0.6 * (ins + out))

    def never_inside(self, word: str) -> bool:
        """True for a context word never seen inside a place span."""
        return self.is_context(word) and not self.inside[word]

    def longest_name_at(self, words: Sequence[str], i: int, max_len: int = 5) -> int:
        """The number of words of the longest known name starting at ``words[i]`` (0 when none)."""
        for n in range(min(max_len, len(words) - i), 0, -1):
            if tuple(words[i : i + n]) in self.names:
                return n
        return 0

    def to_dict(self) -> dict:
        return {
            "inside": dict(self.inside),
            "outside": dict(self.outside),
            "names": sorted(" ".join(n) for n in self.names),
            "min_count": self.min_count,
            "max_inside": self.max_inside,
        }

    @classmethod
    def from_dict(cls, data: dict) -> SpanVocab:
        return cls(
            inside=Counter(data["inside"]),
            outside=Counter(data["outside"]),
            names={tuple(n.split()) for n in data["names"]},
            min_count=data["min_count"],
            max_inside=data["max_inside"],
        )


def _merge(text: str, spans: Iterable[Span]) -> list[Span]:
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and (start <= merged[-1][1] or _GAP.fullmatch(text[merged[-1][1] : start])):
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def _abbreviation(word: str, vocab: SpanVocab) -> bool:
    """True for a word that a full stop after it abbreviates ("kel.", "jl.", "kb.", "moh.")."""
    return word in PREFIXES or (len(word) <= 3 and word.isalpha() and not vocab.is_context(word))


def _cut(text: str, span: Span, toks: list[Token], vocab: SpanVocab) -> Span:
    """Ends the span at the first sentence break inside it that does not go on with the same place."""
    start, end = span
    for m in _BREAK.finditer(text, start, end):
        before = [t for t in toks if start <= t.start and t.end <= m.start()]
        after = next((t for t in toks if t.start >= m.end()), None)
        mark = m.group()
        if mark == "." and before and before[-1].end == m.start() and _abbreviation(before[-1].text, vocab):
            continue  # "kel. ", "jl. ", "no. ", "kb. sirih"
        goes_on = after is not None and after.start < end and mark in ",."
        if goes_on and (after.text in _AFTER_COMMA or (mark == "," and not vocab.is_context(after.text))):
            continue  # "RT 05, kel. ...", "Cipete Utara, Cilandak"
        return (start, before[-1].end) if before else (start, start)
    return span


def _trim(words: list[str], first: int, last: int, vocab: SpanVocab) -> tuple[int, int]:
    """Leaves out context words before an administrative prefix, a repeated prefix and trailing context."""
    anchor = next((i for i in range(first, last + 1) if words[i] in ADMIN_PREFIXES), None)
    if anchor is not None and all(
        vocab.is_context(w) or w in STREET_PREFIXES or w in ADMIN_PREFIXES for w in words[first:anchor]
    ):
        first = anchor  # "lapangan kel. pancoran", "jalan ds. kalisari"
    while first < last and _KIND.get(words[first], 1) == _KIND.get(words[first + 1], 2):
        first += 1  # "kelurahan kel. joglo"
    while last > first and vocab.never_inside(words[last]):
        last -= 1
    return first, last


def _extend(text: str, toks: list[Token], words: list[str], first: int, last: int, vocab: SpanVocab) -> int:
    """The span's last word once it takes in a prefix's name, a house number, the next unit up ("desa X kab.
    Y"), the rest of a known name, or the rest of a street's name ("jl. guru" + "mughni")."""
    street = any(w in STREET_PREFIXES for w in words[first : last + 1])
    tail = 0  # words taken in only because they look like part of a street's name
    while last + 1 < len(toks):
        gap = text[toks[last].end : toks[last + 1].start]
        joined = re.fullmatch(r"[\s.]*", gap) or (
            gap.strip() in {",", "/"} and words[last + 1] in _AFTER_COMMA
        )
        if not joined:
            break
        nxt = words[last + 1]
        numbered = nxt in NUMBERED and last + 2 < len(toks) and words[last + 2].isdigit()
        if words[last] in PREFIXES or numbered or (nxt in _UNIT_UP and last + 2 < len(toks)):
            last += 1  # "gg. mawar", "no 10", "desa gondang" + "kabupaten"
            continue
        for back in range(min(3, last - first + 1)):
            n = vocab.longest_name_at(words, last - back)
            if n > back + 1:
                last = last - back + n - 1  # "kel. menteng" + "atas"
                break
        else:
            if street and tail < 2 and gap == " " and vocab.name_like(nxt):
                last += 1
                tail += 1
                continue
            break
    return last


def _prefix_before(text: str, toks: list[Token], words: list[str], first: int, vocab: SpanVocab) -> int:
    """The span's first word once it takes in the prefix it lost: "dusun kulon" of "dusun kulon RT 08", "desa
    kemiri, " of "desa kemiri, kec. X", "gang" of "gang 12 RT 05", "jalan danau" of "jalan danau sunter"."""
    if words[first] in ADMIN_PREFIXES | STREET_PREFIXES:
        if (
            first >= 3
            and words[first] in ADMIN_PREFIXES
            and text[toks[first - 1].end : toks[first].start].strip() == ","
        ):
            start = _prefix_before(text, toks, words, first - 1, vocab)  # "desa kemiri, kec. X"
            return start if start < first - 1 else first
        return first  # the span has its own prefix ("jalan" + "kel. X" is the kelurahan alone)
    for back in (1, 2):
        p = first - back
        if p < 0 or words[p] not in ADMIN_PREFIXES | STREET_PREFIXES:
            continue
        between = words[p + 1 : first]
        if words[p] in STREET_PREFIXES and not between and not words[first].isdigit():
            continue  # "jalan Lenteng Agung": a unit's name after "jalan" stays the unit
        if any(vocab.is_context(w) or w in PREFIXES for w in between):
            continue
        gaps = [text[toks[i].end : toks[i + 1].start] for i in range(p, first)]
        if all(re.fullmatch(r"[\s.]*", g) for g in gaps):
            return p
    return first


def _name_before(text: str, toks: list[Token], words: list[str], first: int, vocab: SpanVocab) -> int:
    """The span's first word once it takes in a known name right before it ("kayu manis jakarta timur")."""
    if first == 0 or not re.fullmatch(r"[\s,]*", text[toks[first - 1].end : toks[first].start]):
        return first
    if words[first] in PREFIXES:
        return first  # "tengah jl. X": what comes before a street or unit prefix is another thing
    for n in range(3, 1, -1):
        i = first - n
        if (
            i >= 0
            and vocab.longest_name_at(words, i) == n
            and not all(vocab.is_context(w) for w in words[i:first])
        ):
            return i
    return first


def _is_noise(body: list[str], vocab: SpanVocab) -> bool:
    """True for a span of ordinary words, numbers and bare prefixes; "jl. X" and "RT 05" are never noise."""
    named = any(w in PREFIXES and n not in PREFIXES for w, n in zip(body, body[1:], strict=False))
    return not named and all(vocab.is_context(w) or w.isdigit() or w in PREFIXES for w in body)


def _seeds(
    text: str, toks: list[Token], words: list[str], spans: Sequence[Span], vocab: SpanVocab
) -> list[Span]:
    """Spans of "prefix name" pairs that no span touches: "desa karangtengah", "kec. ajibarang", "gg. 7"."""
    out: list[Span] = []
    for i in range(len(toks) - 1):
        gap = text[toks[i].end : toks[i + 1].start]
        if words[i] not in SEED_PREFIXES or not re.fullmatch(r"\s*\.?\s*", gap):
            continue
        nxt = words[i + 1]
        if not (vocab.name_like(nxt) or (nxt.isdigit() and words[i] in STREET_PREFIXES)):
            continue
        start, end = toks[i].start, toks[i + 1].end
        if not any(s < end and start < e for s, e in spans):
            out.append((start, end))
    return out


def repair(text: str, spans: Iterable[Span], vocab: SpanVocab) -> list[Span]:
    """The repaired place spans of ``text`` (character offsets), in order, without overlaps."""
    toks = tokens(text)
    words = [t.text for t in toks]
    spans = list(spans)
    spans += _seeds(text, toks, words, spans, vocab)
    out: list[Span] = []
    for span in _merge(text, spans):
        start, end = _cut(text, span, toks, vocab)
        inside = [i for i, t in enumerate(toks) if start <= t.start and t.end <= end]
        if not inside:
            continue
        first, last = _trim(words, inside[0], inside[-1], vocab)
        last = _extend(text, toks, words, first, last, vocab)
        first = _name_before(text, toks, words, first, vocab)
        first = _prefix_before(text, toks, words, first, vocab)
        if not _is_noise(words[first : last + 1], vocab):
            out.append((toks[first].start, toks[last].end))
    return _merge(text, out)
