"""The client for Rasa's HTTP API: one POST to ``/model/parse`` per message, places resolved here.

Rasa finds the category (the intent) and the span of the place; ``nlu.places`` turns the
span into Kemendagri units. The router decides what to do when Rasa is down
(``NluUnavailable``): the message is kept and retried, never dropped.

``nlu.url`` may list several Rasa servers (comma-separated). The client takes them in turn (round
robin); one that fails is skipped for ``DOWN_SECONDS`` and tried again afterwards, and a request that
fails on one server is retried on the next, so a server going down costs no message.
"""

from __future__ import annotations

import itertools
import re
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

import httpx

from aduan.errors import NluUnavailable
from nlu.danger import DangerVocabulary, default_vocabulary
from nlu.hashtags import expand_hashtags

CATEGORY_PREFIX = "lapor_"
FALLBACK_INTENT = "nlu_fallback"
EMERGENCY_INTENT = "emergency"
PLACE_ENTITIES = frozenset({"location", "kelurahan", "kecamatan", "kota", "landmark"})
DOWN_SECONDS = 10.0  # a server that failed is skipped this long, then tried again
MAX_CHARS = 2000  # Rasa's featurizers slow down on long letters; the head carries the complaint
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Handles and links say nothing about the problem; on X a report can carry a dozen of them.
_HANDLES_AND_LINKS = re.compile(r"(?<![\w.])@\w+|\bhttps?://\S+|\bwww\.\S+", re.IGNORECASE)


@dataclass(frozen=True)
class Location:
    """A place as the citizen wrote it, and the units it resolves to (Kemendagri codes or None)."""

    text: str | None = None
    kelurahan: str | None = None
    kecamatan: str | None = None
    kota: str | None = None
    outside: bool = False
    candidates: tuple[Location, ...] = ()
    nama: str | None = None  # the name of the most specific unit, when the gazetteer was asked

    @property
    def resolved(self) -> bool:
        return bool(self.kelurahan or self.kecamatan or self.kota) and not self.outside

    @property
    def code(self) -> str | None:
        """The code of the most specific unit known."""
        return self.kelurahan or self.kecamatan or self.kota

    @property
    def level(self) -> str | None:
        """``kelurahan``, ``kecamatan`` or ``kota``: the level of :attr:`code`."""
        return (
            "kelurahan"
            if self.kelurahan
            else "kecamatan"
            if self.kecamatan
            else "kota"
            if self.kota
            else None
        )

    def candidate_dicts(self) -> list[dict[str, Any]]:
        """The units offered when the place is ambiguous, as ``aduan nlu parse`` prints them."""
        return [{"code": c.code, "level": c.level, "nama": c.nama} for c in self.candidates if c.code]

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "kelurahan": self.kelurahan,
            "kecamatan": self.kecamatan,
            "kota": self.kota,
        }


@dataclass(frozen=True)
class NluResult:
    """What the NLU read in one message.

    Attributes:
        text: the text as sent to Rasa.
        intent: the top intent (``lapor_<category>``, a conversational intent, or ``nlu_fallback``).
        category: the category code when the intent is a report, else None.
        confidence: the top intent's confidence.
        location: the place mentioned, resolved as far as possible.
        ranking: (intent, confidence) pairs, best first.
        entities: Rasa's raw entities.
        model: the model Rasa used.
        emergency: None when the message describes no danger to life or crime happening now, else its kind:
            ``"fire"`` (113), ``"police"`` (110), ``"medical"`` (118/119), ``"rescue"`` (115) or
            ``"general"`` (112). A message that is only an emergency has intent ``emergency`` and no
            category; one that also reports a city problem keeps the report's intent and category.
    """

    text: str
    intent: str
    category: str | None
    confidence: float
    location: Location = field(default_factory=Location)
    ranking: tuple[tuple[str, float], ...] = ()
    entities: tuple[dict[str, Any], ...] = ()
    model: str | None = None
    emergency: str | None = None

    def categories(self) -> list[tuple[str, float]]:
        """The report categories in the ranking, best first."""
        return [(category_of(i), c) for i, c in self.ranking if category_of(i)]  # type: ignore[misc]

    def to_json(self) -> dict[str, Any]:
        """The shape ``aduan nlu parse`` prints (DESIGN.md, stable interfaces)."""
        return {
            "text": self.text,
            "intent": self.intent,
            "category": self.category,
            "confidence": round(self.confidence, 4),
            "ranking": [{"category": c, "confidence": round(x, 4)} for c, x in self.categories()[:3]],
            "location": {**self.location.to_dict(), "candidates": self.location.candidate_dicts()},
        }


