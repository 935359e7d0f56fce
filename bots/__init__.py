"""Platform adapters. A new platform is one module here and one line in ``ADAPTERS``.

The module (``bots/<name>.py``) holds the adapter class (``verify``, ``parse``, ``send``), the frozen
dataclass of its ``channels.<name>`` keys (``settings_type``, checked when the configuration loads),
and whichever optional capabilities of ``bots.base`` the platform has (``Handshake``, ``DeliveryStatuses``,
``MediaDownload``, ``Poller``, ``TemplateFallback``, ``RateLimited``). Beside it: a fake of the platform's
API in ``fakes/<name>.py`` (with a ``Chat`` class for ``aduan chat``), captured payloads in
``tests/fixtures/<name>/``, and ``tests/bots/test_<name>.py``. The web layer, the jobs and the
configuration need no change: tests/bots/test_capabilities.py proves it with a platform of its own.
"""

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
