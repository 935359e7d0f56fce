"""Hashtags read as the words they are made of: ``#BanjirJakarta`` -> ``Banjir Jakarta``.

On X, and in apps that tag a report with a sub-category, a citizen's words often come as hashtags:
``#banjir``, ``#JalanRusak``, ``#drainaseburuk``. Rasa's tokenizer keeps ``#drainaseburuk`` as one
token it never saw, so the client spells each hashtag out before Rasa reads the message:

* CamelCase and digits split where the case changes (``#BanjirKiriman2017`` -> ``Banjir Kiriman 2017``);
* a run of lower-case letters is split into words the training data uses, fewest pieces first
  (``drainaseburuk`` -> ``drainase buruk``), only when every piece is such a word;
* anything else stays one word, without the ``#``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path

from nlu.examples import iter_examples, strip_markup

DATA_DIR = Path(str(resources.files("nlu").joinpath("rasa", "data")))
MIN_PIECE = 3  # shorter pieces ("di", "ke") make too many false splits inside names
MIN_COUNT = 2  # a word used once in the training data may be a typo
_MAX_RUN = 40  # longer runs are not worth splitting (and keep the search cheap)

_HASHTAG = re.compile(r"(?<![\w&])#(\w+)")
_CASE_PARTS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+|[^\W\d_]+")
_WORD = re.compile(r"[a-z]+")


class HashtagSplitter:
    """Spells hashtags out as words, with a vocabulary of known words for lower-case runs.

    Args:
        vocabulary: the words a lower-case run may be split into (lower case).
    """

    def __init__(self, vocabulary: Iterable[str]) -> None:
        self.vocabulary = frozenset(w for w in vocabulary if len(w) >= MIN_PIECE)
        self._longest = max((len(w) for w in self.vocabulary), default=0)

    def expand(self, text: str) -> str:
        """``text`` with every hashtag replaced by its words."""
        return _HASHTAG.sub(lambda m: " ".join(self.split(m.group(1))), text)

    def split(self, tag: str) -> list[str]:
        """The words of one hashtag (without its ``#``)."""
        words: list[str] = []
        for part in _CASE_PARTS.findall(tag):
            if part.islower():
                words.extend(self._segment(part))
            elif part[:1].isupper() and part[1:].islower():  # "#Banjirkiriman": the capital is not a break
                first, *rest = self._segment(part.lower())
                words.extend([part[: len(first)], *rest])
            else:
                words.append(part)
        return words or [tag]

    def _segment(self, run: str) -> list[str]:
        """``run`` as the fewest known words (longer first pieces break ties), else ``[run]``."""
        if run in self.vocabulary or len(run) > _MAX_RUN or len(run) < 2 * MIN_PIECE:
            return [run]
        n = len(run)
        # best[i]: the fewest pieces covering run[i:], as (count, pieces); None when it cannot be covered
        best: list[tuple[int, list[str]] | None] = [None] * n + [(0, [])]
        for i in range(n - 1, -1, -1):
            for j in range(min(n, i + self._longest), i + MIN_PIECE - 1, -1):
                rest, here = best[j], best[i]
                if rest is None or run[i:j] not in self.vocabulary:
                    continue
                if here is None or rest[0] + 1 < here[0]:
                    best[i] = (rest[0] + 1, [run[i:j], *rest[1]])
        found = best[0]
        return found[1] if found is not None else [run]


def training_vocabulary(data_dir: Path = DATA_DIR) -> set[str]:
    """Lower-case words used at least ``MIN_COUNT`` times in the Rasa training examples under ``data_dir``."""
    counts: Counter[str] = Counter()
    for _, line in iter_examples(sorted(data_dir.rglob("*.yml"))):
        counts.update(_WORD.findall(strip_markup(line)[0].lower()))
    return {w for w, c in counts.items() if c >= MIN_COUNT}


@lru_cache(maxsize=1)
def default_splitter() -> HashtagSplitter:
    """The splitter over the project's own training vocabulary (read once)."""
    return HashtagSplitter(training_vocabulary())


def expand_hashtags(text: str) -> str:
    """``text`` with its hashtags spelled out over the training vocabulary (see the module docstring)."""
    return default_splitter().expand(text) if "#" in text else text
