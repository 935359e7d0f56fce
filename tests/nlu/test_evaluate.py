"""Tests of the NLU evaluation (nlu/evaluate.py): the scoring functions on small hand-made inputs, the
baselines on a tiny synthetic set, and one run of ``aduan nlu evaluate`` against the real Rasa server.

Every text here is written for the test; none comes from the evaluation corpora.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from aduan import settings
from nlu import evaluate as ev
from nlu.client import Location, NluResult
from nlu.places import DATA_DIR
from tests.conftest import EVAL_FIXTURES

ROOT = Path(__file__).resolve().parents[2]


def pred(intent: str, ranking: tuple[tuple[str, float], ...] = (), **kw: object) -> ev.Prediction:
    return ev.Prediction(intent, ranking, **kw)  # type: ignore[arg-type]


# ------------------------------------------------------------------------------------------ coarse mapping


def test_coarse_mapping_covers_every_category_with_design_labels() -> None:
    assert len(ev.COARSE) == 24
    assert len(ev.REPORT_INTENTS) == 24
    labels = set().union(*ev.COARSE.values())
    assert labels == {
        "Lingkungan",
        "Infrastruktur",
        "Pelayanan Publik",
        "Ketertiban",
        "Pendidikan",
        "Sosial dan Ekonomi",
    }
    assert ev.COARSE["kesehatan"] == {"Pelayanan Publik", "Lingkungan", "Sosial dan Ekonomi"}
    assert ev.COARSE["lainnya"] == {"Sosial dan Ekonomi"}
    assert ev.COARSE["ketenagakerjaan"] == {"Sosial dan Ekonomi", "Pelayanan Publik"}
    assert ev.COARSE["pangan_pertanian"] == {"Sosial dan Ekonomi", "Lingkungan"}
    assert ev.COARSE["perumahan"] == {"Pelayanan Publik", "Sosial dan Ekonomi", "Infrastruktur"}


def test_every_configured_category_is_mapped_and_has_training_data() -> None:
    """The category codes agree everywhere: settings, the evaluation's mapping and the data generator."""
    spec = importlib.util.spec_from_file_location("generate", ROOT / "nlu" / "rasa" / "generate.py")
    assert spec is not None and spec.loader is not None
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    assert tuple(ev.COARSE) == settings.CATEGORY_CODES == tuple(generate.CATEGORIES)
    assert ev.COARSE["kepegawaian"] == {"Pelayanan Publik", "Sosial dan Ekonomi"}
    assert ev.COARSE["umkm_pasar"] == {"Sosial dan Ekonomi", "Pelayanan Publik"}
    assert ev.COARSE["pajak_retribusi"] == {"Pelayanan Publik", "Sosial dan Ekonomi"}


@pytest.mark.parametrize(
    ("category", "label", "hit"),
    [
        ("banjir", "Infrastruktur", True),
        ("banjir", "Lingkungan", True),
        ("banjir", "Ketertiban", False),
        ("pendidikan", "Pendidikan", True),
        ("perhubungan", "Pelayanan Publik", True),
        ("sampah", "Infrastruktur", False),
        (None, "Infrastruktur", False),
        ("unknown", "Infrastruktur", False),
    ],
)
def test_coarse_hit(category: str | None, label: str, hit: bool) -> None:
    assert ev.coarse_hit(category, label) is hit


def test_best_report_category_falls_back_to_the_ranking() -> None:
    ranking = (("greet", 0.6), ("lapor_jalan", 0.3), ("lapor_sampah", 0.1))
    assert pred("greet", ranking).category == "jalan"
    assert pred("greet", ranking).raw_category is None
    assert pred("lapor_sampah", ranking).category == "sampah"
    assert pred("greet", (("greet", 1.0),)).category is None


def test_purbalingga_scores_count_best_and_raw() -> None:
    rows = [
        ev.Complaint("a", "Infrastruktur"),
        ev.Complaint("b", "Pendidikan"),
        ev.Complaint("c", "Ketertiban"),
        ev.Complaint("d", "Lingkungan"),
    ]
    preds = [
        pred("lapor_jalan"),  # hit, raw hit
        pred("out_of_scope", (("out_of_scope", 0.7), ("lapor_pendidikan", 0.2))),  # hit, raw miss
        pred("lapor_sampah"),  # miss
        pred("greet", (("greet", 0.9),)),  # miss: no report in ranking
    ]
    scores = ev.score_purbalingga(rows, preds)
    assert scores["coarse_accuracy"] == ev.Measure(0.5, 4)
    assert scores["coarse_accuracy_raw"] == ev.Measure(0.25, 4)


