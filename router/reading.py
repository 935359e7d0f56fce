"""Reading a citizen's words beyond the NLU: short answers, corrections, and the words that say where.

Pure functions on text, so the dialogue's decisions about a message can be read (and tested) apart from it.
"""

from __future__ import annotations

import re

# Short answers the NLU may not read as affirm/deny on their own (a safety net, matched on the whole message).
YES_WORDS = frozenset(["ya", "iya", "iyaa", "y", "yes", "yup", "yap", "ok", "oke", "okay", "betul", "benar",
                       "bener", "sudah", "udah", "setuju", "sip", "kirim"])  # fmt: skip
NO_WORDS = frozenset(["tidak", "tdk", "bukan", "nggak", "ngga", "gak", "ga", "enggak", "no", "nope", "salah"])
# A message that is only one of these asks how to use Aduan, as /help does on Telegram; "bantuan" alone is
# too short for the NLU to tell a request for help from a request for aid.
HELP_WORDS = frozenset({"help", "bantuan", "menu", "panduan", "cara lapor", "cara melapor", "bantuan dong"})
# "belum beres" after a ticket is selesai: the citizen asks to reopen it.
REOPEN = re.compile(
    r"\b(belum\s+(beres|tuntas|diperbaiki|dikerjakan)|masih\s+(rusak|mati|belum|sama|bermasalah)"
    r"|buka\s+(lagi|kembali)|not\s+(fixed|resolved|done)|still\s+(broken|not)|reopen)\b",
    re.IGNORECASE,
)
# An information request, not a report: "kapan bansos KJP cair?", "syarat bikin KTP apa?".
QUESTION = re.compile(
    r"^\W*(kapan|bagaimana\s+cara|gimana\s+cara|cara\s+(bikin|buat|membuat|mengurus|urus|daftar|mendaftar)"
    r"|(apa\s+)?(syarat|persyaratan)|berapa\s+(biaya|lama|harga|tarif)|apakah\s+bisa|bisakah|dimana\s+bisa"
    r"|di\s+mana\s+bisa|how\s+(do|can|to|long|much)|when\s+(will|is|does|do)|what\s+(are|is)\s+the\s+requirement)\b",
    re.IGNORECASE,
)
# Taking note of an answer: "siap", "oke saya tunggu", "ditunggu kabarnya", "noted, thanks".
ACKNOWLEDGEMENT = re.compile(
    r"^\W*(siap|oke?|okay|ok+|baik|sip|noted|alright|thanks?|thank\s+you|makasih|terima\s*kasih|mantap|good)\b"
    r"|\b(tunggu|ditunggu|menunggu|wait(ing)?)\b",
    re.IGNORECASE,
)
DONT_KNOW = re.compile(
    r"^\W*(saya\s+)?(tidak|nggak|ngga|gak|ga|enggak|kurang|belum)\s+(tahu|tau|yakin|ingat)\b|^\W*(entah|gatau|gktau)\b"
    r"|\b(don'?t|do\s+not)\s+know\b|^\W*not\s+sure\b",
    re.IGNORECASE,
)
# A message that corrects the report in progress rather than starting another one.
CORRECTION = re.compile(
    r"^\W*(bukan|salah|ralat|koreksi|maksud\w*|eh|sorry|no|oh|actually|i\s+mean|correction)\b"
    r"|\b(actually|maksudnya|maksud\s+saya|not\s+the|bukan\s+yang|salah\s+(kategori|lokasi|tempat))\b"
    r"|,\s*(bukan|not)\b",
    re.IGNORECASE,
)
# Words that say where inside a place ("gang belakang pasar", "depan masjid"): kept in the place text.
PLACE_LEAD = frozenset(
    """di dekat depan belakang samping sebelah seberang pojok ujung gang gg gg. dalam sekitar area kawasan
    near behind opposite beside in at on""".split()  # noqa: SIM905 (a word list reads better as words)
)
RT_RW = re.compile(r"\b(rt|rw)\.?\s*\d{1,3}(\s*/\s*(rw\.?\s*)?\d{1,3})?", re.IGNORECASE)
# Words any place answer may have; what is left without them (and the place's name) is about a problem.
PLACE_WORDS = frozenset(
    """di ke dekat depan belakang samping sebelah seberang pojok ujung gang gg jl jln jalan raya no nomor
    rt rw kel kelurahan kec kecamatan kota jakarta selatan utara barat timur pusat sini situ sana itu ini
    yang lokasi lokasinya tempat tempatnya alamat alamatnya daerah wilayah area kawasan sekitar dalam komplek
    perumahan blok masjid pasar sekolah kantor halte stasiun terminal the in at on near behind street road
    it is its location place address""".split()  # noqa: SIM905 (a word list reads better as words)
)
MAX_PLACE_TEXT = 200


