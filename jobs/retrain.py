"""Retraining the NLU from staff's labels: import, export, train a candidate, measure it, promote it.

The same functions serve the command line (``aduan nlu label|export|train|models|promote|rollback``) and
the console's buttons (run in a background thread, :class:`RetrainJob`). Nothing here changes the serving
model unless a candidate passed the gate (or an admin forced it); every failure leaves it serving.
"""

from __future__ import annotations

import contextlib
import csv
import fcntl
import logging
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from aduan import settings
from aduan.errors import NluUnavailable, RetrainError
from nlu import retrain, train
from nlu.client import NluClient
from nlu.examples import iter_examples
from nlu.server import RasaServer
from store import labels as store
from store.models import Identity, Label, LabelSource, Message, ModelState, ModelVersion

log = logging.getLogger("aduan.nlu.retrain")
CATEGORY_PREFIX = "lapor_"

Progress = Callable[[str], None]


# --- where things are ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Paths:
    venv: Path
    models: Path
    gazetteer: Path
    build: Path
    data_dir: Path
    log: Path
    lock: Path

    @classmethod
    def of(cls, cfg: settings.Config) -> Paths:
        var = settings.resolve_path(cfg.storage.var_dir)
        return cls(
            venv=settings.resolve_path(cfg.nlu.rasa_venv),
            models=settings.resolve_path(cfg.nlu.model_dir),
            gazetteer=settings.gazetteer_dir(cfg.nlu.data_dir),
            build=var / "rasa-build-candidate",
            data_dir=settings.resolve_path(cfg.retrain.data_dir),
            log=var / "log" / "rasa-candidate.log",
            lock=var / "run" / "retrain.lock",
        )


def base_inputs(cfg: settings.Config) -> train.Inputs:
    """The pipeline and team sentences, without staff's labels (``retrain.pipeline`` may replace them)."""
    pipeline = cfg.retrain.pipeline
    if not pipeline:
        return train.DEFAULT_INPUTS
    config = settings.resolve_path(pipeline)
    if not config.is_file():
        raise RetrainError(f"retrain: retrain.pipeline: {config} does not exist")
    sentences = sorted(config.parent.glob("data/*.yml"))
    return train.Inputs(config=config, data=tuple(sentences) if sentences else None)


def candidate_inputs(cfg: settings.Config) -> train.Inputs:
    """The base inputs plus the exported labels, when there are any."""
    base = base_inputs(cfg)
    labels = Paths.of(cfg).data_dir / retrain.LABELS_FILE
    return train.Inputs(config=base.config, data=base.data, extra=(labels,) if labels.exists() else ())


# --- intents -----------------------------------------------------------------------------------------


def known_intents(cfg: settings.Config) -> set[str]:
    """The intents a label may carry: one per configured category, and the team data's conversational ones."""
    team = {intent for intent, _ in iter_examples(base_inputs(cfg).data_files())}
    return {i for i in team if not i.startswith(CATEGORY_PREFIX)} | {
        CATEGORY_PREFIX + c for c in cfg.categories
    }


def intent_of(value: str, known: set[str]) -> str | None:
    """An intent from a label's intent or category code (``sampah`` -> ``lapor_sampah``); None if unknown."""
    value = value.strip()
    if value in known:
        return value
    return CATEGORY_PREFIX + value if CATEGORY_PREFIX + value in known else None


def span_of(text: str, words: str) -> tuple[int, int] | None:
    """Where the place's words stand in the text (case-insensitive, first occurrence); None if absent."""
    words = words.strip()
    at = text.lower().find(words.lower()) if words else -1
    return (at, at + len(words)) if at >= 0 else None