# ------------------------------------------------------------------------------------------ spans


def test_span_scores_exact_match_pooled() -> None:
    gold = [["kel. cawang"], ["jl. melati", "tebet"], []]
    found = [["kel. cawang"], ["jl. melati raya"], ["senen"]]
    s = ev.span_scores(gold, found)
    assert (s["gold"], s["predicted"], s["matched"]) == (3, 3, 1)
    assert s["precision"] == pytest.approx(1 / 3)
    assert s["recall"] == pytest.approx(1 / 3)
    assert s["f1"] == pytest.approx(1 / 3)


def test_span_scores_counts_repeats_once_each() -> None:
    s = ev.span_scores([["tebet", "tebet"]], [["tebet"]])
    assert (s["precision"], s["recall"]) == (1.0, 0.5)
    assert s["f1"] == pytest.approx(2 / 3)


def test_span_scores_nothing_to_find() -> None:
    assert ev.span_scores([[]], [[]])["f1"] == 1.0
    assert ev.span_scores([["tebet"]], [[]])["f1"] == 0.0


def test_strip_markup() -> None:
    text, spans = ev.strip_markup(
        'lampu mati di [kel. cawang](location) dan [x]{"entity": "landmark"} [y](location:pusat)'
    )
    assert text == "lampu mati di kel. cawang dan x y"
    assert spans == [("location", "kel. cawang"), ("landmark", "x"), ("location", "y")]


def test_load_rasa_examples(tmp_path: Path) -> None:
    path = tmp_path / "nlu.yml"
    path.write_text(
        'version: "3.1"\nnlu:\n- intent: lapor_jalan\n  examples: |\n'
        "    - jalan   bolong di [Kel.  Cawang](location)\n    - aspal rusak\n"
        "- lookup: location\n  examples: |\n    - tebet\n",
        encoding="utf-8",
    )
    assert ev.load_rasa_examples([path]) == [
        ev.Example("jalan bolong di Kel. Cawang", "lapor_jalan", ("Kel. Cawang",)),
        ev.Example("aspal rusak", "lapor_jalan", ()),
    ]


# ------------------------------------------------------------------------------------------ places


def test_named_precision_counts_only_named() -> None:
    assert ev.named_precision(["a", None, "b", "c", None], ["a", "x", "x", "c", "y"]) == (2, 3)
    assert ev.named_precision([None], ["a"]) == (0, 0)


@pytest.mark.parametrize(
    ("name", "text", "named"),
    [
        ("Pejaten Timur", "air naik di kel. pejaten  timur sejak pagi", True),
        ("Pejaten Timur", "PEJATEN TIMUR, banjir", True),
        ("Pejaten Timur", "banjir di pejaten", False),
        ("Tebet", "banjir di tebetbarat", False),
        ("Tebet", "banjir di Tebet.", True),
        ("", "apa saja", False),
    ],
)
def test_names_own(name: str, text: str, named: bool) -> None:
    assert ev.names_own(name, text) is named


def test_parent_code_and_hashtags() -> None:
    assert ev.parent_code("31.74.04.1005", 3) == "31.74.04"
    assert ev.parent_code("31.74.04.1005", 2) == "31.74"
    assert ev.strip_hashtags("#genangan : air  naik #hujan") == ": air naik"
    assert ev.has_words("#genangan : air naik") is True
    assert ev.has_words("#genangan #hujan 30 :)") is False