class PlaceResolver(Protocol):
    def resolve(self, text: str) -> Any: ...

    def unit(self, kode: str) -> Any: ...


def category_of(intent: str | None) -> str | None:
    """Maps an intent to its category code: ``lapor_sampah`` -> ``sampah``; others -> None."""
    if intent and intent.startswith(CATEGORY_PREFIX):
        return intent[len(CATEGORY_PREFIX) :]
    return None


def clean(text: str) -> str:
    """Normalises what the citizen typed before Rasa sees it.

    NFKC, no control characters, no @handles or links, hashtags spelled out as words ("#BanjirJakarta"
    -> "Banjir Jakarta", see ``nlu.hashtags``), single spaces, bounded length.
    """
    text = unicodedata.normalize("NFKC", text or "")
    text = _CONTROL.sub(" ", text)
    text = _HANDLES_AND_LINKS.sub(" ", text)
    text = expand_hashtags(text)
    # Rasa reads a message starting with "/" as an intent name ("/bantuan" -> intent "bantuan").
    return " ".join(text.split()).lstrip("/")[:MAX_CHARS]


def split_urls(url: str) -> list[str]:
    """The Rasa servers of ``nlu.url``: one URL, or several separated by commas or spaces."""
    return [u.rstrip("/") for u in re.split(r"[,\s]+", url or "") if u]


def pool(url: str, timeout: float) -> httpx.Client:
    """A keep-alive connection pool to one Rasa server."""
    return httpx.Client(
        base_url=url,
        timeout=httpx.Timeout(timeout, connect=min(timeout, 2.0)),
        limits=httpx.Limits(max_keepalive_connections=8, max_connections=16),
    )


@dataclass
class Server:
    """One Rasa server of the client: its connection pool, until when it is skipped, what it answered."""

    url: str
    http: httpx.Client
    down_until: float = 0.0
    answered: int = 0
    failed: int = 0


