"""The ``aduan`` command: serve, worker, db, staff, nlu, chat.

Every expected failure (bad configuration, un-migrated database, Rasa missing) ends the
command with one line on stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import getpass
import json
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from aduan import settings
from aduan.errors import AduanError, ConfigError
from nlu import evaluate as nlu_evaluate
from store.models import StaffRole

log = logging.getLogger("aduan")
ROLES = tuple(StaffRole)


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    from jobs import logcontext

    logcontext.install()  # every record carries the message id it concerns ("-" when none)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format=logcontext.FORMAT,
        stream=sys.stderr,
    )
    logging.getLogger("aduan").setLevel(logging.DEBUG if args.verbose else logging.INFO)
    try:
        result: int = args.func(args)
        return result
    except ConfigError as exc:
        print(f"aduan: {exc}", file=sys.stderr)
        return 2
    except AduanError as exc:
        print(f"aduan: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="aduan", description="Citizen complaints by chat.")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    parser.set_defaults(func=lambda _args: _usage(parser))
    sub = parser.add_subparsers(metavar="COMMAND")

    serve = sub.add_parser("serve", help="run the web app, the queue workers and (by default) a local Rasa")
    serve.add_argument(
        "--fake-platforms",
        action="store_true",
        help="point each enabled channel that has a local fake API at one (demo)",
    )
    serve.set_defaults(func=cmd_serve)

    worker = sub.add_parser(
        "worker", help="run a Celery worker (scale-out; queue.broker must be redis:// or amqp://)"
    )
    worker.add_argument("--beat", action="store_true", help="also run the periodic sweeper")
    worker.add_argument("--concurrency", type=int, default=2, help="tasks at once in this process")
    worker.add_argument(
        "--pool",
        choices=("prefork", "threads", "solo"),
        default="prefork",
        help="prefork: a child process per task slot (default); threads: slots are threads of one process,"
        " which suits tasks that mostly wait on Rasa and the platforms (e.g. --pool threads --concurrency 8)",
    )
    worker.set_defaults(func=cmd_worker)

    db = sub.add_parser("db", help="database schema").add_subparsers(metavar="ACTION", required=True)
    db.add_parser("upgrade", help="apply migrations and load reference data").set_defaults(
        func=cmd_db_upgrade
    )

    staff = sub.add_parser("staff", help="console accounts").add_subparsers(metavar="ACTION", required=True)
    add = staff.add_parser("add", help="create or update a staff account (password from stdin when piped)")
    add.add_argument("username")
    add.add_argument("--role", choices=ROLES, required=True)
    add.add_argument("--agency", help="agency code the account works for")
    add.add_argument("--area", help="Kemendagri code of the area the account covers")
    add.add_argument(
        "--labeller", action="store_true", help="may label messages for the NLU whatever the role"
    )
    add.set_defaults(func=cmd_staff_add)

    open311 = sub.add_parser("open311", help="the Open311 API").add_subparsers(
        metavar="ACTION", required=True
    )
    key = open311.add_parser("key", help="API keys of other systems").add_subparsers(
        metavar="ACTION", required=True
    )
    key_add = key.add_parser("add", help="issue a key (printed once on stdout; only its hash is stored)")
    key_add.add_argument("name", help="the system the key is for, e.g. crm-jaki")
    key_add.set_defaults(func=cmd_open311_key_add)
    key_revoke = key.add_parser("revoke", help="revoke a key: its POSTs get 403 from now on")
    key_revoke.add_argument("name")
    key_revoke.set_defaults(func=cmd_open311_key_revoke)

    survey = sub.add_parser("survey", help="the satisfaction survey (SKM)").add_subparsers(
        metavar="ACTION", required=True
    )
    campaign = survey.add_parser(
        "campaign", help="invite the citizens who reported in a period (the running server sends them, paced)"
    )
    campaign.add_argument(
        "--period", help="e.g. 2026-Q3, 2026-H2, 2026-09 or 2026 (default: the last period)"
    )
    campaign.add_argument(
        "--limit", type=int, help="at most this many invitations (default: survey.campaign.batch)"
    )
    campaign.set_defaults(func=cmd_survey_campaign)

    nlu = sub.add_parser("nlu", help="train, query and evaluate the NLU").add_subparsers(
        metavar="ACTION", required=True
    )
    train = nlu.add_parser(
        "train", help="train a candidate from the team's sentences and staff's labels; promote it if no worse"
    )
    train.add_argument(
        "--base", action="store_true", help="only the model of the team's sentences (no labels, no database)"
    )
    train.add_argument("--force", action="store_true", help="retrain the --base model even when it is cached")
    train.add_argument("--by", default=None, help="who trains it (default: the system user)")
    train.add_argument(
        "--data", type=Path, default=None, metavar="DIR",
        help="also measure on the real corpora in DIR (default: retrain.eval_data)",
    )  # fmt: skip
    train.set_defaults(func=cmd_nlu_train)
    label = nlu.add_parser("label", help="import labels from a spreadsheet (CSV)")
    label.add_argument(
        "--csv",
        type=Path,
        required=True,
        metavar="FILE",
        help="columns: message_id or text, intent or category, place (the place's words)",
    )
    label.add_argument("--by", default=None, help="who labelled them (default: the system user)")
    label.set_defaults(func=cmd_nlu_label)
    export = nlu.add_parser("export", help="write staff's labels as Rasa training data (masked)")
    export.set_defaults(func=cmd_nlu_export)
    models = nlu.add_parser("models", help="the model registry: every version, its figures, what serves")
    models.set_defaults(func=cmd_nlu_models)
    promote = nlu.add_parser("promote", help="serve a model version")
    promote.add_argument("version")
    promote.add_argument("--force", action="store_true", help="serve it even though the gate refused it")
    promote.add_argument("--by", default=None)
    promote.set_defaults(func=cmd_nlu_promote)
    rollback = nlu.add_parser("rollback", help="serve again the model that served before")
    rollback.add_argument("--by", default=None)
    rollback.set_defaults(func=cmd_nlu_rollback)
    parse = nlu.add_parser("parse", help="print the NLU's reading of messages as JSON")
    parse.add_argument("text", nargs="*")
    parse.add_argument("--jsonl", action="store_true", help='read JSON lines ({"text": ...}) from stdin')
    parse.set_defaults(func=cmd_nlu_parse)
    serve_nlu = nlu.add_parser(
        "serve", help="run the NLU server on its own (Rasa with Aduan's components, the token, the model)"
    )
    serve_nlu.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve_nlu.add_argument("--port", type=int, help="port (default nlu.port)")
    serve_nlu.add_argument("--model", help="model archive (default: the current model, trained if missing)")
    serve_nlu.set_defaults(func=cmd_nlu_serve)
    evaluate = nlu.add_parser("evaluate", help="evaluate the NLU on the held-out split and the real corpora")
    nlu_evaluate.add_arguments(evaluate)
    evaluate.set_defaults(func=cmd_nlu_evaluate)

    chat = sub.add_parser(
        "chat",
        help="chat with the bot in the terminal, through the real pipeline (joins a running aduan serve)",
    )
    chat.add_argument(
        "--channel",
        default="telegram",
        help="the platform to pretend to be: any channel with a local fake (default telegram)",
    )
    chat.add_argument(
        "--database",
        help="database URL when chatting alone (default: var/chat.sqlite3, apart from the server's)",
    )
    chat.add_argument("--user", default="100001", help="the citizen's platform user id")
    chat.add_argument("--new", action="store_true", help="chat as a new citizen (no earlier tickets)")
    chat.add_argument(
        "--alone", action="store_true", help="do not join a running server: run the pipeline in this command"
    )
    chat.set_defaults(func=cmd_chat)
    return parser


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


# --- shared helpers ---------------------------------------------------------------------------


def _paths(cfg: settings.Config) -> dict[str, Path]:
    nlu = cfg.nlu
    return {
        "venv": settings.resolve_path(nlu.rasa_venv),
        "models": settings.resolve_path(nlu.model_dir),
        "gazetteer": settings.gazetteer_dir(nlu.data_dir),
        "build": settings.resolve_path(cfg.storage.var_dir) / "rasa-build",
        "log": settings.resolve_path(cfg.storage.var_dir) / "log" / "rasa.log",
    }


def ensure_model(cfg: settings.Config) -> Path:
    """The model for the current training data, training it first when there is none."""
    from nlu import train

    paths = _paths(cfg)
    model = train.model_path(paths["models"], train.fingerprint(paths["gazetteer"]))
    if not model.exists():
        print(
            "aduan: training the NLU model (a few minutes, once per change of the data)...", file=sys.stderr
        )
    return train.train(
        venv=paths["venv"],
        model_dir=paths["models"],
        gazetteer_dir=paths["gazetteer"],
        build_dir=paths["build"],
    )


@contextlib.contextmanager
def nlu_service(cfg: settings.Config) -> Iterator[tuple[str, str]]:
    """Yields (url, token) of a Rasa server: the configured one when it answers, else a local one."""
    from nlu.server import RasaServer, is_up

    url, token = cfg.nlu.url, cfg.nlu.token
    if url and is_up(url, token, timeout=3):
        yield url, token
        return
    if url:
        print(
            f"aduan: no Rasa server answers at {url}; starting a local one for this command", file=sys.stderr
        )
    paths = _paths(cfg)
    server = RasaServer(venv=paths["venv"], model=ensure_model(cfg), token=token, log_path=paths["log"])
    print(f"aduan: started a local Rasa server on {server.url} for this command", file=sys.stderr)
    try:
        server.start(timeout=cfg.nlu.startup_timeout)
        yield server.url, server.token
    finally:
        server.stop()


# --- commands ---------------------------------------------------------------------------------


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from store import db, repo

    cfg = settings.load()
    url = settings.database_url(cfg)
    db.upgrade(url)
    engine = db.make_engine(url)
    with db.make_sessionmaker(engine).begin() as session:
        repo.sync_agencies(session, [(code, a.nama, a.level) for code, a in cfg.agencies.items()])
        added = repo.sync_areas(session, area_rows(settings.gazetteer_dir(cfg.nlu.data_dir)))
    engine.dispose()
    print(f"aduan: database is up to date ({added} areas loaded)", file=sys.stderr)
    return 0


def area_rows(data_dir: Path) -> list[dict[str, Any]]:
    """The gazetteer's administrative units as ``areas`` rows."""
    path = data_dir / "dki_jakarta_wilayah.csv"
    if not path.exists():
        raise ConfigError(f"config: nlu.data_dir: {path} does not exist")
    with path.open(encoding="utf-8") as f:
        return [
            {
                "kode": r["kode_kemendagri"],
                "nama": r["nama"],
                "level": r["level"],
                "parent_kode": r["parent_kode"] or None,
                "lat": float(r["lat"]) if r["lat"] else None,
                "lng": float(r["lng"]) if r["lng"] else None,
            }
            for r in csv.DictReader(f)
        ]


