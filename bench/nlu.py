"""Benchmark of the NLU through ``nlu/client.py``: Rasa + the place resolver, over HTTP.

Prints, with the machine's core count:

* throughput (messages/s) of ``NluClient.parse_many`` with keep-alive connections and 4 requests in flight,
  over ~1,000 varied synthetic messages generated here (templates x gazetteer names; no evaluation data);
* the same messages sent straight to Rasa's ``POST /model/parse`` (bare Rasa: no cleaning, no place
  resolver) with the same connections and concurrency, alternating with the client's runs in the order bare,
  client, client, bare, ... (``--rounds``), and the ratio client/bare: on a shared machine the ratio, measured
  in one run, is the figure to compare;
* p50/p95 latency of single sequential requests;
* with ``--train``: the time of a full training (``nlu.train.train(..., force=True)``) into a temp folder.

Rasa: the configured ``nlu.url`` when it answers, else a local server started for the run (as ``aduan nlu
parse`` does). Figures are printed; nothing passes or fails on time.

Usage: python bench/nlu.py [--n 1000] [--concurrency 4] [--rounds 2] [--sequential 200] [--train]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from aduan import settings  # noqa: E402
from nlu.client import NluClient  # noqa: E402
from nlu.places import Gazetteer  # noqa: E402

PROBLEMS = (
    "lampu jalan mati",
    "sampah numpuk belum diangkut",
    "jalan berlubang gede",
    "got mampet bau banget",
    "banjir setinggi lutut",
    "pohon tumbang nutup jalan",
    "parkir liar bikin macet",
    "lampu merah mati",
    "air PAM ga ngalir",
    "pedagang kaki lima nutup trotoar",
    "kabel listrik menjuntai",
    "bangunan tanpa izin",
    "kali penuh sampah",
    "halte transjakarta rusak",
    "anak jalanan minta2 di lampu merah",
    "pungli di kantor kelurahan",
    "ktp elektronik belum jadi",
    "fogging belum dilakukan padahal ada DBD",
)
TEMPLATES = (
    "{problem} di {place}",
    "min, {problem} di kel. {place} udah 3 hari",
    "Selamat pagi, saya mau melaporkan {problem} di daerah {place}. Mohon segera ditindaklanjuti, "
    "terima kasih.",
    "{problem}!!! lokasi {place}",
    "tolong pak {problem} dekat {place}, warga resah",
    "{place}: {problem}",
    "{problem}",
    "halo",
    "makasih ya min",
    "gimana status laporan saya ADU-000{num}?",
    "Kepada Yth. Bapak/Ibu, dengan hormat kami warga RT 0{num} sampaikan bahwa {problem} di wilayah {place} "
    "sudah berlangsung lama dan mengganggu aktivitas warga sehari-hari. Atas perhatiannya kami ucapkan "
    "terima kasih.",
)


def synthetic_messages(gaz: Gazetteer, n: int, seed: int = 13) -> list[str]:
    """Varied chat messages: templates x problems x gazetteer names, some lower-cased or with a typo."""
    rng = random.Random(seed)
    names = gaz.names()
    pool = names["kelurahan"] + names["kecamatan"] + rng.sample(names["landmark"], 200)
    out = []
    for _ in range(n):
        text = rng.choice(TEMPLATES).format(
            problem=rng.choice(PROBLEMS), place=rng.choice(pool), num=rng.randrange(1, 10)
        )
        if rng.random() < 0.3:
            text = text.lower()
        if rng.random() < 0.15 and len(text) > 10:
            pos = rng.randrange(len(text))
            text = text[:pos] + text[pos + 1 :]
        out.append(text)
    return out


def cores() -> str:
    """The machine's core count, and the cores this process may use when fewer."""
    total = os.cpu_count() or 0
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else total
    return f"{total} cores" + (f" ({usable} usable)" if usable != total else "")


