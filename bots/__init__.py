"""Platform adapters. A new platform is one module here and one line in ``ADAPTERS``."""

from __future__ import annotations

from bots.base import Adapter
from bots.telegram import TelegramAdapter

ADAPTERS: dict[str, type[Adapter]] = {
    "telegram": TelegramAdapter,
}
