"""Training the Rasa model, cached on a fingerprint of everything that shapes it.

The fingerprint covers the pipeline (``nlu/rasa/config.yml``), the training data, the
custom components, and the gazetteer files the ``location`` lookup table is made from.
An unchanged fingerprint means an unchanged model: ``train`` returns the cached archive.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import re
import shutil
import subprocess
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from aduan.errors import NluUnavailable
from nlu.server import RASA_DIR, WORK_DIR, rasa_env, rasa_executable

log = logging.getLogger("aduan.nlu.train")
FORMAT_VERSION = "2"  # bump to force retraining when the way data is assembled changes
SPAN_NAMES_FILE = "rasa-span-names.txt"  # beside the build folder, so Rasa does not read it as training data


def data_files() -> list[Path]:
    """The training data files, in a stable order."""
    return sorted((RASA_DIR / "data").rglob("*.yml"))


@dataclass(frozen=True)
class Inputs:
    """What a model is trained from besides the gazetteer: the shipped project by default; a candidate adds
    the deployment's exported labels (``extra``) and may bring its own pipeline or sentences."""

    config: Path | None = None  # None: nlu/rasa/config.yml
    data: tuple[Path, ...] | None = None  # None: nlu/rasa/data
    extra: tuple[Path, ...] = ()

    def config_file(self) -> Path:
        return self.config or RASA_DIR / "config.yml"

    def data_files(self) -> list[Path]:
        return list(self.data) if self.data is not None else data_files()


DEFAULT_INPUTS = Inputs()


def _inputs(inputs: Inputs = DEFAULT_INPUTS) -> Iterable[Path]:
    yield inputs.config_file()
    yield from inputs.data_files()
    # The custom components. Not generate.py: its output (the data above) is what trains the model, so an edit
    # of the generator or of the sentence files that leaves the data as it was leaves the model as it was.
    yield from sorted(p for p in RASA_DIR.glob("*.py") if p.name != "generate.py")
    yield from inputs.extra


@functools.cache
def _lookup_text(gazetteer_dir: Path) -> str:
    return lookup_table(place_names(gazetteer_dir))


def fingerprint(gazetteer_dir: Path, inputs: Inputs = DEFAULT_INPUTS) -> str:
    """A hash of every input of training (pipeline, data, components, the generated lookup table).

    The lookup table is hashed as generated, so a change to the resolver that keeps the
    same place names does not retrain the model.
    """
    digest = hashlib.sha256(FORMAT_VERSION.encode())
    for path in _inputs(inputs):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    digest.update(_lookup_text(gazetteer_dir).encode())
    digest.update(_span_names_text(gazetteer_dir).encode())
    return digest.hexdigest()[:16]


def model_path(model_dir: Path, fp: str) -> Path:
    return model_dir / f"nlu-{fp}.tar.gz"


def current_model(model_dir: Path, gazetteer_dir: Path) -> Path | None:
    """The model trained from the current inputs, else the newest model, else None."""
    exact = model_path(model_dir, fingerprint(gazetteer_dir))
    if exact.exists():
        return exact
    models = sorted(model_dir.glob("nlu-*.tar.gz"), key=lambda p: p.stat().st_mtime)
    return models[-1] if models else None


def lookup_table(names: Iterable[str]) -> str:
    """The Rasa YAML of the ``location`` lookup table (RegexFeaturizer and RegexEntityExtractor use it)."""
    unique = sorted({n.strip().lower() for n in names if n and len(n.strip()) >= 4})
    return yaml.safe_dump(
        {"version": "3.1", "nlu": [{"lookup": "location", "examples": _block(unique)}]},
        allow_unicode=True,
        sort_keys=False,
        width=1000,
    )


def _block(items: Iterable[str]) -> str:
    return "".join(f"- {item}\n" for item in items)


def _span_names_text(gazetteer_dir: Path) -> str:
    """Every unit name, ordinary words included ("kayu manis"): the span repairer completes a span that stops
    inside one; unlike the lookup table, it never marks a name on its own."""
    from nlu.places import Gazetteer

    names = Gazetteer.load(gazetteer_dir).names()
    return "".join(f"{n}\n" for n in sorted({*names["kelurahan"], *names["kecamatan"], *names["kota"]}))


def place_names(gazetteer_dir: Path) -> list[str]:
    """The surface forms of Jakarta places that the lookup table marks (see ``Gazetteer.lookup_names``)."""
    from nlu.places import Gazetteer  # deferred: loading the gazetteer is only needed to train

    return Gazetteer.load(gazetteer_dir).lookup_names()


def assemble(build_dir: Path, gazetteer_dir: Path, inputs: Inputs = DEFAULT_INPUTS) -> Path:
    """Copies the training data and the generated lookup table into ``build_dir``."""
    if build_dir.exists():
        shutil.rmtree(build_dir)
    build_dir.mkdir(parents=True)
    for i, path in enumerate([*inputs.data_files(), *inputs.extra]):
        shutil.copy(path, build_dir / f"{i:03d}-{path.name}")
    (build_dir / "lookup_location.yml").write_text(_lookup_text(gazetteer_dir), encoding="utf-8")
    (build_dir.parent / SPAN_NAMES_FILE).write_text(_span_names_text(gazetteer_dir), encoding="utf-8")
    return build_dir


