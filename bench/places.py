"""Benchmark of the place resolver (nlu/places.py).

Prints the gazetteer load time, resolve() throughput on a synthetic set of messages, locate() throughput on
random points and, when the PetaBencana evaluation file is present, accuracy figures on it:

* point -> kelurahan accuracy over the rows whose point lies in DKI Jakarta;
* from the text alone: kelurahan accuracy, kecamatan accuracy, precision of the kelurahan it names, and
  precision of the kecamatan it names.

The evaluation file is read, never copied: nothing in the resolver is tuned to it.

Usage: python bench/places.py [--eval-data DIR] [--n 3000]
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from nlu.places import DATA_DIR, Gazetteer, Place, normalize  # noqa: E402

TEMPLATES = (
    "lampu jalan mati di {p} sudah 3 hari",
    "banjir setinggi lutut di kel. {p}, mohon dibantu",
    "sampah menumpuk dekat halte {p}",
    "jalan berlubang di {p} jaksel bahaya buat motor",
    "tolong pak, got mampet depan rumah di daerah {p}",
    "parkir liar di {p} bikin macet tiap sore",
    "pohon tumbang di jl. {p} raya",
    "saya tinggal di bekasi tapi kantor saya di {p}, trotoar rusak",
    "{p}",
    "air PAM mati dari pagi, tolong dicek",
)


def synthetic_texts(gaz: Gazetteer, n: int, seed: int = 7) -> list[str]:
    """Messages built from templates and the gazetteer's own names, with a few typos."""
    rng = random.Random(seed)
    names = gaz.names()
    pool = names["kelurahan"] + names["kecamatan"] + rng.sample(names["landmark"], 300)
    texts = []
    for _ in range(n):
        place = rng.choice(pool)
        if rng.random() < 0.2 and len(place) > 6:
            pos = rng.randrange(len(place))
            place = place[:pos] + place[pos + 1 :]
        texts.append(rng.choice(TEMPLATES).format(p=place))
    return texts


def bench_load(data_dir: Path) -> Gazetteer:
    started = time.perf_counter()
    gaz = Gazetteer.load(data_dir)
    print(f"load: {time.perf_counter() - started:.3f} s (first load in this process)")
    return gaz


def bench_resolve(gaz: Gazetteer, n: int) -> None:
    texts = synthetic_texts(gaz, n)
    started = time.perf_counter()
    found = sum(1 for t in texts if gaz.resolve(t) is not None)
    elapsed = time.perf_counter() - started
    print(f"resolve: {n / elapsed:,.0f} texts/s ({n} synthetic texts, {found} with a place)")
    long_text = " ".join(texts)[:5000]
    started = time.perf_counter()
    gaz.resolve(long_text)
    print(f"resolve: 5,000-char message in {1000 * (time.perf_counter() - started):.1f} ms")


def bench_locate(gaz: Gazetteer, n: int) -> None:
    rng = random.Random(11)
    points = [(rng.uniform(-6.37, -6.08), rng.uniform(106.68, 106.98)) for _ in range(n)]
    started = time.perf_counter()
    inside = sum(1 for lat, lng in points if not gaz.locate(lat, lng).outside)
    elapsed = time.perf_counter() - started
    print(f"locate: {n / elapsed:,.0f} points/s ({n} random points in the Jakarta box, {inside} in Jakarta)")


def _ratio(hits: int, total: int) -> str:
    return f"{hits / total:.3f} ({hits}/{total})" if total else "n/a"


def evaluate(gaz: Gazetteer, path: Path, wilayah: Path) -> None:
    with path.open(newline="", encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["in_dki"] == "True" and r["kode_kemendagri"]]
    point_hits = sum(
        1 for r in rows if gaz.locate(float(r["lat"]), float(r["lon"])).kelurahan == r["kode_kemendagri"]
    )
    print(f"\nPetaBencana 2017 ({path.name}), {len(rows)} rows in DKI")
    print(f"point -> kelurahan accuracy: {_ratio(point_hits, len(rows))}")
    places = [(gaz.resolve(r["text"]), r["kode_kemendagri"]) for r in rows]
    _text_figures(gaz, places)
    _self_named_figures(gaz, wilayah, [r["text"] for r in rows], places)