def test_score_petabencana_on_hand_made_rows() -> None:
    def row(text: str, kel: str, kel_name: str, kec_name: str) -> ev.FloodReport:
        return ev.FloodReport(
            text, -6.2, 106.8, kel, ev.parent_code(kel, 3), ev.parent_code(kel, 2), kel_name, kec_name
        )

    rows = [
        row("air naik di kel. alpha", "31.74.01.1001", "Alpha", "Gamma"),
        row("#genangan", "31.74.01.1002", "Beta", "Gamma"),
        row("banjir di kecamatan gamma", "31.74.01.1003", "Delta", "Gamma"),
        row("banjir lagi", "31.74.02.1001", "Epsilon", "Zeta"),
    ]
    preds = [
        pred("lapor_banjir", kelurahan="31.74.01.1001", kecamatan="31.74.01"),
        pred("lapor_banjir", kelurahan="31.74.01.1009", kecamatan="31.74.01"),
        pred("greet", (("greet", 0.5), ("lapor_saluran_air", 0.4)), kecamatan="31.74.01"),
        pred("lapor_jalan"),
    ]
    points = ["31.74.01.1001", "31.74.01.1002", "31.74.01.1003", "31.74.02.1009"]
    words_only = [pred("lapor_jalan"), pred("lapor_banjir"), pred("greet")]  # the three rows with words
    s = ev.score_petabencana(rows, preds, points, words_only)
    assert s["kelurahan_named_own"] == ev.Measure(1.0, 1)
    assert s["kecamatan_named_own"] == ev.Measure(1.0, 1)
    assert s["kelurahan_from_text"] == ev.Measure(0.25, 4)
    assert s["kecamatan_from_text"] == ev.Measure(0.75, 4)
    assert s["kelurahan_precision"] == ev.Measure(0.5, 2)
    assert s["kecamatan_precision"] == ev.Measure(1.0, 3)  # every kecamatan answered is the map point's
    assert s["kelurahan_named_offered"] == ev.Measure(1.0, 1)
    assert s["category_flood"] == ev.Measure(2 / 3, 3)
    assert s["category_flood_raw"] == ev.Measure(1 / 3, 3)
    assert s["category_flood_words"] == ev.Measure(1 / 3, 3)
    assert s["point_kelurahan"] == ev.Measure(0.75, 4)
    assert "category_flood_words" not in ev.score_petabencana(rows, preds, points)
    with pytest.raises(ValueError):  # one words-only reading per row with words, no more, no fewer
        ev.score_petabencana(rows, preds, points, words_only[:2])


# ------------------------------------------------------------------------------------------ classification


def test_a_kelurahan_among_the_offered_candidates_counts_as_offered_not_as_answered() -> None:
    rows = [
        ev.FloodReport("banjir di alpha", -6.2, 106.8, "31.74.01.1001", "31.74.01", "31.74", "Alpha", "G")
    ]
    preds = [pred("lapor_banjir", kecamatan="31.74.01", candidates=("31.74.01.1002", "31.74.01.1001"))]
    s = ev.score_petabencana(rows, preds, ["31.74.01.1001"])
    assert s["kelurahan_named_offered"] == ev.Measure(1.0, 1)
    assert s["kelurahan_named_own"] == ev.Measure(0.0, 1)


def test_per_label_scores_macro_f1_and_confusion() -> None:
    gold = ["lapor_a", "lapor_a", "lapor_b", "greet"]
    found = ["lapor_a", "lapor_b", "lapor_b", "lapor_a"]
    scores = ev.per_label_scores(gold, found, ["lapor_a", "lapor_b", "lapor_c"])
    assert scores["lapor_a"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "support": 2}
    assert scores["lapor_b"]["precision"] == 0.5
    assert scores["lapor_b"]["recall"] == 1.0
    assert scores["lapor_b"]["f1"] == pytest.approx(2 / 3)
    assert scores["lapor_c"]["support"] == 0
    assert ev.macro_f1(scores) == pytest.approx((0.5 + 2 / 3) / 2)  # labels without gold items left out
    assert ev.confusion(gold, found, ["lapor_a", "lapor_b", "greet"]) == [[1, 1, 0], [0, 1, 0], [1, 0, 0]]


def test_score_own() -> None:
    examples = [ev.Example("x", "lapor_sampah", ("tebet",)), ev.Example("y", "greet", ())]
    preds = [pred("lapor_sampah", spans=("tebet",)), pred("lapor_jalan")]
    s = ev.score_own(examples, preds)
    assert s["intent_accuracy"] == ev.Measure(0.5, 2)
    # sampah: P=1 R=1 F1=1; jalan has no gold items -> not in the mean
    assert s["category_macro_f1"] == ev.Measure(1.0, 1)
    assert s["location_span_f1"] == ev.Measure(1.0, 1)