def answer(text: str) -> bool | None:
    """True when the whole message is a yes word, False when it is a no word, else None."""
    words = re.sub(r"[^\w\s]", " ", text.lower()).split()
    if words and all(w in YES_WORDS for w in words):
        return True
    if words and all(w in NO_WORDS for w in words):
        return False
    return None


def is_help(text: str) -> bool:
    return " ".join(text.lower().strip("/!?. ").split()) in HELP_WORDS


def is_correction(text: str) -> bool:
    """ "bukan, maksudnya lampu jalan", "actually it's the street lamp, not the traffic light"."""
    return CORRECTION.search(text) is not None


def problem_words(text: str, place: str | None) -> list[str]:
    """The words of a message that are neither its place's name nor words any place answer has."""
    text = text.lower()
    if place:
        text = text.replace(place.lower(), " ")
    words = re.findall(r"[^\W\d_]+", text)
    return [
        w for w in words if w not in PLACE_WORDS and w not in YES_WORDS and w not in NO_WORDS and len(w) > 1
    ]


def is_place_detail(text: str, *, problem: int) -> bool:
    """A place answer naming no unit but where inside one: "RT 05", "di gang belakang", "depan masjid"."""
    if RT_RW.search(text):
        return True
    words = text.lower().split()
    return bool(words) and words[0] in PLACE_LEAD and problem < 2


def place_detail(text: str) -> str:
    """A place answer as kept in the ticket: one line, without a leading "di" or "lokasinya"."""
    text = " ".join(text.split())
    text = re.sub(r"^(di|lokasi(nya)?|tempat(nya)?|alamat(nya)?)\s+", "", text, flags=re.IGNORECASE)
    return text[:MAX_PLACE_TEXT]


def place_words(text: str, name: str | None) -> str | None:
    """The citizen's words for a place inside a report: the place's name with the words leading to it.

    "banjir di gang belakang pasar minggu" with the name "pasar minggu" gives "gang belakang pasar minggu";
    an "RT 05/RW 02" after the name is kept too.
    """
    text = " ".join(text.split())
    start = text.lower().find(name.lower()) if name else -1
    if name is None or start < 0:
        return name
    before = text[:start].split()
    window = range(max(0, len(before) - 5), len(before))
    lead = next((i for i in window if before[i].lower() in PLACE_LEAD), len(before))
    words = " ".join([*before[lead:], text[start : start + len(name)]])
    tail = RT_RW.search(text[start + len(name) :])
    return place_detail(f"{words} {tail.group(0)}" if tail else words)


# Words that name no category: "dinas", "bagian", "urusan" ... in "bukan, ini urusan dinas perhubungan".
_NAMING_WORDS = frozenset(
    """dinas badan suku sudin unit kantor bagian urusan kategori kategorinya masalah soal tentang laporan ini
    itu yang dan atau ke di bukan salah maksud maksudnya harusnya seharusnya mestinya lebih tepat the a an of
    to it is its not about department office agency category actually mean sorry oh wait eh just really
    problem issue report""".split()  # noqa: SIM905 (a word list reads better)
)


_NEGATED = re.compile(r"\b(not|bukan|instead\s+of)\b[^,.;!?]*", re.IGNORECASE)


def _has(names: frozenset[str], word: str) -> bool:
    return word in names or f"{word}s" in names  # "light" names "Street lights & cables"


def category_words(names: list[str]) -> frozenset[str]:
    """The words that name a category: from its code, its names and its agency's name and code."""
    words = re.findall(r"[^\W\d_]+", " ".join(names).lower().replace("_", " "))
    return frozenset(w for w in words if w not in _NAMING_WORDS and len(w) > 1)


def named_category(text: str, vocabulary: dict[str, tuple[frozenset[str], frozenset[str]]]) -> str | None:
    """The one category a typed name points to ("satpol pp", "dinas tenaga kerja", "pajak"), else None.

    A word of the category's own code or names counts twice a word of its agency's name, so "dinas
    perhubungan" picks ``perhubungan`` over the other categories of the same agency.

    Args:
        text: what the citizen typed.
        vocabulary: category code -> (the words of its code and names, the words of its agency).
    """
    text = _NEGATED.sub(" ", text.lower())  # "..., not the traffic light": the category it is not
    words = [w for w in re.findall(r"[^\W\d_]+", text) if w not in _NAMING_WORDS and len(w) > 1]
    if not words or len(words) > 6:  # a category's name is short; a longer text is a description
        return None
    scores = {
        code: sum(2 * _has(own, w) + _has(agency, w) for w in words)
        for code, (own, agency) in vocabulary.items()
    }
    best = max(scores.values(), default=0)
    winners = [code for code, score in scores.items() if score == best]
    if not best or len(winners) != 1:
        return None
    own, agency = vocabulary[winners[0]]
    covered = sum(_has(own, w) or _has(agency, w) for w in words)
    return winners[0] if covered * 2 >= len(words) else None
