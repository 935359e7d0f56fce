"""Staff password hashes: argon2id for every new hash; older werkzeug (pbkdf2/scrypt) hashes still verify."""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from werkzeug.security import check_password_hash

MIN_LENGTH = 8
MAX_LENGTH = 200  # argon2 accepts any length; a cap keeps a megabyte "password" from costing anything extra

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    """An argon2id hash of ``password`` (salted, with argon2-cffi's recommended cost)."""
    return _hasher.hash(password)


def verify_password(stored: str, password: str) -> bool:
    """True when ``password`` matches ``stored`` (argon2, or a werkzeug hash from before argon2)."""
    if len(password) > MAX_LENGTH:
        return False
    if stored.startswith("$argon2"):
        try:
            return _hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return False
    try:
        return check_password_hash(stored, password)
    except ValueError:  # an unknown hash method
        return False


def needs_rehash(stored: str) -> bool:
    """True for a werkzeug hash or an argon2 hash made with weaker parameters than today's."""
    return not stored.startswith("$argon2") or _hasher.check_needs_rehash(stored)


@cache
def _dummy_hash() -> str:
    return _hasher.hash("not a password of anyone")


def burn_time(password: str) -> None:
    """Spends as long as a real verification, so an unknown username answers as slowly as a known one."""
    verify_password(_dummy_hash(), password)


def password_problem(password: str) -> str | None:
    """The text key of what is wrong with a new password, or None."""
    if len(password) < MIN_LENGTH:
        return "password_too_short"
    if len(password) > MAX_LENGTH:
        return "password_too_long"
    return None
