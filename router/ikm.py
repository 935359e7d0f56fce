"""The Indeks Kepuasan Masyarakat (IKM) as PermenPANRB 14/2017 computes it, and the periods it is counted in.

Per element, the mean of its scores (1-4, "nilai rata-rata per unsur"); the IKM is the weighted mean of the
element means (the regulation weighs its elements equally: 1/n each) converted to 25-100 by × 25, and its
mutu: A "Sangat Baik" 88.31-100, B "Baik" 76.61-88.30, C "Kurang Baik" 65.00-76.60, D "Tidak Baik" 25.00-64.99
(the index is rounded to two decimals, as the intervals are, before it is classed).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from aduan.settings import SurveyElement

CONVERSION = 25
MUTU = (  # lowest index of the class, letter, name
    (Decimal("88.31"), "A", "Sangat Baik"),
    (Decimal("76.61"), "B", "Baik"),
    (Decimal("65.00"), "C", "Kurang Baik"),
    (Decimal("25.00"), "D", "Tidak Baik"),
)
_PERIOD = re.compile(r"^(\d{4})(?:-(?:Q([1-4])|H([12])|(0[1-9]|1[0-2])))?$")


@dataclass(frozen=True)
class Ikm:
    """One agency's (or the whole scope's) IKM in a period.

    Attributes:
        agency: the agency code (None: every agency together).
        responses: surveys with at least one answer.
        means: element code -> the mean of its scores (None when nobody answered it).
        index: the IKM, 25-100, rounded to two decimals (None without answers).
        mutu: the letter A-D, and ``mutu_name`` its name.
        rank: its place among the agencies with at least the minimum of responses (None: not ranked).
    """

    agency: str | None
    responses: int
    means: Mapping[str, float | None]
    index: float | None
    mutu: str | None
    mutu_name: str | None
    rank: int | None = None


def mutu(index: Decimal) -> tuple[str, str]:
    """The mutu letter and name of an IKM (already rounded to two decimals)."""
    for lowest, letter, name in MUTU:
        if index >= lowest:
            return letter, name
    return MUTU[-1][1], MUTU[-1][2]


def compute(
    agency: str | None, answers: Iterable[tuple[int, str, int]], elements: Mapping[str, SurveyElement]
) -> Ikm:
    """The IKM of one set of answers.

    Args:
        agency: whose answers they are (None: all together).
        answers: (response id, element code, score 1-4); elements not configured are left out.
        elements: the configured elements with their weights.

    Returns:
        The IKM; an element nobody answered is left out of the weighted mean.
    """
    sums: dict[str, list[int]] = {code: [] for code in elements}
    responses: set[int] = set()
    for response_id, element, score in answers:
        if element in sums and 1 <= score <= 4:
            sums[element].append(score)
            responses.add(response_id)
    means = {code: (Decimal(sum(s)) / len(s) if s else None) for code, s in sums.items()}
    weighted = [(Decimal(str(elements[c].weight)), m) for c, m in means.items() if m is not None]
    shown = {code: (float(m.quantize(Decimal("0.001"), ROUND_HALF_UP)) if m is not None else None)
             for code, m in means.items()}  # fmt: skip
    if not weighted:
        return Ikm(agency, len(responses), shown, None, None, None)
    total = sum((w for w, _ in weighted), Decimal(0))
    index = (sum((w * m for w, m in weighted), Decimal(0)) / total * CONVERSION).quantize(
        Decimal("0.01"), ROUND_HALF_UP
    )
    letter, name = mutu(index)
    return Ikm(agency, len(responses), shown, float(index), letter, name)


def per_agency(
    rows: Iterable[tuple[str | None, int, str, int]],
    elements: Mapping[str, SurveyElement],
    *,
    min_responses: int,
) -> tuple[list[Ikm], Ikm]:
    """Each agency's IKM, ranked (best first) among those with ``min_responses`` or more, and the total.

    Args:
        rows: (agency, response id, element, score).
        elements: the configured elements.
        min_responses: fewer responses than this: shown, never ranked.

    Returns:
        The agencies (ranked ones first, by IKM; then the others by responses) and all of them together.
    """
    rows = list(rows)
    groups: dict[str | None, list[tuple[int, str, int]]] = {}
    for agency, response_id, element, score in rows:
        groups.setdefault(agency, []).append((response_id, element, score))
    found = [compute(agency, answers, elements) for agency, answers in groups.items()]
    ranked = sorted(
        (f for f in found if f.responses >= min_responses and f.index is not None),
        key=lambda f: (-(f.index or 0.0), -f.responses, f.agency or ""),
    )
    rest = sorted((f for f in found if f not in ranked), key=lambda f: (-f.responses, f.agency or ""))
    out = [Ikm(**{**f.__dict__, "rank": i}) for i, f in enumerate(ranked, start=1)] + rest
    return out, compute(None, [(r, e, s) for _, r, e, s in rows], elements)


@dataclass(frozen=True)
class Period:
    """A span of whole months: its label (``2026``, ``2026-H2``, ``2026-Q4``, ``2026-11``), start and end."""

    label: str
    start: datetime
    end: datetime


def period(label: str) -> Period | None:
    """Reads a period's label; None when it is not one."""
    match = _PERIOD.match(label.strip())
    if match is None:
        return None
    year, quarter, half, month = match.groups()
    y = int(year)
    if not 2000 <= y <= 2999:
        return None
    first, months = 1, 12
    if quarter:
        first, months = 3 * int(quarter) - 2, 3
    elif half:
        first, months = 6 * int(half) - 5, 6
    elif month:
        first, months = int(month), 1
    return Period(label.strip(), _month(y, first), _month(y, first + months))


def _month(year: int, month: int) -> datetime:
    """The first moment of a month (month 13 is the next year's January), UTC."""
    return datetime(year + (month - 1) // 12, (month - 1) % 12 + 1, 1, tzinfo=UTC)


def period_of(at: datetime, months: int) -> Period:
    """The period of ``months`` (1, 3, 6 or 12) that ``at`` falls in."""
    at = at.astimezone(UTC)
    index = (at.month - 1) // months
    label = {1: f"{at.year}-{at.month:02d}", 3: f"{at.year}-Q{index + 1}", 6: f"{at.year}-H{index + 1}"}
    found = period(label.get(months, str(at.year)))
    assert found is not None
    return found


def previous(p: Period, months: int) -> Period:
    """The period of the same length just before ``p``."""
    return period_of(p.start - timedelta(seconds=1), months)