class NluClient:
    """Talks to one or more Rasa servers over keep-alive connection pools.

    Args:
        url: Rasa's base URL, e.g. ``http://127.0.0.1:5005``, or several separated by commas: requests
            go to each in turn, and one that fails is skipped for ``down_seconds``.
        token: Rasa's auth token (sent as ``?token=``, the only way Rasa 3.6 takes it).
        timeout: seconds for one request, connect and read.
        places: the gazetteer that resolves place spans; None leaves units empty.
        danger: the danger vocabulary read after Rasa (``nlu.danger``); the one shipped by default.
        down_seconds: how long a server that failed is skipped before it is tried again.
    """

    def __init__(
        self,
        url: str,
        token: str,
        *,
        timeout: float = 5.0,
        places: PlaceResolver | None = None,
        danger: DangerVocabulary | None = None,
        down_seconds: float = DOWN_SECONDS,
    ) -> None:
        urls = split_urls(url) or [url.rstrip("/")]
        self.url = ",".join(urls)
        self.token = token
        self.places = places
        self.danger = danger or default_vocabulary()
        self.down_seconds = down_seconds
        self._timeout = timeout
        self.servers = [Server(u, pool(u, timeout)) for u in urls]
        self._turn = itertools.count()
        self._lock = threading.Lock()

    def parse(self, text: str) -> NluResult:
        """Parses one message.

        Args:
            text: what the citizen wrote (any length, any characters).

        Returns:
            The result; an empty or symbol-only text gets ``out_of_scope`` with confidence 0
            without a round trip.

        Raises:
            NluUnavailable: no Rasa server could be reached or each answered with an error.
        """
        cleaned = clean(text)
        if not any(ch.isalnum() for ch in cleaned):
            return NluResult(text=cleaned, intent="out_of_scope", category=None, confidence=0.0)
        data = self._post("/model/parse", {"text": cleaned})
        return self._result(cleaned, data)

    def parse_many(self, texts: Iterable[str], *, concurrency: int = 4) -> list[NluResult]:
        """Parses many messages with a few requests in flight, keeping their order."""
        with ThreadPoolExecutor(max_workers=concurrency) as pool:
            return list(pool.map(self.parse, texts))

    def status(self) -> dict[str, Any]:
        """``GET /status`` (the loaded model's file and fingerprint) of the first server that answers.

        Raises:
            NluUnavailable: no server answered.
        """
        errors = []
        for server in self._order():
            try:
                response = server.http.get("/status", params={"token": self.token})
                response.raise_for_status()
            except httpx.HTTPError as exc:
                errors.append(f"GET {server.url}/status failed: {exc}")
                continue
            result: dict[str, Any] = response.json()
            return result
        raise NluUnavailable("nlu: " + "; ".join(errors))

    def load_model(self, model_path: str) -> None:
        """Tells every Rasa server to load another model (``PUT /model``).

        Raises:
            NluUnavailable: a server could not load it (the others have).
        """
        errors = []
        for server in self.servers:
            try:
                response = server.http.put(
                    "/model", params={"token": self.token}, json={"model_file": model_path}, timeout=300
                )
                response.raise_for_status()
            except httpx.HTTPError as exc:
                errors.append(f"PUT {server.url}/model failed: {exc}")
        if errors:
            raise NluUnavailable("nlu: " + "; ".join(errors))

    def close(self) -> None:
        for server in self.servers:
            server.http.close()

    def _order(self) -> list[Server]:
        """The servers to try for one request: those up, starting with the next in turn, then those down."""
        now = time.monotonic()
        with self._lock:
            start = next(self._turn) % len(self.servers)
        turn = self.servers[start:] + self.servers[:start]
        up = [s for s in turn if s.down_until <= now]
        return up + sorted((s for s in turn if s.down_until > now), key=lambda s: s.down_until)

    def _post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        errors = []
        for server in self._order():
            try:
                response = server.http.post(path, params={"token": self.token}, json=body)
            except httpx.HTTPError as exc:
                errors.append(f"{server.url} unreachable: {exc.__class__.__name__}")
                self._failed(server)
                continue
            if response.status_code != 200:
                errors.append(f"{server.url}{path} answered {response.status_code}: {response.text[:200]}")
                self._failed(server)
                continue
            server.down_until, server.answered = 0.0, server.answered + 1
            data: dict[str, Any] = response.json()
            return data
        raise NluUnavailable("nlu: " + "; ".join(errors))

    def _failed(self, server: Server) -> None:
        server.failed += 1
        if len(self.servers) > 1:  # a lone server is always tried: there is nothing to skip to
            server.down_until = time.monotonic() + self.down_seconds

    def _result(self, text: str, data: dict[str, Any]) -> NluResult:
        intent = data.get("intent") or {}
        name = intent.get("name") or "out_of_scope"
        ranking = tuple((r["name"], float(r["confidence"])) for r in data.get("intent_ranking") or ())
        if name == FALLBACK_INTENT and ranking:
            # FallbackClassifier puts itself first; the category buttons need the real candidates.
            ranking = tuple(r for r in ranking if r[0] != FALLBACK_INTENT)
        entities = tuple(data.get("entities") or ())
        result = NluResult(
            text=text,
            intent=name,
            category=category_of(name),
            confidence=float(intent.get("confidence") or 0.0),
            location=self.locate(text, entities),
            ranking=ranking,
            entities=entities,
            model=data.get("model"),
        )
        return with_emergency(result, self.danger)

    def _unit_name(self, kode: str) -> str | None:
        try:
            return str(self.places.unit(kode).nama) if self.places is not None else None
        except KeyError:
            return None

    def locate(self, text: str, entities: Iterable[dict[str, Any]]) -> Location:
        """Resolves the place: the whole message first, then each place span Rasa found (longest first).

        The gazetteer reads the whole message better than a span: it weighs every mention against the
        others (a kelurahan and its kecamatan nest; "tinggal di Bekasi" is where the citizen lives, not
        the problem). A span still helps when the message as a whole resolves to nothing.
        """
        spans = sorted(place_spans(text, entities), key=len, reverse=True)
        if self.places is None:
            return Location(text=spans[0]) if spans else Location()
        for candidate in [text, *spans]:
            place = self.places.resolve(candidate)
            if place is not None:
                return to_location(place, names=self._unit_name)
        return Location(text=spans[0]) if spans else Location()