def test_from_result_skips_fallback_and_merges_spans() -> None:
    text = "got mampet di gg. mawar kel. cawang"
    entities = (
        {"entity": "location", "start": 14, "end": 23},
        {"entity": "location", "start": 24, "end": 35},
    )
    result = NluResult(
        text=text,
        intent="nlu_fallback",
        category=None,
        confidence=0.3,
        location=Location("kel. cawang", "31.75.08.1001", "31.75.08", "31.75"),
        ranking=(("lapor_saluran_air", 0.25), ("lapor_banjir", 0.2)),
        entities=entities,
    )
    p = ev.from_result(result)
    assert p.intent == "lapor_saluran_air"
    assert p.spans == ("gg. mawar kel. cawang",)
    assert (p.kelurahan, p.kecamatan) == ("31.75.08.1001", "31.75.08")
    assert p.fallback and p.asks  # the citizen gets the category buttons


def test_a_report_under_the_threshold_asks_and_one_over_it_does_not() -> None:
    def reading(confidence: float) -> NluResult:
        return NluResult(
            text="jalan rusak", intent="lapor_jalan", category="jalan", confidence=confidence,
            location=Location("", None, None, None), ranking=(("lapor_jalan", confidence),),
        )  # fmt: skip

    assert ev.from_result(reading(0.15)).asks
    assert not ev.from_result(reading(0.30)).asks
    assert not ev.from_result(reading(0.15), threshold=0.1).asks


def test_the_evaluation_defaults_are_the_shipped_configuration() -> None:
    cfg = settings.load()
    assert (
        cfg.nlu.confidence_threshold,
        cfg.nlu.ambiguity_margin,
    ) == (ev.DEFAULT_THRESHOLD, ev.DEFAULT_MARGIN)


def test_calibration_counts_asked_and_answered_per_rule() -> None:
    def pair(gold: str, ranking: tuple[tuple[str, float], ...]) -> tuple[ev.Example, ev.Prediction]:
        return ev.Example("x", gold, ()), ev.Prediction(intent=ranking[0][0], ranking=ranking)

    reports = [
        pair("lapor_jalan", (("lapor_jalan", 0.9), ("lapor_banjir", 0.05))),  # sure and right
        pair("lapor_banjir", (("lapor_jalan", 0.32), ("lapor_banjir", 0.29), ("greet", 0.2))),  # close, wrong
        pair("lapor_sampah", (("lapor_pohon", 0.25), ("thanks", 0.2), ("lapor_sampah", 0.05))),  # low, wrong
        pair("lapor_pohon", (("greet", 0.6), ("lapor_pohon", 0.4))),  # no report on top: always asks
    ]
    rows = {(r["rule"], r["threshold"], r["margin"]): r for r in ev.calibration(reports)}
    assert len(rows) == len(ev.CALIBRATION_RULES) * len(ev.CALIBRATION_THRESHOLDS) * len(
        ev.CALIBRATION_MARGINS
    )
    loose = rows[("confidence", 0.0, 0.0)]
    assert (loose["asked"], loose["answered"], loose["answered_right"]) == (0.25, 3, 0.3333)
    assert (rows[("confidence", 0.0, 0.05)]["asked"], rows[("confidence", 0.0, 0.05)]["answered"]) == (0.5, 2)
    strict = rows[("confidence", 0.3, 0.05)]  # the wrong reading (0.25) is asked now
    assert (strict["asked"], strict["answered_right"]) == (0.75, 1.0)
    share = rows[("share", 0.6, 0.0)]  # 0.25 is 0.83 of the category mass; 0.32 is 0.52
    assert (share["asked"], share["answered"]) == (0.5, 2)
    assert any("fewest buttons" in line for line in ev.format_calibration(list(rows.values())))
    fallback = ev.Prediction(intent="lapor_jalan", ranking=(("lapor_jalan", 0.9),), fallback=True)
    assert ev.asks_by_rule(fallback, "confidence", 0.0, 0.0)  # Rasa's own fallback: the router asks


