"""Platform adapters. A new platform is one module here and one line in ``ADAPTERS``."""

from __future__ import annotations

from bots.base import Adapter
from bots.messenger import InstagramAdapter, MessengerAdapter
from bots.telegram import TelegramAdapter
from bots.twitter import TwitterAdapter
from bots.whatsapp import WhatsAppAdapter

ADAPTERS: dict[str, type[Adapter]] = {
    "telegram": TelegramAdapter,
    "whatsapp": WhatsAppAdapter,
    "twitter": TwitterAdapter,
    "messenger": MessengerAdapter,
    "instagram": InstagramAdapter,
}