def check_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A span inside the text, trimmed of spaces.

    Raises:
        RetrainError: the selection is outside the text or empty.
    """
    if not (0 <= start < end <= len(text)):
        raise RetrainError(f"retrain: the place selection {start}-{end} is outside the text (0-{len(text)})")
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        raise RetrainError("retrain: the place selection is empty")
    return start, end


def label_message(
    session: Session,
    cfg: settings.Config,
    *,
    message_id: int,
    intent: str,
    by: str,
    place: tuple[int, int] | None = None,
    source: LabelSource = LabelSource.CONSOLE,
) -> Label:
    """Labels one logged inbound message (the console's confirm/correct).

    Raises:
        RetrainError: no such inbound message, an unknown intent or category, a selection outside the text.
    """
    message = session.get(Message, message_id)
    if message is None or message.direction != "in" or not message.text:
        raise RetrainError(f"retrain: no inbound message {message_id}")
    chosen = intent_of(intent, known_intents(cfg))
    if chosen is None:
        raise RetrainError(f"retrain: unknown intent or category {intent!r}")
    span = check_span(message.text, *place) if place else None
    return store.add_label(
        session, text=message.text, intent=chosen, by=by, source=source,
        holdback_share=cfg.retrain.holdback_share, message_id=message.id, place=span,
    )  # fmt: skip


# --- the spreadsheet ---------------------------------------------------------------------------------


@dataclass
class ImportReport:
    added: int = 0
    refused: list[tuple[int, str]] = field(default_factory=list)  # (line, why)


def import_csv(session: Session, cfg: settings.Config, path: Path, *, by: str) -> ImportReport:
    """Imports labels from a CSV file with a header: ``message_id`` or ``text``, ``intent`` or ``category``,
    and optionally ``place`` (the place's words as written in the text).

    Each row is checked on its own; a refused row is reported with its line and why, and the others are
    imported.

    Raises:
        RetrainError: the file cannot be read or has none of the needed columns.
    """
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            rows = list(csv.DictReader(f))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise RetrainError(f"retrain: cannot read {path}: {exc}") from exc
    columns = set(rows[0]) if rows else set()
    if rows and not ({"message_id", "text"} & columns and {"intent", "category"} & columns):
        raise RetrainError(
            f"retrain: {path}: the header needs message_id or text, and intent or category "
            f"(it has {', '.join(sorted(c for c in columns if c)) or 'nothing'})"
        )
    report, known = ImportReport(), known_intents(cfg)
    for line, row in enumerate(rows, start=2):
        problem = _import_row(session, cfg, row, known, by=by)
        if problem:
            report.refused.append((line, problem))
        else:
            report.added += 1
    return report


def _import_row(
    session: Session, cfg: settings.Config, row: dict[str, Any], known: set[str], *, by: str
) -> str | None:
    raw_id, text = (row.get("message_id") or "").strip(), (row.get("text") or "").strip()
    value = (row.get("intent") or "").strip() or (row.get("category") or "").strip()
    message = None
    if raw_id:
        message = session.get(Message, int(raw_id)) if raw_id.isdigit() else None
        if message is None or message.direction != "in" or not message.text:
            return f"no inbound message {raw_id!r}"
        text = message.text
    if not text:
        return "neither a message id nor a text"
    intent = intent_of(value, known)
    if intent is None:
        return f"unknown intent or category {value!r}" if value else "no intent or category"
    words = (row.get("place") or "").strip()
    span = span_of(text, words) if words else None
    if words and span is None:
        return f"the place {words!r} is not in the text"
    store.add_label(
        session, text=text, intent=intent, by=by, source=LabelSource.CSV,
        holdback_share=cfg.retrain.holdback_share, message_id=message.id if message else None, place=span,
    )  # fmt: skip
    return None


# --- export ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportResult:
    written: bool
    path: Path
    trained: int  # labels written as training data
    held_back: int  # labels kept to measure candidates
    skipped_heldout: int  # labels of held-out texts, never trained on


def examples(session: Session, labels: Sequence[Label]) -> list[retrain.Example]:
    """The labels as examples, each with its citizen's display names (to mask)."""
    names = _display_names(session, [label.message_id for label in labels if label.message_id])
    return [
        retrain.Example(
            label.text,
            label.intent,
            (label.place_start, label.place_end)
            if label.place_start is not None and label.place_end
            else None,
            names.get(label.message_id or 0, ()),
        )  # fmt: skip
        for label in labels
    ]


def _display_names(session: Session, message_ids: list[int]) -> dict[int, tuple[str, ...]]:
    if not message_ids:
        return {}
    rows = session.execute(
        select(Message.id, Identity.display_name)
        .join(Identity, Identity.id == Message.identity_id)
        .where(Message.id.in_(message_ids))
    )
    return {mid: (name,) if name else () for mid, name in rows}


def export(session: Session, cfg: settings.Config) -> ExportResult:
    """Writes the active, not held-back labels as Rasa training data into ``retrain.data_dir``.

    Staff corrections become labels first. Labels of a held-out text are left out.
    """
    store.sync_corrections(session, holdback_share=cfg.retrain.holdback_share)
    active = store.active_labels(session)
    heldout = retrain.heldout_texts()
    kept = [lb for lb in active if not lb.holdback and " ".join(lb.text.lower().split()) not in heldout]
    skipped = sum(1 for lb in active if not lb.holdback) - len(kept)
    text = retrain.training_yaml(examples(session, kept))
    data_dir = Paths.of(cfg).data_dir
    written = retrain.write_export(data_dir, text)
    held = sum(1 for lb in active if lb.holdback)
    return ExportResult(written, data_dir / retrain.LABELS_FILE, len(kept), held, skipped)


def holdback_examples(session: Session) -> list[retrain.Example]:
    return examples(session, [lb for lb in store.active_labels(session) if lb.holdback])


# --- training, measuring, promoting ------------------------------------------------------------------


@contextlib.contextmanager
def exclusive(cfg: settings.Config) -> Iterator[None]:
    """One training at a time on this machine (the command line and the console share the lock).

    Raises:
        RetrainError: another training runs.
    """
    path = Paths.of(cfg).lock
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise RetrainError(
                "retrain: another training is running; try again when it has finished"
            ) from exc
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


@dataclass(frozen=True)
class TrainOutcome:
    version: str
    state: str
    promoted: bool
    reasons: tuple[str, ...]
    figures: dict[str, Any]
    serving_figures: dict[str, Any] | None
    seconds: float
    nothing_new: bool


def train_candidate(
    maker: sessionmaker[Session],
    cfg: settings.Config,
    *,
    by: str,
    progress: Progress = lambda line: None,
    apply: Callable[[Path], None] | None = None,
) -> TrainOutcome:
    """Exports the labels, trains a candidate, measures it beside the serving model, and promotes it when
    the gate allows (then ``apply`` makes the running NLU serve it).

    Raises:
        RetrainError: another training runs, or the candidate could not be trained or loaded.
    """
    started = time.monotonic()
    with exclusive(cfg):
        paths = Paths.of(cfg)
        with maker.begin() as session:
            exported = export(session, cfg)
            holdback = holdback_examples(session)
        progress(f"export: {exported.trained} labels to train on, {exported.held_back} held back")
        serving = _ensure_serving(maker, cfg, paths, by=by, progress=progress)
        inputs = candidate_inputs(cfg)
        fp = train.fingerprint(paths.gazetteer, inputs)
        with maker.begin() as session:
            known = session.scalars(select(ModelVersion).where(ModelVersion.fingerprint == fp)).first()
            if known is not None:
                progress(f"nothing new: {known.version} was trained from these labels")
                return _outcome(known, serving.figures, started, nothing_new=True)
        model = _train(cfg, paths, inputs, progress)
        figures, serving_figures = _measure_pair(cfg, paths, model, Path(serving.path), holdback, progress)
        verdict = retrain.gate(figures, serving_figures, margin=cfg.retrain.margin)
        with maker.begin() as session:
            row = store.register_model(
                session, path=str(model), fingerprint=fp, trained_by=by, labels=exported.trained,
                figures=figures, note="; ".join(verdict.reasons),
                state=ModelState.CANDIDATE if verdict.promote else ModelState.REFUSED,
            )  # fmt: skip
            version = row.version
        progress(f"{version}: {'promoting' if verdict.promote else 'refused'}: {'; '.join(verdict.reasons)}")
        if verdict.promote:
            promote(maker, cfg, version, by=by, apply=apply)
        with maker() as session:
            final = store.model(session, version)
            assert final is not None
            return _outcome(final, serving_figures, started, nothing_new=False)


def _outcome(
    row: ModelVersion, serving: dict[str, Any] | None, started: float, *, nothing_new: bool
) -> TrainOutcome:
    return TrainOutcome(
        row.version, row.state, row.state == ModelState.SERVING, tuple((row.note or "").split("; ")),
        dict(row.figures), serving, time.monotonic() - started, nothing_new,
    )  # fmt: skip


def _train(cfg: settings.Config, paths: Paths, inputs: train.Inputs, progress: Progress) -> Path:
    progress("training the candidate")
    try:
        return train.train(
            venv=paths.venv, model_dir=paths.models, gazetteer_dir=paths.gazetteer, build_dir=paths.build,
            inputs=inputs, progress=progress,
        )  # fmt: skip
    except NluUnavailable as exc:
        raise RetrainError(f"retrain: {exc}; the serving model keeps serving") from exc


def _ensure_serving(
    maker: sessionmaker[Session], cfg: settings.Config, paths: Paths, *, by: str, progress: Progress
) -> ModelVersion:
    """The serving model's registry row; the model trained from the team's data alone the first time."""
    with maker.begin() as session:
        serving = store.serving_model(session)
        if serving is not None and Path(serving.path).exists():
            session.expunge(serving)
            return serving
    base = base_inputs(cfg)
    model = _train(cfg, paths, base, progress)
    with maker.begin() as session:
        row = store.register_model(
            session, path=str(model), fingerprint=train.fingerprint(paths.gazetteer, base), trained_by="team",
            labels=0, figures={}, note="the team's sentences alone",
        )  # fmt: skip
        store.mark_serving(session, row, by=by)
        session.flush()
        session.expunge(row)
        return row


def _measure_pair(
    cfg: settings.Config,
    paths: Paths,
    candidate: Path,
    serving: Path,
    holdback: Sequence[retrain.Example],
    progress: Progress,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Measures both models on the same data with one Rasa of our own (the serving one is never touched)."""
    progress("measuring the candidate")
    server = RasaServer(venv=paths.venv, model=candidate, log_path=paths.log, timeout=cfg.nlu.startup_timeout)
    try:
        try:
            server.start()
        except NluUnavailable as exc:
            raise RetrainError(f"retrain: the candidate {candidate.name} does not load ({exc})") from exc
        client = NluClient(server.url, server.token, timeout=max(cfg.nlu.timeout, 30))
        try:
            figures = _figures(client, cfg, paths, holdback)
            progress("measuring the serving model on the same data")
            client.load_model(str(serving))
            serving_figures = _figures(client, cfg, paths, holdback)
        finally:
            client.close()
    finally:
        server.stop()
    return figures, serving_figures


def _figures(
    client: NluClient, cfg: settings.Config, paths: Paths, holdback: Sequence[retrain.Example]
) -> dict[str, Any]:
    figures = retrain.measure(client, holdback)
    if cfg.retrain.eval_data:
        figures["corpora"] = retrain.corpora_figures(client, Path(cfg.retrain.eval_data), paths.gazetteer)
    return figures


def promote(
    maker: sessionmaker[Session],
    cfg: settings.Config,
    version: str,
    *,
    by: str,
    force: bool = False,
    apply: Callable[[Path], None] | None = None,
) -> ModelVersion:
    """Makes ``version`` the serving model; a refused one only with ``force`` (recorded).

    ``apply`` makes the running NLU serve the model first: if it fails, the registry is not changed.

    Raises:
        RetrainError: no such version, its file is missing, it was refused and not forced, or it won't load.
    """
    with maker() as session:
        row = store.model(session, version)
        if row is None:
            raise RetrainError(f"retrain: no model {version!r} (see `aduan nlu models`)")
        if row.state == ModelState.SERVING:
            raise RetrainError(f"retrain: {version} is already serving")
        if row.state == ModelState.REFUSED and not force:
            raise RetrainError(
                f"retrain: {version} was refused ({row.note}); an admin may force it (--force)"
            )
        path = Path(row.path)
    if not path.exists():
        raise RetrainError(f"retrain: the model file of {version} is missing: {path}")
    if apply is not None:
        try:
            apply(path)
        except NluUnavailable as exc:
            raise RetrainError(f"retrain: {version} could not be served ({exc})") from exc
    with maker.begin() as session:
        row = store.model(session, version)
        assert row is not None
        store.mark_serving(session, row, by=by, forced=force and row.state == ModelState.REFUSED)
        session.flush()
        session.expunge(row)
    log.info("nlu: %s is serving (promoted by %s%s)", version, by, ", forced" if force else "")
    return row


def rollback(
    maker: sessionmaker[Session],
    cfg: settings.Config,
    *,
    by: str,
    apply: Callable[[Path], None] | None = None,
) -> ModelVersion:
    """Serves again the model that served before the current one.

    Raises:
        RetrainError: nothing served before.
    """
    with maker() as session:
        target = store.rollback_target(session)
        if target is None:
            raise RetrainError("retrain: no model served before the current one")
        version = target.version
    return promote(maker, cfg, version, by=by, force=True, apply=apply)


def serving_path(maker: sessionmaker[Session]) -> Path | None:
    """The serving model's file per the registry (None when nothing was promoted yet)."""
    with maker() as session:
        row = store.serving_model(session)
        return Path(row.path) if row is not None else None


# --- the console's background job ----------------------------------------------------------------------


class RetrainJob:
    """The console's "retrain" button: one training at a time in a thread, its progress kept to show."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.state = "idle"  # idle | running | done | failed
        self.result: TrainOutcome | None = None
        self.error: str | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def start(self, work: Callable[[Progress], TrainOutcome]) -> bool:
        """Starts ``work`` unless a training runs already; False when one does."""
        with self._lock:
            if self.state == "running":
                return False
            self.state, self.lines, self.result, self.error = "running", [], None, None
            self._thread = threading.Thread(target=self._run, args=(work,), name="retrain", daemon=True)
            self._thread.start()
            return True

    def _run(self, work: Callable[[Progress], TrainOutcome]) -> None:
        try:
            self.result = work(self._say)
            self.state = "done"
        except (RetrainError, NluUnavailable) as exc:
            self.error, self.state = str(exc), "failed"
        except Exception as exc:  # the console shows it; the serving model is untouched
            log.exception("retrain: the background training failed")
            self.error, self.state = f"retrain: unexpected error: {exc}", "failed"

    def _say(self, line: str) -> None:
        self.lines.append(line)
        del self.lines[:-50]

    def wait(self, timeout: float) -> bool:
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
        return self.state != "running"