def test_two_close_categories_ask_as_the_router_does() -> None:
    ranking = (("lapor_jalan", 0.50), ("lapor_saluran_air", 0.45), ("greet", 0.05))
    result = NluResult(
        text="jalan rusak dan got mampet", intent="lapor_jalan", category="jalan", confidence=0.50,
        location=Location("", None, None, None), ranking=ranking,
    )  # fmt: skip
    assert ev.from_result(result).asks  # 0.05 apart: both are offered
    assert not ev.from_result(result, margin=0.04).asks


def test_conversation_accuracy_counts_thanks_cancel_and_out_of_scope_only() -> None:
    examples = [
        ev.Example("makasih", "thanks", ()),
        ev.Example("batal", "cancel", ()),
        ev.Example("jual tanah", "out_of_scope", ()),
        ev.Example("halo", "greet", ()),
    ]
    preds = [pred("thanks"), pred("cancel", fallback=True), pred("lapor_lainnya"), pred("thanks")]
    s = ev.score_own(examples, preds)
    assert s["conversation_accuracy"] == ev.Measure(1 / 3, 3)  # a fallback is not read right
    assert s["conversation_thanks"] == ev.Measure(1.0, 1)
    assert s["conversation_cancel"] == ev.Measure(0.0, 1)
    assert s["conversation_out_of_scope"] == ev.Measure(0.0, 1)


def test_subsample_spreads_evenly() -> None:
    assert ev.subsample(list(range(10)), 3) == [0, 3, 6]
    assert ev.subsample([1, 2], 5) == [1, 2]
    assert ev.subsample([1, 2], None) == [1, 2]
    assert ev.subsample([1, 2], 0) == []


# ------------------------------------------------------------------------------------------ baselines


def test_text_baseline_trains_and_predicts() -> None:
    texts = [
        "sampah numpuk di gang",
        "sampah belum diangkut",
        "tong sampah penuh bau",
        "jalan berlubang besar",
        "aspal jalan rusak parah",
        "jalan retak dan bolong",
        "halo selamat pagi",
        "hai min pagi",
    ]
    intents = ["lapor_sampah"] * 3 + ["lapor_jalan"] * 3 + ["greet"] * 2
    model = ev.TextBaseline().fit(texts, intents)
    ranked = model.rank(["sampahnya numpuk", "jalannya bolong", "pagi min"])
    assert [r[0][0] for r in ranked] == ["lapor_sampah", "lapor_jalan", "greet"]
    assert all(sum(p for _, p in r) == pytest.approx(1.0) for r in ranked)
    assert model.rank([]) == []


def test_name_matcher_longest_exact_name() -> None:
    matcher = ev.NameMatcher(
        {
            "cawang": ("31.75.08.1001", "31.75.08"),
            "kramat jati": (None, "31.75.08"),
            "pejaten timur": ("31.74.04.1005", "31.74.04"),
        }
    )
    found = matcher.find("banjir di Cawang, kramat   jati; pejaten timurnya tidak")
    assert [(m.text, m.kelurahan, m.kecamatan) for m in found] == [
        ("Cawang", "31.75.08.1001", "31.75.08"),
        ("kramat   jati", None, "31.75.08"),
    ]
    best = matcher.best("banjir di Cawang, kramat jati")
    assert best is not None and best.kecamatan == "31.75.08" and best.kelurahan is None
    assert matcher.best("tidak ada nama") is None


def test_name_reading_prefers_a_unique_kelurahan() -> None:
    kel = {"level": "kelurahan", "kode_kemendagri": "31.71.06.1001", "kecamatan_kode": "31.71.06"}
    kec = {"level": "kecamatan", "kode_kemendagri": "31.71.06", "kecamatan_kode": ""}
    other = {"level": "kelurahan", "kode_kemendagri": "31.72.01.1001", "kecamatan_kode": "31.72.01"}
    assert ev._name_reading([kel, kec]) == ("31.71.06.1001", "31.71.06")
    assert ev._name_reading([kec]) == (None, "31.71.06")
    assert ev._name_reading([kel, other]) == (None, None)


def test_place_baselines_on_the_gazetteer() -> None:
    matcher = ev.NameMatcher.load(DATA_DIR / ev.WILAYAH_FILE)
    best = matcher.best("lampu mati di pejaten timur")
    assert best is not None and best.kelurahan == "31.74.04.1005"
    locator = ev.CentroidLocator.load(DATA_DIR / ev.WILAYAH_FILE)
    assert len(locator.centroids) == 267
    kode, lat, lng = locator.centroids[100]
    assert locator.locate(lat, lng) == kode


