"""Place resolver: citizen words or a map point -> Kemendagri kelurahan/kecamatan/kota codes.

The gazetteer reads the public Jakarta data shipped in ``nlu/data/jakarta/`` (see its README): the 318
administrative units, the kelurahan polygons, the geoportal points of interest, the street names and the
Transjakarta stops.

Text resolution works on normalised tokens (:func:`normalize`). Every span of up to six tokens is looked up,
spacing-insensitively, in an index of unit names and aliases, kota names, cities outside Jakarta, landmarks
(after a generic word such as "halte" or "stasiun", or a distinctive multi-word name) and streets (after
"jalan"). Uncovered spans may then match a unit name fuzzily. Overlapping mentions are resolved longest first.

Choosing among several mentions (the "problem place" heuristic):

* a mention preceded, within a few tokens, by a residence cue ("tinggal", "domisili", "asal", "rumah saya",
  "saya dari") is penalised; one preceded by a location cue ("depan", "dekat", "sekitar", "lokasi", ...) or by
  a contrast word ("tapi", "namun", ...) gains; so "tinggal di Bekasi tapi kerja di Tebet" answers Tebet;
* a mention that nests with other mentions (kelurahan + its kecamatan + its kota) gains; the anchor's readings
  are then narrowed by every mention that nests with them, so "Menteng, kel. Pegangsaan" answers Pegangsaan;
* names that are ordinary Indonesian words ("Baru", "Tengah", "Gelora", "Pasar Baru", ...) never stand alone:
  they need a "kel."/"kec." marker or a nesting mention; an outside city right after a Jakarta name
  ("Kelapa Dua, Depok") makes the whole mention outside Jakarta; names that are proper names first
  ("Kapuk", "Rambutan", "Bungur", ...) only need a place cue before ("di", "daerah") or an RT/RW after;
* a kelurahan sharing its kecamatan's name ("Kemayoran", "Pasar Minggu") answers the kecamatan (with the
  kelurahan as a candidate) when bare, and the kelurahan with a "kel." marker or an RT/RW next to it: measured
  on flood reports, a bare shared name meant that very kelurahan less than half the time;
* a name right after "kali"/"sungai" is a river ("kali Angke"), not a place; a marked mention beats an
  unmarked one; "jl. X" where X is a kelurahan the street runs through answers that kelurahan;
* a bare kelurahan name inside a longer proper name ("X Raya", "X Indah", "X City", "apartemen X", or
  "X Barat" when that is no unit) names a street, estate or quarter that may lie next door: it answers
  only the kecamatan.

Precision is preferred to recall: when in doubt the resolver abstains (``None``) or returns candidates.
"""

from __future__ import annotations

import csv
import json
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import shapely
from rapidfuzz import fuzz, process
from shapely import STRtree
from shapely.geometry import shape

__all__ = ["Gazetteer", "Place", "Unit", "normalize"]

WILAYAH_FILE = "dki_jakarta_wilayah.csv"
KELURAHAN_FILE = "dki_jakarta_kelurahan.geojson"
POI_FILE = "jakarta_geoportal_poi.csv"
STREET_FILE = "street_names_from_geoportal_addresses.csv"
STOPS_FILE = "transjakarta_gtfs_stops.txt"
# Well-known places by the names Jakartans use for them ("monas", "rscm", "blok m"), written by the team:
# the data's own points name them formally ("HALTE MONUMEN NASIONAL") or not at all.
DATA_DIR = Path(str(resources.files("nlu").joinpath("data", "jakarta")))
ALIASES_FILE = Path(str(resources.files("nlu").joinpath("landmarks.csv")))

DEFAULT_MARGIN_M = 400.0
FUZZY_CUTOFF = 88.0  # tuned on the dev set in tests/nlu/test_places.py (86 accepts 'pancuran')
MAX_TOKENS = 400
_MARK_BONUS = 0.1  # a "kel."/"kec." marker beats a bare name nearer a location cue
# A place named in the text that cannot hold with the chosen one, weighing this near it, is a rival: it lowers
# the answer's confidence and is offered beside it as a candidate.
_CONFLICT_MARGIN = 0.2
_MAX_SPAN = 6
_METRES_PER_DEGREE = 111_320.0

# ---------------------------------------------------------------------------------------------- vocabulary


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "kel": ("kelurahan",),
    "kelurahan": ("kelurahan",),
    "kelur": ("kelurahan",),
    "lurah": ("lurah",),
    "kec": ("kecamatan",),
    "kecamatan": ("kecamatan",),
    "kcmtn": ("kecamatan",),
    "camat": ("camat",),
    "kab": ("kabupaten",),
    "kep": ("kepulauan",),
    "kodya": ("kota",),
    "kotamadya": ("kota",),
    "jaksel": ("jakarta", "selatan"),
    "jaktim": ("jakarta", "timur"),
    "jakbar": ("jakarta", "barat"),
    "jakut": ("jakarta", "utara"),
    "jakpus": ("jakarta", "pusat"),
    "jkt": ("jakarta",),
    "tj": ("tanjung",),
    "tg": ("tanjung",),
    "tjg": ("tanjung",),
    "pd": ("pondok",),
    "cip": ("cipinang",),
    "kb": ("kebon",),
    "kbn": ("kebon",),
    "klp": ("kelapa",),
    "pdk": ("pondok",),
    "kby": ("kebayoran",),
    "kebyrn": ("kebayoran",),
    "ps": ("pasar",),
    "psr": ("pasar",),
    "cemp": ("cempaka",),
    "kp": ("kampung",),
    "kmp": ("kampung",),
    "kpg": ("kampung",),
    "kamp": ("kampung",),
    "jl": ("jalan",),
    "jln": ("jalan",),
    "jalan": ("jalan",),
    "gg": ("gang",),
    "st": ("stasiun",),
    "sta": ("stasiun",),
    "stsn": ("stasiun",),
    "kebun": ("kebon",),
    "prpt": ("prapatan",),
    "sltn": ("selatan",),
    "bsr": ("besar",),
    "slt": ("selatan",),
    "tmr": ("timur",),
    "brt": ("barat",),
    "utr": ("utara",),
    "tn": ("tanah",),
    "bks": ("bekasi",),
    "tng": ("tangerang",),
    "tgr": ("tangerang",),
    "tangsel": ("tangerang", "selatan"),
    "pkm": ("puskesmas",),
    "mal": ("mall",),
    "plz": ("plaza",),
    "priuk": ("priok",),
}
_JAKARTA_DIRECTIONS: dict[str, str] = {
    "sel": "selatan",
    "tim": "timur",
    "bar": "barat",
    "ut": "utara",
    "pus": "pusat",
    "pst": "pusat",
}
_JAKARTA_WORDS = frozenset({"jakarta", "jak", "jkt"})
_DIRECTION_SHORT: dict[str, tuple[str, ...]] = {
    "timur": ("tim",),
    "barat": ("bar",),
    "selatan": ("sel",),
    "utara": ("ut",),
}
_LEVEL_MARKERS: dict[str, str] = {
    "kelurahan": "kelurahan",
    "desa": "kelurahan",
    "kecamatan": "kecamatan",
    "kota": "kota_kab",
    "kabupaten": "kota_kab",
    "lurah": "kelurahan",
    "camat": "kecamatan",  # "pak lurah Kemayoran"
}
_SKIP_BEFORE_NAME = frozenset({"administrasi", "adm"})
_FUNCTION_WORDS = _wordset(
    "di ke dari yang dan atau ada ini itu sudah belum tidak gak ga nggak sangat sekali saya kami kita "
    "mohon tolong pak bu bapak ibu untuk dengan pada juga karena sejak masih lagi sudah banyak warga "
    "jalan gang rt rw no nomor dekat depan samping belakang sekitar arah menuju"
)
_RESIDENCE_CUES = frozenset({"tinggal", "domisili", "berdomisili", "asal", "ktp", "kos", "ngekos"})
# Words before a place that is not where the problem is: where people fled to, where the water came from.
_ELSEWHERE_CUES = _wordset(
    "mengungsi ngungsi mengungsikan diungsikan evakuasi dievakuasi pengungsian kiriman"
)
# "X dekat Y": Y right after a place and a word of nearness is a reference point for X, not a second place.
_NEAR_WORDS = _wordset("dekat deket dkt sekitar samping seberang sebrang belakang depan sebelah")
_RESIDENCE_BIGRAMS = frozenset({("rumah", "saya"), ("rumah", "kami"), ("saya", "dari"), ("alamat", "saya")})
_LOCATION_CUES = _wordset(
    "depan dekat sekitar lokasi tepatnya samping belakang seberang persis daerah kawasan wilayah area "
    "lokasinya tkp"
)
_CONTRAST_WORDS = frozenset({"tapi", "tetapi", "namun", "sedangkan", "melainkan"})
_FUZZY_CONTEXT = frozenset(
    {"di", "kelurahan", "kecamatan", "daerah", "wilayah", "kawasan", "sekitar", "dekat", "area", "kota"}
)
_AFFIXES = ("kan", "nya", "lah", "kah", "pun")
# Before an outside city: a road or direction ("jalan raya bekasi", "arah bogor") -> no place at all; an
# origin or neighbourhood ("kiriman dari bogor", "dekat bekasi") -> a weak place that a Jakarta name beats.
_OUTSIDE_BLOCKERS = frozenset({"jalan", "raya", "arah", "tol", "menuju", "ke", "perbatasan", "batas", "gang"})
_OUTSIDE_WEAKENERS = frozenset({"dari", "dekat", "kiriman", "via", "sampai", "hingga", "sama", "seperti"})

