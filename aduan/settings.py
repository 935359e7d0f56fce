"""Configuration: ``config.yml``, a deployment file, ``${ENV}`` values, ``ADUAN_<SECTION>__<KEY>`` overrides.

Loading order: the repository's ``config.yml`` (the defaults), then the file named by
``ADUAN_CONFIG`` merged over it, then ``${VAR}`` / ``${VAR:-default}`` substitution, then
environment overrides such as ``ADUAN_NLU__URL`` or ``ADUAN_CHANNELS__TELEGRAM__TOKEN``.
The result is validated against ``SCHEMA`` once and returned as frozen dataclasses (:class:`Config`,
one per section); the first problem raises ``ConfigError`` with one line naming the key.
"""

from __future__ import annotations

import copy
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import MISSING, dataclass, field, fields
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

import yaml

from aduan.errors import ConfigError
from store.models import TicketState

# The defaults ship inside the package; the repository's top-level config.yml is the documented copy of them
# (a test keeps the two equal), so an installed ``aduan`` needs no file beside it.
DEFAULT_FILE = Path(str(resources.files("aduan").joinpath("config.yml")))
ENV_PREFIX = "ADUAN_"
_ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")

Check = Callable[[str, Any], Any]

CATEGORY_CODES = (
    "sampah", "banjir", "saluran_air", "jalan", "listrik", "parkir_liar", "perhubungan",
    "transportasi_publik", "pohon", "ketertiban", "bangunan", "air_bersih", "kesehatan",
    "pendidikan", "sosial", "kependudukan", "pelayanan_publik", "ketenagakerjaan", "pajak_retribusi",
    "kepegawaian", "pangan_pertanian", "perumahan", "umkm_pasar", "lainnya",
)  # fmt: skip
TICKET_STATES = tuple(TicketState)
LANGUAGES = ("id", "en")


def _typed(kind: type, name: str) -> Check:
    def check(key: str, value: Any) -> Any:
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            return float(value)
        if kind is str and isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise ConfigError(f"config: {key}: expected {name}, got {value!r}")
        return value

    return check


STR, INT, FLOAT, BOOL = (
    _typed(str, "a string"),
    _typed(int, "an integer"),
    _typed(float, "a number"),
    _typed(bool, "true or false"),
)


def _one_of(*choices: str | int) -> Check:
    def check(key: str, value: Any) -> Any:
        if value not in choices or isinstance(value, bool):
            raise ConfigError(f"config: {key}: expected one of {', '.join(map(str, choices))}, got {value!r}")
        return value

    return check


def _positive(check: Check) -> Check:
    def positive(key: str, value: Any) -> Any:
        value = check(key, value)
        if value <= 0:
            raise ConfigError(f"config: {key}: must be greater than 0, got {value!r}")
        return value

    return positive


def _mapping_of(item: Any, keys: tuple[str, ...] | None = None) -> Check:
    """A mapping with free keys (or keys from ``keys``) whose values follow ``item``."""

    def check(key: str, value: Any) -> Any:
        if not isinstance(value, Mapping):
            raise ConfigError(f"config: {key}: expected a mapping, got {value!r}")
        out = {}
        for name, sub in value.items():
            if keys is not None and name not in keys:
                raise ConfigError(f"config: {key}.{name}: unknown key (expected one of {', '.join(keys)})")
            out[str(name)] = _validate(f"{key}.{name}", sub, item)
        return out

    return check


def _list_of(item: Any) -> Check:
    def check(key: str, value: Any) -> Any:
        if not isinstance(value, list):
            raise ConfigError(f"config: {key}: expected a list, got {value!r}")
        return [_validate(f"{key}[{i}]", sub, item) for i, sub in enumerate(value)]

    return check


def _channels(key: str, value: Any) -> Any:
    """Each ``channels.<platform>`` block is checked by its adapter's settings class, which owns its keys."""
    from bots import ADAPTERS  # here, not at the top: the platform SDKs load only with a configuration
    from bots.base import channel_settings

    if not isinstance(value, Mapping):
        raise ConfigError(f"config: {key}: expected a mapping, got {value!r}")
    out = {}
    for name, block in value.items():
        if name not in ADAPTERS:
            known = ", ".join(ADAPTERS)
            raise ConfigError(f"config: {key}.{name}: unknown channel (expected one of {known})")
        if not isinstance(block, Mapping):
            raise ConfigError(f"config: {key}.{name}: expected a mapping, got {block!r}")
        checked = channel_settings(ADAPTERS[name].settings_type, str(name), block)
        out[str(name)] = {k: getattr(checked, k) for k in block if block[k] is not None}
    return out