_GAP = re.compile(r"[\s,./()-]*")


def place_spans(text: str, entities: Iterable[dict[str, Any]]) -> list[str]:
    """The place mentions in ``text``: overlapping or adjacent place entities merged into one span.

    DIET and the lookup extractor may each find part of "gg. mawar kel. pejaten timur"; the
    gazetteer resolves best when it sees the whole phrase.
    """
    found = sorted(
        (int(e["start"]), int(e["end"]))
        for e in entities
        if e.get("entity") in PLACE_ENTITIES
        and isinstance(e.get("start"), int)
        and isinstance(e.get("end"), int)
    )
    merged: list[list[int]] = []
    for start, end in found:
        if merged and (start <= merged[-1][1] or _GAP.fullmatch(text[merged[-1][1] : start])):
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [text[s:e].strip() for s, e in merged if text[s:e].strip()]


def with_emergency(result: NluResult, danger: DangerVocabulary) -> NluResult:
    """Sets ``emergency`` from the model's intent and the danger layer together.

    Recall counts most: a danger the layer finds happening now raises an emergency whatever the model read;
    a report keeps its intent and category beside it, anything else becomes intent ``emergency``. An
    emergency the model read stands, with the kind the message names (``general`` when it names none),
    unless every danger word in it was cancelled (past, a worry, denied, fiction, over): then the model's
    next reading is taken.

    Args:
        result: what Rasa read (and the places resolved).
        danger: the danger vocabulary.

    Returns:
        The result with ``emergency`` set, and intent/category changed as described.
    """
    reading = danger.read(_without_places(result))
    model_says = result.intent == EMERGENCY_INTENT or (
        result.intent == FALLBACK_INTENT and bool(result.ranking) and result.ranking[0][0] == EMERGENCY_INTENT
    )
    if reading.kind:
        if result.category:
            return replace(result, emergency=reading.kind)
        confidence = dict(result.ranking).get(EMERGENCY_INTENT, result.confidence)
        return replace(
            result, intent=EMERGENCY_INTENT, category=None, confidence=confidence, emergency=reading.kind
        )
    guessed = result.intent == FALLBACK_INTENT and not reading.cancelled
    if not model_says or guessed:
        # Under the fallback threshold the model's emergency is a guess; the danger words found none.
        return result
    if not reading.cancelled:
        return replace(result, intent=EMERGENCY_INTENT, category=None, emergency=danger.hint(result.text))
    intent, confidence = next(
        ((i, c) for i, c in result.ranking if i not in (EMERGENCY_INTENT, FALLBACK_INTENT)),
        ("out_of_scope", 0.0),
    )
    return replace(result, intent=intent, category=category_of(intent), confidence=confidence)


def _without_places(result: NluResult) -> str:
    """The text with its place names blanked: "Tegal Parang" names a kelurahan, not a machete."""
    text = result.text
    for span in sorted(
        {*place_spans(text, result.entities), result.location.text or ""}, key=len, reverse=True
    ):
        if span:
            text = text.replace(span, " , ")
    return text


def to_location(place: Any, *, names: Callable[[str], str | None] | None = None) -> Location:
    """Converts an ``nlu.places.Place`` into the client's ``Location``.

    Args:
        place: the gazetteer's reading.
        names: code -> unit name, to name the place and its candidates (left None without it).
    """
    code = place.kelurahan or place.kecamatan or place.kota
    return Location(
        text=place.text,
        kelurahan=place.kelurahan,
        kecamatan=place.kecamatan,
        kota=place.kota,
        outside=bool(place.outside),
        candidates=tuple(to_location(c, names=names) for c in place.candidates),
        nama=names(code) if names and code else None,
    )
