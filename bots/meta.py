"""What WhatsApp, Messenger and Instagram share: Meta's webhook handshake and signature, and the Graph API.

Meta signs every webhook POST with ``X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body>``
keyed by the app secret, and verifies the callback URL once with a GET carrying ``hub.mode``,
``hub.verify_token`` and ``hub.challenge``. Sends go to the Graph API, whose errors carry a numeric
``code`` (and sometimes an ``error_subcode``) that says more than the HTTP status does.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from aduan.errors import (
    DeliveryError,
    MissingSignature,
    RecipientUnreachable,
    SignatureError,
    WindowClosed,
)
from bots.base import ChannelSettings

SIGNATURE_HEADER = "X-Hub-Signature-256"
DEFAULT_API_BASE_URL = "https://graph.facebook.com"
DEFAULT_API_VERSION = "v21.0"
TIMEOUT = httpx.Timeout(15.0, connect=5.0)

# Graph error codes that mean "slow down" or "try later": app/user/page/WABA rate limits, WhatsApp
# throughput (130429), spam (131048) and per-user pair (131056) limits, and transient server errors.
RETRYABLE_CODES = frozenset({1, 2, 4, 17, 32, 613, 80007, 130429, 131000, 131016, 131048, 131056, 133004})

ErrorKey = tuple[int, int | None]
"""A Graph error ``(code, error_subcode)``; a subcode of ``None`` matches any subcode."""


@dataclass(frozen=True)
class MetaSettings(ChannelSettings):
    """The keys every Meta channel has: the app's secret, the webhook's verify token and the Graph version."""

    app_secret: str = ""
    verify_token: str = ""
    api_version: str = DEFAULT_API_VERSION


def header(headers: Mapping[str, str], name: str) -> str | None:
    """Returns a header's value whatever the case of its name, or None."""
    wanted = name.lower()
    for key, value in headers.items():
        if key.lower() == wanted:
            return value
    return None


def verify_signature(headers: Mapping[str, str], body: bytes, app_secret: str) -> None:
    """Checks Meta's ``X-Hub-Signature-256`` header against the raw body.

    Args:
        headers: the request headers (any case).
        body: the raw request body, exactly as received.
        app_secret: the Meta app's secret.

    Raises:
        MissingSignature: the header is absent or empty.
        SignatureError: the header is not ``sha256=<hex>`` or does not match.
    """
    given = header(headers, SIGNATURE_HEADER)
    if not given:
        raise MissingSignature(f"no {SIGNATURE_HEADER} header")
    if not app_secret:
        # Anyone can compute an HMAC with an empty key: an unset secret accepts nothing.
        raise SignatureError("app_secret is not configured")
    expected = "sha256=" + hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(given.strip().lower().encode(), expected.encode()):
        raise SignatureError(f"{SIGNATURE_HEADER} does not match the body")


def challenge(args: Mapping[str, str], verify_token: str) -> tuple[str, int]:
    """Answers Meta's GET verification of the webhook URL.

    Args:
        args: the query parameters (``hub.mode``, ``hub.verify_token``, ``hub.challenge``).
        verify_token: the token configured in the Meta app dashboard.

    Returns:
        ``(challenge, 200)`` when the token matches, ``("forbidden", 403)`` when it does not,
        ``("bad request", 400)`` when a parameter is missing or the mode is not ``subscribe``.
    """
    mode, token, echo = args.get("hub.mode"), args.get("hub.verify_token"), args.get("hub.challenge")
    if mode != "subscribe" or not token or not echo:
        return "bad request", 400
    if not verify_token or not hmac.compare_digest(token.encode(), verify_token.encode()):
        return "forbidden", 403
    return echo, 200


