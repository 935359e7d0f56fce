from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from aduan import settings
from aduan.errors import ConfigError


def test_defaults_load_and_every_category_has_an_agency() -> None:
    cfg = settings.load(env={})
    assert set(cfg.categories) == set(settings.CATEGORY_CODES)
    assert cfg.queue.broker == "inprocess"
    assert cfg.channels["telegram"]["token"] == ""


def test_env_references_and_defaults_are_substituted() -> None:
    cfg = settings.load(env={"TELEGRAM_BOT_TOKEN": "123:abc", "DATABASE_URL": "sqlite:///x.db"})
    assert cfg.channels["telegram"]["token"] == "123:abc"
    assert cfg.database.url == "sqlite:///x.db"


def test_prefixed_env_overrides_any_key_with_typed_values() -> None:
    env = {
        "ADUAN_NLU__URL": "http://rasa:5005",
        "ADUAN_NLU__TIMEOUT": "2.5",
        "ADUAN_WEB__PORT": "9000",
        "ADUAN_CHANNELS__WHATSAPP__ENABLED": "true",
        "ADUAN_CHANNELS__WHATSAPP__PHONE_NUMBER_ID": "0812345",
    }
    cfg = settings.load(env=env)
    assert cfg.nlu.url == "http://rasa:5005"
    assert cfg.nlu.timeout == 2.5
    assert cfg.web.port == 9000
    assert cfg.channels["whatsapp"]["enabled"] is True
    assert cfg.channels["whatsapp"]["phone_number_id"] == "0812345"


def test_deployment_file_merges_over_defaults(tmp_path: Path) -> None:
    path = tmp_path / "deploy.yml"
    path.write_text("ticket:\n  prefix: JKT\nrouting:\n  initial_state: disposisi\n")
    cfg = settings.load(path, env={})
    assert cfg.ticket == settings.TicketSettings(prefix="JKT", digits=6, reopen_days=7.0)
    assert cfg.routing.initial_state == "disposisi"


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"ADUAN_NLU__TIMEOUT": "soon"}, "config: nlu.timeout: expected a number, got 'soon'"),
        ({"ADUAN_NLU__TIMOUT": "3"}, "config: nlu.timout: unknown key"),
        ({"ADUAN_WEB__PORT": "0"}, "config: web.port: must be greater than 0, got 0"),
        ({"ADUAN_TWITTER__MODE": "x"}, "config: twitter: unknown key"),
        (
            {"ADUAN_CHANNELS__TWITTER__MODE": "push"},
            "config: channels.twitter.mode: expected one of webhook, poll, got 'push'",
        ),
        (
            {"ADUAN_ROUTING__INITIAL_STATE": "selesai"},
            "config: routing.initial_state: expected one of menunggu, disposisi, got 'selesai'",
        ),
    ],
)
def test_a_bad_value_or_key_is_one_line_naming_it(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError) as excinfo:
        settings.load(env=env)
    assert str(excinfo.value) == message


def test_unknown_agency_in_a_category_is_named(tmp_path: Path) -> None:
    path = tmp_path / "bad.yml"
    path.write_text("categories:\n  sampah: {agency: nobody}\n")
    with pytest.raises(ConfigError, match=r"^config: categories.sampah.agency: unknown agency 'nobody'$"):
        settings.load(path, env={})


def test_missing_env_variable_without_default_is_named(tmp_path: Path) -> None:
    path = tmp_path / "secret.yml"
    path.write_text("channels:\n  telegram:\n    token: ${MY_TOKEN}\n")
    with pytest.raises(
        ConfigError, match=r"^config: channels.telegram.token: environment variable MY_TOKEN is not set$"
    ):
        settings.load(path, env={})


def test_invalid_yaml_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.yml"
    path.write_text("web:\n  port: [1,\n")
    with pytest.raises(ConfigError, match=r"broken.yml line \d+: not valid YAML$"):
        settings.load(path, env={})


def test_the_documented_config_is_the_one_the_package_ships() -> None:
    root = Path(__file__).resolve().parents[1]
    shipped = settings.DEFAULT_FILE.read_text(encoding="utf-8")
    assert (root / "config.yml").read_text(encoding="utf-8") == shipped, (
        "config.yml and aduan/config.yml differ: edit config.yml, then copy it to aduan/config.yml"
    )


def test_the_configuration_is_typed_and_frozen() -> None:
    cfg = settings.load(env={})
    assert isinstance(cfg.nlu.timeout, float) and isinstance(cfg.web.port, int)
    assert cfg.categories["jalan"].agency == "binamarga"
    with pytest.raises(dataclasses.FrozenInstanceError):
        cfg.nlu.timeout = 1.0  # type: ignore[misc]
    with pytest.raises(TypeError):
        cfg.channels["telegram"]["token"] = "x"  # type: ignore[index]


def test_merged_builds_a_new_validated_configuration() -> None:
    cfg = settings.load(env={})
    other = cfg.merged({"nlu": {"timeout": 3}})
    assert (other.nlu.timeout, cfg.nlu.timeout) == (3.0, 5.0)
    with pytest.raises(ConfigError, match=r"^config: nlu.timeout: expected a number, got 'soon'$"):
        cfg.merged({"nlu": {"timeout": "soon"}})
