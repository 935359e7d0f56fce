"""Inbound photos: download what a platform only referenced, and keep the bytes in ``storage.media_dir``.

Adapters put platform references in ``InboundMessage.media`` (a file id, a media id). Platforms
expire those references (some media URLs last minutes, media ids about 30 days), so ``process``
calls ``store`` before the NLU: each reference the channel's adapter can download (it is a
``bots.base.MediaDownload``) is saved as ``<base>/<channel>/<sha256>.<ext>`` and replaced in
``Message.media`` by ``{"ref": reference, "path": "<channel>/<sha256>.<ext>", "bytes": size}``, the
path relative to the media folder. A failed download keeps the reference and is logged; a photo that
cannot be written (a full disk) becomes ``{"ref", "missing": reason, "bytes"}``. A photo never holds a
report back.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Any

from aduan import settings
from aduan.errors import BotError
from bots.base import MediaDownload
from jobs.runtime import Runtime
from store.models import Message

log = logging.getLogger("aduan.jobs.media")
# Leading bytes of the image formats platforms send; anything else is stored as .bin.
SIGNATURES = ((b"\xff\xd8\xff", "jpg"), (b"\x89PNG\r\n\x1a\n", "png"), (b"GIF8", "gif"))


def extension(content: bytes) -> str:
    """The file extension for downloaded bytes, read from their signature (``bin`` when unknown)."""
    if content[:4] == b"RIFF" and content[8:12] == b"WEBP":
        return "webp"
    return next((ext for magic, ext in SIGNATURES if content.startswith(magic)), "bin")


def save(content: bytes, channel: str, base_dir: Path) -> str:
    """Writes ``content`` as ``<base_dir>/<channel>/<sha256>.<ext>`` (once) and returns the relative path."""
    relative = f"{channel}/{hashlib.sha256(content).hexdigest()}.{extension(content)}"
    target = base_dir / relative
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(target.suffix + ".part")
        try:
            partial.write_bytes(content)
            partial.replace(target)  # readers never see half a file
        except OSError:
            partial.unlink(missing_ok=True)  # a full disk keeps no half file
            raise
    return relative


def _is_reference(item: Any) -> bool:
    return isinstance(item, str) and bool(item)


def _fetch(adapter: MediaDownload, channel: str, ref: str, base_dir: Path) -> dict[str, Any] | str:
    """The stored form of one reference, or the reference itself when it could not be downloaded."""
    try:
        content = adapter.download_media(ref)
    except BotError as exc:
        log.warning("%s: media %s not downloaded, the reference is kept: %s", channel, ref, exc)
        return ref
    try:
        path = save(content, channel, base_dir)
    except OSError as exc:  # a full or broken disk: the report goes on, the photo is marked missing
        log.error("%s: media %s could not be written to %s: %s", channel, ref, base_dir, exc)
        return {"ref": ref, "missing": f"not stored: {exc.strerror or exc}", "bytes": len(content)}
    return {"ref": ref, "path": path, "bytes": len(content)}


def store(rt: Runtime, message_id: int, *, base_dir: Path | None = None) -> int:
    """Downloads and stores the photos an inbound message references, through its channel's adapter.

    Already stored entries, and channels whose adapter cannot download (no ``MediaDownload``), are left as is.

    Args:
        rt: the runtime (database and adapters).
        message_id: the inbound message.
        base_dir: the media folder; ``storage.media_dir`` by default.

    Returns:
        How many photos were stored, or marked missing, by this call.
    """
    with rt.Session() as session:
        message = session.get(Message, message_id)
        if message is None or not any(_is_reference(item) for item in message.media or []):
            return 0
        channel, media = message.channel, list(message.media)
    adapter = rt.adapters.get(channel)
    if not isinstance(adapter, MediaDownload):
        return 0
    folder = base_dir or settings.resolve_path(rt.cfg.storage.media_dir)
    stored = [_fetch(adapter, channel, item, folder) if _is_reference(item) else item for item in media]
    done = sum(1 for new, old in zip(stored, media, strict=True) if new is not old and isinstance(new, dict))
    # ``done`` counts the missing ones too: they are recorded, so no later attempt tries the download again
    if done:
        with rt.Session.begin() as session:
            message = session.get(Message, message_id)
            if message is not None and message.processed_at is None:
                message.media = stored
    return done