class MetaWebhook:
    """Meta's webhook handshake and signature, shared by the WhatsApp, Messenger and Instagram adapters."""

    _app_secret: str
    verify_token: str

    def verify(self, headers: Mapping[str, str], body: bytes) -> None:
        """Checks ``X-Hub-Signature-256`` on the raw body (see ``verify_signature``)."""
        verify_signature(headers, body, self._app_secret)

    def challenge(self, args: Mapping[str, str]) -> tuple[str, int]:
        """Answers the GET ``hub.challenge`` with this adapter's verify token."""
        return challenge(args, self.verify_token)

    handshake = challenge  # the name the web layer calls for every platform


def retry_after(headers: Mapping[str, str]) -> float | None:
    """Seconds from a ``Retry-After`` header (delta seconds or HTTP date), or None."""
    value = header(headers, "Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, (parsedate_to_datetime(value) - datetime.now(UTC)).total_seconds())
    except (TypeError, ValueError):
        return None


def _error_key(response: httpx.Response) -> tuple[ErrorKey | None, str]:
    try:
        error = response.json().get("error")
    except (ValueError, AttributeError):
        error = None
    if not isinstance(error, Mapping) or not isinstance(error.get("code"), int):
        return None, response.text[:200]
    subcode = error.get("error_subcode")
    message = str(error.get("message", ""))
    return (error["code"], subcode if isinstance(subcode, int) else None), message


def _matches(key: ErrorKey, keys: frozenset[ErrorKey]) -> bool:
    return key in keys or (key[0], None) in keys


class GraphClient:
    """A small synchronous Graph API client that turns HTTP and Graph errors into ``DeliveryError``s.

    Args:
        platform: adapter name, used in error messages.
        access_token: the bearer token (WhatsApp system-user token or Page access token).
        api_base_url: replaces ``https://graph.facebook.com`` (tests, demos).
        api_version: the Graph version path segment, e.g. ``v21.0``.
        window_codes: Graph errors meaning "outside the 24-hour window" (raised as ``WindowClosed``).
        unreachable_codes: Graph errors meaning the user blocked us or cannot receive messages.
    """

    def __init__(
        self,
        *,
        platform: str,
        access_token: str,
        api_base_url: str | None,
        api_version: str | None,
        window_codes: frozenset[ErrorKey],
        unreachable_codes: frozenset[ErrorKey],
    ) -> None:
        self.platform = platform
        self.base = (
            f"{(api_base_url or DEFAULT_API_BASE_URL).rstrip('/')}/{api_version or DEFAULT_API_VERSION}"
        )
        self._window = window_codes
        self._unreachable = unreachable_codes
        self._http = httpx.Client(timeout=TIMEOUT, headers={"Authorization": f"Bearer {access_token}"})

    def request(self, method: str, url: str, *, json: Mapping[str, Any] | None = None) -> httpx.Response:
        """Sends one request (``url`` relative to the versioned base unless absolute) and checks it.

        Raises:
            DeliveryError: network error, HTTP error or Graph error (see ``error_for``).
        """
        if not url.startswith(("http://", "https://")):
            url = f"{self.base}/{url.lstrip('/')}"
        try:
            response = self._http.request(method, url, json=json)
        except httpx.HTTPError as exc:
            raise DeliveryError(f"{self.platform}: {exc!r}", retryable=True) from exc
        if response.is_error:
            raise self.error_for(response)
        return response

    def error_for(self, response: httpx.Response) -> DeliveryError:
        """Maps a failed Graph response to the matching ``DeliveryError``."""
        key, message = _error_key(response)
        detail = f"{self.platform}: HTTP {response.status_code} {key} {message}"
        if key and _matches(key, self._window):
            return WindowClosed(detail)
        if key and _matches(key, self._unreachable):
            return RecipientUnreachable(detail)
        # Graph answers most errors, rate limits included, with HTTP 400: the code decides.
        transient = response.status_code == 429 or response.status_code >= 500
        if transient or (key is not None and key[0] in RETRYABLE_CODES):
            return DeliveryError(detail, retryable=True, retry_after=retry_after(response.headers))
        return DeliveryError(detail, retryable=False)

    def close(self) -> None:
        """Closes the connection pool."""
        self._http.close()
