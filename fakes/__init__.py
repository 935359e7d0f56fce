"""Local fake platform servers (Telegram Bot API, WhatsApp Cloud API, X API) for tests and the local demo.

Each fake records what Aduan sent it, answers in the platform's real shapes, and can be told
to fail (HTTP status, delay) so delivery retries can be tested against the real SDKs.
"""
