"""Configuration: ``config.yml``, a deployment file on top, ``${ENV}`` values, ``ADUAN_<SECTION>__<KEY>`` overrides.

Loading order: the repository's ``config.yml`` (the defaults), then the file named by
``ADUAN_CONFIG`` merged over it, then ``${VAR}`` / ``${VAR:-default}`` substitution, then
environment overrides such as ``ADUAN_NLU__URL`` or ``ADUAN_CHANNELS__TELEGRAM__TOKEN``.
The result is validated against ``SCHEMA``; the first problem raises ``ConfigError`` with
one line naming the key.
"""

from __future__ import annotations

import copy
import os
import re
from collections.abc import Callable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from aduan.errors import ConfigError

# The defaults ship inside the package; the repository's top-level config.yml is the documented copy of them
# (a test keeps the two equal), so an installed ``aduan`` needs no file beside it.
DEFAULT_FILE = Path(str(resources.files("aduan").joinpath("config.yml")))
ENV_PREFIX = "ADUAN_"
_ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")

Config = dict[str, Any]
Check = Callable[[str, Any], Any]

CATEGORY_CODES = (
    "sampah", "banjir", "saluran_air", "jalan", "listrik", "parkir_liar", "perhubungan",
    "transportasi_publik", "pohon", "ketertiban", "bangunan", "air_bersih", "kesehatan",
    "pendidikan", "sosial", "kependudukan", "pelayanan_publik", "lainnya",
)  # fmt: skip
TICKET_STATES = (
    "menunggu", "diverifikasi", "disposisi", "koordinasi", "proses",
    "selesai", "ditolak", "duplikat", "dibatalkan",
)  # fmt: skip
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


STR, INT, FLOAT, BOOL = _typed(str, "a string"), _typed(int, "an integer"), _typed(float, "a number"), _typed(
    bool, "true or false"
)


def _one_of(*choices: str) -> Check:
    def check(key: str, value: Any) -> Any:
        if value not in choices:
            raise ConfigError(f"config: {key}: expected one of {', '.join(choices)}, got {value!r}")
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


_META = {"enabled": BOOL, "app_secret": STR, "verify_token": STR, "api_base_url": STR, "api_version": STR,
         "per_chat_interval": FLOAT}

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
    "web": {"host": STR, "port": _positive(INT), "secret_key": STR, "public_url": STR, "max_body_bytes": INT},
    "channels": {
        "telegram": {"enabled": BOOL, "token": STR, "secret_token": STR, "api_base_url": STR, "per_chat_interval": FLOAT},
        "whatsapp": {**_META, "phone_number_id": STR, "access_token": STR, "templates": _mapping_of(STR)},
        "twitter": {
            "enabled": BOOL,
            "mode": _one_of("webhook", "poll"),
            "consumer_key": STR,
            "consumer_secret": STR,
            "access_token": STR,
            "access_token_secret": STR,
            "bot_user_id": STR,
            "api_base_url": STR,
            "poll_seconds": _positive(FLOAT),
            "per_chat_interval": FLOAT,
        },
        "messenger": {**_META, "page_access_token": STR},
        "instagram": {**_META, "page_access_token": STR},
    },
    "categories": _mapping_of({"nama": STR, "name_en": STR, "agency": STR, "sla_hours": _positive(FLOAT)}, CATEGORY_CODES),
    "agencies": _mapping_of({"nama": STR, "level": _one_of("provinsi", "kota", "kecamatan", "kelurahan")}),
    "routing": {
        "initial_state": _one_of("menunggu", "disposisi"),
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
    "survey": {"enabled": BOOL, "delay_hours": FLOAT},
    "console": {"page_size": _positive(INT)},
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


def load(path: str | Path | None = None, *, env: Mapping[str, str] | None = None, overrides: Mapping[str, Any] | None = None) -> Config:
    """Loads and validates the configuration.

    Args:
        path: a deployment file merged over the defaults; ``ADUAN_CONFIG`` when None.
        env: the environment to read ``${VAR}`` and ``ADUAN_*`` from; ``os.environ`` when None.
        overrides: a nested mapping merged last (tests use it).

    Returns:
        The validated configuration as nested dicts, with relative paths resolved against the repository.

    Raises:
        ConfigError: one line naming the first bad key or value.
    """
    env = os.environ if env is None else env
    cfg = _read_yaml(DEFAULT_FILE)
    path = path or env.get("ADUAN_CONFIG")
    if path:
        cfg = _merge(cfg, _read_yaml(Path(path)))
    cfg = _substitute(cfg, env)
    cfg = _merge(cfg, _env_overrides(env))
    if overrides:
        cfg = _merge(cfg, overrides)
    validated: Config = _validate("", cfg, SCHEMA)
    _check_references(validated)
    return validated


def _check_references(cfg: Config) -> None:
    missing = [code for code in CATEGORY_CODES if code not in cfg["categories"]]
    if missing:
        raise ConfigError(f"config: categories.{missing[0]}: missing (every category code needs an entry)")
    for code, category in cfg["categories"].items():
        if category.get("agency") not in cfg["agencies"]:
            raise ConfigError(f"config: categories.{code}.agency: unknown agency {category.get('agency')!r}")
    for i, rule in enumerate(cfg["routing"]["overrides"]):
        if rule["agency"] not in cfg["agencies"]:
            raise ConfigError(f"config: routing.overrides[{i}].agency: unknown agency {rule['agency']!r}")
    talk = cfg["conversation"]
    if talk["remind_minutes"] >= talk["expire_minutes"]:
        raise ConfigError("config: conversation.remind_minutes: must be less than conversation.expire_minutes")
    base = cfg["messages"].get("id", {})
    for lang, texts in cfg["messages"].items():
        for name in base:
            if name not in texts:
                raise ConfigError(f"config: messages.{lang}.{name}: missing (every language needs every text)")


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
    url: str = cfg["database"]["url"]
    prefix = "sqlite:///"
    if url.startswith(prefix) and not url.startswith(prefix + "/") and ":memory:" not in url:
        path = resolve_path(url[len(prefix) :])
        path.parent.mkdir(parents=True, exist_ok=True)
        return prefix + str(path)
    return url