def cmd_staff_add(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from store import console, db
    from store.models import Agency, Staff, utcnow
    from web.console.passwords import hash_password

    cfg = settings.load()
    password = _read_password()
    engine = db.make_engine(settings.database_url(cfg))
    db.check_schema(engine)
    with db.make_sessionmaker(engine).begin() as session:
        if args.agency and session.get(Agency, args.agency) is None:
            raise ConfigError(f"staff: unknown agency {args.agency!r} (see config agencies)")
        found = session.scalars(select(Staff).where(Staff.username == args.username)).first()
        staff = found or Staff(username=args.username, active=True)
        before = None if found is None else console.staff_fields(found)
        staff.password_hash = hash_password(password)
        staff.password_changed_at = utcnow()
        staff.role, staff.agency_code, staff.area_kode = args.role, args.agency, args.area
        staff.labeller = args.labeller
        session.add(staff)
        session.flush()
        for kind, note in console.staff_changes(before, console.staff_fields(staff), password_set=True):
            console.add_staff_event(session, staff.id, actor="cli", kind=kind, note=note)
    engine.dispose()
    print(f"aduan: staff {args.username} ({args.role}) saved", file=sys.stderr)
    return 0


def _read_password() -> str:
    if sys.stdin.isatty():
        password = getpass.getpass("Password: ")
        if password != getpass.getpass("Again: "):
            raise ConfigError("staff: the passwords differ")
    else:
        password = sys.stdin.readline().rstrip("\n")
    if len(password) < 8:
        raise ConfigError("staff: the password needs at least 8 characters")
    return password


def cmd_open311_key_add(args: argparse.Namespace) -> int:
    from store import db, repo
    from web.open311 import hash_key, new_key

    cfg = settings.load()
    engine = db.make_engine(settings.database_url(cfg))
    db.check_schema(engine)
    key = new_key()
    with db.make_sessionmaker(engine).begin() as session:
        added = repo.add_api_key(session, args.name, hash_key(key))
    engine.dispose()
    if added is None:
        raise ConfigError(f"open311: a key named {args.name!r} is in use (revoke it first)")
    print(key)
    print(f"aduan: Open311 key {args.name} issued; it is shown only now", file=sys.stderr)
    return 0


def cmd_open311_key_revoke(args: argparse.Namespace) -> int:
    from store import db, repo
    from store.models import utcnow

    cfg = settings.load()
    engine = db.make_engine(settings.database_url(cfg))
    db.check_schema(engine)
    with db.make_sessionmaker(engine).begin() as session:
        revoked = repo.revoke_api_key(session, args.name, now=utcnow())
    engine.dispose()
    if not revoked:
        raise ConfigError(f"open311: no key named {args.name!r}")
    print(f"aduan: Open311 key {args.name} revoked", file=sys.stderr)
    return 0


def cmd_survey_campaign(args: argparse.Namespace) -> int:
    from jobs import campaign, runtime
    from router import ikm
    from store.models import utcnow

    cfg = settings.load()
    months = cfg.survey.campaign.period_months
    period = ikm.period(args.period) if args.period else ikm.previous(ikm.period_of(utcnow(), months), months)
    if period is None:
        raise ConfigError(f"survey: {args.period!r} is not a period (e.g. 2026-Q3, 2026-H2, 2026-09, 2026)")
    if args.limit is not None and args.limit < 1:
        raise ConfigError("survey: --limit must be at least 1")
    rt = runtime.build(cfg)  # no queue here: the running server's sweeper sends the rows as they fall due
    try:
        done = campaign.run(rt, period, limit=args.limit)
    finally:
        rt.close()
    print(
        f"aduan: survey campaign {done.period}: {done.invited} invited, {done.left_out} left out",
        file=sys.stderr,
    )
    return 0


def cmd_nlu_train(args: argparse.Namespace) -> int:
    from nlu import train

    cfg = settings.load()
    if args.data is not None:
        cfg = cfg.merged({"retrain": {"eval_data": str(args.data)}})
    if not (args.base or args.force):
        return _train_candidate(cfg, by=_who(args.by))
    paths = _paths(cfg)
    model = train.train(
        venv=paths["venv"],
        model_dir=paths["models"],
        gazetteer_dir=paths["gazetteer"],
        build_dir=paths["build"],
        force=args.force,
    )
    print(model)
    return 0


def _who(given: str | None) -> str:
    return given or f"cli:{getpass.getuser()}"


@contextlib.contextmanager
def _maker(cfg: settings.Config) -> Iterator[Any]:
    from store import db

    engine = db.make_engine(settings.database_url(cfg))
    db.check_schema(engine)
    try:
        yield db.make_sessionmaker(engine)
    finally:
        engine.dispose()


def _apply(cfg: settings.Config) -> Any:
    """How a promotion reaches the running NLU from the command line.

    With ``nlu.url`` set, that server loads the model (``PUT /model``). Otherwise the ``aduan serve`` that
    runs the local Rasa sees the registry change within a few seconds and swaps without downtime.
    """
    from nlu.client import NluClient
    from nlu.server import is_up

    if not cfg.nlu.url or not is_up(cfg.nlu.url, cfg.nlu.token, timeout=3):
        return None

    def put(model: Path) -> None:
        client = NluClient(cfg.nlu.url, cfg.nlu.token, timeout=cfg.nlu.timeout)
        try:
            client.load_model(str(model))
        finally:
            client.close()

    return put


def _train_candidate(cfg: settings.Config, *, by: str) -> int:
    from jobs import retrain

    with _maker(cfg) as maker:
        outcome = retrain.train_candidate(
            maker, cfg, by=by, progress=lambda line: print(line, file=sys.stderr), apply=_apply(cfg)
        )
    if outcome.nothing_new:
        print(f"aduan: nothing new to train on; {outcome.version} ({outcome.state}) has these labels")
        return 0
    print(f"{outcome.version} {outcome.state} ({outcome.seconds:.0f}s)")
    for reason in outcome.reasons:
        print(f"  {reason}")
    return 0


def cmd_nlu_label(args: argparse.Namespace) -> int:
    from jobs import retrain

    cfg = settings.load()
    with _maker(cfg) as maker, maker.begin() as session:
        report = retrain.import_csv(session, cfg, args.csv, by=_who(args.by))
    for line, why in report.refused:
        print(f"{args.csv}:{line}: refused: {why}")
    print(f"aduan: {report.added} labels imported, {len(report.refused)} rows refused", file=sys.stderr)
    return 1 if report.refused and not report.added else 0


def cmd_nlu_export(args: argparse.Namespace) -> int:
    from jobs import retrain

    cfg = settings.load()
    with _maker(cfg) as maker, maker.begin() as session:
        result = retrain.export(session, cfg)
    if not result.written:
        print(f"aduan: nothing new to export ({result.path} is up to date)")
        return 0
    print(
        f"aduan: {result.trained} labels written to {result.path} ({result.held_back} held back to measure, "
        f"{result.skipped_heldout} of held-out texts left out)"
    )
    return 0


def cmd_nlu_models(args: argparse.Namespace) -> int:
    from store import labels

    cfg = settings.load()
    with _maker(cfg) as maker, maker() as session:
        rows = labels.models(session)
        print(
            f"{'version':8} {'state':9} {'macro-F1':>8} {'emerg.':>7} {'labels':>6}  trained_by / promoted_by"
        )
        for row in rows:
            own = row.figures.get("own", {})
            f1, er = own.get("category_macro_f1"), own.get("emergency_recall")
            promoted = f"{row.promoted_by} {row.promoted_at:%Y-%m-%d %H:%M}" if row.promoted_at else "-"
            forced = " (forced)" if row.forced else ""
            print(
                f"{row.version:8} {row.state:9} {_fig(f1):>8} {_fig(er):>7} {row.labels:>6}  "
                f"{row.trained_by} {row.created_at:%Y-%m-%d %H:%M} / {promoted}{forced}"
            )
    if not rows:
        print("aduan: no model registered yet (`aduan nlu train` registers the first)", file=sys.stderr)
    return 0


def _fig(value: Any) -> str:
    return f"{value:.3f}" if isinstance(value, float) else "-"


def cmd_nlu_promote(args: argparse.Namespace) -> int:
    from jobs import retrain

    cfg = settings.load()
    with _maker(cfg) as maker:
        row = retrain.promote(maker, cfg, args.version, by=_who(args.by), force=args.force, apply=_apply(cfg))
    print(f"aduan: {row.version} is serving{' (forced)' if args.force else ''}")
    return 0


def cmd_nlu_rollback(args: argparse.Namespace) -> int:
    from jobs import retrain

    cfg = settings.load()
    with _maker(cfg) as maker:
        row = retrain.rollback(maker, cfg, by=_who(args.by), apply=_apply(cfg))
    print(f"aduan: rolled back: {row.version} is serving")
    return 0


def cmd_nlu_parse(args: argparse.Namespace) -> int:
    from jobs.runtime import load_places
    from nlu.client import NluClient

    cfg = settings.load()
    if args.jsonl:
        texts = [_jsonl_text(line) for line in sys.stdin if line.strip()]
    else:
        texts = [" ".join(args.text)] if args.text else [line.rstrip("\n") for line in sys.stdin]
    places = load_places(cfg)
    with nlu_service(cfg) as (url, token):
        client = NluClient(url, token, timeout=cfg.nlu.timeout, places=places)
        for result in client.parse_many(texts, concurrency=4):
            print(json.dumps(result.to_json(), ensure_ascii=False), flush=True)
        client.close()
    return 0


def cmd_nlu_serve(args: argparse.Namespace) -> int:
    """Replaces this process with Rasa's server, started by ``nlu/rasa/serve.sh`` as the container does."""
    from nlu.server import RASA_DIR, WORK_DIR, port_free, rasa_env, rasa_executable

    cfg = settings.load()
    if not cfg.nlu.token:
        raise ConfigError(
            "config: nlu.token: an NLU server needs a token (set RASA_TOKEN or ADUAN_NLU__TOKEN)"
        )
    paths = _paths(cfg)
    exe = rasa_executable(paths["venv"])
    model = (Path(args.model).expanduser() if args.model else ensure_model(cfg)).resolve()
    if not model.exists():
        raise ConfigError(f"nlu serve: --model {model} does not exist")
    port = args.port or cfg.nlu.port
    if not port_free(port):
        raise ConfigError(f"nlu serve: port {port} is in use; pick another with --port")
    env = {
        **rasa_env(),
        "RASA": str(exe),
        "ADUAN_NLU_TOKEN": cfg.nlu.token,
        "ADUAN_NLU_MODEL": str(model),
        "ADUAN_NLU_HOST": args.host,
        "ADUAN_NLU_PORT": str(port),
    }
    env.pop("PYTHONPATH", None)  # serve.sh puts the components first; Aduan's own path means nothing to Rasa
    print(
        f"aduan: NLU server loading {model.name} on http://{args.host}:{port} "
        "(ready when GET /status names the model; point nlu.url at it)",
        file=sys.stderr,
        flush=True,
    )
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    os.chdir(WORK_DIR)  # Rasa writes its cache (.rasa/) into its working directory
    os.execve("/bin/sh", ["/bin/sh", str(RASA_DIR / "serve.sh")], env)
    return 0  # not reached: execve replaces the process


def _jsonl_text(line: str) -> str:
    try:
        value = json.loads(line)
    except json.JSONDecodeError:
        return line.rstrip("\n")
    if isinstance(value, dict):
        return str(value.get("text", ""))
    return str(value)


def cmd_serve(args: argparse.Namespace) -> int:
    from aduan.chat import write_run_file
    from aduan.serving import Server
    from jobs import runtime, tasks
    from web import create_app

    cfg = settings.load()
    cfg, fakes = _start_fakes(cfg) if args.fake_platforms else (cfg, {})
    runtime.build(cfg).close()  # fail fast: configuration, schema and broker before anything starts
    _check_broker(cfg)
    rasa = _start_nlu(cfg)
    url, token = (rasa.url, rasa.token) if rasa else (cfg.nlu.url, cfg.nlu.token)
    rt = runtime.build(cfg, nlu_url=url, nlu_token=token)
    queue = _make_queue(rt)
    if rasa is not None:
        _supervise_nlu(rt, rasa)
    if cfg.queue.broker == "inprocess":
        tasks.release_orphaned_sends(rt)  # this process alone sends: what a dead one left in flight goes now
    tasks.sweep(rt)  # whatever a crash left unprocessed or unsent; messages wait quietly while Rasa loads
    server = Server(create_app(rt=rt), cfg.web)
    joinable = write_run_file(cfg, fakes) if args.fake_platforms else None  # `aduan chat` joins through it
    _print_urls(cfg, rasa_url=url, fakes=fakes)
    server.install_signal_handlers()  # SIGTERM: finish the webhooks in flight, then stop workers and Rasa
    try:
        server.serve_forever()
    finally:
        if joinable is not None:
            joinable.unlink(missing_ok=True)
        queue.stop()
        rt.close()
        if rasa is not None:
            rasa.stop()
    return 0


def _start_nlu(cfg: settings.Config) -> Any:
    """Launches the local Rasa when ``nlu.url`` is empty; the web starts without waiting for it.

    Until Rasa answers, /healthz says "starting" and messages wait for it quietly (no holding reply: the
    NLU is starting, not unavailable).
    """
    from nlu.server import RasaServer, is_up

    if cfg.nlu.url:
        if not is_up(cfg.nlu.url, cfg.nlu.token, timeout=3):
            log.warning("nlu: no Rasa server answers at nlu.url=%s yet; messages wait for it", cfg.nlu.url)
        return None
    paths = _paths(cfg)
    pid_path = settings.resolve_path(cfg.storage.var_dir) / "run" / f"rasa-{cfg.nlu.port}.pid"
    server = RasaServer(
        venv=paths["venv"],
        model=promoted_model(cfg) or ensure_model(cfg),
        port=cfg.nlu.port,
        token=cfg.nlu.token,
        log_path=paths["log"],
        pid_path=pid_path,
        timeout=cfg.nlu.startup_timeout,
    )
    server.launch()
    return server


def promoted_model(cfg: settings.Config) -> Path | None:
    """The model the registry says serves, when one was promoted and its file exists."""
    from jobs import retrain
    from store import db

    engine = db.make_engine(settings.database_url(cfg))
    try:
        found = retrain.serving_path(db.make_sessionmaker(engine))
    finally:
        engine.dispose()
    return found if found is not None and found.exists() else None


def _promoted_in(maker: Any) -> Path | None:
    from jobs import retrain

    found = retrain.serving_path(maker)
    return found if found is not None and found.exists() else None


def _supervise_nlu(rt: Any, rasa: Any) -> None:
    """The runtime talks to the supervised Rasa; when it becomes ready, the waiting messages go at once."""
    from jobs import tasks
    from nlu.server import SupervisedClient

    if rt.nlu is not None:
        rt.nlu.close()
    rt.nlu = SupervisedClient(rasa, timeout=rt.cfg.nlu.timeout, places=rt.places)
    rasa.on_ready.append(lambda: tasks.sweep(rt))
    rasa.desired = lambda: _promoted_in(rt.Session)  # a promotion from the command line reaches this server
    rasa.supervise()


def _make_queue(rt: Any) -> Any:
    from jobs.inprocess import InProcessQueue

    broker = rt.cfg.queue.broker
    if broker == "inprocess":
        return InProcessQueue(
            rt, workers=rt.cfg.queue.workers, sweep_seconds=rt.cfg.queue.sweep_seconds
        ).start()
    from jobs.celery_app import CeleryQueue, configure

    rt.queue = CeleryQueue(configure(rt.cfg))
    return rt.queue


def _check_broker(cfg: settings.Config) -> None:
    """Fails at start with one line when the Celery broker does not answer."""
    if cfg.queue.broker != "inprocess":
        from jobs.celery_app import check_broker

        check_broker(cfg.queue.broker)


def _start_fakes(cfg: settings.Config) -> tuple[settings.Config, dict[str, str]]:
    """Starts a local fake API for each enabled channel that has one (``fakes/<platform>.py``).

    Returns:
        The configuration with those channels pointed at their fakes, and each fake's URL.
    """
    from fakes import chat

    demo, urls = {}, {}
    for name, side in chat.channels().items():
        block = cfg.channels.get(name)
        if block is not None and block.get("enabled"):
            demo[name] = side().start(block)
            urls[name] = str(demo[name]["api_base_url"])
    return cfg.merged({"channels": demo}), urls


def _print_urls(cfg: settings.Config, *, rasa_url: str, fakes: dict[str, str]) -> None:
    base = cfg.web.public_url or f"http://{cfg.web.host}:{cfg.web.port}"
    lines = [
        "",
        "Aduan is running.",
        f"  health:    {base}/healthz     metrics: {base}/metrics",
        f"  NLU:       {rasa_url}  (a local Rasa takes a minute or two to load; /healthz tells when)",
        "  webhooks:",
    ]
    lines += [
        f"    {name:9s} {base}/webhooks/{name}"
        for name, block in cfg.channels.items()
        if block.get("enabled")
    ]
    lines += [f"  fake {name} API (demo): {url}" for name, url in fakes.items()]
    lines += ["  chat with the bot locally:  make chat   (or: .venv/bin/aduan chat)", "  stop: Ctrl-C", ""]
    print("\n".join(lines), flush=True)


def cmd_worker(args: argparse.Namespace) -> int:
    from jobs.celery_app import configure

    cfg = settings.load()
    if cfg.queue.broker == "inprocess":
        raise ConfigError(
            "config: queue.broker: `aduan worker` needs redis://... or amqp://..., not inprocess"
        )
    _check_broker(cfg)
    celery = configure(cfg)
    celery.conf.worker_hijack_root_logger = False  # keep Aduan's log format, with the message id
    argv = ["worker", "--loglevel", "INFO", "--concurrency", str(args.concurrency), "--pool", args.pool]
    if args.beat:  # exactly one process of the deployment runs the beat
        settings.resolve_path(cfg.storage.var_dir).mkdir(parents=True, exist_ok=True)
        argv.append("--beat")
    celery.worker_main(argv)
    return 0


def cmd_nlu_evaluate(args: argparse.Namespace) -> int:
    """Runs the evaluation through the whole pipeline, prints the figures and writes the report."""
    cfg = settings.load()
    gazetteer = settings.gazetteer_dir(cfg.nlu.data_dir)
    with nlu_service(cfg) as (url, token):
        report = nlu_evaluate.run(
            args,
            url=url,
            token=token,
            timeout=max(cfg.nlu.timeout, 30),
            gazetteer_dir=gazetteer,
            threshold=cfg.nlu.confidence_threshold,
            margin=cfg.nlu.ambiguity_margin,
        )
    nlu_evaluate.print_report(report)
    path = nlu_evaluate.write_report(report, settings.resolve_path(str(args.out)))
    print(f"report: {path}", file=sys.stderr)
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    from aduan import chat

    cfg = settings.load()
    _log_to_file(settings.resolve_path(cfg.storage.var_dir) / "log" / "chat.log")
    user = chat.new_user() if args.new else args.user
    if args.new:
        print(f"aduan: chatting as a new citizen (user {user})", file=sys.stderr)
    fakes = None if args.alone else chat.find_server(cfg)
    if fakes is not None:
        print(f"aduan: joined the server at {chat.server_url(cfg)}", file=sys.stderr, flush=True)
        return chat.join_chat(cfg, fakes, channel=args.channel, user=user, stdin=sys.stdin, stdout=sys.stdout)
    cfg = settings.load(overrides={"database": {"url": args.database or "sqlite:///var/chat.sqlite3"}})
    with nlu_service(cfg) as (url, token):
        return chat.run_chat(
            cfg,
            channel=args.channel,
            user=user,
            nlu_url=url,
            nlu_token=token,
            stdin=sys.stdin,
            stdout=sys.stdout,
        )


def _log_to_file(path: Path) -> None:
    """Sends log records to ``path``: the terminal shows the conversation and aduan's own notices only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(path, encoding="utf-8")
    root = logging.getLogger()
    for old in list(root.handlers):
        handler.setFormatter(old.formatter)
        root.removeHandler(old)
    root.addHandler(handler)


if __name__ == "__main__":
    sys.exit(main())


__all__ = ["main", "nlu_service", "ensure_model"]
