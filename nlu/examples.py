"""Reading the team's Rasa NLU YAML: intent examples with their entity markup removed.

Shared by the evaluation (held-out examples and the baseline's training data) and by the hashtag splitter
(its vocabulary is the training sentences' words). Nothing here cleans the text: callers do.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml

_MARKUP = re.compile(r"\[(?P<text>[^\]]+)\](?:\((?P<paren>[^)]+)\)|(?P<json>\{[^}]*\}))")


def strip_markup(line: str) -> tuple[str, list[tuple[str, str]]]:
    """Removes Rasa entity markup from one example.

    Args:
        line: e.g. ``"banjir di [kel. cawang](location)"``; ``[x]{"entity": "location"}`` and
            ``[x](location:value)`` are understood too.

    Returns:
        The plain text and the (entity, text) pairs in order of appearance.
    """
    spans: list[tuple[str, str]] = []

    def replace(match: re.Match[str]) -> str:
        if match.group("json"):
            entity = str(json.loads(match.group("json")).get("entity", ""))
        else:
            entity = match.group("paren").split(":", 1)[0]
        spans.append((entity.strip(), match.group("text")))
        return match.group("text")

    return _MARKUP.sub(replace, line), spans


def _example_lines(block: Any) -> list[str]:
    if isinstance(block, str):
        return [line.strip()[2:] for line in block.splitlines() if line.strip().startswith("- ")]
    if isinstance(block, list):
        return [str(item.get("text", "")) if isinstance(item, dict) else str(item) for item in block]
    return []


def iter_examples(paths: Iterable[Path]) -> Iterator[tuple[str, str]]:
    """(intent, example line with its markup) of every intent example in Rasa NLU YAML files.

    Lookup tables, synonyms and regexes are skipped.
    """
    for path in paths:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        for item in data.get("nlu") or ():
            if isinstance(item, dict) and "intent" in item:
                for line in _example_lines(item.get("examples")):
                    yield str(item["intent"]), line