# Unit names that are ordinary words or shared with neighbouring cities: they need a marker or a nesting
# mention.
_RISKY_NAMES = _wordset(
    "baru tengah jati pulo gunung dukuh setu kramat gedong kenari kartini galur bangka tangki karet gelora "
    "rambutan kamal guntur selong serdang susukan kapuk bungur pasarbaru kampungtengah kampungrawa "
    "kelapadua pekayon ceger cipayung kalibaru sumurbatu kebonbaru harapan"
)
# Risky names that are proper names first (a fruit, a tree, a rare word, a neighbouring city's district):
# a place cue right before ("di", "daerah", "sekitar", ...) or an RT/RW right after is enough for them.
_SOFT_RISKY_NAMES = _wordset(
    "rambutan kamal selong serdang susukan kapuk bungur gedong galur guntur ceger cipayung kebonbaru "
    "kampungrawa sumurbatu kalibaru kampungtengah"
)
_PLACE_CUES = frozenset(
    {
        "di",
        "daerah",
        "kawasan",
        "wilayah",
        "sekitar",
        "dekat",
        "area",
        "lokasi",
        "tkp",
        "seputar",
        "sekitaran",
        "dikawasan",
        "didaerah",
    }
)
# Words that introduce an area by name: after them even an ordinary-word name ("daerah Kramat") is the place.
_AREA_CUES = frozenset({"daerah", "kawasan", "wilayah", "didaerah", "dikawasan", "diwilayah", "sekitaran"})
_ADDRESS_WORDS = frozenset({"rt", "rw"})
# A unit name inside a longer proper name: a street ("Jembatan Lima Raya"), an estate or a building
# ("Kalibata City", "Taman X Indah", "apartemen X"), or a quarter named by direction ("Jelambar Barat", when
# that is not itself a unit). Such places often lie in a neighbouring kelurahan of the same kecamatan, so the
# name only vouches for the kecamatan.
_DERIVED_AFTER = _wordset(
    "raya indah permai asri city residence residences regency park garden gardens square plaza mall tower "
    "towers estate land hills village mansion golf barat timur utara selatan"
)
_DERIVED_BEFORE = _wordset("apartemen apartment apartement tol flyover underpass hotel tower")
_RIVER_WORDS = frozenset({"kali", "sungai", "kanal", "bantaran", "kalinya", "sungainya"})
# First words of several unit names that are too ordinary to stand for the group ("rawa", "kebon", ...).
_GROUP_STOPWORDS = _wordset(
    "kebon duri pasar mangga cempaka utan tanah kampung tanjung tugu rawa kelapa jembatan tegal kota pondok "
    "duren kayu malaka pulau kepulauan sukabumi kebayoran taman kali"
)
_OUTSIDE_NAMES = (
    "bekasi",
    "kota bekasi",
    "kabupaten bekasi",
    "depok",
    "tangerang",
    "tangerang selatan",
    "kota tangerang",
    "bogor",
    "kabupaten bogor",
    "bandung",
    "surabaya",
    "semarang",
    "yogyakarta",
    "jogja",
    "yogya",
    "makassar",
    "bali",
    "banten",
    "jawa barat",
    "jawa tengah",
    "jawa timur",
    "cilegon",
    "karawang",
    "cikarang",
    "tambun",
    "cibitung",
    "bantar gebang",
    "jatiasih",
    "jatibening",
    "pondok gede",
    "cimanggis",
    "sawangan",
    "cinere",
    "cibinong",
    "cileungsi",
    "ciputat",
    "pamulang",
    "serpong",
    "bsd",
    "pondok aren",
    "ciledug",
    "cipondoh",
    "karawaci",
    "cianjur",
    "sukabumi",
    "palembang",
    "lampung",
    "surakarta",
    "purwakarta",
    "bintaro sektor",
    "bintaro jaya",
)
# Units Jakarta does not have: no desa or dusun, and one kabupaten (Kepulauan Seribu). "desa X", "dusun X",
# "kabupaten X" name a place outside Jakarta unless X is a Jakarta name ("kabupaten kepulauan seribu").
_OUTSIDE_UNIT_WORDS = frozenset({"desa", "ds", "dusun", "dsn", "kabupaten"})
_JAKARTA_KABUPATEN_WORDS = frozenset({"administrasi", "adm", "kepulauan", "seribu"})
# Words after "desa"/"kabupaten" that name no outside place: function words, markers, Jakarta's kabupaten.
_NOT_OUTSIDE_NAMES = _FUNCTION_WORDS | _JAKARTA_KABUPATEN_WORDS | frozenset(_LEVEL_MARKERS)
# Generic words that introduce a landmark in the text -> the landmark kinds searched.
_RS_WORDS = (
    "rs",
    "rsud",
    "rsu",
    "rsia",
    "rsab",
    "rsk",
    "rsup",
    "rsb",
    "rsj",
    "rspad",
    "rspau",
    "rspi",
    "rsgm",
    "rskd",
    "rsko",
    "rsjp",
)
# Words that introduce a housing estate or a block of flats ("komplek X", "perumahan X", "rusun X").
_ESTATE_WORDS = _wordset("komplek kompleks komp perumahan perum perumnas rusun rusunawa apartemen asrama")
_GENERIC_PHRASES: dict[tuple[str, ...], tuple[str, ...]] = {
    ("halte",): ("halte",),
    ("shelter",): ("halte",),
    ("halte", "busway"): ("halte",),
    ("halte", "transjakarta"): ("halte",),
    ("halte", "tj"): ("halte",),
    ("terminal",): ("halte",),
    ("stasiun",): ("stasiun", "halte"),
    ("stasiun", "krl"): ("stasiun",),
    ("krl",): ("stasiun",),
    ("rumah", "sakit"): ("rs",),
    ("puskesmas",): ("puskesmas",),
    ("kantor", "lurah"): ("lurah",),
    ("kantor", "kelurahan"): ("lurah",),
    ("kantor", "camat"): ("camat",),
    ("kantor", "kecamatan"): ("camat",),
    ("mall",): ("mall",),
    ("plaza",): ("mall",),
    ("pasar",): ("mall",),
    ("itc",): ("mall",),
    ("pusat", "perbelanjaan"): ("mall",),
    **{(w,): ("rs",) for w in _RS_WORDS},
    **{(w,): ("komplek",) for w in _ESTATE_WORDS},
}
# Words stripped from the front of a landmark's name, per kind, to get its core name.
_LANDMARK_PREFIXES: dict[str, frozenset[str]] = {
    "halte": frozenset({"halte", "terminal"}),
    "stasiun": frozenset({"stasiun"}),
    "rs": frozenset({*_RS_WORDS, "rumah", "sakit"}),
    "puskesmas": frozenset({"puskesmas", "kelurahan", "kecamatan"}),
    "lurah": frozenset({"kantor", "lurah", "kelurahan"}),
    "camat": frozenset({"kantor", "camat", "kecamatan"}),
    "mall": frozenset({"mall", "plaza", "pasar", "itc", "jaya", "pd"}),
    "komplek": _ESTATE_WORDS,
}
# Words that name a kind of place rather than a place: never a place name on their own.
_GENERIC_WORDS = frozenset({word for phrase in _GENERIC_PHRASES for word in phrase}) | _wordset(
    "kota kabupaten kecamatan kelurahan desa dusun ruko negeri sd smp sma smk tk gedung blok sekolah kantor "
    "masjid gereja pos"
)
_POI_WEIGHT = 3.0
_STOP_WEIGHT = 1.0
_DISTINCT_STOP_FIRST = _wordset(
    "jalan gang masjid musholla mushola sdn smpn sman smkn sd smp sma smk sekolah gereja simpang pertigaan "
    "perempatan komplek kompleks perumahan kantor kelurahan kecamatan pasar taman tpu gedung yayasan rs "
    "puskesmas apotek apotik klinik bank pos halte"
)
_COMMON_TOKENS = _wordset(
    "baru lama jaya raya indah utara selatan timur barat tengah dalam luar besar kecil atas bawah kali rawa "
    "kebon pondok kampung pulau pulo tanjung jati kayu tanah sungai jembatan gunung bukit pasar kota taman "
    "dua tiga satu lima agung mas sari mulia harapan karya makmur bambu kelapa mangga sawah air batu besi "
    "putih manis sumur kramat royong gotong damai rakyat pusat industri city square mall plaza pintu banjir "
    "kanal tanggul saluran lampu rumah warga gedung kampus pabrik gudang depo pool flyover underpass rel "
    "polsek polres koramil kodim hotel apartemen tower"
)
_STREET_TITLES = _wordset(
    "jend jenderal jendral letjend letjen mayjen mayjend brigjen laksda laksamana kh h hj hr dr ir prof r "
    "s mt tb ki raden"
)
_ROMAN = re.compile(r"^(?:[ivxl]+|\d+[a-z]?|km|no)$")
_TOKEN_RE = re.compile(r"[a-z0-9]+")
_GLUED_ADDRESS = re.compile(r"^(rt|rw)(\d{1,3})$")