def _text_figures(gaz: Gazetteer, places: list[tuple[Place | None, str]]) -> None:
    def gold_kec(code: str) -> str | None:
        return gaz.unit(code).kecamatan

    kel_hits = sum(1 for p, gold in places if p and p.kelurahan == gold)
    kec_hits = sum(1 for p, gold in places if p and p.kecamatan == gold_kec(gold))
    named_kel = [(p, gold) for p, gold in places if p and p.kelurahan]
    named_kec = [(p, gold) for p, gold in places if p and p.kecamatan]
    outside = sum(1 for p, _ in places if p and p.outside)
    any_place = sum(1 for p, _ in places if p)
    total = len(places)
    print(f"text: any place found: {_ratio(any_place, total)}; said outside: {outside}")
    print(f"text: kelurahan accuracy: {_ratio(kel_hits, total)}")
    print(f"text: kecamatan accuracy: {_ratio(kec_hits, total)}")
    kel_precise = sum(p.kelurahan == g for p, g in named_kel)
    print(f"text: precision of named kelurahan: {_ratio(kel_precise, len(named_kel))}")
    by_source: dict[str, list[int]] = {}
    for p, g in named_kel:
        tally = by_source.setdefault(p.source, [0, 0, 0])
        tally[0 if p.kelurahan == g else 1 if p.kecamatan == gold_kec(g) else 2] += 1
    print(
        "text: named kelurahan by source [right, wrong in right kecamatan, wrong kecamatan]: "
        + ", ".join(f"{src} {t}" for src, t in sorted(by_source.items()))
    )
    print(
        f"text: precision of named kecamatan: "
        f"{_ratio(sum(p.kecamatan == gold_kec(g) for p, g in named_kec), len(named_kec))}"
    )


def _kel_forms(wilayah: Path) -> dict[str, list[tuple[str, ...]]]:
    """Normalised spellings of every kelurahan name (nama, nama_bps), by code."""
    forms: dict[str, list[tuple[str, ...]]] = {}
    with wilayah.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["level"] == "kelurahan":
                for name in {row["nama"], row["nama_bps"]} - {""}:
                    forms.setdefault(row["kode_kemendagri"], []).append(tuple(normalize(name).split()))
    return forms


def _contains(words: list[str], form: tuple[str, ...]) -> int:
    n = len(form)
    return next((i for i in range(len(words) - n + 1) if tuple(words[i : i + n]) == form), -1)


def _self_named_figures(
    gaz: Gazetteer, wilayah: Path, texts: list[str], places: list[tuple[Place | None, str]]
) -> None:
    """Figures over the texts that spell their own kelurahan's name (aggregate only, nothing printed per row).

    Baseline: the longest exact kelurahan name in the text (ties: the leftmost), with no other rule.
    """
    forms = _kel_forms(wilayah)
    all_forms = [(f, code) for code, fs in forms.items() for f in fs]
    subset = hits = baseline = none = kec_only = wrong = amb = offered = 0
    for text, (place, gold) in zip(texts, places, strict=True):
        words = normalize(text).split()
        if not any(_contains(words, f) >= 0 for f in forms.get(gold, [])):
            continue
        subset += 1
        found = [(len(f), -_contains(words, f), code) for f, code in all_forms if _contains(words, f) >= 0]
        if found and max(found)[2] == gold:
            baseline += 1
        offered += place is not None and any(c.kelurahan == gold for c in place.candidates)
        if place is None:
            none += 1
        elif place.kelurahan == gold:
            hits += 1
        elif place.kelurahan is None and place.kecamatan == gaz.unit(gold).kecamatan:
            kec_only += 1
        elif place.kelurahan is None:
            amb += 1
        else:
            wrong += 1
    print(
        f"self-named texts: {subset}; kelurahan right: {_ratio(hits, subset)}; "
        f"answered or offered: {_ratio(hits + offered, subset)}; "
        f"longest-exact baseline: {_ratio(baseline, subset)}"
    )
    print(
        f"self-named misses: none {none}, right kecamatan only {kec_only}, other kel-less {amb}, "
        f"wrong kelurahan {wrong}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--eval-data",
        type=Path,
        default=None,
        help="the evaluation corpora's folder (petabencana-2017/ inside)",
    )
    parser.add_argument("--n", type=int, default=3000)
    args = parser.parse_args()
    gaz = bench_load(DATA_DIR)
    bench_resolve(gaz, args.n)
    bench_locate(gaz, args.n * 3)
    if args.eval_data is None:
        print("\n(no --eval-data: the PetaBencana map points are not timed)")
        return
    evaluate(
        gaz,
        args.eval_data / "petabencana-2017" / "reports_with_kelurahan.csv",
        DATA_DIR / "dki_jakarta_wilayah.csv",
    )


if __name__ == "__main__":
    main()