def bench_throughput(client: NluClient, texts: list[str], concurrency: int) -> float:
    """Messages per second through ``parse_many`` with ``concurrency`` requests in flight."""
    client.parse_many(texts[:20], concurrency=concurrency)  # warm-up: connections, Rasa's first calls
    started = time.perf_counter()
    results = client.parse_many(texts, concurrency=concurrency)
    elapsed = time.perf_counter() - started
    placed = sum(1 for r in results if r.location.resolved)
    reports = sum(1 for r in results if r.category)
    print(
        f"throughput: {len(texts) / elapsed:.1f} msg/s ({len(texts)} messages, {concurrency} in flight, "
        f"keep-alive; {reports} read as reports, {placed} with a resolved place)"
    )
    return len(texts) / elapsed


def bench_bare(url: str, token: str, texts: list[str], concurrency: int) -> float:
    """Messages per second sent straight to Rasa's ``POST /model/parse``, as the client sends them."""
    limits = httpx.Limits(max_keepalive_connections=8, max_connections=16)
    with httpx.Client(base_url=url, timeout=30, limits=limits) as http:

        def parse(text: str) -> None:
            http.post("/model/parse", params={"token": token}, json={"text": text}).raise_for_status()

        with ThreadPoolExecutor(max_workers=concurrency) as pool:
            list(pool.map(parse, texts[:20]))  # the same warm-up as the client's run
            started = time.perf_counter()
            list(pool.map(parse, texts))
            elapsed = time.perf_counter() - started
    print(
        f"bare Rasa: {len(texts) / elapsed:.1f} msg/s "
        f"(POST /model/parse, {concurrency} in flight, keep-alive)"
    )
    return len(texts) / elapsed


def bench_latency(client: NluClient, texts: list[str]) -> None:
    """p50/p95 latency of single requests sent one after the other."""
    times = []
    for text in texts:
        started = time.perf_counter()
        client.parse(text)
        times.append(1000 * (time.perf_counter() - started))
    q = statistics.quantiles(times, n=20)
    print(
        f"latency (sequential, {len(texts)} requests): p50 {statistics.median(times):.1f} ms, "
        f"p95 {q[18]:.1f} ms, max {max(times):.1f} ms"
    )


def bench_train(cfg: settings.Config) -> None:
    """Times a full training (cache bypassed) into a temporary model folder."""
    from nlu import train

    with tempfile.TemporaryDirectory(prefix="aduan-bench-") as tmp:
        started = time.perf_counter()
        model = train.train(
            venv=settings.resolve_path(cfg.nlu.rasa_venv),
            model_dir=Path(tmp) / "models",
            gazetteer_dir=settings.gazetteer_dir(cfg.nlu.data_dir),
            build_dir=Path(tmp) / "build",
            force=True,
        )
        elapsed = time.perf_counter() - started
        size = model.stat().st_size / 1e6
    examples = sum(f.read_text(encoding="utf-8").count("\n    - ") for f in train.data_files())
    print(f"training: {elapsed:.0f} s for a full train ({examples} examples, model {size:.1f} MB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="messages for the throughput run")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=2, help="alternating bare-Rasa and client runs")
    parser.add_argument("--sequential", type=int, default=200, help="requests for the latency run")
    parser.add_argument("--train", action="store_true", help="also time a full training")
    args = parser.parse_args()

    from aduan import cli

    cfg = settings.load()
    gaz = Gazetteer.load(settings.gazetteer_dir(cfg.nlu.data_dir))
    texts = synthetic_messages(gaz, args.n)
    print(f"NLU benchmark on {cores()}")
    with cli.nlu_service(cfg) as (url, token):
        client = NluClient(url, token, timeout=30, places=gaz)
        print(f"model: {client.status().get('model_file')}")
        bare, through = [], []
        for n in range(
            args.rounds
        ):  # bare, client, client, bare, ...: a drift in the machine's load hits both
            if n % 2 == 0:
                bare.append(bench_bare(url, token, texts, args.concurrency))
                through.append(bench_throughput(client, texts, args.concurrency))
            else:
                through.append(bench_throughput(client, texts, args.concurrency))
                bare.append(bench_bare(url, token, texts, args.concurrency))
        print(
            f"ratio client/bare: {sum(through) / sum(bare):.2f} "
            f"(total over {args.rounds} alternating rounds; per round "
            + ", ".join(f"{t / b:.2f}" for t, b in zip(through, bare, strict=True))
            + ")"
        )
        bench_latency(client, texts[: args.sequential])
        client.close()
    if args.train:
        bench_train(cfg)


if __name__ == "__main__":
    main()