# ---------------------------------------------------------------------------------------------- public types


@dataclass(frozen=True)
class Unit:
    """One administrative unit of DKI Jakarta."""

    kode: str
    nama: str
    level: str
    kecamatan: str | None
    kota: str | None
    lat: float
    lng: float


@dataclass(frozen=True)
class Place:
    """A resolved place: the most specific Kemendagri codes known, with confidence and alternatives."""

    text: str
    kelurahan: str | None
    kecamatan: str | None
    kota: str | None
    source: str
    score: float
    candidates: tuple[Place, ...] = ()
    outside: bool = False

    @property
    def ambiguous(self) -> bool:
        """True when several alternatives remain (see ``candidates``)."""
        return len(self.candidates) > 1


# ---------------------------------------------------------------------------------------------- normalisation


@dataclass(frozen=True)
class _Tok:
    word: str
    start: int
    end: int


def _fold(text: str) -> tuple[str, list[int]]:
    """Lowercase and strip accents, keeping for each folded char the index of its original char."""
    out: list[str] = []
    index: list[int] = []
    for pos, char in enumerate(text):
        if char.isascii():
            folded = char.lower()
        else:
            decomposed = unicodedata.normalize("NFKD", char)
            folded = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
        out.append(folded)
        index.extend([pos] * len(folded))
    return "".join(out), index


def _split_raw(word: str, start: int, end: int, heads: frozenset[str]) -> list[tuple[str, int, int]]:
    """Split a glued house number ("rt05" -> "rt 05") and, when ``heads`` are given, a glued "di" before a
    place word ("dipluit" -> "di pluit", "dikel" -> "di kel"): chat writers often drop the space."""
    address = _GLUED_ADDRESS.match(word)
    if address:
        cut = start + len(address.group(1))
        return [(address.group(1), start, cut), (address.group(2), cut, end)]
    if heads and len(word) >= 5 and word.startswith("di") and word not in heads:
        rest = word[2:]
        if _ABBREVIATIONS.get(rest, (rest,))[0] in heads:
            return [("di", start, start + 2), (rest, min(start + 2, end), end)]
    return [(word, start, end)]


def _tokenize(text: str, heads: frozenset[str] = frozenset()) -> list[_Tok]:
    """Split ``text`` into normalised tokens with their character span in the original text.

    ``heads`` (the first words of place names) lets a glued "di" be split off ("dipluit"); without them the
    words are kept as written.
    """
    folded, index = _fold(text)
    raw = [
        part
        for m in _TOKEN_RE.finditer(folded)
        for part in _split_raw(m.group(), index[m.start()], index[m.end() - 1] + 1, heads)
    ]
    tokens: list[_Tok] = []
    for pos, (word, start, end) in enumerate(raw):
        previous = raw[pos - 1][0] if pos else ""
        if word in _JAKARTA_DIRECTIONS and previous in _JAKARTA_WORDS:
            tokens.append(_Tok(_JAKARTA_DIRECTIONS[word], start, end))
            continue
        if word == "jak" and pos + 1 < len(raw) and raw[pos + 1][0] in _JAKARTA_DIRECTIONS:
            tokens.append(_Tok("jakarta", start, end))
            continue
        for expanded in _ABBREVIATIONS.get(word, (word,)):
            tokens.append(_Tok(expanded, start, end))
    return tokens


def normalize(text: str) -> str:
    """Normalise place text: lowercase, strip accents and punctuation, expand abbreviations, collapse spaces.

    Prefix abbreviations are expanded to full words ("kel." -> "kelurahan", "kec." -> "kecamatan",
    "jaksel" -> "jakarta selatan", "tj." -> "tanjung", "pd." -> "pondok", "kby" -> "kebayoran",
    "ps." -> "pasar", "kebun" -> "kebon", ...) so that the gazetteer can treat them as markers.

    Args:
        text: Any text.

    Returns:
        The normalised words joined by single spaces ("" when there are none).
    """
    return " ".join(tok.word for tok in _tokenize(text))


def _compact(words: Iterable[str]) -> str:
    return "".join(words)


# ---------------------------------------------------------------------------------------------- internals


@dataclass(frozen=True)
class _Reading:
    kel: str | None
    kec: str | None
    kota: str | None
    outside: bool = False

    def specificity(self) -> int:
        return 3 if self.kel else 2 if self.kec else 1 if self.kota else 0

    def sort_key(self) -> tuple[str, str, str]:
        return (self.kel or "", self.kec or "", self.kota or "")


_OUTSIDE = _Reading(None, None, None, True)


