"""The IKM against hand-worked examples (PermenPANRB 14/2017), the mutu classes at their edges, the ranking
with a minimum of responses, and the periods it is counted in."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from aduan.settings import SurveyElement
from router import ikm


def elements(*weights: float) -> dict[str, SurveyElement]:
    codes = ("waktu", "perilaku", "hasil")
    return {c: SurveyElement(c, c, w, "?", "?") for c, w in zip(codes, weights, strict=True)}


# Four respondents (r1..r4) rate three elements:   waktu  perilaku  hasil
HAND = [  # r1                                         4       4        3
    (1, "waktu", 4), (1, "perilaku", 4), (1, "hasil", 3),
    (2, "waktu", 3), (2, "perilaku", 4), (2, "hasil", 3),  # r2  3  4  3
    (3, "waktu", 3), (3, "perilaku", 3), (3, "hasil", 2),  # r3  3  3  2
    (4, "waktu", 2), (4, "perilaku", 3), (4, "hasil", 2),  # r4  2  3  2
]  # fmt: skip


def test_the_hand_worked_example_with_equal_weights() -> None:
    # Element means: waktu 12/4 = 3.00, perilaku 14/4 = 3.50, hasil 10/4 = 2.50.
    # Weighted mean (1/3 each): (3.00 + 3.50 + 2.50) / 3 = 3.00; IKM 3.00 x 25 = 75.00: C "Kurang Baik".
    assert ikm.compute("dlh", HAND, elements(1, 1, 1)) == ikm.Ikm(
        agency="dlh",
        responses=4,
        means={"waktu": 3.0, "perilaku": 3.5, "hasil": 2.5},
        index=75.0,
        mutu="C",
        mutu_name="Kurang Baik",
    )


def test_weights_and_rounding_to_two_decimals() -> None:
    # Weights 1, 2, 1: (1 x 3.00 + 2 x 3.50 + 1 x 2.50) / 4 = 3.125; x 25 = 78.125, rounded half up 78.13: B.
    found = ikm.compute("dlh", HAND, elements(1, 2, 1))
    assert (found.index, found.mutu, found.mutu_name) == (78.13, "B", "Baik")


def test_an_unanswered_element_is_left_out_and_bad_scores_are_not_counted() -> None:
    # r1 skipped the rest after waktu; r2 answered all. waktu (4 + 4) / 2 = 4.00, perilaku 3.00, hasil 3.00:
    # (4 + 3 + 3) / 3 = 3.3333; x 25 = 83.33: B. A score of 5 and an unknown element are not answers.
    answers = [
        (1, "waktu", 4),
        (2, "waktu", 4),
        (2, "perilaku", 3),
        (2, "hasil", 3),
        (3, "waktu", 5),
        (3, "x", 1),
    ]
    found = ikm.compute("dlh", answers, elements(1, 1, 1))
    assert (found.responses, found.means, found.index, found.mutu) == (
        2,
        {"waktu": 4.0, "perilaku": 3.0, "hasil": 3.0},
        83.33,
        "B",
    )
    assert ikm.compute("dlh", [], elements(1, 1, 1)).index is None


@pytest.mark.parametrize(
    ("index", "letter"),
    [("100.00", "A"), ("88.31", "A"), ("88.30", "B"), ("76.61", "B"), ("76.60", "C"), ("65.00", "C"),
     ("64.99", "D"), ("25.00", "D")],
)  # fmt: skip
def test_mutu_classes_at_their_edges(index: str, letter: str) -> None:
    assert ikm.mutu(Decimal(index))[0] == letter


def test_all_fours_is_100_and_all_ones_is_25() -> None:
    top = [(1, c, 4) for c in ("waktu", "perilaku", "hasil")]
    low = [(1, c, 1) for c in ("waktu", "perilaku", "hasil")]
    assert (
        ikm.compute(None, top, elements(1, 1, 1)).index,
        ikm.compute(None, top, elements(1, 1, 1)).mutu_name,
    ) == (
        100.0,
        "Sangat Baik",
    )
    assert (
        ikm.compute(None, low, elements(1, 1, 1)).index,
        ikm.compute(None, low, elements(1, 1, 1)).mutu,
    ) == (
        25.0,
        "D",
    )


def test_agencies_below_the_minimum_are_shown_but_not_ranked() -> None:
    rows = [("dlh", r, e, s) for r, e, s in HAND]  # 4 responses, 75.00
    rows += [("binamarga", 10 + r, e, 4) for r in range(4) for e in ("waktu", "perilaku", "hasil")]  # 4, 100
    rows += [("dishub", 20, "waktu", 4)]  # 1 response, 100 on one element
    agencies, total = ikm.per_agency(rows, elements(1, 1, 1), min_responses=4)
    assert [(a.agency, a.responses, a.index, a.rank) for a in agencies] == [
        ("binamarga", 4, 100.0, 1),
        ("dlh", 4, 75.0, 2),
        ("dishub", 1, 100.0, None),
    ]
    # All nine responses together: waktu (12 + 16 + 4) / 9, perilaku (14 + 16) / 8, hasil (10 + 16) / 8.
    expected = (Decimal(32) / 9 + Decimal(30) / 8 + Decimal(26) / 8) / 3 * 25  # 87.963 -> 87.96: B
    assert (total.agency, total.responses, total.index, total.mutu) == (
        None,
        9,
        float(expected.quantize(Decimal("0.01"))),
        "B",
    )


def test_periods() -> None:
    q4 = ikm.period("2026-Q4")
    assert q4 == ikm.Period("2026-Q4", datetime(2026, 10, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))
    assert ikm.period_of(datetime(2026, 12, 7, tzinfo=UTC), 3) == q4
    assert ikm.previous(q4, 3).label == "2026-Q3"
    assert ikm.previous(ikm.period_of(datetime(2026, 1, 5, tzinfo=UTC), 1), 1).label == "2025-12"
    assert ikm.period("2026-H1") == ikm.Period(
        "2026-H1", datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 7, 1, tzinfo=UTC)
    )
    assert ikm.period_of(datetime(2026, 5, 1, tzinfo=UTC), 12).label == "2026"
    assert [ikm.period(bad) for bad in ("2026-13", "2026-Q5", "x", "1999", "2026-Q4'--")] == [None] * 5