SCHEMA: dict[str, Any] = {
    "database": {"url": STR, "echo": BOOL, "pool_size": _positive(INT)},
    "queue": {
        "broker": STR,
        "workers": _positive(INT),
        "max_attempts": _positive(INT),
        "backoff_seconds": _positive(FLOAT),
        "max_backoff_seconds": _positive(FLOAT),
        "sweep_seconds": _positive(FLOAT),
        "send_lease_seconds": _positive(FLOAT),
        "sender_limit": _positive(INT),
        "sender_window_seconds": _positive(FLOAT),
    },
    "nlu": {
        "url": STR,
        "token": STR,
        "timeout": _positive(FLOAT),
        "model_dir": STR,
        "rasa_venv": STR,
        "port": _positive(INT),
        "startup_timeout": _positive(FLOAT),
        "confidence_threshold": FLOAT,
        "ambiguity_margin": FLOAT,
        "data_dir": STR,
    },
    "storage": {"var_dir": STR, "media_dir": STR},
    "web": {
        "host": STR,
        "port": _positive(INT),
        "secret_key": STR,
        "public_url": STR,
        "max_body_bytes": INT,
        "threads": _positive(INT),
        "timeout": _positive(FLOAT),
    },
    "channels": _channels,
    "categories": _mapping_of(
        {"nama": STR, "name_en": STR, "agency": STR, "sla_hours": _positive(FLOAT)}, CATEGORY_CODES
    ),
    "agencies": _mapping_of({"nama": STR, "level": _one_of("provinsi", "kota", "kecamatan", "kelurahan")}),
    "routing": {
        "initial_state": _one_of(TicketState.MENUNGGU.value, TicketState.DISPOSISI.value),
        "overrides": _list_of({"category": STR, "area": STR, "agency": STR}),
    },
    "ticket": {"prefix": STR, "digits": _positive(INT), "reopen_days": _positive(FLOAT)},
    "sla": {
        "first_response_hours": _positive(FLOAT),
        "check_seconds": _positive(FLOAT),
        "state_hours": _mapping_of(_positive(FLOAT), TICKET_STATES),
    },
    "duplicates": {"days": FLOAT, "radius_m": FLOAT},
    "conversation": {
        "expire_minutes": _positive(FLOAT),
        "remind_minutes": _positive(FLOAT),
        "max_reports_per_hour": _positive(INT),
        "photo_attach_minutes": FLOAT,
    },
    "messages": _mapping_of(_mapping_of(STR), LANGUAGES),
    "survey": {
        "enabled": BOOL,
        "answer_hours": _positive(FLOAT),
        "min_responses": _positive(INT),
        "elements": _mapping_of(
            {
                "nama": STR,
                "name_en": STR,
                "weight": _positive(FLOAT),
                "question": STR,
                "question_en": STR,
                "answers": _list_of(STR),
                "answers_en": _list_of(STR),
            }
        ),
        "campaign": {
            "enabled": BOOL,
            "period_months": _one_of(1, 3, 6, 12),
            "days": _positive(INT),
            "batch": _positive(INT),
            "rate_share": _positive(FLOAT),
            "check_seconds": _positive(FLOAT),
        },
    },
    "console": {"page_size": _positive(INT), "min_ranked_tickets": _positive(INT)},
    "retrain": {
        "labeller_roles": _list_of(_one_of("admin", "supervisor", "officer", "viewer")),
        "holdback_share": FLOAT,
        "margin": FLOAT,
        "low_confidence": FLOAT,
        "data_dir": STR,
        "eval_data": STR,
        "pipeline": STR,
    },
}


def _validate(key: str, value: Any, schema: Any) -> Any:
    if callable(schema):
        return schema(key, value)
    if not isinstance(value, Mapping):
        raise ConfigError(f"config: {key}: expected a mapping, got {value!r}")
    out = {}
    for name, sub in value.items():
        path = f"{key}.{name}" if key else str(name)
        if name not in schema:
            raise ConfigError(f"config: {path}: unknown key")
        out[name] = _validate(path, sub, schema[name])
    return out


