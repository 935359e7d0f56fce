"""Hypothesis strategies for the parser fuzz tests: any JSON, and real payloads with one value broken."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

from hypothesis import strategies as st

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


def paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path into a JSON document, the root (``()``) first."""
    found = [prefix]
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else []
    for key, child in children:
        found += paths(child, (*prefix, key))
    return found


@st.composite
def mutated(draw: st.DrawFn, documents: Sequence[Any]) -> Any:
    """A copy of one of ``documents`` with one value deleted or replaced by arbitrary JSON."""
    payload = copy.deepcopy(draw(st.sampled_from(documents)))
    path = draw(st.sampled_from(paths(payload)[1:]))
    parent = payload
    for key in path[:-1]:
        parent = parent[key]
    if draw(st.booleans()) and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = draw(JSON)
    return payload