def train(
    *,
    venv: Path,
    model_dir: Path,
    gazetteer_dir: Path,
    build_dir: Path,
    force: bool = False,
    inputs: Inputs = DEFAULT_INPUTS,
    progress: Callable[[str], None] | None = None,
) -> Path:
    """Trains the NLU model unless one for the current inputs exists.

    Args:
        venv: the Rasa virtual environment.
        model_dir: where model archives live.
        gazetteer_dir: the gazetteer's folder (``nlu/data/jakarta`` by default).
        build_dir: scratch folder for the assembled training data.
        force: train even when a cached model exists.
        inputs: the pipeline and data (the shipped ones by default).
        progress: also called with each progress line (the console shows them).

    Returns:
        The model archive.

    Raises:
        NluUnavailable: Rasa is not installed or training failed.
    """
    fp = fingerprint(gazetteer_dir, inputs)
    target = model_path(model_dir, fp)
    if target.exists() and not force:
        log.info("nlu: model %s is up to date", target.name)
        return target
    data = assemble(build_dir, gazetteer_dir, inputs)
    cmd = [
        str(rasa_executable(venv)), "train", "nlu", "--config", str(inputs.config_file()),
        "--nlu", str(data), "--out", str(model_dir),
        "--fixed-model-name", target.name.removesuffix(".tar.gz"),
    ]  # fmt: skip
    started = time.monotonic()
    # LOG_LEVEL=INFO: Rasa hides its epoch progress bar at WARNING; we read it to show progress.
    env = {**rasa_env(), "LOG_LEVEL": "INFO", "ADUAN_SPAN_NAMES": str(data.parent / SPAN_NAMES_FILE)}
    log_path = build_dir.parent / "log" / "rasa-train.log"
    run_training(cmd, env=env, log_path=log_path, target=target, progress=progress)
    log.info("nlu: trained %s in %.0fs", target.name, time.monotonic() - started)
    return target


_COMPONENT = re.compile(r"Starting to train component '(\w+)'")
_CACHED = re.compile(r"Restored component '(\w+)' from cache")
# tqdm's bar: "Epochs:  40%|####      | 12/30 [00:31<00:47,  2.63s/it, t_loss=...]"
_EPOCHS = re.compile(r"Epochs:\s+\d+%\|[^|]*\|\s*(\d+)/(\d+) \[([\d:]+)<([\d:?]+)")


def run_training(
    cmd: list[str],
    *,
    env: dict[str, str],
    log_path: Path,
    target: Path,
    every: float = 10.0,
    progress: Callable[[str], None] | None = None,
) -> None:
    """Runs ``rasa train``, keeping its whole output in ``log_path`` and logging progress as it goes.

    Each component is announced as it starts, and the epochs of the ones that have them (DIET) at most
    every ``every`` seconds, with Rasa's own estimate of the time left.

    Raises:
        NluUnavailable: one line with the cause when Rasa fails or writes no ``target``.
    """
    code = _run(cmd, env=env, log_path=log_path, every=every, progress=progress)
    if code != 0 or not target.exists():
        cause = _cause(log_path)
        raise NluUnavailable(f"nlu: training failed (exit {code}): {cause}; full output in {log_path}")


def _run(
    cmd: list[str],
    *,
    env: dict[str, str],
    log_path: Path,
    every: float,
    progress: Callable[[str], None] | None,
) -> int:
    log_path.parent.mkdir(parents=True, exist_ok=True)
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    reader = Progress(every, progress)
    with open(log_path, "wb") as out:
        proc = subprocess.Popen(cmd, env=env, cwd=WORK_DIR, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        assert proc.stdout is not None
        pending = b""
        while chunk := os.read(proc.stdout.fileno(), 65536):
            out.write(chunk)
            *lines, pending = re.split(rb"[\r\n]", pending + chunk)
            for line in lines:
                reader.feed(line.decode(errors="replace"))
        return proc.wait()


class Progress:
    """Turns Rasa's training output into a few lines: which component, which epoch, how long is left."""

    def __init__(self, every: float, listener: Callable[[str], None] | None = None) -> None:
        self.every = every
        self.component = "the NLU"
        self._last = 0.0
        self._listener = listener

    def feed(self, line: str) -> None:
        if match := _COMPONENT.search(line):
            self.component = match[1]
            self._say(f"nlu: training {self.component}")
        elif match := _CACHED.search(line):
            self._say(f"nlu: {match[1]} unchanged, restored from Rasa's cache")
        elif (match := _EPOCHS.search(line)) and self._due(done := int(match[1]), total := int(match[2])):
            left = "" if "?" in match[4] else f", about {_duration(match[4])} left"
            self._say(f"nlu: training {self.component}: epoch {done}/{total}{left}")

    def _say(self, line: str) -> None:
        log.info("%s", line)
        if self._listener is not None:
            self._listener(line)

    def _due(self, done: int, total: int) -> bool:
        now = time.monotonic()
        if done == 0:
            return False
        if done == total or now - self._last >= self.every:
            self._last = now
            return True
        return False


def _duration(clock: str) -> str:
    """tqdm's "01:47" or "1:02:03" as "1m47s"."""
    parts = [int(p) for p in clock.split(":")]
    seconds = sum(p * 60**i for i, p in enumerate(reversed(parts)))
    return f"{seconds // 60}m{seconds % 60:02d}s" if seconds >= 60 else f"{seconds}s"


def _cause(log_path: Path) -> str:
    """The line that says why: the last exception or error line of the output, else its last line."""
    try:
        text = log_path.read_text(errors="replace")
        lines = [line.strip() for line in re.split(r"[\r\n]", text) if line.strip()]
    except OSError:
        return "no output"
    errors = [line for line in lines if re.match(r"(\w+\.)*\w*(Error|Exception)\b|ERROR", line)]
    return (errors or lines or ["no output"])[-1][:300]