def _nests(a: _Reading, b: _Reading) -> bool:
    """True when the two readings can describe the same place (one contains the other)."""
    if a.outside or b.outside:
        return a.outside and b.outside
    pairs = ((a.kel, b.kel), (a.kec, b.kec), (a.kota, b.kota))
    return all(x is None or y is None or x == y for x, y in pairs)


def _merge(a: _Reading, b: _Reading) -> _Reading:
    return _Reading(a.kel or b.kel, a.kec or b.kec, a.kota or b.kota, a.outside)


@dataclass(frozen=True)
class _Name:
    readings: tuple[_Reading, ...]
    kind: str  # "unit" | "group" | "kota" | "outside"
    risky: bool = False


@dataclass
class _Mention:
    start: int
    end: int
    readings: tuple[_Reading, ...]
    source: str
    score: float
    rank: int = 0
    risky: bool = False
    marked: bool = False
    weight: float = 0.0
    support: int = 0

    def length(self) -> int:
        return self.end - self.start


def _dedupe(readings: Iterable[_Reading]) -> tuple[_Reading, ...]:
    return tuple(sorted(set(readings), key=_Reading.sort_key))


def _name_variants(name: str) -> set[str]:
    """Normalised spellings of a unit name: as written, and with short direction words ("tebet tim")."""
    words = normalize(name).split()
    variants = {" ".join(words)} if words else set()
    if len(words) >= 2 and words[-1] in _DIRECTION_SHORT:
        variants.update(" ".join([*words[:-1], short]) for short in _DIRECTION_SHORT[words[-1]])
    return variants


def _unit_reading(unit: Unit) -> _Reading:
    if unit.level == "kelurahan":
        return _Reading(unit.kode, unit.kecamatan, unit.kota)
    if unit.level == "kecamatan":
        return _Reading(None, unit.kode, unit.kota)
    return _Reading(None, None, unit.kode)


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _load_units(path: Path) -> tuple[dict[str, Unit], dict[str, list[str]]]:
    """Read the wilayah CSV: units by code, and their surface names (nama, nama_bps) by code."""
    units: dict[str, Unit] = {}
    surfaces: dict[str, list[str]] = {}
    for row in _read_csv(path):
        level = row["level"]
        if level == "provinsi":
            continue
        kode = row["kode_kemendagri"]
        kecamatan = row["kecamatan_kode"] or None if level == "kelurahan" else None
        units[kode] = Unit(
            kode,
            row["nama"],
            level,
            kecamatan,
            row["kota_kab_kode"] or kode,
            float(row["lat"]),
            float(row["lng"]),
        )
        surfaces[kode] = [row["nama"], *([row["nama_bps"]] if row["nama_bps"] else [])]
    return units, surfaces


def _kota_short_names(nama: str) -> list[str]:
    """Short forms of a kota name: "Kota Administrasi Jakarta Selatan" -> "jakarta selatan", ..."""
    words = normalize(nama).split()
    core = [w for w in words if w not in {"kota", "kabupaten", "administrasi"}]
    forms = [" ".join(core)]
    if core and core[0] == "kepulauan":
        forms.append(" ".join(["pulau", *core[1:]]))
    return forms


# ---------------------------------------------------------------------------------------------- gazetteer