def _merge(base: dict[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for key, value in over.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def _substitute(value: Any, env: Mapping[str, str], key: str = "") -> Any:
    if isinstance(value, dict):
        return {k: _substitute(v, env, f"{key}.{k}" if key else k) for k, v in value.items()}
    if isinstance(value, list):
        return [_substitute(v, env, key) for v in value]
    if not isinstance(value, str):
        return value

    def lookup(match: re.Match[str]) -> str:
        name, default = match.group(1), match.group(2)
        if name in env:
            return env[name]
        if default is None:
            raise ConfigError(f"config: {key}: environment variable {name} is not set")
        return default

    return _ENV_REF.sub(lookup, value)


def _env_overrides(env: Mapping[str, str]) -> dict[str, Any]:
    """``ADUAN_CHANNELS__TELEGRAM__TOKEN=x`` -> ``{"channels": {"telegram": {"token": "x"}}}``."""
    out: dict[str, Any] = {}
    for name, raw in env.items():
        if not name.startswith(ENV_PREFIX) or "__" not in name:
            continue
        path = name[len(ENV_PREFIX) :].lower().split("__")
        node = out
        for part in path[:-1]:
            node = node.setdefault(part, {})
        node[path[-1]] = _scalar(raw)
    return out


def _scalar(raw: str) -> Any:
    """Environment values are strings; numbers and booleans written plainly become typed."""
    lowered = raw.strip().lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    if re.fullmatch(r"-?(0|[1-9]\d*)", raw.strip()):  # "0812..." stays a string: a phone number
        return int(raw)
    if re.fullmatch(r"-?(0|[1-9]\d*)\.\d+", raw.strip()):
        return float(raw)
    return raw


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        raise ConfigError(f"config: file {path} does not exist") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        raise ConfigError(f"config: {path}{where}: not valid YAML") from None
    if not isinstance(data, dict):
        raise ConfigError(f"config: {path}: expected a mapping at the top")
    return data


def load(
    path: str | Path | None = None,
    *,
    env: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> Config:
    """Loads and validates the configuration, once.

    Args:
        path: a deployment file merged over the defaults; ``ADUAN_CONFIG`` when None.
        env: the environment to read ``${VAR}`` and ``ADUAN_*`` from; ``os.environ`` when None.
        overrides: a nested mapping merged last (tests use it).

    Returns:
        The validated configuration: frozen dataclasses, one per section.

    Raises:
        ConfigError: one line naming the first bad key or value.
    """
    env = os.environ if env is None else env
    raw = _read_yaml(DEFAULT_FILE)
    path = path or env.get("ADUAN_CONFIG")
    if path:
        raw = _merge(raw, _read_yaml(Path(path)))
    raw = _substitute(raw, env)
    raw = _merge(raw, _env_overrides(env))
    return _build(_merge(raw, overrides or {}))


def _build(raw: dict[str, Any]) -> Config:
    validated: dict[str, Any] = _validate("", raw, SCHEMA)
    _check_references(validated)
    return Config.from_dict(validated)


def _check_references(cfg: dict[str, Any]) -> None:
    for section in SCHEMA:
        if section not in cfg:
            raise ConfigError(f"config: {section}: missing")
    missing = [code for code in CATEGORY_CODES if code not in cfg["categories"]]
    if missing:
        raise ConfigError(f"config: categories.{missing[0]}: missing (every category code needs an entry)")
    for code, category in cfg["categories"].items():
        if category.get("agency") not in cfg["agencies"]:
            raise ConfigError(f"config: categories.{code}.agency: unknown agency {category.get('agency')!r}")
    for i, rule in enumerate(cfg["routing"].get("overrides", [])):
        if rule["agency"] not in cfg["agencies"]:
            raise ConfigError(f"config: routing.overrides[{i}].agency: unknown agency {rule['agency']!r}")
    talk = cfg["conversation"]
    if talk.get("remind_minutes", 0) >= talk.get("expire_minutes", 0):
        raise ConfigError(
            "config: conversation.remind_minutes: must be less than conversation.expire_minutes"
        )
    _check_survey(cfg["survey"])
    base = cfg["messages"].get("id", {})
    for lang, texts in cfg["messages"].items():
        for name in base:
            if name not in texts:
                raise ConfigError(
                    f"config: messages.{lang}.{name}: missing (every language needs every text)"
                )


SURVEY_STEPS = ("fixed", "invite", "comment")  # not element codes: the survey's other steps


def _check_survey(survey: dict[str, Any]) -> None:
    elements = survey.get("elements", {})
    if survey.get("enabled") and not elements:
        raise ConfigError(
            "config: survey.elements: at least one element is needed when the survey is enabled"
        )
    for code, element in elements.items():
        if code in SURVEY_STEPS or not re.fullmatch(r"[a-z][a-z0-9_]{0,29}", code):
            raise ConfigError(f"config: survey.elements.{code}: expected a short lowercase code")
        for key in ("answers", "answers_en"):
            if len(element.get(key, [])) not in (0, 4):
                raise ConfigError(f"config: survey.elements.{code}.{key}: expected 4 labels, worst first")


# --- the typed configuration -------------------------------------------------------------------

S = TypeVar("S")


def _section(cls: type[S], key: str, values: Mapping[str, Any], **typed: Any) -> S:
    """Builds one section's dataclass from its validated mapping; a key the defaults lack is named."""
    kwargs = dict(typed)
    for f in fields(cls):  # type: ignore[arg-type]
        if f.name in kwargs:
            continue
        if f.name in values:
            kwargs[f.name] = values[f.name]
        elif f.default is MISSING:
            raise ConfigError(f"config: {key}.{f.name}: missing")
    return cls(**kwargs)


def _frozen_map(values: Mapping[str, S]) -> Mapping[str, S]:
    return MappingProxyType(dict(values))


@dataclass(frozen=True)
class DatabaseSettings:
    url: str
    echo: bool
    pool_size: int


@dataclass(frozen=True)
class QueueSettings:
    broker: str
    workers: int
    max_attempts: int
    backoff_seconds: float
    max_backoff_seconds: float
    sweep_seconds: float
    send_lease_seconds: float
    sender_limit: int
    sender_window_seconds: float


@dataclass(frozen=True)
class NluSettings:
    url: str
    token: str
    timeout: float
    model_dir: str
    rasa_venv: str
    port: int
    startup_timeout: float
    confidence_threshold: float
    ambiguity_margin: float
    data_dir: str


@dataclass(frozen=True)
class StorageSettings:
    var_dir: str
    media_dir: str


@dataclass(frozen=True)
class WebSettings:
    host: str
    port: int
    secret_key: str
    public_url: str
    max_body_bytes: int
    threads: int
    timeout: float


@dataclass(frozen=True)
class Category:
    nama: str
    name_en: str
    agency: str
    sla_hours: float


@dataclass(frozen=True)
class Agency:
    nama: str
    level: str


@dataclass(frozen=True)
class RoutingRule:
    category: str
    area: str
    agency: str


@dataclass(frozen=True)
class RoutingSettings:
    initial_state: str
    overrides: tuple[RoutingRule, ...] = ()


@dataclass(frozen=True)
class TicketSettings:
    prefix: str
    digits: int
    reopen_days: float


@dataclass(frozen=True)
class SlaSettings:
    first_response_hours: float
    check_seconds: float
    state_hours: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True)
class DuplicateSettings:
    days: float
    radius_m: float


@dataclass(frozen=True)
class ConversationSettings:
    expire_minutes: float
    remind_minutes: float
    max_reports_per_hour: int
    photo_attach_minutes: float


@dataclass(frozen=True)
class SurveyElement:
    """One element of PermenPANRB 14/2017's nine that the survey asks, on the 1-4 scale.

    ``answers``/``answers_en``: the element's own four labels, worst first (empty: the generic ones in
    ``messages``); ``weight``: its weight in the IKM (equal weights are the regulation's).
    """

    nama: str
    name_en: str
    weight: float
    question: str
    question_en: str
    answers: tuple[str, ...] = ()
    answers_en: tuple[str, ...] = ()


@dataclass(frozen=True)
class CampaignSettings:
    """Periodic invitations to citizens who reported in the last period (``survey.campaign``)."""

    enabled: bool
    period_months: int
    days: int
    batch: int
    rate_share: float
    check_seconds: float


@dataclass(frozen=True)
class SurveySettings:
    enabled: bool
    answer_hours: float
    min_responses: int
    campaign: CampaignSettings
    elements: Mapping[str, SurveyElement] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True)
class ConsoleSettings:
    page_size: int
    min_ranked_tickets: int  # the dashboard ranks only agencies with at least this many tickets in the period


@dataclass(frozen=True)
class RetrainSettings:
    labeller_roles: tuple[str, ...]
    holdback_share: float
    margin: float
    low_confidence: float
    data_dir: str
    eval_data: str
    pipeline: str


@dataclass(frozen=True)
class Config:
    """The whole configuration, validated once at start and never changed in place.

    ``channels`` stays a read-only mapping per platform: each adapter reads its own keys in ``from_config``.
    To vary a configuration (tests, the terminal chat), build a new one with :meth:`merged`.
    """

    database: DatabaseSettings
    queue: QueueSettings
    nlu: NluSettings
    storage: StorageSettings
    web: WebSettings
    channels: Mapping[str, Mapping[str, Any]]
    categories: Mapping[str, Category]
    agencies: Mapping[str, Agency]
    routing: RoutingSettings
    ticket: TicketSettings
    sla: SlaSettings
    duplicates: DuplicateSettings
    conversation: ConversationSettings
    messages: Mapping[str, Mapping[str, str]]
    survey: SurveySettings
    console: ConsoleSettings
    retrain: RetrainSettings
    source: Mapping[str, Any] = field(repr=False, compare=False, default_factory=dict)

    @classmethod
    def from_dict(cls, v: Mapping[str, Any]) -> Config:
        """Builds the dataclasses from a validated nested mapping (see ``SCHEMA``)."""
        return cls(
            database=_section(DatabaseSettings, "database", v["database"]),
            queue=_section(QueueSettings, "queue", v["queue"]),
            nlu=_section(NluSettings, "nlu", v["nlu"]),
            storage=_section(StorageSettings, "storage", v["storage"]),
            web=_section(WebSettings, "web", v["web"]),
            channels=_frozen_map({name: _frozen_map(block) for name, block in v["channels"].items()}),
            categories=_frozen_map(
                {c: _section(Category, f"categories.{c}", x) for c, x in v["categories"].items()}
            ),
            agencies=_frozen_map({a: _section(Agency, f"agencies.{a}", x) for a, x in v["agencies"].items()}),
            routing=_section(
                RoutingSettings,
                "routing",
                v["routing"],
                overrides=tuple(RoutingRule(**rule) for rule in v["routing"].get("overrides", [])),
            ),  # fmt: skip
            ticket=_section(TicketSettings, "ticket", v["ticket"]),
            sla=_section(
                SlaSettings, "sla", v["sla"], state_hours=_frozen_map(v["sla"].get("state_hours", {}))
            ),
            duplicates=_section(DuplicateSettings, "duplicates", v["duplicates"]),
            conversation=_section(ConversationSettings, "conversation", v["conversation"]),
            messages=_frozen_map({lang: _frozen_map(texts) for lang, texts in v["messages"].items()}),
            survey=_section(
                SurveySettings,
                "survey",
                v["survey"],
                campaign=_section(CampaignSettings, "survey.campaign", v["survey"].get("campaign", {})),
                elements=_frozen_map(
                    {
                        code: _section(
                            SurveyElement,
                            f"survey.elements.{code}",
                            x,
                            answers=tuple(x.get("answers", ())),
                            answers_en=tuple(x.get("answers_en", ())),
                        )
                        for code, x in v["survey"].get("elements", {}).items()
                    }
                ),
            ),
            console=_section(ConsoleSettings, "console", v["console"]),
            retrain=_section(
                RetrainSettings, "retrain", v["retrain"], labeller_roles=tuple(v["retrain"]["labeller_roles"])
            ),
            source=copy.deepcopy(dict(v)),
        )

    def merged(self, overrides: Mapping[str, Any]) -> Config:
        """A new configuration: this one with ``overrides`` (a nested mapping) merged over it, validated."""
        return _build(_merge(dict(self.source), overrides))


def home(env: Mapping[str, str] | None = None) -> Path:
    """The folder that relative paths in the configuration (``var/``, ``models/``, media) are under.

    ``ADUAN_HOME`` when set, else the current working directory: ``make run`` runs in the repository,
    an installed ``aduan`` in the deployment's own folder.
    """
    env = os.environ if env is None else env
    return Path(env.get("ADUAN_HOME") or os.getcwd()).expanduser().resolve()


def resolve_path(value: str) -> Path:
    """Resolves a configured path relative to :func:`home`."""
    path = Path(value).expanduser()
    return path if path.is_absolute() else home() / path


def gazetteer_dir(value: str) -> Path:
    """The gazetteer's folder: ``nlu.data_dir`` when set, else the Jakarta data shipped with the package."""
    if not value:
        from nlu.places import DATA_DIR

        return DATA_DIR
    return resolve_path(value)


def database_url(cfg: Config) -> str:
    """The database URL, with a relative SQLite path made absolute under :func:`home`."""
    url = cfg.database.url
    prefix = "sqlite:///"
    if url.startswith(prefix) and not url.startswith(prefix + "/") and ":memory:" not in url:
        path = resolve_path(url[len(prefix) :])
        path.parent.mkdir(parents=True, exist_ok=True)
        return prefix + str(path)
    return url
