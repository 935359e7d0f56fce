"""Every exception Aduan raises on purpose, in one module shared by all packages.

The web layer maps these to HTTP status codes in one place (``web/webhooks.py``);
the queue maps delivery errors to retry decisions (``jobs/tasks.py``).
"""

from __future__ import annotations


class AduanError(Exception):
    """Base class of every error raised on purpose by Aduan."""


class ConfigError(AduanError):
    """Raised at start when ``config.yml`` or an override has a bad key or value.

    The message is one line that names the key, e.g. ``config: nlu.timeout: expected a number``.
    """


class DatabaseNotMigrated(AduanError):
    """Raised at start when the database schema is behind the code's migrations."""


class BotError(AduanError):
    """Base class of errors raised by a platform adapter in ``bots/``."""


class SignatureError(BotError):
    """Raised when a webhook's signature or secret token is wrong (HTTP 403)."""


class MissingSignature(SignatureError):
    """Raised when a webhook carries no signature or secret token at all (HTTP 401)."""


class MalformedPayload(BotError):
    """Raised when a webhook body cannot be decoded or lacks what its platform promises (HTTP 400)."""


class DeliveryError(BotError):
    """Raised by ``Adapter.send`` when the platform refused or did not answer.

    Attributes:
        retryable: True for network errors, HTTP 429 and 5xx; False for permanent 4xx errors.
        retry_after: seconds the platform asked us to wait, when it said so.
    """

    def __init__(self, message: str, *, retryable: bool, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retryable = retryable
        self.retry_after = retry_after


class RecipientUnreachable(DeliveryError):
    """Raised when the citizen blocked the bot or deleted the chat: never retried."""

    def __init__(self, message: str) -> None:
        super().__init__(message, retryable=False)


class WindowClosed(DeliveryError):
    """Raised when a platform refuses a free-form message outside its messaging window (Meta's 24 hours).

    Never retried as is: the delivery job resends the message as an approved template when the channel
    has them (``bots.base.TemplateFallback``), and gives it up otherwise.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message, retryable=False)


class QueueUnavailable(AduanError):
    """Raised at start by ``aduan worker`` and ``aduan serve`` when the Celery broker (``queue.broker``)
    cannot be reached: one line naming the broker, never a retry loop or a stack trace."""


class NluUnavailable(AduanError):
    """Raised by ``nlu.client`` when the Rasa server cannot be reached or answers with an error."""


class NluStarting(NluUnavailable):
    """Raised by ``nlu.server.SupervisedClient`` while the local Rasa is loading (or being relaunched):
    the message waits for it without a holding reply."""


class RoutingError(AduanError):
    """Raised by ``router`` when no agency is configured for a ticket, or a transition is not allowed."""


class TransitionError(RoutingError):
    """Raised when a ticket state change is not allowed or lacks a required field."""


class ConsoleError(AduanError):
    """Raised by a staff console action that cannot be done as asked (a missing reason, an unknown agency).

    Its one argument is the key of the console text shown to the staff member; nothing was changed.
    """


class RetrainError(AduanError):
    """A label, a spreadsheet import, a training run or a promotion could not be done (the message says
    why); the serving model keeps serving."""