class Gazetteer:
    """All of Jakarta's places: names, landmarks, streets and boundaries, with text and point lookups."""

    _cache: dict[tuple[str, float], Gazetteer] = {}

    def __init__(self, units: dict[str, Unit], margin_m: float = DEFAULT_MARGIN_M) -> None:
        """Create an empty gazetteer over ``units``; use :meth:`load` instead."""
        self._units = units
        self.margin_m = margin_m
        self._names: dict[str, _Name] = {}
        self._surface: dict[str, set[str]] = {
            "kelurahan": set(),
            "kecamatan": set(),
            "kota": set(),
            "landmark": set(),
        }
        self._landmarks: dict[str, dict[str, list[tuple[_Reading, float]]]] = {}
        self._distinct: dict[str, list[tuple[_Reading, float]]] = {}
        self._streets: dict[str, tuple[_Reading, ...]] = {}
        self._aliases: dict[str, tuple[_Reading, ...]] = {}
        self._alias_forms: set[str] = set()
        self._fuzzy_keys: list[str] = []
        self._heads: frozenset[str] = frozenset()
        self._poly_codes: list[str] = []
        self._tree: STRtree | None = None

    # ------------------------------------------------------------------ loading

    @classmethod
    def load(cls, data_dir: Path, margin_m: float = DEFAULT_MARGIN_M) -> Gazetteer:
        """Load (once per process and directory) the gazetteer from the shared Jakarta data.

        Args:
            data_dir: The folder holding the files described in ``shared/data/README.md``.
            margin_m: How far (metres) outside every polygon a point still counts for the nearest kelurahan.

        Returns:
            The gazetteer, cached for later calls with the same arguments.
        """
        key = (str(Path(data_dir).resolve()), float(margin_m))
        if key not in cls._cache:
            cls._cache[key] = cls._build(Path(data_dir), margin_m)
        return cls._cache[key]

    @classmethod
    def _build(cls, data_dir: Path, margin_m: float) -> Gazetteer:
        units, surfaces = _load_units(data_dir / WILAYAH_FILE)
        gaz = cls(units, margin_m)
        gaz._index_units(surfaces)
        gaz._index_outside()
        gaz._load_polygons(data_dir / KELURAHAN_FILE)
        gaz._index_poi(_read_csv(data_dir / POI_FILE))
        gaz._index_stops(_read_csv(data_dir / STOPS_FILE))
        gaz._index_streets(_read_csv(data_dir / STREET_FILE))
        gaz._index_aliases(ALIASES_FILE)
        gaz._fuzzy_keys = sorted(
            k for k, n in gaz._names.items() if n.kind in ("unit", "outside") and not n.risky and len(k) >= 6
        )
        gaz._heads = gaz._name_heads()
        return gaz

    def _name_heads(self) -> frozenset[str]:
        """First words of unit, kota and outside names, markers and landmark words: after a glued "di"."""
        forms = [*self._surface["kelurahan"], *self._surface["kecamatan"], *self._surface["kota"]]
        forms += [normalize(name) for name in _OUTSIDE_NAMES]
        heads = {form.split()[0] for form in forms if form}
        heads |= {phrase[0] for phrase in _GENERIC_PHRASES} | set(_LEVEL_MARKERS) | _AREA_CUES
        return frozenset(heads | {"jalan", "gang"})

    def _add_name(self, surface: str, reading: _Reading, kind: str) -> None:
        key = surface.replace(" ", "")
        if not key:
            return
        old = self._names.get(key)
        readings = _dedupe([*(old.readings if old else ()), reading])
        risky = key in _RISKY_NAMES
        self._names[key] = _Name(readings, kind if old is None else old.kind, risky)

    def _index_units(self, surfaces: dict[str, list[str]]) -> None:
        for kode, names in surfaces.items():
            unit = self._units[kode]
            reading = _unit_reading(unit)
            bucket = "kota" if unit.level == "kota_kab" else unit.level
            forms: set[str] = set()
            for nama in names:
                if bucket == "kota":
                    forms.update([normalize(nama), *_kota_short_names(nama)])
                else:
                    forms.update(_name_variants(nama))
            for form in forms:
                self._add_name(form, reading, "kota" if bucket == "kota" else "unit")
                self._surface[bucket].add(form)
        self._add_extra_aliases()
        self._index_groups()

    def _add_extra_aliases(self) -> None:
        """Aliases not in the data: island names without "pulau", "halim", "kampung tengah" spellings."""
        extra = {
            "tidung": "Pulau Tidung",
            "untung jawa": "Pulau Untung Jawa",
            "halim": "Halim Perdana Kusuma",
            "kramat jati": "Kramatjati",
            "palmeriem": "Palmeriam",
        }
        by_name = {u.nama: u for u in self._units.values() if u.level == "kelurahan"}
        for alias, nama in extra.items():
            if nama in by_name:
                self._add_name(alias, _unit_reading(by_name[nama]), "unit")
                self._surface["kelurahan"].add(alias)

    def _index_groups(self) -> None:
        """Bare first words shared by several unit names ("sunter", "cipete", "pejaten") -> all of them."""
        groups: dict[str, set[_Reading]] = {}
        members: dict[str, set[str]] = {}
        for unit in self._units.values():
            words = normalize(unit.nama).split()
            for k in range(1, len(words) if unit.level != "kota_kab" else 0):
                prefix = " ".join(words[:k])
                groups.setdefault(prefix, set()).add(_unit_reading(unit))
                members.setdefault(prefix, set()).add(" ".join(words))
        for prefix, readings in groups.items():
            key = prefix.replace(" ", "")
            if len(members[prefix]) < 2 or key in self._names or prefix in _GROUP_STOPWORDS:
                continue
            self._names[key] = _Name(_dedupe(readings), "group")

    def _index_outside(self) -> None:
        for name in _OUTSIDE_NAMES:
            key = normalize(name).replace(" ", "")
            if key not in self._names:
                self._names[key] = _Name((_OUTSIDE,), "outside")

    def _load_polygons(self, path: Path) -> None:
        with path.open(encoding="utf-8") as handle:
            features = json.load(handle)["features"]
        geoms = [shape(f["geometry"]) for f in features]
        self._poly_codes = [f["properties"]["kode_kemendagri"] for f in features]
        self._geoms = geoms
        self._tree = STRtree(geoms)

    # ------------------------------------------------------------------ landmarks and streets

    def _kel_reading(self, kode: str) -> _Reading | None:
        unit = self._units.get(kode)
        return _unit_reading(unit) if unit is not None and unit.level == "kelurahan" else None

    def _add_landmark(self, kind: str, name: str, reading: _Reading, weight: float, distinct: bool) -> None:
        words = normalize(name).split()
        if not words:
            return
        keys = {_compact(words)}
        core = list(words)
        while core:
            trimmed = list(core)
            while len(trimmed) > 1 and _ROMAN.match(trimmed[-1]):
                trimmed.pop()
            keys.add(_compact(trimmed))
            if core[0] not in _LANDMARK_PREFIXES[kind]:
                break
            core.pop(0)
        for key in keys:
            self._landmarks.setdefault(kind, {}).setdefault(key, []).append((reading, weight))
        self._surface["landmark"].add(" ".join(words))
        if distinct and self._is_distinct(words):
            self._distinct.setdefault(_compact(words), []).append((reading, weight))

    def _is_distinct(self, words: Sequence[str]) -> bool:
        """A landmark name usable without a generic word: multi-word, with a rare (non-common) token."""
        if len(words) < 2 or len(words) > 4 or words[0] in _DISTINCT_STOP_FIRST:
            return False
        if _compact(words) in self._names or len(_compact(words)) < 9:
            return False
        return any(w not in _COMMON_TOKENS and w not in _FUNCTION_WORDS and len(w) >= 4 for w in words)

    def _index_poi(self, rows: list[dict[str, str]]) -> None:
        layers = {"halte": "halte", "stasiunKA": "stasiun", "rumahsakit": "rs", "pusatbelanja": "mall"}
        for row in rows:
            reading = self._kel_reading(row["kode_kemendagri"])
            if reading is None:
                continue
            layer, name = row["layer"], row["name"]
            if layer == "pemerintahan":
                kind = "camat" if "camat" in name.lower() else "lurah"
                self._add_landmark(kind, name, reading, _POI_WEIGHT, False)
            elif layer == "puskesmas" and row["remark"].startswith("Puskesmas"):
                self._add_landmark("puskesmas", name, reading, _POI_WEIGHT, False)
            elif layer in layers:
                self._add_landmark(layers[layer], name, reading, _POI_WEIGHT, layer != "rumahsakit")

    def _index_stops(self, rows: list[dict[str, str]]) -> None:
        names = [re.sub(r",\s*platform.*$", "", r["stop_name"], flags=re.I).strip() for r in rows]
        lats = [float(r["stop_lat"]) for r in rows]
        lngs = [float(r["stop_lon"]) for r in rows]
        codes = self._locate_many(lats, lngs)
        for name, code in zip(names, codes, strict=True):
            reading = self._kel_reading(code) if code else _OUTSIDE
            if reading is None:
                continue
            self._add_landmark("halte", name, reading, _STOP_WEIGHT, True)
            words = normalize(name).split()
            if reading.kel and words and words[0] in ("jalan", "gang") and len(words) > 1:
                # JakLingko stops are named after the street they stand on: a street -> kelurahan index
                key = _street_key(words[1:])
                ordinary = all(
                    w in _COMMON_TOKENS or w in _FUNCTION_WORDS or w in _STREET_TITLES or _ROMAN.match(w)
                    for w in words[1:]
                )
                if len(key) >= 4 and not ordinary:
                    self._streets[key] = _dedupe([*self._streets.get(key, ()), reading])
            elif reading.kel and words and words[0] in _LANDMARK_PREFIXES["komplek"]:
                self._add_landmark("komplek", name, reading, _STOP_WEIGHT, False)

    def _locate_many(self, lats: Sequence[float], lngs: Sequence[float]) -> list[str | None]:
        """Kelurahan code for each point (polygon containment only), None when outside every polygon."""
        assert self._tree is not None
        found: list[str | None] = [None] * len(lats)
        points = shapely.points(list(lngs), list(lats))
        pairs = self._tree.query(points, predicate="intersects")
        for point_idx, poly_idx in zip(pairs[0].tolist(), pairs[1].tolist(), strict=True):
            if found[point_idx] is None:
                found[point_idx] = self._poly_codes[poly_idx]
        return found

    def _index_streets(self, rows: list[dict[str, str]]) -> None:
        by_name = {
            (u.nama.lower(), self._units[u.kecamatan].nama.lower()): u
            for u in self._units.values()
            if u.level == "kelurahan" and u.kecamatan
        }
        for row in rows:
            readings: list[_Reading] = []
            for example in row["kelurahan_examples"].split(";"):
                match = re.match(r"\s*(.+?)\s*\((.+)\)\s*$", example)
                unit = by_name.get((match.group(1).lower(), match.group(2).lower())) if match else None
                if unit is not None:
                    readings.append(_unit_reading(unit))
            words = normalize(row["street_name"]).split()
            words = words[1:] if words[:1] == ["jalan"] else words
            for key in {_street_key(words), _street_key(words, keep_km=True)}:
                if readings and len(key) >= 4:
                    self._streets[key] = _dedupe([*self._streets.get(key, ()), *readings])

    def _index_aliases(self, path: Path) -> None:
        """Common names of well-known places (``landmarks.csv``): each names the kelurahan it lies in.

        Raises:
            ValueError: a row names a kelurahan (as "Nama (Kecamatan)") that the data does not hold.
        """

        def key(name: str) -> str:
            return _compact(normalize(name).split())

        kels = {
            (key(u.nama), key(self._units[u.kecamatan].nama)): u
            for u in self._units.values()
            if u.level == "kelurahan" and u.kecamatan
        }
        for line, row in enumerate(_read_csv(path), start=2):
            readings = []
            for entry in row["kelurahan"].split("|"):
                match = re.fullmatch(r"\s*(.+?)\s*\((.+)\)\s*", entry)
                unit = kels.get((key(match.group(1)), key(match.group(2)))) if match else None
                if unit is None:
                    raise ValueError(
                        f"{path.name}:{line}: no kelurahan {entry.strip()!r} (write 'Nama (Kecamatan)')"
                    )
                readings.append(_unit_reading(unit))
            if len(readings) > 1 and len({r.kec for r in readings}) == 1:
                # An area over several kelurahan of one kecamatan ("condet"): the kecamatan, with each
                # kelurahan as a candidate; a kelurahan named beside it narrows it ("batu ampar, condet").
                readings.append(_Reading(None, readings[0].kec, readings[0].kota))
            for name in row["names"].split("|"):
                form = " ".join(normalize(name).split())
                if form:
                    self._aliases[key(form)] = _dedupe([*self._aliases.get(key(form), ()), *readings])
                    self._alias_forms.add(form)
                    self._surface["landmark"].add(form)

    # ------------------------------------------------------------------ public lookups

    def unit(self, kode: str) -> Unit:
        """The unit with Kemendagri code ``kode``.

        Raises:
            KeyError: When the code is unknown (or is the province).
        """
        return self._units[kode]

    def kelurahan_in(self, kecamatan: str) -> list[Unit]:
        """The kelurahan of a kecamatan, by name (empty for an unknown code)."""
        found = [u for u in self._units.values() if u.level == "kelurahan" and u.kecamatan == kecamatan]
        return sorted(found, key=lambda u: u.nama)

    def names(self) -> dict[str, list[str]]:
        """Lookup lists for Rasa: normalised lowercase surface forms (aliases included) per kind."""
        out = {kind: sorted(forms) for kind, forms in self._surface.items()}
        out["kota"] = sorted({*out["kota"], "jaksel", "jaktim", "jakbar", "jakut", "jakpus"})
        return out

    def lookup_names(self) -> list[str]:
        """The names worth a lookup feature in Rasa: those that read as a place wherever they appear.

        Leaves out names that are ordinary words ("baru", "tengah", "pasar", "kota"), single-word
        landmark cores, and names made only of common words: as features they would mark "pasar" or
        "dua" as a place in every sentence, and the resolver needs a marker for them anyway.
        """
        kept: set[str] = set()
        for kind, forms in self.names().items():
            for form in forms:
                words = form.split()
                if not words or _compact(words) in _RISKY_NAMES:
                    continue
                if kind == "landmark" and len(words) == 1:
                    continue
                if all(
                    w in _COMMON_TOKENS or w in _FUNCTION_WORDS or w in _GENERIC_WORDS or w.isdigit()
                    for w in words
                ):
                    continue
                kept.add(form)
        return sorted(kept | self._alias_forms)

    def locate(self, lat: float, lng: float) -> Place:
        """Map point -> kelurahan by point-in-polygon; nearest kelurahan within the margin; else outside.

        Args:
            lat: Latitude (WGS84).
            lng: Longitude (WGS84).

        Returns:
            A Place with source "point"; ``outside=True`` (and no codes) beyond the margin.
        """
        text = f"{lat:.6f},{lng:.6f}" if math.isfinite(lat) and math.isfinite(lng) else ""
        if not text or self._tree is None:
            return Place(text, None, None, None, "point", 0.0, outside=True)
        point = shapely.Point(lng, lat)
        inside = self._tree.query(point, predicate="intersects")
        if len(inside):
            return self._point_place(text, self._poly_codes[int(min(inside))], 1.0)
        margin = self.margin_m / _METRES_PER_DEGREE
        idx, dist = self._tree.query_nearest(point, max_distance=margin, return_distance=True)
        if len(idx):
            return self._point_place(text, self._poly_codes[int(idx[0])], 0.9 - 0.2 * float(dist[0]) / margin)
        return Place(text, None, None, None, "point", 0.9, outside=True)

    def _point_place(self, text: str, kode: str, score: float) -> Place:
        unit = self._units[kode]
        return Place(text, unit.kode, unit.kecamatan, unit.kota, "point", round(score, 3))

    # ------------------------------------------------------------------ text resolution

    def resolve(self, text: str) -> Place | None:
        """Find the place a message (or a place span) talks about.

        Args:
            text: The citizen's words: a place span or a whole message, any length or content.

        Returns:
            The best place (possibly ambiguous, with candidates, or outside Jakarta), or None when nothing
            place-like is found or the only candidates are too weak to trust.
        """
        if not isinstance(text, str) or not text.strip():
            return None
        toks = _tokenize(text, self._heads)[:MAX_TOKENS]
        words = [t.word for t in toks]
        mentions = self._select(self._find_mentions(words))
        mentions = self._absorb_outside(mentions, words)
        if not mentions:
            return None
        self._weigh(mentions, words)
        anchor = self._choose_anchor(mentions)
        if anchor is None:
            return None
        return self._build_place(anchor, mentions, toks, text)

    def _find_mentions(self, words: list[str]) -> list[_Mention]:
        found: list[_Mention] = []
        for i in range(len(words)):
            found.extend(self._name_mentions(words, i))
            found.extend(self._landmark_mentions(words, i))
            found.extend(self._street_mentions(words, i))
            found.extend(self._outside_unit_mentions(words, i))
        exact = self._select([m for m in found if m.score >= 0.8])
        covered = {p for m in exact for p in range(m.start, m.end)}
        found.extend(self._fuzzy_mentions(words, covered))
        return found

    def _name_mentions(self, words: list[str], i: int) -> list[_Mention]:
        out: list[_Mention] = []
        for length in range(1, min(_MAX_SPAN, len(words) - i) + 1):
            name = self._names.get(_compact(words[i : i + length]))
            if name is None:
                continue
            mention = self._mention_for_name(name, words, i, i + length)
            if mention is not None:
                out.append(mention)
        return out

    def _mention_for_name(self, name: _Name, words: list[str], start: int, end: int) -> _Mention | None:
        if name.kind == "outside":
            before = words[start - 1] if start else ""
            if before in _OUTSIDE_BLOCKERS:
                return None
            score = 0.55 if before in _OUTSIDE_WEAKENERS else 0.85
            return _Mention(start, end, name.readings, "outside", score, rank=1)
        if start and words[start - 1] in _RIVER_WORDS and name.kind in ("unit", "group"):
            return None  # "kali Angke", "sungai Sunter": a river named after an area, not a place
        marker_at = start - 1
        while marker_at >= 0 and words[marker_at] in _SKIP_BEFORE_NAME:
            marker_at -= 1
        level = _LEVEL_MARKERS.get(words[marker_at]) if marker_at >= 0 else None
        if level is None and _address_near(words, start, end):
            readings = _filter_level(name.readings, "kelurahan")  # "kemayoran rt 05": a kelurahan address
        else:
            readings = _filter_level(name.readings, level)
            if level is None and name.kind == "unit" and _derived(words, start, end):
                # "Rawamangun Raya": the kecamatan is sure; the kelurahan it is named after is a candidate.
                readings = _dedupe([*readings, *(_Reading(None, r.kec, r.kota) for r in readings if r.kec)])
        base = 0.9 if name.kind in ("unit", "kota") else 0.7
        if (
            start
            and words[start - 1] == "jalan"
            or start > 1
            and words[start - 2 : start] == ["jalan", "raya"]
        ):
            base -= 0.2
        risky = (
            name.risky
            and level not in ("kelurahan", "kecamatan")
            and not (start and words[start - 1] in _AREA_CUES and name.kind == "unit")
        )
        if risky and _compact(words[start:end]) in _SOFT_RISKY_NAMES:
            after = words[end] if end < len(words) else ""
            risky = not (words[marker_at] in _PLACE_CUES if start else False) and after not in _ADDRESS_WORDS
        mention = _Mention(
            start,
            end,
            readings,
            "name",
            base + (0.05 if level else 0.0),
            rank=3,
            risky=risky,
            marked=level is not None,
        )
        if level is not None:
            mention.start = marker_at
        return mention

    def _outside_unit_mentions(self, words: list[str], i: int) -> list[_Mention]:
        """ "desa Kemiri", "kab. Lamongan": a unit Jakarta does not have, named by a word that starts no
        Jakarta name, is a place outside Jakarta (weaker than a Jakarta name elsewhere in the message)."""
        if words[i] not in _OUTSIDE_UNIT_WORDS or i + 1 >= len(words):
            return []
        nxt = words[i + 1]
        if not nxt.isalpha() or nxt in _NOT_OUTSIDE_NAMES:
            return []
        for length in range(1, min(_MAX_SPAN, len(words) - i - 1) + 1):
            name = self._names.get(_compact(words[i + 1 : i + 1 + length]))
            if name is not None and name.kind != "outside":
                return []  # "desa Kemayoran": a Jakarta name, read as such
        return [_Mention(i, i + 2, (_OUTSIDE,), "outside", 0.8, rank=1)]

    def _landmark_mentions(self, words: list[str], i: int) -> list[_Mention]:
        out: list[_Mention] = []
        for generic, kinds in _GENERIC_PHRASES.items():
            g = len(generic)
            if tuple(words[i : i + g]) != generic:
                continue
            j = i + g
            while j < len(words) and words[j] in ("kelurahan", "kecamatan", "ka", "krl", "busway", "jaya"):
                j += 1
            for first in sorted({i + g, j}):
                out.extend(self._landmark_spans(words, i, first, kinds))
        for length in range(1, min(5, len(words) - i) + 1):
            key = _compact(words[i : i + length])
            hits = self._distinct.get(key) if length > 1 else None
            if hits:
                out.append(_Mention(i, i + length, _vote(hits), "landmark", 0.7, rank=2))
            readings = self._aliases.get(key)
            if readings and not _address_block(words, i, i + length):
                out.append(_Mention(i, i + length, readings, "landmark", 0.85, rank=2))
        return out

    def _landmark_spans(self, words: list[str], i: int, j: int, kinds: tuple[str, ...]) -> list[_Mention]:
        """Landmarks of ``kinds`` named by words[j:j+n] after a generic phrase starting at i."""
        out: list[_Mention] = []
        for length in range(1, min(5, len(words) - j) + 1):
            key = _compact(words[j : j + length])
            hits = next((h for kind in kinds if (h := self._landmarks.get(kind, {}).get(key))), None)
            if hits:
                out.append(_Mention(i, j + length, _vote(hits), "landmark", 0.85, rank=2))
        return out

    def _street_mentions(self, words: list[str], i: int) -> list[_Mention]:
        if words[i] != "jalan":
            return []
        out: list[_Mention] = []
        for length in range(1, min(6, len(words) - i - 1) + 1):
            span = words[i + 1 : i + 1 + length]
            readings = self._streets.get(_street_key(span, keep_km=True))
            readings = readings or self._streets.get(_street_key(span))
            if not readings:
                continue
            mention = _Mention(i, i + 1 + length, readings, "street", _street_score(readings), rank=0)
            name = self._names.get(_compact(span))
            named = [r for r in name.readings if r in readings] if name is not None else []
            if named:
                # "jl. Kebon Baru": a street named after a kelurahan it runs through -> that kelurahan.
                mention.readings, mention.score = _dedupe(named), 0.6
            out.append(mention)
        return out

    def _fuzzy_mentions(self, words: list[str], covered: set[int]) -> list[_Mention]:
        out: list[_Mention] = []
        for i in range(len(words)):
            for length in range(1, 4):
                span = words[i : i + length]
                if len(span) < length or any(p in covered for p in range(i, i + length)):
                    break
                mention = self._fuzzy_one(words, i, span)
                if mention is not None:
                    out.append(mention)
        return out

    def _fuzzy_one(self, words: list[str], i: int, span: list[str]) -> _Mention | None:
        if any(w in _FUNCTION_WORDS or w in _LEVEL_MARKERS or w.isdigit() for w in span):
            return None
        query = _compact(span)
        before = words[i - 1] if i else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        bare = len(span) == 1 and before not in _FUZZY_CONTEXT and after != "jakarta"
        if query.endswith(_AFFIXES) or len(query) < 6 or bare:
            return None
        hit = process.extractOne(query, self._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        if hit is None or hit[0][0] != query[0] or abs(len(hit[0]) - len(query)) > 2:
            return None
        name = self._names[hit[0]]
        score = 0.5 + 0.3 * (hit[1] - FUZZY_CUTOFF) / (100.0 - FUZZY_CUTOFF)
        mention = self._mention_for_name(name, words, i, i + len(span))
        if mention is not None:
            mention.score = min(mention.score, score)
            mention.rank = 0
        return mention

    # ------------------------------------------------------------------ choosing

    @staticmethod
    def _select(found: list[_Mention]) -> list[_Mention]:
        """Non-overlapping mentions, longest first, then by rank and score; returned in text order."""
        chosen: list[_Mention] = []
        taken: set[int] = set()
        for m in sorted(found, key=lambda m: (-m.length(), -m.rank, -m.score, m.start)):
            span = set(range(m.start, m.end))
            if not span & taken:
                chosen.append(m)
                taken |= span
        return sorted(chosen, key=lambda m: m.start)

    @staticmethod
    def _absorb_outside(mentions: list[_Mention], words: list[str]) -> list[_Mention]:
        """ "Kelapa Dua, Depok": a Jakarta name right before an outside city is part of that outside place."""
        out: list[_Mention] = []
        for m in mentions:
            prev = out[-1] if out else None
            if (
                m.source == "outside"
                and m.score >= 0.8
                and prev is not None
                and prev.source in ("name", "landmark")
                and set(words[prev.end : m.start]) <= {"kota", "kabupaten", "daerah", "wilayah"}
                and not any(r.kota and not r.kec for r in prev.readings)
            ):
                out[-1] = _Mention(prev.start, m.end, m.readings, "outside", m.score, rank=1)
                continue
            out.append(m)
        return out

    def _weigh(self, mentions: list[_Mention], words: list[str]) -> None:
        residence_seen = False
        for m in mentions:
            before = words[max(0, m.start - 4) : m.start]
            bigrams = set(zip(before, before[1:], strict=False))
            residence = bool(set(before) & _RESIDENCE_CUES or bigrams & _RESIDENCE_BIGRAMS)
            elsewhere = bool(set(before) & _ELSEWHERE_CUES) or _reference(m, mentions, words)
            contrast = residence_seen and bool(set(words[: m.start]) & _CONTRAST_WORDS)
            m.weight = (
                m.score
                - 0.3 * (residence or elsewhere)
                + 0.1 * bool(set(before) & _LOCATION_CUES)
                + 0.15 * contrast
                + _MARK_BONUS * m.marked
            )
            residence_seen = residence_seen or residence
            m.support = sum(1 for o in mentions if o is not m and _supports(o, m))

    @staticmethod
    def _choose_anchor(mentions: list[_Mention]) -> _Mention | None:
        eligible = [m for m in mentions if not m.risky or m.support > 0]
        if not eligible:
            return None

        def key(m: _Mention) -> tuple[float, int, int]:
            return (_standing(m), _level(m), m.start)

        return max(eligible, key=key)

    def _build_place(self, anchor: _Mention, mentions: list[_Mention], toks: list[_Tok], text: str) -> Place:
        readings, used, rivals, conflicts = anchor.readings, [anchor], list[_Mention](), 0
        others = sorted((m for m in mentions if m is not anchor), key=lambda m: abs(m.start - anchor.start))
        for other in others:
            if other.risky and not all(r.kec for r in readings):
                continue  # an ordinary word ("baru") may only refine a known kecamatan, never a bare kota
            merged = [_merge(a, b) for a in readings for b in other.readings if _nests(a, b)]
            if merged:
                readings = _dedupe(merged)
                used.append(other)
            elif other.source != "outside" and other.weight >= anchor.weight - _CONFLICT_MARGIN:
                conflicts += 1
                if not (other.risky or _outranked(other, anchor)) and (
                    _standing(other) >= _standing(anchor) - _CONFLICT_MARGIN
                ):
                    rivals.append(other)
        score = min(1.0, anchor.score + 0.05 * (len(used) - 1)) * (0.8 if conflicts else 1.0)
        if rivals:
            # Two places that cannot both hold, and nothing to prefer one: the citizen chooses.
            readings = _dedupe([*readings, *(r for m in rivals for r in self._narrowed(m, mentions))])
        return _place(_span_text(anchor, [*used, *rivals], toks, text), readings, anchor.source, score)

    @staticmethod
    def _narrowed(rival: _Mention, mentions: list[_Mention]) -> tuple[_Reading, ...]:
        """A rival's readings, narrowed by the mentions next to it that nest with it ("X, kec. Y")."""
        readings = rival.readings
        for other in mentions:
            if other is rival or other.risky or abs(other.start - rival.start) > 4:
                continue
            merged = [_merge(a, b) for a in readings for b in other.readings if _nests(a, b)]
            readings = _dedupe(merged) if merged else readings
        return readings


# ---------------------------------------------------------------------------------------------- helpers


def _filter_level(readings: tuple[_Reading, ...], level: str | None) -> tuple[_Reading, ...]:
    """Keep the readings of the level a marker asks for ("kec. Menteng"), unless none is of that level."""
    wanted = {"kelurahan": 3, "kecamatan": 2, "kota_kab": 1}.get(level or "")
    if wanted is None:
        return readings
    kept = tuple(r for r in readings if r.specificity() == wanted)
    return kept or readings


def _address_near(words: list[str], start: int, end: int) -> bool:
    """An RT/RW number right next to a name: the name is written as a kelurahan-level address."""
    return bool(_ADDRESS_WORDS & {*words[max(0, start - 4) : start], *words[end : end + 2]})


def _address_block(words: list[str], start: int, end: int) -> bool:
    """Whether words[start:end] is part of a house address: "perumahan X blok m no 5" is a block of an
    estate, not the Blok M quarter. A number right after, or an estate or RT/RW word shortly before."""
    after = words[end] if end < len(words) else ""
    before = set(words[max(0, start - 4) : start])
    return (
        after.isdigit()
        or after in ("no", "nomor", "nomer")
        or bool(
            words[start] == "blok"
            and before & (_ESTATE_WORDS | _ADDRESS_WORDS | {"cluster", "kavling", "kav"})
        )
    )


def _derived(words: list[str], start: int, end: int) -> bool:
    """Whether the name at words[start:end] is part of a longer proper name (see ``_DERIVED_AFTER``)."""
    after = words[end] if end < len(words) else ""
    return after in _DERIVED_AFTER or (start > 0 and words[start - 1] in _DERIVED_BEFORE)


def _reference(m: _Mention, mentions: list[_Mention], words: list[str]) -> bool:
    """Whether ``m`` follows another place and a word of nearness ("Kampung Melayu deket stasiun X")."""
    if m.start < 2 or words[m.start - 1] not in _NEAR_WORDS:
        return False
    return any(o.end == m.start - 1 and o.source != "outside" for o in mentions if o is not m)


def _standing(m: _Mention) -> float:
    """How strongly the text puts the problem at ``m``: its weight, plus the names that nest with it."""
    return m.weight + 0.1 * min(m.support, 2)


def _level(m: _Mention) -> int:
    return max(r.specificity() for r in m.readings)


def _outranked(rival: _Mention, anchor: _Mention) -> bool:
    """A marked anchor ("kel. Rawa Buaya") outranks an unmarked rival of its level or a broader one; a
    kelurahan and a kecamatan that do not nest are both offered, marked or not (either may be the mistake)."""
    return anchor.marked and not rival.marked and _level(rival) <= _level(anchor)


def _compatible(a: Sequence[_Reading], b: Sequence[_Reading]) -> bool:
    return any(_nests(x, y) for x in a for y in b)


def _supports(other: _Mention, m: _Mention) -> bool:
    """Whether ``other`` backs ``m``: nests with it; for a risky ``m``, only a kecamatan or finer backs it."""
    if other.risky or not _compatible(m.readings, other.readings):
        return False
    return not m.risky or all(r.kec for r in other.readings)


def _vote(hits: Sequence[tuple[_Reading, float]]) -> tuple[_Reading, ...]:
    """Readings of a landmark name from its weighted points: the clear majority, else every notable one."""
    totals: dict[_Reading, float] = {}
    for reading, weight in hits:
        totals[reading] = totals.get(reading, 0.0) + weight
    total = sum(totals.values())
    best = max(totals, key=lambda r: (totals[r], r.sort_key()))
    if totals[best] >= 0.6 * total:
        return (best,)
    notable = _dedupe(r for r, w in totals.items() if w >= 0.2 * total)
    return notable or _dedupe(totals)


def _street_key(words: Sequence[str], keep_km: bool = False) -> str:
    """Lookup key of a street name: titles, a leading/trailing "raya" and trailing numbers dropped.

    With ``keep_km`` a trailing kilometre mark ("km 26") is kept, so "Jalan Raya Bekasi Km.26" stays distinct.
    """
    kept = [w for w in words if w not in _STREET_TITLES]
    km: list[str] = []
    if keep_km and len(kept) >= 3 and kept[-2] == "km" and kept[-1].isdigit():
        km, kept = kept[-2:], kept[:-2]
    while kept and (_ROMAN.match(kept[-1]) or kept[-1] == "raya"):
        kept.pop()
    if len(kept) > 1 and kept[0] == "raya":
        kept = kept[1:]
    return _compact(kept + km) if kept else ""


def _street_score(readings: Sequence[_Reading]) -> float:
    if len(readings) == 1:
        return 0.5
    return 0.45 if len({r.kec for r in readings}) == 1 else 0.35


def _span_text(anchor: _Mention, used: list[_Mention], toks: list[_Tok], text: str) -> str:
    """The citizen's words: the anchor's span, widened to nesting mentions at most 4 tokens away."""
    start, end = anchor.start, anchor.end
    for m in sorted(used, key=lambda m: abs(m.start - anchor.start)):
        if m.start - end <= 4 and start - m.end <= 4:
            start, end = min(start, m.start), max(end, m.end)
    return text[toks[start].start : toks[end - 1].end]


def _place(text: str, readings: tuple[_Reading, ...], source: str, score: float) -> Place:
    """A Place from its remaining readings: one -> definite; several -> shared fields plus candidates."""
    if all(r.outside for r in readings):
        return Place(text, None, None, None, "outside", round(score, 3), outside=True)
    readings = tuple(r for r in readings if not r.outside) or readings
    if len(readings) == 1:
        r = readings[0]
        return Place(text, r.kel, r.kec, r.kota, source, round(score, 3))
    alternatives = tuple(
        Place(text, r.kel, r.kec, r.kota, source, round(score * 0.6, 3))
        for r in sorted(readings, key=lambda r: (-r.specificity(), r.sort_key()))
    )

    def shared(values: list[str | None]) -> str | None:
        return values[0] if len(set(values)) == 1 else None

    return Place(
        text,
        shared([r.kel for r in readings]),
        shared([r.kec for r in readings]),
        shared([r.kota for r in readings]),
        source,
        round(score * 0.8, 3),
        alternatives,
    )