def test_baseline_predict_combines_text_and_places() -> None:
    model = ev.TextBaseline().fit(
        ["sampah numpuk", "sampah bau", "jalan bolong", "jalan rusak"],
        ["lapor_sampah", "lapor_sampah", "lapor_jalan", "lapor_jalan"],
    )
    base = ev.Baseline(
        model, ev.NameMatcher({"cawang": ("31.75.08.1001", "31.75.08")}), ev.CentroidLocator([])
    )
    (p,) = base.predict(["sampah numpuk di  Cawang"])
    assert (p.intent, p.spans, p.kelurahan, p.kecamatan) == (
        "lapor_sampah",
        ("Cawang",),
        "31.75.08.1001",
        "31.75.08",
    )
    assert base.points.locate(-6.2, 106.8) is None


# ------------------------------------------------------------------------------------------ the command


@pytest.mark.rasa
def test_evaluate_command_on_own_corpus(
    rasa: tuple[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from aduan import cli

    url, token = rasa
    monkeypatch.setenv("ADUAN_NLU__URL", url)
    monkeypatch.setenv("ADUAN_NLU__TOKEN", token)
    assert cli.main(["nlu", "evaluate", "--corpus", "own", "--out", str(tmp_path), "--limit", "40"]) == 0
    report = json.loads((tmp_path / "nlu_evaluation.json").read_text(encoding="utf-8"))
    own = report["corpora"]["own"]
    assert set(report["corpora"]) == {"own"}
    assert own["n"] == 40
    assert {"intent_accuracy", "category_macro_f1", "location_span_f1"} <= set(own["figures"])
    for key, fig in own["figures"].items():
        assert 0.0 <= fig["value"] <= 1.0
        if key in {"fallback_share", "answered_right"}:
            assert fig["baseline"] is None  # the baseline never asks for the category
        else:
            assert 0.0 <= fig["baseline"] <= 1.0
    assert set(own["per_category"]["aduan"]) == set(ev.REPORT_INTENTS)
    labels = own["confusion"]["labels"]
    assert len(own["confusion"]["aduan"]) == len(labels)
    assert sum(map(sum, own["confusion"]["aduan"])) == 40
    assert all(Path(p).exists() for p in report["charts"])
    rules = {(r["rule"], r["threshold"], r["margin"]) for r in own["calibration"]}
    assert ("confidence", ev.DEFAULT_THRESHOLD, ev.DEFAULT_MARGIN) in rules
    shipped = next(
        r for r in own["calibration"]
        if (r["rule"], r["threshold"], r["margin"]) == ("confidence", ev.DEFAULT_THRESHOLD, ev.DEFAULT_MARGIN)
    )  # fmt: skip
    assert (
        shipped["asked"] == own["figures"]["fallback_share"]["value"]
    )  # the table mirrors the router's rule
    out = capsys.readouterr().out
    assert "category macro-F1" in out and "ask-or-answer rules" in out


@pytest.mark.rasa
def test_evaluate_command_on_petabencana_reads_texts_as_sent_and_words_alone(
    rasa: tuple[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from aduan import cli

    url, token = rasa
    monkeypatch.setenv("ADUAN_NLU__URL", url)
    monkeypatch.setenv("ADUAN_NLU__TOKEN", token)
    args = [
        "nlu",
        "evaluate",
        "--corpus",
        "petabencana",
        "--data",
        str(EVAL_FIXTURES),
        "--out",
        str(tmp_path),
    ]
    assert cli.main(args) == 0
    report = json.loads((tmp_path / "nlu_evaluation.json").read_text(encoding="utf-8"))
    figures = report["corpora"]["petabencana"]["figures"]
    rows = ev.load_petabencana(EVAL_FIXTURES / ev.PETABENCANA_FILE)
    worded = sum(ev.has_words(r.text) for r in rows)
    assert figures["category_flood"]["n"] == figures["category_flood_words"]["n"] == worded
    assert figures["category_flood"]["target"] == 0.90 and figures["category_flood_words"]["target"] is None
    assert figures["point_kelurahan"]["n"] == len(rows) == 11
