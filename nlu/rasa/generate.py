"""Generate Aduan's Rasa NLU training data and its held-out split.

Every sentence below is hand-written. The generator only fills `{slot}` place
holders with place names from the Jakarta gazetteer (nlu/data/jakarta),
varying how a citizen would type them (lowercase, "kel." prefix, BPS spelling,
"jaksel" suffix, a missing space), and wraps each place in Rasa entity markup
`[...](location)`. Adjacent places ("{gang} {rtrw} {kel}") merge into one
entity. The place pools are split in two, so the held-out file never sees a
place name that training uses for the same slot.

    python3 nlu/rasa/generate.py [--jakarta DIR]

Output is deterministic (fixed seed, sorted pools) and is committed:
nlu/rasa/data/categories/<code>.yml, nlu/rasa/data/conversation.yml and
nlu/rasa/heldout/nlu.yml.
"""
from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from pathlib import Path

SEED = 20240611
HERE = Path(__file__).resolve().parent
DEFAULT_JAKARTA = HERE.parent / "data" / "jakarta"  # nlu/data/jakarta, shipped with the package

CATEGORIES = [
    "sampah", "banjir", "saluran_air", "jalan", "listrik", "parkir_liar",
    "perhubungan", "transportasi_publik", "pohon", "ketertiban", "bangunan",
    "air_bersih", "kesehatan", "pendidikan", "sosial", "kependudukan",
    "pelayanan_publik", "lainnya",
]
CONVERSATION = [
    "greet", "thanks", "help", "status_query", "cancel", "affirm", "deny",
    "inform_location", "emergency", "out_of_scope",
]

KOTA_FORMS = {
    "Kota Administrasi Jakarta Selatan": ["jaksel", "jakarta selatan", "Jakarta Selatan", "jkt selatan", "JakSel"],
    "Kota Administrasi Jakarta Timur": ["jaktim", "jakarta timur", "Jakarta Timur", "jkt timur", "JakTim"],
    "Kota Administrasi Jakarta Barat": ["jakbar", "jakarta barat", "Jakarta Barat", "jkt barat", "JakBar"],
    "Kota Administrasi Jakarta Utara": ["jakut", "jakarta utara", "Jakarta Utara", "jkt utara", "JakUt"],
    "Kota Administrasi Jakarta Pusat": ["jakpus", "jakarta pusat", "Jakarta Pusat", "jkt pusat", "JakPus"],
    "Kabupaten Administrasi Kepulauan Seribu": ["kep. seribu", "kepulauan seribu"],
}
TITLE_WORDS = {"jend", "jend.", "jenderal", "jendral", "letjend", "letjen", "mayjend", "mayjen",
               "kh", "kh.", "k.h.", "prof", "prof.", "dr", "dr.", "laksda", "kolonel", "haji", "h.", "h"}

# Hand-written pools (well-known names, no gazetteer file needed).
GANG = [
    "gg. mawar", "gang kelinci", "gg. masjid", "gg. h. naim", "gg langgar", "gang sawo", "gg. haji dul",
    "gg. kancil", "gang buntu", "gg. melati", "gg. anggrek", "gg. sentosa", "gg. swadaya", "gg. damai",
    "gang kober", "gg. musholla", "gg. h. saaba", "gg. rambutan", "gang mangga", "gg. nangka", "gg. kenari",
    "gg. jambu", "gg. delima", "gg. pinang", "gg. kramat", "gg. III", "gg. 7", "gang 12", "gg. kelor",
    "gang serani", "gg. seha", "gg. bacang", "gg. karet", "gg. lontar", "gg. sukun", "gg. cempaka",
    "gg. kenanga", "gg. bougenville", "gg. salak", "gg. duku", "gg. h. ridwan", "gang macan", "gg. belimbing",
    "gg.amal", "gg. langgar 2", "gang sumur", "gg. wakaf", "gg. asem", "gg. empang", "gg. sadar",
]
MALL = [
    "grand indonesia", "mall taman anggrek", "blok m square", "pejaten village", "kota kasablanka", "PGC",
    "mall ciputra", "plaza semanggi", "tamini square", "mall kelapa gading", "lippo mall puri", "central park",
    "mall artha gading", "pondok indah mall", "gandaria city", "thamrin city", "ITC mangga dua",
    "ITC cempaka mas", "ITC kuningan", "mall ambasador", "sarinah", "citraland", "mall daan mogot",
    "aeon tanjung barat", "baywalk pluit", "emporium pluit", "mall cipinang indah", "arion mall",
    "plaza blok m", "green pramuka square", "lotte shopping avenue", "senayan city", "kalibata city square",
    "mall of indonesia", "puri indah mall", "tangcity", "cibubur junction", "mall bassura",
]
LANDMARK = [
    "monas", "bundaran HI", "GBK", "kota tua", "ancol", "TMII", "ragunan", "taman suropati",
    "lapangan banteng", "kampung pulo", "tugu tani", "semanggi", "jembatan merah", "bundaran senayan",
    "terminal kampung rambutan", "terminal pulogadung", "terminal kalideres", "terminal blok m",
    "terminal grogol", "pelabuhan sunda kelapa", "waduk pluit", "setu babakan", "taman menteng",
    "tanah abang", "pasar baru", "kampung melayu", "tugu proklamasi", "taman ismail marzuki",
    "jembatan semanggi", "flyover pasar rebo", "underpass matraman", "kolong tol wiyoto wiyono",
    "RPTRA kalijodo", "taman literasi martha tiahahu", "JIS", "velodrome rawamangun",
]
TAMAN = [
    "taman suropati", "taman menteng", "tebet eco park", "taman langsat", "taman ayodya", "taman cattleya",
    "taman puring", "RPTRA kalijodo", "taman literasi martha tiahahu", "hutan kota srengseng", "taman spathodea",
    "taman kodok", "lapangan banteng", "taman situ lembang", "taman tabebuya", "hutan kota GBK",
    "taman waduk pluit", "taman mataram", "taman honda tebet", "taman kota intan", "taman bendungan hilir",
    "taman piknik cipinang", "taman kambang iwak", "taman lapangan puring",
]
MRT = [
    "lebak bulus", "fatmawati", "cipete raya", "haji nawi", "blok a", "blok m", "asean", "senayan",
    "istora", "bendungan hilir", "setiabudi astra", "dukuh atas", "bundaran HI",
]
LRT = ["velodrome", "pegangsaan dua", "boulevard utara", "boulevard selatan", "pulomas", "equestrian",
       "kelapa gading", "cawang", "ciliwung", "cikoko", "TMII", "kampung rambutan", "harjamukti"]
SCHOOL_KINDS = ["SDN", "SD negeri", "SMPN", "SMP negeri", "SMAN", "SMA negeri", "SMKN", "sdn", "smpn", "sman"]
# Generic village / district / regency names found all over Central and East Java (hand-written, not a
# gazetteer): complaints outside Jakarta name a desa, dusun, kecamatan or kabupaten instead of a kelurahan.
DESA = [
    "sidomulyo", "wonorejo", "sukamaju", "karangsari", "tegalsari", "sumberejo", "margomulyo", "ngadirejo",
    "banjarsari", "purwodadi", "kedungrejo", "sidoharjo", "karanganyar", "sukorejo", "mulyorejo", "candirejo",
    "kalisari", "karangrejo", "jatisari", "tanjungsari", "sumbersari", "wonosari", "gunungsari", "pagerharjo",
    "karangtengah", "sidorejo", "kedungsari", "pucangan", "bojongsari", "kaliwungu", "krandegan", "ngembalrejo",
    "tlogomulyo", "gondang", "jambean", "semampir", "kemiri", "pandansari", "sukoharjo", "kebonagung",
    "mojosari", "randusari", "glagah", "tambakrejo", "plosorejo", "kalipucang", "watusari", "cepogo",
    "sambirejo", "kedungwringin",
]
DUSUN = ["krajan", "krajan kidul", "krajan lor", "kidul", "wetan", "kulon", "lor", "karangploso", "ngaglik",
         "sabrang", "gumuk", "pendem", "mlaten", "sawahan", "tegalan", "bendo", "kauman", "dukuh tengah",
         "pringapus", "gedangan"]
KEC_DAERAH = ["ngaliyan", "kaliwiro", "sokaraja", "karangpucung", "ampel", "cepu", "juwana", "mranggen",
              "weleri", "comal", "bumiayu", "ajibarang", "kutoarjo", "prambanan", "delanggu", "gemolong",
              "tawangmangu", "kartasura", "sukodono", "pagerwojo", "kepanjen", "bangil", "kalibawang",
              "wonopringgo", "kedungwuni", "bawang", "ungaran barat", "kaliori", "tayu", "sumowono"]
KABUPATEN = ["banyumas", "kebumen", "cilacap", "banjarnegara", "wonosobo", "klaten", "boyolali", "sragen",
             "grobogan", "pati", "kudus", "jepara", "demak", "kendal", "batang", "pemalang", "tegal", "brebes",
             "temanggung", "magelang", "purworejo", "wonogiri", "karanganyar", "sukoharjo", "rembang", "blora",
             "semarang", "pekalongan", "jombang", "lamongan", "tuban", "bojonegoro", "ngawi", "madiun",
             "ponorogo", "blitar", "kediri", "malang", "sidoarjo", "gresik"]
RIVER = ["kali ciliwung", "kali sunter", "kali pesanggrahan", "kali krukut", "kali angke", "kali mookervart",
         "kali baru", "kali cipinang", "kali grogol", "kali item", "kanal banjir timur", "kanal banjir barat",
         "kali sekretaris", "kali buaran", "kali cakung", "kali malang", "kali pasanggrahan", "kali adem"]


# --------------------------------------------------------------------------- places

_STREET_NOISE = re.compile(r"\d|gg\b|\brt\b|komp|jakarta|south|busway|\bkm\b|\bvia\b|\bdr\. k\b|\bdalam\b|lll|perum|"
                           r"\bl\b|\bll\b|'|\bsel\b|-", re.I)


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _split(items, heldout: bool) -> list:
    """Every fifth name (in sorted order) belongs to the held-out split."""
    items = sorted(set(items), key=lambda item: (str(item).lower(), str(item)))
    return [item for index, item in enumerate(items) if (index % 5 == 0) == heldout]


def load_pools(jakarta: Path, heldout: bool) -> dict[str, list]:
    wilayah = _read_csv(jakarta / "dki_jakarta_wilayah.csv")
    kelurahan = [(r["nama"], r["nama_bps"], r["kecamatan"], r["kota_kab"]) for r in wilayah if r["level"] == "kelurahan"]
    kecamatan = [(r["nama"], r["kota_kab"]) for r in wilayah
                 if r["level"] == "kecamatan" and "Seribu" not in r["nama"]]

    streets = []
    street_kel: dict[str, list[str]] = {}
    for row in _read_csv(jakarta / "street_names_from_geoportal_addresses.csv"):
        name = row["street_name"].strip()
        if (name.startswith("Jalan ") and not _STREET_NOISE.search(name[6:]) and len(name) < 32
                and not re.search(r"\b[A-Za-z]\b", name[6:])):
            streets.append(name[6:])
            # "Bendungan Hilir (Tanah Abang); Gelora (Tanah Abang)" -> kelurahan the street runs through
            street_kel.setdefault(name[6:], []).extend(
                re.sub(r"\s*\(.*\)", "", part).strip() for part in row["kelurahan_examples"].split(";") if part.strip())

    poi = _read_csv(jakarta / "jakarta_geoportal_poi.csv")

    def names(layer: str, prefix: str) -> list[str]:
        found = []
        for row in poi:
            name = re.sub(r"\s*\(.*?\)", "", row["name"]).strip().strip('"').rstrip(".,-").strip()
            if row["layer"] == layer and name.upper().startswith(prefix) and "," not in name and len(name) < 40:
                found.append(name)
        return found

    halte = [n[6:] for n in names("halte", "HALTE ")]
    with (jakarta / "transjakarta_gtfs_stops.txt").open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            # Stop ids like "1-3 Bundaran Senayan" are the BRT corridor halte.
            if re.match(r"^[0-9A-Z]{1,3}-\d+ ", row["stop_id"]):
                halte.append(re.sub(r"\s+\d$", "", row["stop_name"]))
    stasiun = [n[8:] for n in names("stasiunKA", "STASIUN ")]
    pasar = [n for n in names("pusatbelanja", "PASAR ")]
    pkm = [n for n in names("puskesmas", "PUSKESMAS ")]
    lurah = [n[13:] for n in names("pemerintahan", "KANTOR LURAH ")]
    camat = [n[13:] for n in names("pemerintahan", "KANTOR CAMAT ")]
    rs = [n for n in names("rumahsakit", "RS") if len(n) < 26]

    pools = {
        "kel": kelurahan, "kec": kecamatan, "jalan": streets, "halte": halte, "stasiun": stasiun,
        "pasar": pasar, "pkm": pkm, "lurah": lurah, "camat": camat, "rs": rs, "gang": GANG,
        "mall": MALL, "landmark": LANDMARK, "mrt": MRT, "lrt": LRT, "kali": RIVER, "taman": TAMAN,
        "desa": DESA, "dusun": DUSUN, "keca": KEC_DAERAH, "kab": KABUPATEN,
    }
    split = {key: _split(value, heldout) for key, value in pools.items()}
    split["street_kel"] = street_kel  # a lookup, not a pool: never drawn from directly
    return split


class Places:
    """Draws place phrases in the many shapes citizens type them."""

    def __init__(self, pools: dict[str, list], rng: random.Random):
        self.pools = pools
        self.rng = rng

    def pick(self, key):
        return self.rng.choice(self.pools[key])

    def case(self, text: str) -> str:
        roll = self.rng.random()
        if roll < 0.66:
            return text.lower()
        if roll < 0.92:
            return " ".join(w[:1].upper() + w[1:] if w.islower() else w for w in text.lower().split(" "))
        if roll < 0.96:
            return text.upper()
        return text

    def squash(self, text: str) -> str:
        """Sometimes a citizen drops a space ("kel.pejaten", "tanahabang")."""
        if self.rng.random() < 0.06 and " " in text:
            spaces = [m.start() for m in re.finditer(" ", text)]
            cut = self.rng.choice(spaces)
            return text[:cut] + text[cut + 1:]
        return text

    def kota_short(self, kota: str) -> str:
        return self.rng.choice(KOTA_FORMS[kota])

    # one function per slot ------------------------------------------------------
    def jalan(self, name: str | None = None) -> str:
        name = name or self.pick("jalan")
        words = name.split()
        if len(words) > 2 and words[0].lower() in TITLE_WORDS and self.rng.random() < 0.5:
            words = words[1:]
        prefix = self.rng.choice(["jl. ", "jl. ", "jl ", "jln ", "jln. ", "jalan ", "jalan ", "Jl.", "JL. "])
        text = self.case(prefix + " ".join(words))
        if self.rng.random() < 0.12:
            text += self.rng.choice([" no. ", " no ", " nomor "]) + str(self.rng.randint(1, 120))
        return self.squash(text)

    def kel(self, with_kota: float = 0.25, with_kec: float = 0.1, record=None) -> str:
        nama, bps, kec, kota = record or self.pick("kel")
        base = bps if bps and self.rng.random() < 0.2 else nama
        if base == "Tengah":  # a bare "tengah" reads as "middle"; citizens say Kampung Tengah
            base = "Kampung Tengah"
        prefix = self.rng.choice(["", "", "kel. ", "kel. ", "kel ", "kelurahan ", "Kel.", "kel."])
        text = self.squash(self.case(prefix + base))
        roll = self.rng.random()
        if roll < with_kota:
            text += self.rng.choice([" ", ", "]) + self.kota_short(kota)
        elif roll < with_kota + with_kec and kec:
            text += self.rng.choice([" kec. ", " kecamatan ", ", kec. "]) + self.case(kec)
        return text

    def kelkota(self) -> str:
        return self.kel(with_kota=1.0)

    def kelkec(self) -> str:
        return self.kel(with_kota=0.0, with_kec=1.0)

    def kec(self) -> str:
        nama, kota = self.pick("kec")
        text = self.case(self.rng.choice(["kec. ", "kecamatan ", "kec ", "Kec. ", ""]) + nama)
        if self.rng.random() < 0.35:
            text += self.rng.choice([" ", ", "]) + self.kota_short(kota)
        return text

    def kota(self) -> str:
        return self.kota_short(self.rng.choice(list(KOTA_FORMS)[:5]))

    def rtrw(self) -> str:
        rt, rw = self.rng.randint(1, 16), self.rng.randint(1, 12)
        return self.rng.choice([
            f"RT {rt:02d}/RW {rw:02d}", f"rt {rt} rw {rw}", f"RT.{rt:03d}/RW.{rw:03d}", f"rt{rt:02d}/{rw:02d}",
            f"RT {rt} RW {rw}", f"rt {rt:02d}/rw {rw:02d}", f"RT{rt:02d} RW{rw:02d}", f"rt.{rt}/rw.{rw}",
        ])

    def gang(self) -> str:
        return self.case(self.pick("gang"))

    def halte(self) -> str:
        prefix = self.rng.choice(["halte ", "halte ", "halte TJ ", "halte busway ", "halte transjakarta "])
        return self.case(prefix + self.pick("halte"))

    def stasiun(self) -> str:
        prefix = self.rng.choice(["stasiun ", "stasiun ", "st. ", "stasiun KRL ", "stasiun "])
        return self.case(prefix + self.pick("stasiun"))

    def mrt(self) -> str:
        return self.rng.choice(["stasiun MRT ", "MRT ", "stasiun mrt ", "st. MRT "]) + self.pick("mrt")

    def lrt(self) -> str:
        return self.rng.choice(["stasiun LRT ", "LRT ", "stasiun lrt "]) + self.pick("lrt")

    def pasar(self) -> str:
        return self.case(self.pick("pasar"))

    def pkm(self) -> str:
        name = self.pick("pkm")
        name = re.sub(r"^Puskesmas ", self.rng.choice(["puskesmas ", "puskesmas ", "pkm ", "PKM "]), name)
        name = re.sub(r"Kecamatan ", self.rng.choice(["kecamatan ", "kec. ", ""]), name)
        name = re.sub(r"Kelurahan ", self.rng.choice(["kelurahan ", "kel. ", ""]), name)
        return self.case(name)

    def lurah(self) -> str:
        return self.case(self.rng.choice(["kantor lurah ", "kantor kelurahan ", "kelurahan ", "kantor lurah "])
                         + self.pick("lurah"))

    def camat(self) -> str:
        return self.case(self.rng.choice(["kantor camat ", "kantor kecamatan ", "kecamatan "]) + self.pick("camat"))

    def rs(self) -> str:
        return self.case(self.pick("rs"))

    def mall(self) -> str:
        return self.pick("mall") if self.rng.random() < 0.7 else self.case(self.pick("mall"))

    def landmark(self) -> str:
        return self.pick("landmark")

    def taman(self) -> str:
        if self.rng.random() < 0.3:
            return self.rng.choice(["RPTRA ", "rptra ", "taman "]) + self.pick("kel")[0].lower()
        return self.case(self.pick("taman"))

    def kali(self) -> str:
        return self.case(self.pick("kali"))

    def sekolah(self) -> str:
        kind = self.rng.choice(SCHOOL_KINDS)
        if kind.lower().startswith("sd"):
            nama = self.pick("kel")[0]
            return f"{kind} {self.case(nama)} {self.rng.randint(1, 15):02d}" + self.rng.choice(["", " pagi", " petang"])
        return f"{kind} {self.rng.randint(1, 290)}"

    def alamat(self) -> str:
        """A combined address: street/gang + RT/RW + kelurahan (+ kota)."""
        shape = self.rng.randrange(7)
        if shape == 0:
            return f"{self.gang()} {self.rtrw()} {self.kel(0.4)}"
        if shape == 1:
            return f"{self.jalan()} {self.rtrw()}"
        if shape == 2:  # a street with a kelurahan it really runs through, when the gazetteer knows one
            street = self.pick("jalan")
            names = set(self.pools["street_kel"].get(street, []))
            records = [r for r in self.pools["kel"] if r[0] in names]
            record = self.rng.choice(records) if records else None
            return f"{self.jalan(street)}, {self.kel(0.5, 0.0, record)}"
        if shape == 3:
            return f"{self.rtrw()} {self.kel(0.3)}"
        if shape == 4:
            return f"{self.gang()}, {self.jalan()}"
        if shape == 5:
            return f"{self.jalan()} {self.gang()} {self.rtrw()}"
        return f"{self.gang()} {self.kelkec()}"

    # places outside Jakarta ------------------------------------------------------
    def kab(self) -> str:
        return self.case(self.rng.choice(["kabupaten ", "kab. ", "kab ", "kabupaten ", "Kab. "]) + self.pick("kab"))

    def keca(self) -> str:
        text = self.case(self.rng.choice(["kecamatan ", "kec. ", "kec ", "kecamatan "]) + self.pick("keca"))
        if self.rng.random() < 0.25:
            text += self.rng.choice([" ", ", "]) + self.kab()
        return text

    def desa(self) -> str:
        text = self.squash(self.case(self.rng.choice(["desa ", "desa ", "ds. ", "ds ", "desa ", "Ds."])
                                     + self.pick("desa")))
        roll = self.rng.random()
        if roll < 0.3:
            text += self.rng.choice([" ", ", "]) + self.keca()
        elif roll < 0.4:
            text += self.rng.choice([" ", ", "]) + self.kab()
        return text

    def dusun(self) -> str:
        return self.case(self.rng.choice(["dusun ", "dusun ", "dsn. ", "dsn ", "dukuh "]) + self.pick("dusun"))

    def kampung(self) -> str:
        """A village address: dusun / RT-RW / desa (+ kecamatan or kabupaten)."""
        shape = self.rng.randrange(5)
        if shape == 0:
            return f"{self.rtrw()} {self.desa()}"
        if shape == 1:
            return f"{self.dusun()} {self.rtrw()} {self.desa()}"
        if shape == 2:
            return f"{self.dusun()}, {self.desa()}"
        if shape == 3:
            return f"{self.dusun()} {self.desa()}"
        return f"{self.rtrw()} {self.dusun()}"

    def place(self) -> str:
        return getattr(self, self.rng.choice(
            ["jalan", "jalan", "kel", "kel", "kec", "alamat", "alamat", "halte", "stasiun", "pasar", "mall",
             "landmark", "gang", "pkm", "lurah"]))()


SLOT = re.compile(r"\{(\w+)\}")


def fill(template: str, places: Places) -> str:
    """Replace each {slot} with an annotated place; merge adjacent places into one entity."""
    bare = SLOT.sub("", template)
    shout = any(c.isalpha() for c in bare) and bare == bare.upper()

    def one(match: re.Match) -> str:
        slot = match.group(1)
        if not hasattr(places, slot) or slot.startswith("_"):
            raise KeyError(f"unknown slot {{{slot}}} in: {template}")
        text = getattr(places, slot)()
        return f"[{text.upper() if shout else text}](location)"

    text = SLOT.sub(one, template)
    # "[gg. mawar](location) [RT 03/RW 05](location)" -> one contiguous place phrase
    return re.sub(r"\]\(location\)(,? ?)\[", r"\1", text)


# --------------------------------------------------------------------------- templates
# One template per line. {slot} is a place from the gazetteer (see Places); a literal
# [place](location) is a place written by hand. Lines starting with "#" are comments.

TRAIN: dict[str, str] = {}
HELDOUT: dict[str, str] = {}

TRAIN["lapor_sampah"] = """
sampah di {gang} {rtrw} udah 3 hari ga diangkut, bau bgt
min tolong dong truk sampah ga dateng2 ke {kel}
tumpukan sampah di pinggir {jalan} makin tinggi, lalat dimana2
ada yg buang sampah sembarangan tiap malem di lahan kosong deket {pasar}
TPS di {kel} udah penuh, sampahnya meluber sampe ke jalan
sampah rumah tangga gak diambil petugas udah seminggu
gerobak sampah RT kami rusak jadi sampah numpuk di depan rumah warga
Yth. Bapak Gubernur, dengan hormat saya ingin melaporkan tumpukan sampah liar di {alamat} yang sudah lebih dari dua minggu tidak diangkut dan menimbulkan bau tidak sedap. Mohon segera ditindaklanjuti. Terima kasih.
SAMPAH DI {jalan} GA PERNAH DIANGKUT!!! BAU BUSUK
garbage has not been collected on my street for a week
there is an illegal dumping site right next to {halte}, it smells terrible
sampahnya numpuk bgt guys, petugas DLH pada kemana ya
bak sampah di depan {sekolah} meluap, anak2 sekolah jadi kebauan
orang2 buang kasur bekas sama sofa rusak di pinggir jalan, tolong diangkut dong
tiap subuh ada mobil pick up buang sampah di {jalan}, udah sering bgt kejadian
depo sampah {kel} baunya nyampe ke rumah2 warga
sampah pasar berserakan sampe ke jalan raya, {pasar} jorok bgt
kantong sampah sobek2 diacak kucing, berserakan di gang kami, udh 4 hari ga diambil
pengangkutan sampah di komplek kami telat terus, seminggu cuma sekali diangkut
tiap sore ada warga yg bakar sampah, asapnya masuk ke rumah
tempat sampah di trotoar udah penuh dan ga pernah dikosongin
lapor min, ada pembuangan sampah liar di lahan kosong {kel}
sampah menggunung di {alamat}, udah kayak TPA aja
sampah numpuk
sampah ga diangkut
tolong angkut sampah depan rumah saya pak, sudah 5 hari
the garbage truck skipped our area again, trash is piling up near {mall}
sampah2 bekas acara dangdutan ditinggal gitu aja di lapangan
jalanan kotor bgt penuh sampah abis pasar malem di {jalan}
petugas PPSU udah seminggu ga nyapu jalan di lingkungan kami, daun sama plastik dimana2
puing2 bangunan dibuang sembarangan di pinggir {jalan}
banyak sampah styrofoam numpuk di pinggir jalan, baunya asem
mohon bantuannya, sampah di TPS {kel} belum diangkut sejak lebaran
kak sampah di ujung gang udah kayak gunung, belatung dmn2
sampah medis kayak jarum suntik sama masker bekas dibuang di tong sampah umum deket {pkm}
gw udah bayar iuran sampah tiap bulan tapi sampahnya ga diangkut2
tong sampah di {halte} penuh dan bau, ga ada yg ngosongin
sampahnya numpuk di pinggir jalan sampe makan badan jalan, motor susah lewat
trash-nya udah numpuk seminggu min, please diangkut ya
dumping sampah ilegal di {alamat}, baunya sampe ke dalem rumah
ada yang buang sampah dari mobil tiap malem, udah kerekam cctv warga
ada TPS liar di kolong tol deket {kel}
Saya warga {kel} ingin menyampaikan keluhan, sampah di lingkungan kami tidak diangkut selama satu minggu.
kapan sampah di sini diangkut??
numpuk lagi numpuk lagi sampahnya, tiap hari begini terus
lalat banyak bgt gara2 sampah ga diangkut dari kemarin lusa
ada tumpukan sampah plastik di trotoar {jalan}, pejalan kaki jadi turun ke jalan
sampah kiriman numpuk di pantai {kel}, bau amis
truk sampah lewat tapi cuma ngangkut sebagian, sisanya ditinggal
sampahnya udah busuk, air lindinya netes ke jalan
bau sampah menyengat bgt dari TPS sebelah rumah, anak saya sampe mual
TOLONG SAMPAH DIANGKUT UDAH SEMINGGU
gimana sih DLH, sampah di {gang} dibiarin numpuk sampai 10 hari
di belakang {mall} jadi tempat buang sampah liar, tiap hari nambah
bangkai kucing di tengah jalan {jalan} belum diangkut dari pagi, bau
sampah elektronik sama ban bekas dibuang di tanah kosong
banyak pemulung ngacak2 tempat sampah sampai berantakan, ga ada yg beresin
Assalamualaikum pak, mau lapor sampah di {rtrw} belum diangkut dari hari senin
sampah di {stasiun} sebelah pintu keluar numpuk, joroknya minta ampun
pedagang {pasar} buang sampah sayur ke jalan, becek dan bau
the trash bins in the park are overflowing and nobody empties them
tolong pasang tempat sampah, warga jadi buang sembarangan di pinggir jalan
udh 2 minggu gerobak sampah ga lewat {gang}
di {kec} sampah numpuk di mana2 setelah hujan kemarin, tolong dikerahkan petugas
pak RT bilang truk sampahnya rusak, jadi sampah dibiarin aja. sampai kapan??
sampah numpuk di depan musholla, jamaah keganggu baunya
kardus sama plastik bekas bongkaran toko dibuang di trotoar tiap malam
sampah daun kering numpuk di pinggir jalan, belum disapu berhari2
ini sampah udah kaya bukit min, di {alamat}
dengan hormat, kami warga mengeluhkan pengangkutan sampah yang tidak rutin di wilayah {kel}
rubbish dumped illegally on the empty lot behind my house, please clean it up
jujur ga tahan sama baunya, sampah ga diangkut dari minggu lalu
ada yg buang limbah sampah restoran di pinggir {jalan}, minyak sama sisa makanan
tempat sampah umum di {landmark} udah rusak dan sampahnya berceceran
kenapa sampah di wilayah kami diangkutnya cuma 2 minggu sekali??
mohon ditindak warga yg suka buang sampah di pinggir jalan, udah dipasang plang tetep aja
sampah bekas bongkaran rumah ditaruh di pinggir jalan udah sebulan
warga kami resah krn tumpukan sampah di {rtrw}, mohon petugas kebersihan dikirim
sampahh bnyak bgt d pinggir jln,bau bgt tlg diangkut
its been 6 days and the garbage collectors still haven't come, the smell is unbearable
sampah popok bayi dibuang sembarangan di lahan kosong, jorok
minta tong sampah tambahan di {jalan}, yg ada udah penuh terus
TPS nya kebakaran kecil2an tiap hari karna dibakar warga, asapnya bikin sesek
sampah berserakan abis CFD di {landmark}, belum dibersihin
sampah rumah makan ditumpuk di depan ruko tiap malam, tikus dimana2
di {kel} sampah numpuk krn petugas mogok, tolong pak
pembuangan sampah liar di jalan inspeksi, udah tinggi sampe sepinggang
desa kami sampahnya tidak ada yang mengangkut, warga terpaksa membakar
aduh itu sampah di {gang} kapan diangkut, udah bau bangkai
sampah bekas renovasi dibuang di pinggir {jalan} sama kontraktor
please send the garbage truck to {kel}, trash everywhere
sampah di pojokan pasar belum diangkut, bau busuk nyebar ke {pasar}
mohon dinas lingkungan hidup memeriksa TPS {kel} yang sudah overload
"""

HELDOUT["lapor_sampah"] = """
udah 8 hari sampah di {gang} {rtrw} ga disentuh petugas
garbage pickup hasn't happened in {kel} since last thursday
ada truk yg sengaja buang sampah di lahan kosong samping {jalan} tengah malam
SAMPAHNYA BAU BANGET, GAK ADA YANG NGANGKUT
tolong bak sampah besar di {pasar} dikosongkan, sudah meluap
kami warga mohon pengangkutan sampah dijadwalkan rutin, sekarang tidak menentu
sampah nyangkut di pagar sekolah, numpuk plastik sama bungkus makanan
min sampah rumah gue blm diangkut dari senin nih
pembuangan sampah ilegal di {alamat} makin parah
tong sampah {halte} udah bolong bawahnya, sampah tumpah kemana2
sampahnya dibiarin gitu aja sampe ada belatung, tolong lah
abis banjir kemarin sisa2 sampahnya belum diangkut sama sekali di {kel}
Dengan hormat, bersama ini saya laporkan adanya tempat pembuangan sampah liar di wilayah {kec}.
tps-nya overload, trash everywhere di pinggir jalan
ga ada tempat sampah di sepanjang {jalan}, jadinya orang buang sembarangan
sampah sisa kurban numpuk di lapangan dan mulai bau
truk sampah cuma lewat doang, ga berhenti di {gang}
"""

TRAIN["lapor_banjir"] = """
banjir lagi di {gang} {rtrw}, air udah sepinggang
min {jalan} banjir setinggi lutut, motor pada mogok
genangan air di {jalan} ga surut2 dari semalem
rumah kami kebanjiran, air masuk sampai 50 cm
BANJIR LAGI BANJIR LAGI, {kel} TIAP HUJAN PASTI TERENDAM
tolong pak, kampung kami terendam banjir dari subuh
air rob naik lagi di {kel}, jalanan udah kayak laut
the street in front of {mall} is flooded again after the rain
underpass kebanjiran, mobil ga bisa lewat
hujan 1 jam aja langsung banjir, gimana sih
genangan di depan {halte} bikin penumpang susah naik bus
air banjir masuk ke rumah2 warga {alamat}, mohon bantuan pompa
banjir rob di pesisir {kel} makin tinggi tiap bulan purnama
jalan depan rumah tergenang air terus, udah 3 hari ga surut
kami kebanjiran, barang2 udah diungsiin ke lantai 2
ada genangan air dalem bgt di {jalan}, hati2 yg lewat
Yth. Bapak Kepala Dinas SDA, dengan hormat kami melaporkan bahwa wilayah {kel} kembali terendam banjir setinggi kurang lebih 70 cm sejak dini hari. Mohon segera dikirim pompa dan bantuan.
banjir di {kec} parah, beberapa gang udah ga bisa dilewatin
genangan
banjir
kebanjiran min
my house is flooded, water is knee deep
pompa air di {kel} ga nyala, banjirnya ga surut2
rumah pompa mati pas hujan deres, akhirnya banjir
udah 2 hari kampung kami tergenang, air blm surut juga
mohon bantuan perahu karet, air di {alamat} sudah sedada
banjir setinggi betis di {jalan}, macet total
air dari tanggul yang jebol masuk ke perumahan
tanggul di {kel} bocor, air rob merembes ke rumah warga
genangan air di perempatan bikin motor2 pada jatuh
banjir kiriman dari bogor udah nyampe {kel}
kenapa {jalan} selalu banjir tiap hujan padahal cuma gerimis
parah bgt banjirnya, air masuk kamar
flooding on {jalan}, cars are stuck, please send help to pump the water
kak di {rtrw} banjir nih, warga butuh pompa
tiap musim hujan langsung tergenang, udah bertahun2 ga ada solusi
lapangan sama jalan komplek kami jadi kolam tiap hujan
air setinggi pinggang orang dewasa di {gang}
ini banjir udah masuk hari ketiga pak, warga mulai kena penyakit kulit
jalan ke {stasiun} banjir, penumpang pada nyeker
banjir rob lagi, air laut masuk ke jalan {kel}
water logging di {jalan} every single time it rains, parah
pasar kebanjiran, pedagang ga bisa jualan di {pasar}
GENANGAN DI {jalan} UDAH KAYAK DANAU
air naik terus, udah sebetis dari tadi sore
tlg sedot genangan di {alamat}, udah 4 hari ga kering
banjir setengah meter di depan {sekolah}, anak2 ga bisa sekolah
halaman puskesmas tergenang, pasien susah masuk {pkm}
tiap hujan deres rumah saya langsung kemasukan air, capek bersihin lumpur
tolong dipantau, air kali meluap dan mulai masuk ke permukiman di {kel}
ada warga lansia yg kejebak banjir di rumahnya, butuh evakuasi
rob pagi ini udah masuk rumah, air asin semua
pak, genangan di jalan ini udah seminggu, bau dan jadi sarang nyamuk
kena banjir lagi, motor gue kerendem
banjirnya ga ngotak, padahal hujannya cuma sebentar
mohon dipasang pompa mobile di {jalan} karena selalu tergenang
air menggenang di bawah flyover, dalemnya sampe selutut
kami warga {rtrw} terdampak banjir, mohon bantuan logistik dan pompa
kok makin parah sih banjir di {kec} tahun ini
the underpass near {landmark} is completely flooded
jalanan desa kami tergenang banjir sampai tidak bisa dilalui kendaraan
udh sejam ujan, {jalan} udh tergenang parah
banjir bandang kecil tadi malam, lumpur masuk rumah
air dari kali masuk ke gang, rumah2 pinggir kali kebanjiran
tolong segera, banjir udah masuk ke dapur
halte busway kebanjiran, genangan di jalur bus
ga bisa keluar rumah krn banjir se-dengkul di {alamat}
udah lapor berkali2 soal genangan di sini, ga ada tindakan
rob merendam jalan {jalan} sepanjang 500 meter
gara2 banjir kemarin tembok rumah warga ada yg retak
min, genangannya makin luas nih di {kel}
ini kenapa ya tiap hujan {jalan} selalu tergenang
banjir di kompleks kami ga surut2, pompa warga udah ga kuat
banjir sepaha di {gang} kak, tolong dikirim bantuan
Tadi pagi jalanan depan {mall} tergenang cukup tinggi, mobil kecil mogok.
flood water still hasn't receded in {kel}, it's been 2 days
banjir masuk ke gedung sekolah, buku2 pada basah
banjir lokal di perempatan, tiap gerimis langsung menggenang
sudah tiga kali bulan ini rumah kami kebanjiran
tolong pak lurah, RT kami banjir lagi
genangan air di sepanjang {jalan} setinggi 30 cm, macet parah
banjir dimana2, {kota} lumpuh
air pasang masuk ke kampung nelayan, rumah warga terendam
yth. dinas SDA, mohon perhatian untuk genangan yang terjadi setiap hujan di {alamat}
banjirr parahhh tlg dong
genangan air hujan ga ngalir kemana2, jalan kayak kolam ikan
banjir setinggi atap mobil di {jalan}, jangan lewat sini
pak gubernur tolong lah banjir {kel} ini diberesin, tiap tahun sama aja
hujan dari sore, sekarang air udah masuk ke teras rumah
banjir nih banjir, {kel} kerendem lagi
"""

HELDOUT["lapor_banjir"] = """
air udah sedengkul di {jalan} dan terus naik
rumah warga di {gang} {rtrw} kebanjiran lagi malam ini
flooded road near {halte}, buses can't pass
ROB MASUK RUMAH LAGI, KAMI CAPEK
tolong pompa di {kel} dinyalakan, banjir ga turun2
genangan di depan {pasar} dari kemarin belum kering
banjir lagi min
mohon bantuan evakuasi barang, air sudah setinggi dada di {alamat}
genangan tiap hujan di persimpangan ini bikin kendaraan mogok
kampung kami tenggelam, air sudah satu meter
jalan menuju {sekolah} tergenang, murid2 dipulangkan
dengan hormat, wilayah {kec} terendam banjir sejak pukul 03.00 WIB
air laut pasang masuk jalan kampung, becek sampai sore
banjir di {jalan} bikin macet sampe 2 km
water entered our house again, we need pumps in {kel}
udah dua hari kerendem, ga ada bantuan sama sekali
genangan air di underpass belum disedot juga
"""

TRAIN["lapor_saluran_air"] = """
got di {gang} {rtrw} mampet, airnya item dan bau
saluran air depan rumah tersumbat sampah, tolong dikeruk
selokan di {jalan} penuh lumpur, airnya ga ngalir
penutup got di trotoar {jalan} ilang, bahaya bgt buat pejalan kaki
kali {kel} item pekat dan bau busuk, banyak sampah ngambang
tolong kali di belakang rumah dikeruk, udah dangkal bgt
KALI NYA PENUH SAMPAH, BAU NYA NYAMPE RUMAH
the drain in front of my house is clogged and smells awful
{kali} penuh sampah plastik, airnya ga bergerak
gorong2 di bawah jalan mampet total
saluran drainase di {kel} tersumbat sedimen, mohon normalisasi
tutup saluran air dari beton pecah, motor bisa masuk lubang
got mampet
selokan bau bgt
eceng gondok menutupi kali di {kel}, airnya jadi ga ngalir
turap kali longsor di {alamat}, tanahnya ambrol ke sungai
pabrik buang limbah ke kali, airnya jadi warna2an
mohon pengerukan saluran air di {jalan}, lumpurnya udah setinggi bibir got
got depan {sekolah} terbuka tanpa tutup, bahaya buat anak2
saluran air di gang kami dicor warga jadi ga bisa dibersihin
airnya ngendap di selokan, jadi sarang jentik nyamuk
Yth. Dinas Sumber Daya Air, saluran penghubung di {alamat} tersumbat sampah dan sedimen sehingga air tidak mengalir. Mohon dilakukan pengerukan.
selokannya udah ga keliatan, ketutup sampah semua
tolong got di {rtrw} dibersihin pak, udah item pekat
grill penutup got di depan {halte} rusak dan menganga
there's a missing drain cover on {jalan}, someone could fall in
kali {kel} dangkal krn sedimentasi, tiap ujan meluap dikit
bau got nya sampai ke dalam rumah, mual
saluran air di sepanjang {jalan} ketutup bangunan liar, air ga bisa ngalir
petugas biru (SDA) udah lama ga ngeruk got di lingkungan kami
drainase jalan ditutup sama pedagang pakai papan
got mampet di {kel}, air luber ke jalan tiap hujan
sampah nyangkut di pintu air {kali}
sungai di belakang {pasar} jadi tempat buang sampah pedagang, airnya item
saluran air di komplek kami rusak, dindingnya jebol
box culvert di {jalan} ketutup lumpur, perlu dikuras
TOLONG GOT DEPAN RUMAH DIBERSIHKAN, NYAMUKNYA BANYAK BGT
kali kotor bgt, banyak bangkai ayam ngambang
ada pipa pembuangan limbah rumah makan langsung ke got, bau minyak
selokan di {gang} penuh lumpur sama sampah popok
the river near {kel} is full of trash and foam
tolong dikirim alat berat buat ngeruk kali, udah pendangkalan parah
got ga ada tutupnya, kemarin anak kecil hampir jatuh
penutup selokan ilang dicuri orang di {jalan}
air got ngendap ga ngalir ke mana2, baunya kayak telur busuk
got nya mampet gara2 ada tanah urukan proyek
saluran air di pinggir jalan desa mampet, perlu dibersihkan
kali {kel} berbusa putih, kayaknya limbah deterjen
got di depan {pkm} bau dan ada belatungnya
kalinya udah kayak tempat sampah raksasa
saluran pembuangan di {alamat} ambles, airnya nyebar ke halaman
minta tolong pengerukan kali, udah 2 tahun ga dikeruk
selokan ditutupin trotoar baru, sekarang air ga masuk
drainase mampet bikin jalan tergenang tiap gerimis
sungai {kali} bau bgt pas musim kemarau
pintu air di {kel} ga dibuka, kali jadi penuh sampah di satu titik
gotnya kebanyakan lumpur min, sampai ke atas
saluran air yang baru dibangun udah retak dan bocor
min, lubang got di trotoar {jalan} menganga lebar
ada kasur nyangkut di kali, air jadi kebendung
got nya item, bau, banyak tikus keluar masuk
the drainage channel on {jalan} is blocked with mud and plastic
kali di belakang sekolah jadi tempat buang tinja, bau sekali
inlet air di pinggir jalan ketutup aspal waktu pengaspalan
tolong, selokan depan rumah meluber tiap ada orang mandi di rumah atas
got-nya udah dangkal, airnya nyiprat kalau mobil lewat
kali item di {kel} gak pernah dibersihin dari taun lalu
selokan tersumbat sampah plastik di {gang}, mohon petugas SDA datang
kali baru dinormalisasi tapi sekarang penuh sampah lagi
air limbah dari pabrik tahu dibuang ke selokan, busuk
penutup got besi di depan {mall} copot, mobil kejeblos
mampet total nih got di {rtrw}, warga gak sanggup bersihin sendiri
saluran air depan {lurah} penuh sampah, ironis
di sungai ada sampah numpuk di bawah jembatan {kel}
tolong angkut eceng gondok di waduk, udah nutupin permukaan
SELOKAN DI {jalan} MAMPET DAN BAU BANGKAI
kalinya bau, airnya item kaya oli
mohon tutup got yang rusak di sepanjang {jalan} diganti
got mampet bikin air cucian ga bisa buang
ada bangkai kambing di kali, baunya kemana2
selokan samping masjid ga pernah dikuras, airnya hijau
saluran air primer di {kec} ketutup sampah sampai ke permukaan
kali di {alamat} airnya ga ngalir, tolong dicek pintu airnya
tiap pagi ada yang buang sampah ke kali pakai motor
drain covers are broken all along the sidewalk near {stasiun}
got nya bolong, tanahnya ambrol ke dalam
got depan rumah ga ngalir karna ada pipa PAM melintang di tengahnya
petugas ngeruk got tapi lumpurnya ditaruh di pinggir jalan aja, ga diangkut
kali kecil di kampung kami airnya meluap karna ketutup sampah bambu
saluran air kotor bgt bikin anak2 gatel2
"""

HELDOUT["lapor_saluran_air"] = """
got depan {gang} {rtrw} mampet dan bau tinja
selokan sepanjang {jalan} penuh endapan lumpur hitam
the canal behind {pasar} is clogged with garbage
kali {kel} warnanya hitam pekat, ikan pada mati
PENUTUP GOT HILANG, UDAH ADA YANG JATUH
saluran air di desa kami tidak mengalir karena tertutup tanah
mohon normalisasi {kali}, pendangkalannya parah
ada tutup got pecah di dekat {halte}
got mampet, airnya balik ke kamar mandi warga
kalinya bau amis dan berbusa
tolong dikeruk, selokannya udah ga berfungsi di {alamat}
limbah cair dari bengkel dibuang ke got, warnanya hitam oli
turap kali retak dan mulai longsor di {kel}
gorong-gorong di bawah jalan ketutup sampah, air mampet
selokannya jorok bgt min, jentik nyamuk di mana2
kami mohon pengerukan saluran penghubung di {kec}
eceng gondok di kali udah kaya lapangan hijau
"""

TRAIN["lapor_jalan"] = """
jalan berlubang di {jalan}, udah ada 2 motor jatuh minggu ini
min ada lubang gede di tengah {jalan}, bahaya kalo malem
aspal di {gang} {rtrw} rusak parah, ngelupas semua
trotoar di {jalan} ambles, pejalan kaki harus turun ke jalan
JALAN RUSAK PARAH DI {kel} GA DIPERBAIKI2!!!
there is a huge pothole on {jalan}, please fix it before someone gets hurt
jembatan penyeberangan orang deket {halte} lantainya bolong
jalan bolong
jalan rusak min
lubang di jalan udah 3 bulan ga ditambal
tolong tambal lubang depan {sekolah}, anak2 sering kesandung
jalan di {kel} bergelombang bgt abis digali kabel
bekas galian pipa di {jalan} ga ditutup rapi, jadi kubangan
paving block di gang kami pada copot
trotoar nya pecah2 dan banyak yg berlubang di sepanjang {jalan}
jembatan kecil di {alamat} kayunya lapuk, takut ambruk
Yth. Dinas Bina Marga, dengan hormat kami warga {kel} melaporkan kondisi jalan yang rusak berat dan berlubang di {jalan}. Sudah beberapa kali terjadi kecelakaan. Mohon segera diperbaiki.
jalan amblas di {jalan}, retak panjang di tengah
aspal baru sebulan udah ancur lagi, kualitasnya gimana sih
tolong perbaiki jalan rusak parah di desa kami, kalau hujan jadi kubangan lumpur
lubangnya udah kaya kolam ikan kalo ujan, di {jalan}
the sidewalk near {mall} is broken and uneven, my mom tripped yesterday
jalan cor di {gang} retak2 dan ada yg patah
ada besi nongol dari jalan beton di {jalan}, ban bisa sobek
tanjakan flyover aspalnya bergelombang parah
polisi tidur di {gang} ketinggian, motor pada nyangkut
tolong dibongkar polisi tidur yang dibuat warga, terlalu tinggi dan tajam
galian kabel di trotoar {jalan} ditinggal gitu aja bolong2
jalan rusak di {kec} dibiarin berbulan2
lubang di {jalan} udah ditandain ban bekas sama warga, tapi ga diperbaiki juga
jembatan di {kel} retak, mobil besar masih lewat, ngeri
pedestrian di depan {stasiun} ubinnya lepas semua
aspal mengelupas di tikungan, banyak kerikil, motor sering selip
trotoarnya ketinggian dan ga ada ramp buat kursi roda
guiding block buat tunanetra di trotoar {jalan} rusak dan ketutup tiang
jalan berlubang dalem di depan {pasar}, truk sayur sering oleng
ada lubang di flyover {jalan}, bahaya buat motor
road in {kel} has been destroyed since the utility works, nobody fixed it
jalanan rusak bgt kayak off road, {jalan}
abis pengerjaan saluran, jalannya ditinggal berantakan
JALAN BOLONG2 SEMUA, PAJAK KITA KEMANA??
tolong pak, jalan menuju {pkm} rusak, ambulans susah lewat
sambungan jembatan {jalan} renggang dan bunyi tiap dilewati
trotoar di {alamat} longsor ke arah kali
aspal ambles sedalam 20 cm di {jalan}
jalan lingkungan RW kami sudah 5 tahun tidak pernah diaspal
pengaspalan cuma setengah jalan, sisanya dibiarin tanah
lubang di jalan ga ada rambu nya, bahaya
jalan setapak di {gang} rusak parah, licin kalo ujan
tolong, ada lubang menganga di jalan dekat {halte}
ruas {jalan} rusak sepanjang 200 meter
udah 6 bulan jalan ini rusak dan ga ada perbaikan sama sekali
kemarin istri saya jatuh gara2 lubang di {jalan}
jalan berlubang bikin genangan dan cipratan ke pejalan kaki
tangga JPO di {jalan} anak tangganya ada yang patah
the bridge railing on {jalan} is broken, it's dangerous at night
pagar pembatas jembatan di {kel} jebol
beton jalan di {rtrw} pecah, udah kayak puzzle
jalan rusak parah, mohon diperbaiki segera
aspalnya keropos di {jalan}, tiap hari nambah lubang
mohon perbaikan jalan rusak di sekitar {sekolah}
tolong perbaiki trotoar di {jalan}, banyak yang amblas
tutup manhole di tengah jalan lebih rendah dari aspal, bikin motor kejedot
jalan berlubang di {alamat}, sudah dilaporkan ke RT tapi belum ada tindak lanjut
jalan di kampung kami masih tanah merah, becek bgt kalo hujan
jalan rusak akibat dilewati truk proyek tiap hari
lubang jalan ditambal pakai puing aja sama warga, ga rapi
please repair the road, there are potholes everywhere on {jalan}
min ini jalan rusak udah berapa lama sih ga dibenerin di {kel}
aspalnya ambrol gara2 pipa PAM bocor di bawahnya
jalan retak2 dan turun di {jalan}, kayaknya tanahnya labil
trotoar baru dibangun tapi udah retak dan ubinnya lepas
ada lubang di jalur sepeda {jalan}, pesepeda bisa jatuh
tolong aspal jalan kami, udah kayak kubangan kerbau
Dengan hormat, jalan penghubung antar RW di {kel} rusak berat sejak dua tahun lalu.
bolong gede di {jalan} arah {landmark}, hati2 pengendara
jembatan gantung di {kel} talinya udah kendor, ngeri lewat
roadnya rusak parah guys, jangan lewat {jalan}
jalan bergelombang dan banyak tambalan di {jalan}, ga nyaman
paving trotoar di depan {mall} copot dan numpuk di pinggir
lubang galian bekas proyek ga ditutup, dikasih seng doang
JALAN DI DEPAN RUMAH SAYA HANCUR, TOLONG DIPERBAIKI
saya mau lapor jalan rusak di {alamat}
udah jatuh 3 orang di lubang yang sama, kapan diperbaiki?
jalan rusak parah menuju {stasiun}, ojol pada ogah lewat
tanggul jalan di pinggir kali retak dan aspalnya ikut turun
ada jalan berlubang
lubangnya makin besar tiap hari di {jalan}, mohon ditindaklanjuti bina marga
jalan cor kampung udah pecah2 semua, mohon dibangun ulang
kerb trotoar di {jalan} rusak berserakan
"""

HELDOUT["lapor_jalan"] = """
ada lubang sedalam 30 cm di {jalan} belum ditambal
aspal {gang} {rtrw} hancur habis musim hujan
the pavement on {jalan} is cracked and full of holes
JALAN BERLUBANG LAGI DI {kel}, TIAP HARI ADA YANG JATUH
jembatan penyeberangan deket {halte} karatan dan lantainya goyang
trotoar di depan {pasar} rusak parah
jalan desa rusak berat, tidak bisa dilewati mobil
min jalanan bolong2 di {alamat}
bekas galian kabel bikin jalan jadi bergelombang
polisi tidur liar bikin motor gue rusak shockbreakernya
mohon perbaikan jembatan di {kel} yang sudah retak
jalan amblas di tikungan, ga ada tanda peringatan
jalanan rusak dan berlubang sepanjang {jalan}, mohon ditambal
ubin trotoar lepas, nenek saya kesandung
road damage near {sekolah}, huge cracks
jalan ancur gara2 truk tanah lewat tiap malam
tolong aspal ulang jalan lingkungan {kec}
"""

TRAIN["lapor_listrik"] = """
lampu jalan di {jalan} mati udah seminggu, gelap gulita
PJU di {gang} {rtrw} mati semua, rawan begal
the street light in front of my house has been broken for a week
kabel listrik menjuntai rendah di {jalan}, bisa kesangkut truk
tiang listrik miring di {alamat}, takut roboh
lampu PJU mati
lampu jalan mati
min lampu penerangan jalan di {kel} padam dari kemarin
kabel semrawut di tiang depan rumah, ada yang putus menggantung
LAMPU JALAN MATI SEBULAN GA ADA YG BENERIN
tolong lampu PJU di sepanjang {jalan} diperbaiki, rawan kecelakaan
tiang lampu jalan karatan dan keropos bawahnya di {jalan}
kabel fiber optik sama kabel listrik kusut nyangkut di pohon
lampu taman di {taman} mati semua, jadi gelap
lampu jalan nyala siang hari, mati pas malam, aneh
PJU di jembatan {kel} mati, pengendara ga keliatan
kabel putus tergeletak di jalan {gang}, takut nyetrum
tiang listrik bekas ga dicabut, ditinggal di tengah trotoar {jalan}
Yth. Dinas Bina Marga, lampu penerangan jalan umum di {alamat} sudah tidak menyala selama dua minggu sehingga kawasan tersebut rawan kejahatan. Mohon perbaikan.
lampu jalannya kedap kedip terus, bikin silau
street lights on {jalan} are all off, it's pitch dark at night
box panel listrik PJU terbuka, kabelnya kelihatan, bahaya buat anak2
tiang lampu ketabrak mobil dan sekarang miring ke jalan
lampu penerangan di jalan desa belum ada sama sekali, minta dipasang
minta pemasangan lampu jalan di {gang}, gelap bgt kalo malem
kabel listrik nempel di atap rumah warga di {rtrw}
gardu listrik di {kel} bunyi keras dan bau gosong
lampu PJU di depan {sekolah} mati, anak2 pulang les gelap2an
kabel kendor melintang di atas jalan, truk tinggi bisa nyangkut
tiang PJU dicoret2 dan lampunya pecah
lampu jalan di underpass mati separuh
gelap bgt di {jalan}, lampu PJU nya pada mati
udah lapor ke RT soal lampu jalan mati tapi ga ada hasil
kabel-kabel udara di {jalan} semrawut kayak benang kusut, tolong dirapikan
the lamp post near {halte} is leaning dangerously
lampu jalan mati di depan {pasar}, pedagang subuh ketakutan
tiang listrik kayu udah lapuk di {alamat}
lampu sorot di lapangan RW mati, ga bisa main bola malam
lampu jalan di {kec} banyak yang mati, tolong disisir
min tolong lampu PJU di {jalan} diganti, udah redup banget
ada kabel terkelupas di tiang depan {mall}, percikan kalo hujan
lampunya mati trus nyala trus mati lagi, PJU di {gang}
listrik PJU dicolong warga buat warung, kabelnya berantakan
lampu penerangan jalan di tol lingkar mati sepanjang 1 km
kabel listrik turun sampai bisa disentuh tangan di {jalan}
tolong cek lampu jalan {kel}, udah 3 minggu gelap
lampu di JPO {jalan} mati, serem kalo nyebrang malam
kabel telepon bekas putus dan menjuntai di pinggir jalan
tiang lampu roboh kena angin kemarin, belum diangkat
dengan hormat, mohon penambahan titik lampu PJU di {alamat}
lampu PJU tenaga surya yang baru dipasang udah ga nyala
panel surya lampu jalan di {kel} dicuri orang
LAMPU JALAN DI {jalan} MATI SEMUA, GELAP GULITA
jalan ke {stasiun} gelap gulita, lampunya rusak
streetlight out at the corner of {jalan}, please fix
kabel udara ditarik rendah melewati gang, tinggi cuma 2 meter
lampu jalan mati depan rumah udah dua bulan, gw udah lapor 3 kali
lampu jalan di taman mati, jadi tempat orang mabuk
tiang listrik di tengah trotoar {jalan} menghalangi pejalan kaki
mohon perbaikan PJU di kampung kami, warga takut keluar malam
kabel menjuntai dari tiang sampai ke tanah di {alamat}
lampu penerangan di jembatan penyeberangan deket {halte} mati
lampu jalan kami redup banget kayak lilin
ada tiang listrik doyong abis ditabrak truk di {jalan}
kabel PLN nyangkut di ranting, kalo angin kenceng goyang2
the cables on the pole near my house are hanging down to the street
lampunya pecah dilempar batu, tolong diganti di {gang}
tolong pasang lampu penerangan di jalan tembus {kel}, sering ada begal
lampu pju mati total di {kec}, tolong segera
kabel2 bekas ditinggal gulungan di trotoar {jalan}
tiang lampu hias di {landmark} banyak yang mati
lampu jalan mati sejak hujan badai kemarin
gelapnya parah min, lampu jalan mati di {rtrw}
kabel listrik di atas gang kami udah melorot, anak2 main di bawahnya
lampu jalan arah {mall} mati semua
minta tolong lampu penerangan jalan umum dihidupkan lagi, sudah padam sebulan
tiang listrik beton retak di bagian bawahnya, {jalan}
PJU mati di tikungan tajam, kemarin ada motor nyungsep
lampu di taman RPTRA mati, anak2 ga bisa main sore
kabel tiang PJU dicuri, lampu jadi mati se-RW
tiang lampu penerangan jalan di desa kami roboh dan belum diganti
lampunya mati pak, jalanan gelap, ibu2 takut pulang kerja
ada kabel melintang rendah banget di {jalan}, tadi helm saya kena
lampu jalan di {jalan} nyala cuma satu dari sepuluh
"""

HELDOUT["lapor_listrik"] = """
lampu PJU di {gang} {rtrw} mati sejak minggu lalu
kabel listrik putus menggantung di depan {sekolah}
the street lamps along {jalan} are not working
LAMPU JALAN MATI, GELAP, RAWAN KEJAHATAN
tiang listrik miring hampir roboh di {kel}
mohon dipasang lampu penerangan jalan di jalan desa yang gelap
kabel semrawut menjuntai sampai ke kepala orang di {jalan}
lampu jalan mati total depan {pasar}
gelap bgt min, pju nya rusak
tiang lampu karatan bagian bawahnya keropos di {alamat}
lampu di jembatan penyeberangan mati semua
kabel kendor melintang jalan, truk sering nyangkut
lampu penerangan di {kec} banyak yang padam
lampu jalannya kelap-kelip dari minggu lalu
broken lamp post near {halte}, it's dangerous
dengan hormat, lampu penerangan jalan di lingkungan kami padam sejak awal bulan
kabel bekas menumpuk di tiang depan rumah, hampir jatuh
"""

TRAIN["lapor_parkir_liar"] = """
parkir liar di {jalan} bikin macet tiap sore
mobil parkir sembarangan di bahu jalan depan {mall}, nutup jalur
jukir liar di {pasar} maksa minta 5 ribu
banyak motor parkir di trotoar {jalan}, pejalan kaki ga kebagian
PARKIR LIAR DI DEPAN {sekolah} BIKIN MACET PARAH
illegal parking along {jalan} is blocking one lane
tukang parkir liar di minimarket minta duit padahal parkirnya gratis
mobil tetangga parkir di jalan gang, ambulans ga bisa masuk
parkir liar
ada parkir liar
mobil2 showroom dipajang di pinggir jalan {jalan}, makan badan jalan
truk parkir berhari-hari di {gang} {rtrw}, ga pernah dipindah
tolong derek mobil yg parkir di depan pintu garasi saya
jukir liar di {stasiun} galak, kalo ga bayar diancam
ojol ngetem di depan {halte}, nutup jalur masuk halte
pangkalan ojek liar di trotoar {jalan}
Yth. Dinas Perhubungan, kami melaporkan adanya parkir liar di sepanjang {jalan} yang menyebabkan kemacetan setiap hari. Mohon penertiban.
bus pariwisata parkir di pinggir jalan {kel} sampai malam
tukang parkir dadakan di {landmark} minta 20 ribu sekali parkir
mobil parkir di tikungan, bikin ga keliatan kendaraan dari arah lain
parkir liar di bahu jalan depan rumah makan, tiap jam makan siang macet
gerobak sama motor parkir di atas trotoar depan {pkm}
min tolong razia parkir liar di {jalan}, udah parah
orang2 parkir di jalur sepeda, gimana mau sepedaan
cars are parked on the sidewalk in front of {mall}, we have to walk on the road
ada juru parkir liar pake rompi palsu di {jalan}
mobil box parkir dua lapis di {jalan}, jalan jadi tinggal satu jalur
kendaraan parkir di depan hydrant, kalau kebakaran gimana
parkir di badan jalan {kel} udah kayak lahan parkir pribadi
JUKIR LIAR MALAK PENGUNJUNG DI {pasar}
motor parkir sampai menutup pintu masuk {sekolah}
ada mobil rongsok parkir bertahun-tahun di pinggir {jalan}, ga pernah gerak
mobil tetangga diparkir di fasum taman, ga ada tempat main anak
tukang parkir liar di depan ATM minta uang tiap kali narik duit
parkir liar di jalan masuk perumahan bikin mobil ga bisa papasan
parkiran liar di kolong flyover {jalan}
mohon ditertibkan parkir kendaraan di sepanjang {alamat}
jukir ilegal di depan bank, parkirnya ngatur jalan seenaknya
mobil parkir nutupin jalan keluar gang, kami susah keluar
motor ojol parkir di trotoar depan {stasiun} sampai ga bisa lewat
illegal parking attendant at {pasar} forced me to pay 10k
parkir valet restoran pake bahu jalan {jalan}
truk kontainer parkir di pinggir {jalan} semalaman
kok dibiarin aja sih parkir liar di {jalan}
mobil2 parkir di jalur busway {jalan}
tolong derek mobil yang parkir di depan {lurah}, ganggu banget
parkir sembarangan bikin macet, mana ga ada petugas
tukang parkir liar minta bayar di tempat yang ada tulisan bebas parkir
parkir liar depan {mall} dua lapis
bengkel pake bahu jalan buat parkir mobil pelanggan di {jalan}
di {gang} mobil parkir kiri kanan, motor aja susah lewat
mohon petugas dishub razia parkir liar sekitar {halte}
parkir liar di zona larangan parkir depan {rs}
parkir liar udah kayak tradisi di {kec}, ga pernah ditindak
mobil ga ada plat nomor parkir di gang kami udah sebulan
jukir liar pake seragam ormas narik uang parkir di {jalan}
cars parked on both sides of {jalan}, traffic is stuck every morning
tolong gembok aja mobil yang parkir sembarangan di {alamat}
ojek pangkalan parkir di mulut gang, mobil susah belok
parkirnya nutup trotoar, difabel ga bisa lewat
taksi online ngetem berjam-jam di pinggir {jalan}
parkir motor di atas JPO, gimana ceritanya
dengan hormat, parkir di badan jalan depan {pasar} mengganggu lalu lintas setiap pagi
jukirnya maksa banget min, motor gw dipegangin sampe bayar
tempat parkir liar di lahan fasum RW yang dikelola preman
mobil jemputan anak sekolah parkir di jalan, nutup satu lajur
parkir liar depan kantor, mobil ga bisa keluar masuk
udah ada rambu dilarang parkir tapi tetep aja ada yang parkir di {jalan}
TRUK NGETEM DI PINGGIR JALAN, BIKIN MACET DAN BAHAYA
orang parkir di depan rumah saya tiap malem, saya gabisa keluar
parkir mobil liar di sepanjang {jalan}, sampai ke tikungan
min, ada parkir liar di bahu jalan deket {stasiun}, jalan jadi sempit
parkir liar di taman {kel}, taman jadi parkiran
mobil jenazah susah lewat gara2 parkir liar di {gang}
jukir liar di {landmark} ngatur parkir sampai ke tengah jalan
parkir di trotoar udah biasa di sini, petugas ga pernah negur
angkot ngetem dan parkir di mulut {jalan}
tukang parkir liar tarif semaunya sendiri
parking attendants without uniforms asking for money near {halte}
motor dan mobil parkir di trotoar depan {mall}, sudah sering dilaporkan
parkir di jalan sempit bikin pemadam kebakaran susah masuk
mobil derek aja ga dateng2 padahal parkir liarnya tiap hari
ada yang parkir mobil di depan gerbang {sekolah} seharian
truk pasir parkir nginep di {jalan}, pasirnya tumpah kemana2
mohon penertiban jukir liar di sepanjang {alamat}
parkir liarr bnyk bgt,jln jd sempit
"""

HELDOUT["lapor_parkir_liar"] = """
motor parkir berjajar di trotoar {jalan} sampai pejalan kaki turun ke jalan
jukir liar di depan {mall} minta 15 ribu
illegal parking outside {sekolah} every afternoon
PARKIR LIAR LAGI DI {jalan}, GA ADA YANG NEGUR
mobil parkir nutup jalan {gang} {rtrw}
tukang parkir ilegal di minimarket {kel} tarif seenaknya
parkir liar lagi min
tolong ditertibkan parkir di bahu jalan sekitar {pasar}
ojol ngetem sampai makan satu lajur di depan {stasiun}
mobil bak parkir berminggu-minggu di pinggir jalan kampung
parkir dua lapis di depan rumah makan, jalan macet
dengan hormat, mohon penindakan parkir liar di kawasan {kec}
juru parkir liar marah2 kalo ga dikasih uang
bus karyawan parkir di pinggir {jalan} tiap sore
parkir di depan hydrant dan di atas trotoar, tolong diderek
motor pada parkir di jalur sepeda {jalan}
"""

TRAIN["lapor_perhubungan"] = """
lampu merah di perempatan {jalan} mati, kendaraan saling serobot
traffic light di simpang {kel} rusak dari pagi
lampu lalu lintas nyala kuning terus di {jalan}
the traffic light at the junction near {mall} is not working
rambu dilarang putar balik di {jalan} ketutup pohon, banyak yg kena tilang
MACET PARAH TIAP PAGI DI {jalan}, GA ADA PETUGAS YANG NGATUR
marka jalan di {jalan} udah pudar, ga keliatan garisnya
zebra cross depan {sekolah} udah hilang catnya, anak2 susah nyebrang
tolong dipasang lampu penyeberangan di depan {pkm}
lampu merah durasinya kelamaan, 3 menit sendiri, sementara arah lain kosong
rambu lalu lintas di {jalan} roboh ditabrak
banyak motor melawan arus di {jalan}, bahaya bgt
truk besar masuk jalan kota jam 7 pagi padahal dilarang
lampu merah mati
macet total
minta petugas dishub jaga di simpang {landmark} jam pulang kantor
pengalihan arus di {jalan} bikin bingung, ga ada rambu petunjuk
u-turn di {jalan} bikin macet panjang, tolong ditutup
Yth. Dinas Perhubungan, dengan hormat kami melaporkan APILL di persimpangan {jalan} tidak berfungsi sejak dua hari lalu sehingga terjadi kemacetan dan rawan kecelakaan.
cermin tikungan di {gang} pecah, ga keliatan kendaraan dari arah berlawanan
pak ogah ngatur lalu lintas seenaknya di putaran {jalan}
traffic jam every evening at {jalan} because the lights are badly timed
papan penunjuk arah ke {landmark} salah, malah nyasar
rambu batas kecepatan ga ada, mobil ngebut di {jalan}
lampu merah countdown nya mati di simpang {kel}
minta dipasang speed bump resmi atau rambu hati2 anak sekolah di {jalan}
persimpangan {jalan} semrawut tiap sore, butuh lampu lalu lintas
kendaraan berat lewat jalan lingkungan {kel}, padahal ada rambu larangan
rambu ganjil genap ketutup spanduk di {jalan}
contraflow di {jalan} berbahaya, ga ada petugas yang jaga
penyeberangan jalan di depan {stasiun} ga ada lampu, orang nyebrang sembarangan
lampu lalu lintas nya kedap kedip merah semua
MARKA JALANNYA GA KELIATAN, MALEM GELAP, BAHAYA
minta dibuat zebra cross di depan {rs}, pasien susah nyebrang
jam pulang sekolah macetnya parah di depan {sekolah}, tolong diatur
rambu "dilarang masuk" di {gang} dirusak orang
lampu merah di {jalan} hijau nya cuma 10 detik
traffic signs on {jalan} are faded and can't be read
bus dan truk ngetem di lampu merah bikin antrian panjang
kenapa sih lampu merahnya ga sinkron antar perempatan di {jalan}
tolong tambahkan rambu belok kiri jalan terus di simpang {kel}
motor lewat trotoar pas macet di {jalan}, petugas diem aja
perempatan {jalan} ga ada lampu merah, tiap hari hampir tabrakan
pembatas jalan (MCB) di {jalan} digeser orang buat putar balik liar
traffic cone pengalihan ditinggal di jalan padahal proyek udah selesai
separator busway di {jalan} dijebol buat jalan pintas motor
papan rambu miring hampir jatuh ke jalan di {jalan}
min lampu merahnya mati di simpang deket {halte}, polisi ga ada
jalan satu arah di {kel} dilawan terus sama motor
sistem satu arah baru di {kec} bikin macet parah
tolong kaji ulang rekayasa lalu lintas di {jalan}, malah tambah macet
palang pintu perlintasan kereta di {stasiun} sering telat nutup
perlintasan sebidang kereta di {kel} ga ada penjaganya
lampu penyeberangan pelican cross di {jalan} tombolnya rusak
kemacetan parah di depan {mall} karena antrian masuk parkir sampai ke jalan
please put a zebra crossing near {sekolah}, kids cross in heavy traffic
rambu petunjuk jalan di tol dalam kota ketutup reklame
traffic light nya ngaco, hijau bareng dari dua arah
MACETNYA GILA, LAMPU MERAH MATI DARI PAGI DI {jalan}
tolong ada pengaturan lalu lintas pas jam berangkat kerja di simpang {landmark}
marka zebra cross di {jalan} udah ilang, cuma tinggal bekasnya
dengan hormat, kami mohon pemasangan rambu larangan truk masuk di {alamat}
pengendara motor naik ke JPO buat motong jalan
mobil2 nerobos lampu merah terus di {jalan}, perlu kamera tilang
kamera ETLE di {jalan} mati kayaknya, banyak yang nerobos
rambu peringatan tikungan tajam ga ada di {jalan}
lampu lalin nya kebalik, hijau buat jalur yang harusnya berhenti
tolong dicek lampu merah di {kel}, hijaunya ga nyala
rambu parkir paralel sama dilarang berhenti bikin bingung
pengaturan lalu lintas di putaran balik {jalan} semrawut banget
motor2 masuk tol lingkar, ga ada petugas yang cegah
macet tiap hari di {jalan} gara2 putaran balik yang terlalu dekat lampu merah
jalur penyeberangan di depan {pasar} ga ada, orang nyebrang sambil nyelip
orang nyeberang di tengah jalan {jalan} karena JPO terlalu jauh, minta pelican crossing
rambu penunjuk jalan tertutup dahan pohon di {kec}, susah dibaca
lampu merah di {jalan} dipasang terlalu tinggi, ga keliatan dari mobil
truk overload lewat tiap malam di {jalan}, ga ada penindakan dishub
traffic light timing at {kel} causes a 2 km queue every morning
kendaraan masuk jalur busway di {jalan}, bus jadi terhambat
dishub tolong pasang rambu dilarang stop di depan {mall}
simpang {jalan} macet krn lampu merah nya rusak dari kemaren
lampu merah di {alamat} mati sejak hujan
perlu petugas pengatur lalu lintas di {jalan}, ga ada yg ngatur sama sekali
APILL di {jalan} mati, pengendara jadi saling serobot
tolong tambahkan rambu di jalan desa, banyak pengendara dari luar nyasar
lajur sepeda diserobot motor di {jalan}, ga ada pembatasnya
"""

HELDOUT["lapor_perhubungan"] = """
lampu merah di simpang {jalan} padam sejak subuh
traffic lights at {kel} junction are stuck on red
rambu dilarang belok di {jalan} tertutup reklame
MACET TIAP SORE DI {jalan}, TOLONG ATUR LAMPU MERAHNYA
zebra cross di depan {sekolah} hilang setelah pengaspalan
perempatan dekat {pasar} butuh lampu lalu lintas
banyak pengendara melawan arus di jalan satu arah
lampu lalu lintas cuma kedip kuning terus
papan rambu peringatan roboh di {alamat}
perlintasan kereta tanpa palang di {kel}, sangat berbahaya
tolong petugas dishub atur lalu lintas di simpang {landmark} saat jam sibuk
marka jalannya udah ga keliatan sama sekali di {jalan}
truk tronton lewat jalan permukiman padahal ada larangan
durasi lampu merah di {jalan} ga masuk akal, bikin antrian panjang
pelican crossing di depan {halte} tombolnya ga berfungsi
dengan hormat, kami mohon kajian rekayasa lalu lintas di {kec}
"""

TRAIN["lapor_transportasi_publik"] = """
bus transjakarta koridor 9 lama bgt datengnya, nunggu 40 menit di {halte}
AC bus TJ mati, panas kayak oven
sopir transjakarta ugal2an, penumpang sampai jatuh
pintu halte {halte} rusak ga bisa ditutup, bahaya
the MRT escalator at {mrt} has been broken for days
KRL telat terus, jadwal ga jelas di {stasiun}
eskalator di {stasiun} mati, lansia susah naik
mikrotrans JakLingko ga lewat trayek nya, nunggu sejam
sopir jaklingko ngetem lama dan nurunin penumpang sembarangan
lift di {mrt} rusak, pengguna kursi roda ga bisa naik
tap in kartu di gate {halte} error terus
antrian di {halte} panjang banget, busnya cuma dikit
TRANSJAKARTA DATANGNYA LAMA BANGET, NUNGGU SAMPE 1 JAM
bus TJ kelewatan halte, ga berhenti di {halte}
LRT jakarta berhenti lama di tengah rel, ga ada pengumuman
toilet di {stasiun} kotor dan ga ada air
kereta commuter penuh sesak, ga ada tambahan rangkaian pas jam sibuk
JPO ke {halte} atapnya bocor, penumpang kehujanan
Yth. Direksi PT Transjakarta, dengan hormat saya menyampaikan keluhan atas lamanya waktu tunggu bus di {halte} yang mencapai lebih dari 45 menit pada jam sibuk.
busway
mrt error lagi
bus transjakarta mogok di jalur, penumpang disuruh turun
petugas halte {halte} jutek dan ga ngasih info
jadwal bus {halte} di aplikasi ga sesuai sama kenyataan
the transjakarta bus driver was on his phone while driving
kursi prioritas di bus diduduki orang muda, petugas diem aja
mikrotrans nomor JAK 10 ga pernah lewat lagi di {kel}
AC kereta MRT netes air ke kursi
saldo kartu kepotong dua kali di gate {mrt}
penumpang desak2an di {stasiun} karena cuma satu pintu yang dibuka
bus TJ bau dan kursinya kotor
sopir angkot jaklingko ngebut dan ngerokok di dalam mobil
papan informasi kedatangan bus di {halte} mati
ramp halte terlalu curam, kursi roda ga bisa naik
pelecehan di dalam KRL, petugas lambat respon
mohon tambah armada bus rute {halte} - {landmark}, selalu penuh
gerbong kereta lampunya mati, gelap
bus TJ sering bunching, 3 bus dateng barengan abis itu kosong 30 menit
halte sementara {halte} ga ada atap, panas dan kehujanan
the LRT from {lrt} was delayed 30 minutes without any announcement
pengumuman di stasiun ga kedengeran, speaker rusak di {stasiun}
KRL gangguan lagi, penumpang numpuk di peron
tangga di {halte} licin dan ada yang patah
MRT nya berhenti mendadak, lampu mati di dalam terowongan
petugas TJ kasar ke penumpang lansia di {halte}
bus jaklingko ga mau berhenti di titik naik yang resmi
kartu JakLingko ga bisa dipake di mikrotrans, sopirnya minta cash
rute bus TJ diubah tanpa pemberitahuan, penumpang bingung
lift di {stasiun} udah rusak sebulan, ibu hamil susah naik
peron {stasiun} terlalu pendek, pintu kereta di ujung ga kena peron
min bus TJ {halte} arah {landmark} kok jarang bgt ya hari ini
KRL anjlok di dekat {stasiun}, perjalanan terganggu
petugas keamanan halte tidur pas jaga
gate di {mrt} error, antrean sampai ke tangga
naik TJ dari {halte} nunggunya lama bgt, mending naik ojol
bus mikrotrans kebanyakan ngetem di terminal, penumpang nunggu kelamaan
please add more Transjakarta buses on corridor 1, they are always packed
jembatan penghubung halte {halte} goyang-goyang
kaca pintu bus TJ pecah, belum diganti
bus listrik transjakarta mogok di tengah jalan {jalan}
aplikasi tije ga update posisi bus
bus pengumpan TJ ga sesuai jadwal, jam 6 pagi blm ada
pintu kereta MRT kejepit tas, petugas ga sigap
hari ini di {stasiun} gate tap out rusak, penumpang ga bisa keluar
armada bus TJ tua2 dan berisik, kapan diganti
bus TJ berhenti jauh dari halte, penumpang harus loncat
dengan hormat, fasilitas difabel di {halte} tidak memadai, guiding block tertutup
JAKLINGKO GA LEWAT2!!! UDAH SEJAM NUNGGU
halte TJ di {jalan} bocor kalau hujan, lantainya licin
angkot mikrotrans ga ada AC padahal katanya ber-AC
stasiun {lrt} ga ada petugas yang bisa ditanya
KRL jurusan bogor penuh banget, pendingin udara ga kerasa
bus transjakarta melanggar lampu merah di {jalan}
tolong perbaiki mesin isi ulang kartu di {halte}
toilet di {mrt} ditutup terus, katanya rusak
sopir bus royaltrans nyetirnya kasar, penumpang pada mual
layanan bus malam amari ga sesuai jadwal
transjakarta lewat jalur reguler dan ga berhenti di halte manapun
kok halte {halte} ditutup tanpa pengumuman
bus TJ nya overload, pintu ga bisa ditutup
the KRL schedule at {stasiun} is always wrong, trains are late every day
shelter mikrotrans di {kel} rusak dan penuh coretan
informasi perjalanan MRT di layar salah, bikin bingung
min tap in pake kartu bank ga bisa di bus jaklingko
petugas on board transjakarta ga ada, penumpang berdiri di pintu
kereta datang telat 25 menit tanpa informasi di {stasiun}
kapan sih TJ tambah armada buat rute ke {mall}, penuh terus
"""

HELDOUT["lapor_transportasi_publik"] = """
nunggu bus TJ di {halte} udah 50 menit belum dateng
AC kereta KRL mati, penumpang kepanasan
escalator at {mrt} is out of service again
SOPIR TRANSJAKARTA NGEBUT DAN REM MENDADAK
mikrotrans jaklingko rute {kel} ga beroperasi seminggu
gate tap in di {halte} error, saldo kepotong tapi ga kebuka
lift di {stasiun} mati, ga ada petugas
bus TJ lewat tanpa berhenti padahal banyak yang nunggu
dengan hormat, kami mohon penambahan armada Transjakarta di koridor 7 pada jam sibuk
halte TJ bolong atapnya, kehujanan
LRT nya mogok lagi di {lrt}
petugas stasiun kasar waktu ditanya arah peron
jadwal kereta di {stasiun} molor terus tiap pagi
the microbus driver refused my JakLingko card and asked for cash
bus transjakarta jorok, tempat duduk sobek
papan info di halte ga nyala dari minggu lalu
"""

TRAIN["lapor_pohon"] = """
pohon tumbang di {jalan}, nutup separuh jalan
dahan pohon gede patah nyangkut di kabel depan rumah
pohon di {gang} {rtrw} udah miring, takut roboh kena rumah
tolong pangkas pohon di depan {sekolah}, rantingnya udah nyentuh atap
POHON TUMBANG MENIMPA PAGAR RUMAH WARGA, BELUM DIEVAKUASI
a big tree fell across {jalan} after the storm
pohon angsana di pinggir {jalan} akarnya ngangkat trotoar
ranting kering berjatuhan dari pohon di {taman}, bahaya buat pengunjung
pohon keropos di {kel}, batangnya udah bolong
mohon perantingan pohon di sepanjang {jalan} sebelum musim hujan
pohon tumbang
ada pohon mau roboh
taman {kel} ga terawat, rumput tinggi dan banyak sampah daun
ayunan di {taman} rusak, rantainya putus
pohon besar di {alamat} condong ke arah rumah, warga takut tiap angin kencang
dahan patah menggantung di atas jalan, bisa jatuh kapan aja
Yth. Dinas Pertamanan dan Hutan Kota, dengan hormat kami warga {kel} memohon penebangan atau perantingan pohon besar yang sudah lapuk di {jalan} karena membahayakan pengguna jalan.
pohon tumbang kemarin sore belum dipotong, masih nutup jalan {gang}
batang pohon yang tumbang cuma dipinggirin, ga diangkut
the park near {mall} is neglected, the grass hasn't been cut in months
pohon di depan {halte} daunnya lebat bgt nutupin rambu
akar pohon masuk ke pondasi rumah saya, tolong ditebang
pohon kelapa di pinggir jalan buahnya jatuh ke motor orang
tolong tebang pohon mati di {jalan}, udah kering kerontang
taman RPTRA {kel} lampunya rusak dan rumputnya gundul
bangku di {taman} patah2
POHONNYA UDAH MIRING PARAH, TOLONG SEBELUM ADA KORBAN
dahan pohon nyangkut di kabel listrik depan {pasar}
jalur hijau di {jalan} gersang, tanamannya mati semua
pohon peneduh di trotoar ditebang sembarangan sama developer
pohon beringin di {alamat} rantingnya rapuh, tiap angin jatuh
pohon tumbang menghalangi akses ke {pkm}
ada pohon roboh di taman, nimpa gazebo
min pohon di depan rumah udah tinggi bgt, tolong dipangkas dinas
the branches are touching the power lines on {jalan}, please trim them
pohon mahoni besar akarnya keangkat, kayaknya mau tumbang
taman kota {kel} kotor dan kolamnya jadi sarang nyamuk
ada ular keluar dari semak2 taman yang ga pernah dipotong
sisa potongan dahan ditinggal numpuk di pinggir {jalan}
petugas pertamanan motong pohon tapi rantingnya ditinggal
pohonnya udah condong ke jalan raya, tinggal nunggu roboh
taman di {kec} ga ada penerangan dan semaknya lebat
rumput di median jalan {jalan} tingginya sepinggang
pohon tumbang nimpa mobil di parkiran {mall}
pohon di {kel} kena rayap, keropos dalemnya
alat fitness di {taman} karatan dan rusak
tolong dirapikan pohon di depan {sekolah}, buahnya jatuh kena murid
dahan besar patah menimpa atap rumah di {gang}
pohon di tepi kali {kel} miring ke arah permukiman
taman bermain anak di RW kami rusak, perosotannya bolong
pohon palem di median {jalan} mati dan kering
pohon tumbang di {jalan} bikin macet, belum ada petugas datang
tree roots have lifted the sidewalk on {jalan}, people keep tripping
mohon pemangkasan pohon di halaman {lurah}, sudah rimbun sekali
pohon tua di pinggir jalan desa mau roboh, warga khawatir
min ada pohon gede banget di depan rumah nenek, tiap hujan angin ngeri
pohon nyender ke tiang listrik di {alamat}
taman kota dijadiin tempat mangkal dan ga dirawat
pohon tumbang nutup jalan masuk kampung kami, ga bisa keluar
tolong angkut batang pohon tumbang yang udah seminggu di {jalan}
rumput taman {kel} gak pernah dipotong, banyak nyamuk
pohon besar di {jalan} batangnya retak setelah disambar petir
pangkas dong pohonnya, ga keliatan lampu merahnya
dahan pohon menutupi lampu jalan, jadi gelap
{taman} air mancurnya mati dan kolamnya hijau
ada pohon roboh di pinggir {kali}, nutup aliran
Dengan hormat, kami mohon perawatan taman di lingkungan {rtrw} yang sudah tidak terurus.
tolong bapak dinas pertamanan, pohon di depan rumah saya sudah lapuk dan berbahaya
pohon bambu di pinggir jalan condong ke jalan, motor kesangkut
pohon tumbang di jalur busway {jalan}
DAHAN POHON PATAH DI ATAS JALAN, BISA JATUH KAPAN AJA
tanaman di pot pinggir {jalan} mati semua, potnya pecah
pohon angsana tua di {kel} rawan tumbang, mohon dicek
a dead tree in the playground near {kel} could fall on the kids
{taman} rusak abis acara, rumputnya gundul
pohon tumbang nimpa warung di {alamat}
pohon2 di jalur hijau ditebang buat reklame
pohon di sekolah anak saya udah rapuh, takut jatuh pas istirahat
ranting pohon masuk ke halaman orang, tolong dipangkas
taman pinggir kali sekarang jadi semak belukar
pohon tumbang udah dua hari di {gang}, warga potong sendiri
tolong dicek pohon di sekitar {stasiun}, dahannya menggantung rendah
pohon randu di {jalan} kapuknya terbang kemana2 dan dahannya rapuh
"""

HELDOUT["lapor_pohon"] = """
pohon besar tumbang melintang di {jalan}
dahan patah nyangkut di atas jalan depan {pasar}
a tree is leaning dangerously over {gang} {rtrw}
POHON MAU ROBOH DI DEPAN RUMAH, TOLONG DITEBANG
mohon perantingan pohon di sekitar {sekolah}
taman di {kel} tidak terawat, rumput liar tinggi
pohon keropos di pinggir jalan desa, sudah condong
ranting pohon menutupi rambu dan lampu jalan
batang pohon bekas tumbang belum diangkut dari {alamat}
pohon lapuk
akar pohon merusak pagar dan dinding rumah warga
perosotan dan ayunan di taman RPTRA rusak
pohon tumbang nimpa motor di depan {halte}
tolong pangkas pohon yang rantingnya nyentuh kabel di {jalan}
dengan hormat, kami mohon penebangan pohon mati di wilayah {kec}
taman kota gelap dan semak belukarnya lebat banget
"""

TRAIN["lapor_ketertiban"] = """
PKL jualan di trotoar {jalan}, pejalan kaki ga bisa lewat
pedagang kaki lima menuhin jalan depan {stasiun}, macet
tolong tertibkan PKL di depan {sekolah}, jualannya sampai ke badan jalan
suara musik dangdut dari hajatan sampai jam 2 pagi di {gang} {rtrw}
tawuran pelajar sering terjadi di {jalan} tiap pulang sekolah
ada pengemis maksa2 di lampu merah {jalan}
ondel-ondel ngamen keliling tiap malem di {kel}, berisik dan minta duit maksa
NOISE DARI BENGKEL TETANGGA SAMPAI TENGAH MALAM, GA BISA TIDUR
anak2 muda nongkrong mabuk2an di {landmark} tiap malam minggu
street vendors have taken over the entire sidewalk on {jalan}
balap liar tiap malam minggu di {jalan}, berisik dan bahaya
pengamen maksa di angkot, kalo ga dikasih ngomel
PKL
berisik bgt
lapak pedagang permanen di atas saluran air di {pasar}
tiap malam ada warga yang karaokean kenceng banget sampai subuh
preman malak pedagang di {pasar}, tiap hari minta setoran
Yth. Satpol PP, dengan hormat kami warga {kel} mengeluhkan keberadaan pedagang kaki lima yang berjualan di trotoar dan bahu {jalan} sehingga mengganggu pejalan kaki dan lalu lintas. Mohon penertiban.
gerobak PKL ditinggal di trotoar semalaman
ada judi sabung ayam tiap minggu di lahan kosong {kel}
kos2an di {gang} sering ribut, mabuk2an, pintu digedor malam2
tawuran antar kampung di {kel} udah sering banget, warga takut keluar
the neighbors blast loud music every night, it's impossible to sleep
pengemis bawa bayi di depan {mall} tiap hari, kasian tapi ganggu
manusia silver minta2 di lampu merah {jalan}
suara knalpot brong tiap malam di {gang}, berisik
pasar tumpah di {jalan} tiap pagi, jalan jadi ga bisa dilewati
warung remang2 di {alamat} jual miras dan buka sampai pagi
ada orang gila ngamuk2 di pinggir jalan, warga resah
PKL makin banyak di {halte}, jalur masuk halte ketutup
toa hajatan disetel kenceng banget dari pagi sampai malem
pengamen ondel-ondel bawa anak kecil di {jalan} malam2
tolong satpol PP razia PKL di trotoar {jalan}
anak2 punk nongkrong dan malak di {stasiun}
ada yang main layangan di jalan raya, benangnya bahaya
orang tetangga pelihara ayam jago, berkokok jam 3 pagi dan ribut
pedagang buka lapak di atas JPO {jalan}
min, sering ada tawuran di flyover {jalan} jam 3 pagi
spanduk dan baliho liar dipasang di tiang2 sepanjang {jalan}
lapak pedagang di {pasar} makan badan jalan sampai setengah
tetangga sebelah sering ribut dan teriak2 tengah malam
pengemis dan pengamen di perempatan {kel} makin banyak
bising suara genset proyek malam hari di {alamat}
warga mabuk sering bikin onar di {gang}
PKL JUALAN DI ATAS TROTOAR {jalan}, SATPOL PP KEMANA AJA
lapak jualan di depan {pkm} menghalangi ambulans
tolong tertibkan pedagang asongan di dalam {stasiun}
ada pengamen maksa minta uang di warung2 makan
street fights between teenagers happen every weekend near {kel}
pengemis tiap hari ngetok kaca mobil di {jalan}
ada orang jualan petasan dan nyalain tiap malam, berisik
speaker warung kopi disetel keras sampai subuh
pedagang kaki lima di {mall} udah ditertibkan tapi balik lagi
tempat hiburan malam di {kel} berisik dan sering ada keributan
warga mengeluh ada praktek prostitusi di {alamat}
aksi corat coret vandalisme di tembok sepanjang {jalan}
banyak anak muda balap sepeda di jalan raya tengah malam
pemalakan sopir truk di {jalan} sama preman
ada yg bikin acara organ tunggal pakai jalan umum tanpa izin, jalan ditutup
PKL dipinggir jalan di {kec} bikin sempit
kami terganggu suara bising dari pabrik di belakang rumah, 24 jam
pengemis pura-pura cacat di {halte}
ondel2 tiap hari lewat, minta duit maksa ke pengendara
jualan hewan di trotoar {jalan}, bau dan kotor
please do something about the street vendors blocking the pedestrian path near {stasiun}
tiap jumat malam ada remaja kumpul bawa sajam di {kel}
tetangga nyetel sound system kenceng tiap hari, udah ditegur ga mempan
lapak pedagang di pinggir kali {kel} pake bangunan semi permanen
sopir angkot mabuk dan bikin ribut di terminal
ada pengamen bawa speaker keliling gang malam2
tukang tambal ban nyebar paku di {jalan}
min ada yang jual miras oplosan di warung dekat {sekolah}
PKL pindah ke jalur sepeda setelah ditertibkan dari trotoar
pedagang kaki lima buang limbah ke jalan dan dagangannya menutupi trotoar
dengan hormat, mohon patroli di wilayah {alamat} karena sering terjadi keributan antarpemuda
gerombolan pemuda nongkrong sampai subuh, ganggu perempuan lewat
tenda PKL di {landmark} ga dibongkar2, jadi kumuh
suara bising konser di lapangan sampai jam 1 malam
rumah kosong jadi tempat nongkrong dan pesta miras
tolong tindak pedagang yang jualan di badan jalan {jalan} tiap sore
lapak pedagang di trotoar deket {rs} bikin pasien susah lewat
BERISIK BANGET TETANGGA RENOVASI SAMPE JAM 11 MALEM
ada perjudian togel di pos ronda {rtrw}
warung kopi jadi tempat mabuk2an tiap malam di {kel}
pedagang jualan di jembatan, jalan sempit jadi makin sempit
beggars and buskers crowd the intersection near {mall} every evening
ada debt collector ribut2 teriak di gang tiap hari
pengemis manula di depan masjid maksa minta sedekah
lapak jualan pakaian bekas di trotoar {jalan} ga pernah ditertibkan
"""

HELDOUT["lapor_ketertiban"] = """
PKL memenuhi trotoar {jalan} sampai pejalan kaki jalan di aspal
suara musik hajatan keras sampai subuh di {gang} {rtrw}
tawuran pelajar lagi2 terjadi di dekat {sekolah} sore tadi, tolong patroli rutin
PENGAMEN ONDEL-ONDEL MAKSA MINTA DUIT TIAP MALAM
street vendors are blocking the entrance of {stasiun}
pengemis di lampu merah {jalan} makin banyak
balap liar tiap subuh di {jalan}, warga terganggu
pedagang kaki lima di depan {pasar} bikin macet
preman minta jatah keamanan ke warung2 di {kel}
tetangga nyalain knalpot racing tengah malam
tempat karaoke di {alamat} berisik sampai jam 3 pagi
lapak pedagang liar berdiri di atas trotoar dekat {halte}
anak muda mabuk dan bikin keributan di pos ronda
dengan hormat, kami mohon Satpol PP menertibkan PKL di kawasan {kec}
ada judi online dan judi kartu di warung kopi kampung kami
vandalisme coretan di tembok dan halte sepanjang jalan
"""

TRAIN["lapor_bangunan"] = """
ada bangunan liar berdiri di atas saluran air di {jalan}
tetangga bangun rumah 4 lantai tanpa IMB di {gang} {rtrw}
bangunan tanpa izin PBG di {kel}, udah ditegur tetap jalan terus
ruko baru nutupin trotoar {jalan}, bangunannya maju sampai ke jalan
bangunan semi permanen di bantaran kali {kel} makin banyak
gedung tua di {alamat} udah retak2 dan mau roboh, bahaya
someone is building on the public green space in {kel} without a permit
proyek apartemen di {jalan} bikin rumah warga retak
rumah tinggal dijadiin pabrik konveksi di kawasan permukiman
bangunan liar
IMB nya ga ada
lahan fasum RW dipakai buat bangun kios permanen oleh oknum
tembok pembatas proyek ambrol ke gang kami, ga ada tanggung jawab
Yth. Dinas Cipta Karya, Tata Ruang dan Pertanahan, dengan hormat kami melaporkan pembangunan gedung di {alamat} yang diduga tidak memiliki Persetujuan Bangunan Gedung dan melanggar garis sempadan jalan. Mohon ditinjau.
BANGUNAN TANPA IZIN MAKIN BANYAK DI {kel}, PEMDA DIAM AJA
rumah sebelah dibangun nempel ke tembok saya, ga ada jarak sama sekali
bangunan mangkrak di {jalan} jadi sarang preman dan nyamuk
kos2an 5 lantai dibangun di gang sempit {gang}, izinnya dipertanyakan
menara BTS dibangun di atap rumah warga tanpa sosialisasi
proyek gedung kerja sampai malam dan debunya masuk rumah warga di {kel}
the abandoned building on {jalan} is falling apart and dangerous
ada yang nguruk tanah dan bangun pagar di lahan milik pemda di {kel}
bangunan di pinggir rel kereta dekat {stasiun} makin banyak
gedung sekolah bekas di {kel} mangkrak dan setengah roboh
rumah kosong di {gang} atapnya ambruk, takut nimpa rumah sebelah
kafe dibangun di jalur hijau {jalan}
pembangunan hotel di {jalan} melanggar batas ketinggian kayaknya
bangunan menutup jalan inspeksi kali, petugas ga bisa lewat
tetangga bangun kanopi sampai nutup jalan gang
rumah warga dibangun di atas saluran, air ga bisa ngalir lagi
papan reklame raksasa berdiri tanpa izin di {jalan}, rangkanya karatan
tiang reklame miring mau roboh di {alamat}
gudang tanpa izin di tengah permukiman {kel}, truk keluar masuk
min ada pembangunan di lahan sengketa di {rtrw}, tolong dicek izinnya
pagar proyek makan separuh trotoar {jalan}
bangunan bekas kebakaran ditinggal gitu aja, tinggal rangka
please check the permit of the new warehouse being built next to {sekolah}
tetangga renovasi rumah sampai melebihi batas tanah, masuk ke tanah saya
developer bangun perumahan di daerah resapan air di {kec}
apartemen tanpa SLF sudah dihuni di {jalan}
bangunan di {kel} melanggar KDB, halaman habis semua dicor
lapak permanen dibangun di trotoar depan {pasar}
ada tembok tinggi dibangun menutup akses jalan warga di {alamat}
bangunan rusak dan miring bekas gempa belum diperiksa
pembangunan aula di lahan fasum tanpa musyawarah dan tanpa izin
min tolong cek bangunan baru di {gang}, kayaknya gak ada izinnya
rumah susun di {kel} dindingnya retak besar, warga takut
konstruksi proyek dekat rumah bikin getaran dan retak dinding
pagar seng proyek roboh ke jalan {jalan}
proyek pembangunan ruko tidak pasang papan izin sama sekali
bangunan liar di kolong tol {kel} dipakai tempat tinggal dan usaha
usaha bengkel las di rumah tinggal, zonasi nya kan perumahan
bangunan gedung dekat {mrt} katanya disegel tapi tetap dikerjain
pembongkaran bangunan liar di {kel} cuma setengah, sisanya dibiarin
dengan hormat, saya melaporkan alih fungsi rumah tinggal menjadi tempat usaha di {alamat} tanpa izin
tetangga bikin tingkat dan jendelanya ngadep langsung ke kamar mandi saya
bangunan lama cagar budaya di {kel} dibongkar diam2
gedung parkir di {mall} dindingnya retak parah
ada rumah tua kosong di {jalan} yang temboknya udah doyong ke trotoar
bangunan ilegal di sempadan sungai {kali}
REKLAME LIAR DI ATAS RUKO, RANGKANYA HAMPIR JATUH
ada bangunan bertingkat dibangun di atas lahan RTH {kel}
izin bangunan tetangga cuma 2 lantai tapi dibangun 5 lantai
tembok penahan tanah di {alamat} retak dan mulai longsor ke rumah warga
proyek galian basement di {jalan} bikin tanah sekitar ambles
bangunan kantor pemasaran liar di pinggir {jalan}
warga bangun pagar permanen sampai menutup saluran dan jalan setapak
new construction next door has no permit sign and works until midnight
bangunan kios semi permanen di {taman}
rumah tetangga udah mau ambruk, kayunya lapuk, takut nimpa rumah kami
tolong dinas citata cek bangunan di {alamat}, melanggar GSB
gedung bekas pabrik di {kel} kosong dan temboknya mulai runtuh
pembangunan tower air di atap ruko tanpa perhitungan, takut roboh
pondasi proyek tetangga bikin sumur saya kering dan lantai retak
penyerobotan lahan jalan umum buat teras rumah di {gang}
bangunan di {kec} dibangun sampai menutup saluran kota
rumah dibangun mepet rel kereta, ga sesuai aturan
bangunan liar di sepanjang bantaran kali {kel} mohon ditertibkan
bangunan permanen di atas trotoar {jalan} udah bertahun-tahun
kantor desa kami bangunannya hampir roboh dan tidak layak
proyek perumahan tanpa izin lingkungan, warga ga pernah diajak sosialisasi
tenda permanen dibangun di atas jalan lingkungan {rtrw}
ruko di {jalan} nambah lantai tanpa izin, strukturnya kelihatan ga kuat
BANGUNAN LIAR DI BANTARAN KALI KOK DIBIARIN
rangka baliho di atas gedung {kel} miring habis angin kencang
pembangunan kolam renang di rumah tetangga bikin tanah kami ambles
"""

HELDOUT["lapor_bangunan"] = """
bangunan tanpa PBG berdiri di {gang} {rtrw}
someone built a shop on the sidewalk along {jalan} without permission
rumah kosong di {kel} hampir roboh dan membahayakan pejalan kaki
BANGUNAN LIAR DI ATAS SALURAN, TOLONG DIBONGKAR
proyek gedung tinggi di {jalan} bikin dinding rumah warga retak
lahan fasum diserobot buat bangun ruko di {alamat}
tetangga nambah lantai tanpa izin, bayangannya nutup rumah kami
bangunan semi permanen di bantaran {kali}
papan reklame liar tanpa izin di pinggir {jalan} mau roboh
mohon dicek izin pembangunan gudang besar di tengah permukiman {kec}
gedung mangkrak bertahun-tahun jadi sarang nyamuk dan preman
pagar proyek memakan badan jalan di dekat {pasar}
dengan hormat, mohon penertiban bangunan yang melanggar garis sempadan di {kel}
rumah tinggal diubah jadi pabrik, ganggu warga
plafon gedung rusun retak lebar, takut runtuh
bangunan liar di kolong jembatan dekat {stasiun}
"""

TRAIN["lapor_air_bersih"] = """
air PAM mati udah 3 hari di {gang} {rtrw}
air ledeng keruh kecoklatan, ga bisa dipake masak
pipa PAM bocor di {jalan}, airnya nyembur ke jalan
air PDAM ngalir cuma tengah malem, itu juga kecil bgt
AIR MATI LAGI!!! PAM JAYA GIMANA SIH
no running water in {kel} since yesterday morning
air bersih mati
air pam ga ngalir
air keran bau kaporit nyengat banget dan ada endapan
pipa induk bocor di {alamat}, air terbuang percuma
tekanan air PAM lemah bgt, ga naik ke toren
tagihan air PAM naik dua kali lipat padahal pemakaian sama
meteran air rusak tapi tetap ditagih besar
Yth. PAM Jaya, dengan hormat kami warga {kel} mengeluhkan air bersih yang tidak mengalir selama empat hari berturut-turut. Mohon dikirimkan mobil tangki dan segera diperbaiki.
mohon kirim mobil tangki air bersih ke {rtrw}, udah 5 hari air mati
air sumur warga di {kel} jadi asin dan bau
air yang keluar dari keran ada cacingnya, jijik
tap water in our area is brown and smells like mud
pipa air di depan {sekolah} pecah, jalanan becek terus
air PAM di {kec} mati bergilir tanpa pemberitahuan
kran umum di kampung kami udah ga ngalir sebulan
warga terpaksa beli air jerigen karena PAM mati terus
kebocoran pipa di {jalan} udah seminggu ga diperbaiki
airnya berwarna kuning dan licin, kulit anak saya gatal
sambungan baru PAM udah daftar 6 bulan belum dipasang juga
air ledeng ngalirnya cuma 2 jam sehari
air mati total di {alamat}, ga ada info apa2 dari PAM
min air bersih di {kel} kapan ngalir lagi? udah 2 hari
hidran umum di {gang} rusak, warga ga dapat air
air PAM berbau amis, ga berani dipake minum
pipa distribusi bocor di depan {pasar}, air muncrat
AIR KERUH KAYAK KOPI SUSU, UDAH SEMINGGU
warga desa kami kesulitan air bersih saat kemarau
pipa pam bocor di bawah jalan, aspal jadi ambles dikit
sudah bayar tagihan tapi air tetap mati, mohon penjelasan
air yang ngalir cuma angin, meteran tetep muter
the water supply keeps cutting off every evening in {kel}
air tanah tercemar limbah, sumur bau
tolong tangki air dikirim ke {rtrw}, warga antri air dari pagi
pipa air meluber dari dalam tanah di {alamat}
airnya ada pasir halus, filter rumah cepet mampet
min, PAM di {kec} gangguan ya? air ga keluar dari subuh
keran umum di {landmark} bocor terus, air terbuang
air bersih susah di pesisir {kel}, harus beli per gerobak
air berwarna hitam keluar dari pipa PAM tadi pagi
water pipe burst on {jalan}, water is flooding the road
kami udah lapor ke call center PAM tapi air tetap mati
air PAM kecil bgt, mesin pompa ga kuat narik
pipa sambungan ke rumah bocor di meteran, petugas ga dateng2
kualitas air di {kel} jelek, bikin diare
tolong dicek kualitas air PAM di {alamat}, bau karat
ada pencurian air pakai pipa liar di {gang}
air mati bertahun2 tiap kemarau, sampai kapan
dengan hormat, aliran air PAM di wilayah {kec} sering terhenti tanpa pemberitahuan
air kemasan isi ulang di kampung mahal karena PAM mati terus
tekanan air turun drastis sejak ada perbaikan pipa di {jalan}
pipa air bocor di depan rumah, airnya ngalir ke jalan terus 24 jam
keran air di {pkm} ga ngalir, gimana mau cuci tangan
airnya keluar tapi baunya kayak got
air pam di {rtrw} mati dari jumat, sekarang udah selasa
AIR MATI, MANDI PAKE AIR GALON. TOLONG DONG
min tolong info kapan perbaikan pipa di {kel} selesai, air mati terus
air ngalir tapi bau solar
pipa PAM ketabrak alat berat proyek, air mati se-RW
meteran air dicuri orang, air terbuang dari pipa
drinking water at our flat is yellowish, is it safe?
air tanah di {kel} turun, sumur bor warga kering semua
pelanggan PAM di {alamat} ga dapet air sama sekali sejak perbaikan
air PAM tiba2 jadi asin dan ga bisa dipake
saluran pipa air bersih ke rusun {kel} rusak
tangki air bantuan cuma dateng sekali, warga rebutan
airnya mati nyala mati nyala, pompa saya jadi rusak
please fix the leaking water main near {halte}
keluhan air bersih di {kec}, sudah seminggu keruh
air bersih ga sampe ke lantai 3 rusun, tekanannya lemah
ada kebocoran pipa air di dalam gang {gang}, becek terus
tolong PAM Jaya bertanggung jawab, air mati tapi tagihan jalan terus
mau pasang PAM di rumah tapi katanya jaringan belum masuk {kel}
air pdam ngocor di got depan rumah, pipanya patah
minta dibangun sarana air bersih di kampung nelayan {kel}
airnya ada lumut ijo nya
"""

HELDOUT["lapor_air_bersih"] = """
air PAM di {gang} {rtrw} ga keluar dari kemarin sore
leaking water pipe on {jalan}, water everywhere
AIR KERUH BANGET, BAU LUMPUR
tolong kirim tangki air ke {kel}, sudah 4 hari tanpa air
air ledeng cuma netes, ga cukup buat mandi
tagihan air membengkak padahal rumah kosong
pipa induk pecah di {alamat}
air sumur tercemar dan berbau, warga desa butuh air bersih
air pam mati lagi min
kualitas air di rusun jelek, warnanya kuning
dengan hormat, aliran air bersih di {kec} terganggu sejak seminggu lalu
hidran umum di {rtrw} kering
air keran berbau kaporit menyengat sekali
pipa bocor di depan {pasar} belum diperbaiki PAM
meteran air berputar padahal keran ditutup semua
no water at all in {kel} for three days now
"""

TRAIN["lapor_kesehatan"] = """
banyak warga kena DBD di {gang} {rtrw}, tolong fogging
udah 3 anak kena demam berdarah di {kel} bulan ini, belum ada fogging
antrian di {pkm} dari subuh, dokternya baru dateng jam 10
kartu BPJS saya ditolak di {rs}, katanya kamar penuh padahal ada
obat di puskesmas kosong terus, disuruh beli sendiri
FOGGING DONG PAK, NYAMUK DBD DIMANA2
puskesmas
DBD
my child was refused treatment at {rs} even though we have BPJS
petugas puskesmas jutek ke pasien lansia di {pkm}
mohon fogging di lingkungan {alamat}, tetangga saya meninggal karena DBD
jentik nyamuk banyak di rumah kosong sebelah, tolong diperiksa jumantik
posyandu di {rtrw} udah 3 bulan ga jalan
pasien BPJS disuruh bayar obat di {rs}
Yth. Kepala Dinas Kesehatan, dengan hormat kami laporkan peningkatan kasus demam berdarah di {kel}. Kami mohon dilakukan fogging dan pemeriksaan jentik secara menyeluruh.
rujukan BPJS dipersulit, harus bolak balik ke puskesmas
ambulans puskesmas lama banget datengnya kemarin, pasien udah kritis
dokter di {pkm} cuma 1 buat ratusan pasien
warga curiga ada kasus TBC di {rtrw}, minta dicek petugas kesehatan
ada balita gizi buruk di {gang}, keluarganya ga mampu berobat
rumah sakit minta DP dulu sebelum pasien ditangani, padahal darurat kemarin
vaksin anak di puskesmas habis, disuruh balik bulan depan
the health center in {kel} is always out of medicine
BPJS saya dinonaktifkan tanpa pemberitahuan, ga bisa berobat
warung di {alamat} jual obat keras tanpa resep
diare massal di {kel} setelah makan nasi kotak acara RT
puskesmas pembantu di {kel} tutup terus, ga ada petugas
mohon abatisasi di wilayah {kec}, jentik banyak di bak2 warga
pelayanan IGD {rs} lambat dan petugasnya cuek
antrean BPJS di {rs} online tapi tetap nunggu 6 jam
RS nolak pasien KJS dengan alasan alat penuh
tolong adakan pemeriksaan kesehatan gratis buat lansia di {rtrw}
PUSKESMAS TUTUP PADAHAL JAM BUKA, PASIEN NUNGGU DI LUAR
bidan di puskesmas marah2 sama ibu hamil
fogging cuma di jalan besar, gang2 kecil ga disemprot
toilet dan ruang tunggu {pkm} kotor sekali
dengan hormat, fasilitas persalinan di {pkm} kurang memadai
anak saya kena DBD, tetangga juga, tolong segera fogging {alamat}
ga ada dokter gigi di puskesmas {kec}
BPJS PBI saya ga aktif padahal saya warga ga mampu
the hospital asked us to pay upfront even though it was covered by BPJS
pasien cuci darah di {rs} disuruh pindah RS karena kuota BPJS habis
kasus campak di sekolah anak saya, minta dicek puskesmas
stok obat TB di {pkm} kosong seminggu
makanan jajanan anak sekolah di {sekolah} bikin banyak anak sakit perut
mohon pengecekan kesehatan warga, banyak yang gatal2 setelah banjir
tikus berkeliaran di dapur rumah makan {mall}, jorok, bahaya kesehatan
ambulans gratis ga bisa dihubungi, warga harus sewa mobil
rumah sakit di {kec} ga ada ruang ICU kosong, kami ditolak kemana2
pelayanan poli anak di {pkm} cuma sampai jam 11
kader jumantik udah ga pernah keliling di {kel}
aplikasi antrean puskesmas error terus
kasus DBD naik di {kel}, fogging terakhir tiga bulan lalu
min tolong dong fogging di {gang}, nyamuknya banyak bgt
puskesmas nolak pasien tanpa KTP domisili {kel}
kami minta posyandu lansia diaktifkan lagi di {rtrw}
pelayanan BPJS di faskes 1 nya dipersulit, harus antri berhari
biaya rawat inap di {rs} ditagih padahal kelas 3 BPJS
the clinic staff at {pkm} were rude and made us wait four hours
DOKTER PUSKESMAS SERING ABSEN, PASIEN TERLANTAR
obat yang dikasih puskesmas kadaluarsa
mohon sosialisasi dan penanganan stunting di desa kami
banyak nyamuk aedes di sekitar {sekolah}, anak2 rawan DBD
kasus diare dan muntaber di pengungsian banjir {kel}
petugas RS bilang kamar BPJS habis tapi kamar umum ada
tolong cek air isi ulang di depot {alamat}, bikin sakit perut
rumah bersalin di {kel} nolak ibu melahirkan tengah malam
ambulance from the puskesmas never came when my father collapsed last night
pendaftaran BPJS mandiri susah, online terus error
antrian obat di {pkm} bisa 3 jam sendiri
warga minta fogging dan PSN di lingkungan {rtrw} segera
ada kasus DBD di {kec}, anak tetangga masuk ICU
jarum suntik bekas dibuang sembarangan oleh klinik di {jalan}
kami ditolak berobat di puskesmas karena BPJS beda faskes
vaksinasi polio di {kel} ga ada informasinya
anak saya diare dan demam setelah minum air dari depot isi ulang {kel}
pelayanan kesehatan di puskesmas desa kurang, dokter jarang datang
"""

HELDOUT["lapor_kesehatan"] = """
tiga warga {gang} {rtrw} positif DBD, mohon fogging
obat hipertensi di {pkm} kosong dua minggu
my mother was turned away from {rs} with her BPJS card
FOGGING KAPAN?? UDAH ADA YANG MENINGGAL KENA DBD
antrean puskesmas panjang, dokternya cuma satu
pasien BPJS dimintai biaya tambahan di rumah sakit
banyak jentik nyamuk di bak penampungan warga {kel}
posyandu balita tidak berjalan lagi sejak awal tahun
dengan hormat, kami mohon pemeriksaan kesehatan untuk warga terdampak banjir di {kec}
petugas IGD {rs} lambat menangani pasien
BPJS kelas 3 ga aktif lagi padahal iurannya dibayar pemda
ada kasus campak di lingkungan {alamat}, minta imunisasi ulang
puskesmas pembantu desa tutup, warga harus ke kota untuk berobat
pelayanan poli gigi di puskesmas cuma dua hari seminggu
ibu hamil ditolak bersalin di {rs} karena ruangan penuh
warga gatal-gatal dan diare, mohon petugas kesehatan datang ke {kel}
"""

TRAIN["lapor_pendidikan"] = """
KJP anak saya belum cair udah 3 bulan
pungutan uang seragam di {sekolah} mahal bgt padahal sekolah negeri
atap kelas di {sekolah} bocor, murid belajar kehujanan
PPDB zonasi ga adil, rumah deket sekolah malah ga diterima
guru di {sekolah} sering ga masuk, anak2 dibiarin belajar sendiri
sekolah minta uang gedung 5 juta, katanya sumbangan sukarela tapi wajib
my son's public school is charging illegal fees for extracurriculars
KJP PLUS DIBLOKIR TANPA ALASAN, ANAK SAYA GA BISA BELI BUKU
KJP
sekolah rusak
ijazah anak saya ditahan sekolah karena nunggak SPP
plafon ruang kelas {sekolah} ambrol, untung ga ada murid
Yth. Kepala Dinas Pendidikan, dengan hormat saya ingin melaporkan adanya pungutan liar berupa uang perpisahan dan study tour wajib di {sekolah} yang memberatkan orang tua murid.
anak saya di-bully di sekolah, guru ga ada tindakan
toilet sekolah di {sekolah} rusak dan ga ada air
sistem PPDB online error pas pendaftaran, anak saya ga kedaftar
pendaftaran sekolah negeri di {kec} penuh, anak saya ga dapet sekolah
buku paket harus beli di koperasi sekolah, mahal
guru honorer di {sekolah} belum digaji 4 bulan
the school building at {sekolah} is falling apart, the ceiling is cracked
sekolah jual LKS wajib ke murid, padahal dilarang
kepala sekolah minta uang buat jalur mutasi
KJP udah cair tapi dananya ga bisa dipake belanja kebutuhan sekolah
guru olahraga kasar, suka mukul murid di {sekolah}
sekolah swasta di {kel} tahan rapor anak gara2 belum bayar
anak yatim ga dapet KJP padahal syaratnya lengkap
ruang kelas kurang, murid masuk bergantian pagi-siang di {sekolah}
PAUD di {rtrw} tutup, ga ada tempat anak belajar
mohon bantuan beasiswa buat anak saya yang putus sekolah
pembagian seragam gratis di {sekolah} ga merata
ada murid kelas 6 yang belum bisa baca, gurunya jarang ngajar
uang study tour wajib 3 juta di {sekolah}, kalau ga ikut nilai dikurangi
KJP kakaknya cair, adiknya ga cair, padahal satu KK
tolong periksa sekolah {sekolah}, pagarnya roboh dan lapangannya becek
nilai rapor dimanipulasi buat jalur prestasi PPDB
guru PNS di sekolah desa kami sering absen, murid terlantar
internet sekolah mati, ujian online anak2 gagal
dana BOS dipakai buat hal ga jelas, orang tua ga dikasih laporan
min anak saya ga lolos PPDB padahal rumah cuma 200 meter dari {sekolah}
the teacher keeps asking parents for money for "class funds"
kantin sekolah jual makanan ga sehat dan mahal
sekolah ngadain les wajib berbayar sama guru sendiri
rehab gedung {sekolah} mangkrak, murid belajar di tenda
pungli daftar ulang di {sekolah}, ga ada kuitansinya
tolong dinas pendidikan tindak guru yang melakukan kekerasan verbal ke murid
perpustakaan sekolah ga pernah dibuka
ANAK SAYA DITOLAK SEKOLAH KARENA ALASAN ZONASI PADAHAL DEKET
bangku dan meja di kelas banyak yang patah di {sekolah}
kartu KJP hilang, urus penggantinya ribet banget
kuota PPDB jalur afirmasi diisi anak orang mampu
murid SD disuruh beli buku tambahan tiap semester
sekolah inklusi nolak anak berkebutuhan khusus
uang komite sekolah negeri di {kec} tiap bulan, memberatkan
please help, my daughter's KJP funds have been frozen since January
sekolah kekurangan guru matematika, jamnya kosong terus
ada oknum yang jualan kursi PPDB di {sekolah}
pelecehan oleh oknum guru di {sekolah}, orang tua takut melapor
lapangan sekolah dipakai parkir mobil guru, murid ga bisa olahraga
guru ngajar sambil main HP, murid dicuekin
dengan hormat, kami mohon peninjauan ulang hasil seleksi PPDB di {kec}
sekolah negeri minta sumbangan pembangunan masjid sekolah
KJP dipotong pihak sekolah buat bayar kegiatan
atap sekolah di desa kami bocor parah, tiap hujan kelas diliburkan
SPP sekolah swasta naik mendadak di tengah tahun
anak kami sering dipalak kakak kelas di {sekolah}, sekolah diam saja
bantuan laptop dari pemerintah ga pernah sampai ke murid
ijazah SMP anak saya belum diserahkan padahal udah lulus 2 tahun
guru honorer dipecat sepihak tanpa alasan di {sekolah}
pemberian makan siang gratis di {sekolah} makanannya basi
anak putus sekolah di {rtrw} banyak, mohon program kejar paket
kelas di {sekolah} panas banget, kipas angin rusak semua
beasiswa KJMU belum cair, kuliah anak saya terancam
guru les privat di sekolah maksa murid ikut, kalo ga nilainya jelek
min gimana caranya lapor sekolah yang minta pungutan? {sekolah} minta uang 2 juta
sekolah libur mendadak tanpa pemberitahuan ke orang tua
papan tulis dan alat peraga di SD desa sudah rusak semua
sekolah nyuruh orang tua beli seragam batik khusus harga 400 ribu
kepala sekolah di {sekolah} ga transparan soal dana BOS
public school in {kel} rejected my child because of the zoning rules
wali kelas nahan rapor sampai uang kas dilunasi
mohon bangun sekolah negeri di {kel}, yang terdekat jauh banget
"""

HELDOUT["lapor_pendidikan"] = """
KJP anak saya ga cair sejak semester lalu
{sekolah} minta uang seragam dan buku 3 juta
the roof of a classroom at {sekolah} collapsed
ANAK SAYA DITOLAK PPDB, SISTEMNYA ERROR
guru sering bolos, murid cuma dikasih tugas
ijazah ditahan sekolah karena tunggakan uang komite
ada kekerasan guru terhadap murid di {sekolah}
ruang kelas kurang di sekolah desa, anak belajar di teras
dengan hormat, mohon pengawasan pungutan daftar ulang di sekolah negeri wilayah {kec}
dana KJP dipotong oleh koperasi sekolah
anak saya dibully teman sekelas dan wali kelas cuek
PPDB jalur zonasi dicurangi pakai KK numpang
gaji guru honorer di {kel} telat berbulan-bulan
toilet sekolah jorok dan pintunya rusak semua
sekolah maksa beli LKS dan buku paket dari penerbit tertentu
beasiswa anak tidak mampu tidak tepat sasaran
"""

TRAIN["lapor_sosial"] = """
bansos sembako di {rtrw} ga tepat sasaran, yang mampu malah dapet
saya janda lansia tapi ga pernah dapet bantuan PKH
BLT di {kel} dipotong sama oknum RT 100 ribu per orang
ada manusia gerobak tidur di trotoar {jalan} sama anak kecilnya
gelandangan tidur di {halte} tiap malam, kasian tolong dibantu dinsos
anak jalanan dipekerjakan ngamen sampai malam di {jalan}
nenek di {gang} tinggal sendirian, sakit, ga ada yang ngurus
BANSOS GA PERNAH SAMPAI KE WARGA MISKIN, YANG DAPET ITU2 AJA
PKH
bansos
there is a homeless family living under the bridge near {kel}, please help them
orang dengan gangguan jiwa telantar di pinggir {jalan}, ga pakai baju
nama saya hilang dari DTKS padahal kondisi ekonomi makin susah
Yth. Kepala Dinas Sosial, dengan hormat kami melaporkan seorang lansia terlantar di {alamat} yang hidup sendiri tanpa keluarga dan dalam kondisi sakit. Mohon dapat ditangani.
kartu lansia jakarta (KLJ) ibu saya ga cair lagi
bantuan sembako dikasih ke keluarga pengurus RT doang
penyandang disabilitas di {kel} ga dapet bantuan apa2
anak2 jalanan ngelem di kolong flyover {jalan}
tolong data ulang penerima BLT, banyak yang udah pindah masih terdaftar
keluarga miskin di {rtrw} tinggal di rumah hampir roboh, butuh bantuan bedah rumah
manusia gerobak mangkal di {jalan} sama anak2 balita
PKH saya dicabut katanya udah mampu, padahal suami di-PHK
kartu penyandang disabilitas jakarta belum cair 4 bulan
bantuan beras dari pemda dibagi sama ketua RW ke keluarganya dulu
an elderly man is sleeping on the street near {stasiun} every night
ada ibu2 dan bayi tidur di emperan toko {pasar}
bantuan BPNT di {kel} kualitas berasnya jelek dan berkutu
gimana caranya dapet bansos? saya ga kerja tapi ga pernah masuk data
kakek tua ngemper di {halte} udah seminggu, kayaknya ga punya keluarga
ODGJ ngamuk dan telantar di {gang}, keluarganya ga sanggup
anak terlantar ditinggal ortunya di {kel}, tetangga yang kasih makan
dengan hormat, saya mohon agar keluarga kami dimasukkan ke DTKS karena suami saya sakit stroke
petugas pendamping PKH minta jatah dari penerima bantuan
bantuan sosial tunai di {kec} cuma dapet setengah
gelandangan dan pemulung tidur di {taman}
KDRT di rumah tetangga, istrinya sering dipukul, anaknya ketakutan
tolong dinsos jangkau orang terlantar di bawah jembatan {kel}
nenek pemulung di {gang} sakit2an dan ga punya apa2
BLT dana desa ga pernah dibagi ke warga
ada anak putus sekolah jadi pengamen di {jalan}, orang tuanya ga ada
penerima bansos di RT kami banyak yang punya mobil
SEMBAKO BANSOS DIJUAL LAGI SAMA PENGURUSNYA
bantuan korban kebakaran di {kel} belum diterima warga sampai sekarang
korban banjir di pengungsian {kel} kekurangan makanan dan selimut
tolong ada bantuan buat keluarga yatim di {rtrw}, ibunya baru meninggal
lansia di panti sosial {kel} kurang diperhatikan
orang terlantar di {stasiun} sudah beberapa hari, kelihatan sakit
min, saya disabilitas netra, kapan bantuan kartu KPDJ saya cair?
kartu lansia KLJ nenek saya belum cair sejak tahun lalu
warga miskin di desa kami tidak terdaftar sebagai penerima bantuan
homeless people and street kids gather at {landmark} every night
tunawisma di {halte} butuh pertolongan, kakinya luka
ada manusia gerobak bawa anak bayi di {jalan} tiap malam
bansos sembako telat 3 bulan, warga nanya terus
ketua RT minta KTP warga buat bansos tapi bantuannya ga pernah sampai
anak saya berkebutuhan khusus, butuh bantuan kursi roda dari dinsos
rumah tidak layak huni di {alamat}, penghuninya lansia sebatang kara
penyaluran BLT di kantor pos ricuh, antrean ga diatur
bantuan PKH cair tapi ditarik lagi sama pendamping
anak jalanan kecil2 tidur di {halte} tiap malam
tolong didata ulang, keluarga kami miskin tapi ga pernah dapet apa2
ada lansia pikun keluyuran di {jalan}, sepertinya tersesat dan telantar
rumah singgah dinsos penuh, orang terlantar dibiarin di jalan
BLT BBM ga sampai ke warga yang berhak di {kel}
saya korban PHK, mohon info bantuan sosial untuk keluarga saya
bantuan bedah rumah dijanjiin dari tahun lalu, belum ada kabar
kaum dhuafa di {gang} kelaparan, tolong dibantu
a mentally ill woman is wandering on {jalan} without anyone caring for her
bansos salah sasaran lagi di {kec}, mohon evaluasi
penyaluran bantuan sembako di {rtrw} ga transparan, ga ada daftarnya
ibu hamil tunawisma di {landmark}, tolong dinas sosial jemput
ada keluarga tinggal di bekas kandang di {kel}, sangat memprihatinkan
KPM PKH disuruh bayar 50 ribu buat ambil bantuannya
anak jalanan dipaksa mengemis oleh orang dewasa di {jalan}
dengan hormat, kami melaporkan warga difabel yang terlantar di {alamat}
nenek kakek di kampung kami hidup miskin tanpa bantuan pemerintah
data penerima bantuan di kelurahan ga di-update bertahun2
BLT di desa diberikan ke keluarga perangkat desa duluan
ada anak kecil tidur di pinggir jalan tiap malam dekat {mall}
mohon bantuan makanan buat warga terdampak kebakaran di {rtrw}
"""

HELDOUT["lapor_sosial"] = """
bansos di {gang} {rtrw} cuma dibagi ke kerabat pengurus
saya lansia sebatang kara tapi tidak terdaftar penerima bantuan
BLT dipotong oknum, dapetnya cuma separuh
homeless family with small kids sleeping at {halte}
MANUSIA GEROBAK MAKIN BANYAK DI {jalan}, DINSOS KEMANA
orang dengan gangguan jiwa telantar di dekat {pasar}
PKH ibu saya tiba2 berhenti tanpa pemberitahuan
anak jalanan tidur di kolong jembatan {kel}
dengan hormat, mohon bantuan sosial untuk keluarga miskin di {kec}
kartu lansia jakarta belum cair lagi
bantuan beras BPNT berkutu dan bau
kakek telantar di {stasiun} sudah beberapa hari tidak makan
penyandang disabilitas di desa tidak pernah dapat bantuan
rumah tidak layak huni dihuni janda dan tiga anak
pendamping PKH minta potongan dari uang bantuan
warga korban kebakaran belum dapat bantuan logistik
"""

TRAIN["lapor_kependudukan"] = """
e-KTP saya udah 6 bulan ga jadi2, katanya blangko habis
KTP elektronik hilang, mau bikin baru di dukcapil ribet bgt
urus KK baru di {lurah} katanya harus nunggu sebulan
akta kelahiran anak saya salah nama, minta revisi dipersulit
KTP ANAK SAYA BELUM JADI SUDAH SETAHUN!!!
mau pindah domisili ke {kel} tapi berkasnya ditolak terus
KTP
akta lahir
the civil registry office keeps telling me the ID card blanks are out of stock
NIK saya ga terdaftar di sistem padahal punya KTP
data di KK salah tanggal lahir, perbaikan belum diproses
akta kematian bapak saya belum terbit padahal udah 2 bulan
Yth. Kepala Dinas Dukcapil, dengan hormat saya ingin menanyakan proses pencetakan KTP elektronik saya yang sudah diajukan sejak bulan Januari di {camat} namun hingga kini belum selesai.
KIA (kartu identitas anak) ga bisa diurus online, harus datang ke {lurah}
NIK saya dinonaktifkan karena dianggap ga tinggal di jakarta
ganti alamat di KTP harus bolak-balik kelurahan sampai 4 kali
aplikasi alpukat betawi error terus pas upload dokumen
perekaman KTP di {camat} antri dari subuh, kuotanya cuma 20
akta nikah belum dicatat di KK, ribet ngurusnya
online registration for birth certificates doesn't work
surat pindah datang dari daerah ga diterima sama kelurahan
status di KTP masih belum kawin padahal udah ganti di KK
anak saya lahir di rumah, bikin akta lahirnya dipersulit
KTP rusak dan chip nya ga kebaca, harus ngulang perekaman
data kependudukan saya ganda, NIK dipakai orang lain
KK saya ga bisa dicetak karena sistem dukcapil offline
petugas dukcapil bilang berkas kurang, padahal udah lengkap semua
suami saya WNA, pencatatannya di KK ribet banget
udah rekam e-KTP tapi status di sistem belum rekam
pembuatan KTP buat lansia yang ga bisa jalan, petugas ga mau jemput bola
nama ibu kandung di KK salah ketik, semua dokumen jadi ga sinkron
urus surat keterangan domisili di {lurah} ditolak tanpa alasan
mohon info kenapa NIK saya diblokir, ga bisa daftar BPJS
the name on my child's birth certificate is misspelled, fixing it takes forever
akta kelahiran ga bisa diambil karena printer di {camat} rusak
KTP hilang pas banjir, mau buat ulang harus ada surat polisi?
penonaktifan NIK warga yang udah lama tinggal di {kel} ga ada sosialisasi
KK lama belum ditarik, sekarang punya 2 KK
perubahan data agama di KTP dipersulit
dengan hormat, e-KTP saya rusak dan pencetakan ulang di {camat} sudah tiga bulan belum selesai
anak saya mau daftar sekolah tapi akta lahirnya belum jadi
KTP sudah jadi tapi ga dikasih tau, diambil di mana?
KK baru dicetak tapi nama anak saya hilang dari daftar
pelayanan adminduk di {lurah} cuma buka sampai jam 12
pengurusan akta cerai ke KK lama banget
ktp elektronik blm jd jd, gmn sih
aplikasi dukcapil ga bisa dipake buat cetak KK mandiri
tanda tangan elektronik di KK ga bisa diverifikasi sama bank
saya pindahan dari luar kota, numpang KK tapi ditolak RT
KIA anak saya udah diajukan 3 bulan, belum ada kabar
NIK anak belum muncul padahal akta sudah jadi
I lost my KTP and the kelurahan says I need to wait a month for a new one
data penduduk yang sudah meninggal masih tercatat di KK
urus KTP di desa harus ke kecamatan, jauh dan antri
tolong, KTP saya dipakai orang lain buat pinjol karena data bocor dari dukcapil
e-KTP blangkonya habis lagi di {camat}
ganti KK karena anak lahir harus fotokopi banyak banget
surat keterangan pindah ke luar daerah ga bisa diproses online
saya warga {kel} sudah 20 tahun tapi alamat KTP masih ikut orang tua, mau pisah KK dipersulit
CETAK KTP AJA HARUS NUNGGU BERBULAN2
akta kematian nenek ga bisa diurus karena KTP nya beda alamat
pelayanan dukcapil keliling ga pernah ke {kel} lagi
min, syarat bikin akta lahir buat anak umur 10 tahun apa aja? dipersulit di {lurah}
perubahan status pekerjaan di KTP harus pake surat kantor, ribet
NIK suami saya ga terdaftar, ga bisa urus akta anak
printer KTP rusak di kecamatan, warga disuruh balik minggu depan
aktivasi IKD (identitas kependudukan digital) gagal terus
dukcapil salah input golongan darah di KTP
warga pendatang di {rtrw} ga bisa bikin surat domisili
KTP-el anak saya yang baru 17 tahun belum bisa direkam, sistem offline
my family card still lists my late father and I can't get it updated
pengurusan KK di kantor desa lama, perangkat desa jarang ada
tolong percepat penerbitan akta kelahiran di {camat}
NIK istri saya tiba2 nonaktif, ga bisa ambil bantuan dan berobat
alamat di KK dan KTP ga sama, disuruh urus ulang semuanya
pembuatan surat keterangan kelahiran dari RS ditolak dukcapil
udah daftar online buat akta, status "diproses" terus selama 2 bulan
KTP saya masih tercatat di kota lama padahal udah pindah datang ke {kel}
kartu keluarga asli hilang dicuri, mau cetak ulang
data KK ga bisa dipecah padahal anak sudah menikah
rekam biometrik KTP gagal terus karena sidik jari ga kebaca
blanko KTP kosong, dikasih surat keterangan aja terus diperpanjang
perbaikan nama di akta lahir butuh penetapan pengadilan, bener ga sih?
warga yang belum rekam KTP di {gang} susah jangkau kantor kecamatan
"""

HELDOUT["lapor_kependudukan"] = """
e-KTP saya belum dicetak sejak perekaman tiga bulan lalu
KK baru salah tulis nama anak
akta kelahiran anak belum terbit sudah dua bulan
my ID card was lost and the replacement is taking forever
NIK SAYA DINONAKTIFKAN PADAHAL MASIH TINGGAL DI JAKARTA
urus surat pindah datang ke {kel} dipersulit
blangko e-KTP habis di {camat}
data tanggal lahir di KTP beda sama akta
dengan hormat, permohonan perubahan data KK kami belum diproses di {lurah}
akta kematian belum jadi, ga bisa urus warisan
KIA anak ga bisa diurus, katanya sistem gangguan
KTP rusak, cetak ulang harus antri berhari-hari
aplikasi adminduk online gagal upload berkas terus
status perkawinan di KK belum diubah padahal sudah nikah
KTP elektronik warga desa belum jadi setelah perekaman massal
NIK anak tidak muncul di sistem saat daftar sekolah
"""

TRAIN["lapor_pelayanan_publik"] = """
ada pungli di {lurah}, bikin surat pengantar aja diminta 100 ribu
petugas kelurahan {kel} jutek dan ngebentak warga
pegawai {camat} jam 10 belum ada yang dateng, warga nunggu
calo berkeliaran di dalam kantor {camat}, petugasnya diem aja
pelayanan di {lurah} lambat bgt, 3 jam cuma buat legalisir
PUNGLI DI KANTOR KELURAHAN, MINTA UANG PELICIN
pungli
petugas ga ada di tempat
the officer at the kelurahan office asked for a bribe to process my letter
oknum satpol PP minta uang ke pedagang tiap minggu
lurah ga pernah ada di kantor, mau minta tanda tangan susah
pegawai kecamatan main HP pas jam pelayanan, warga dicuekin
Yth. Inspektorat Provinsi DKI Jakarta, dengan hormat saya melaporkan dugaan pungutan liar oleh oknum petugas di {lurah} dalam pengurusan surat keterangan tidak mampu sebesar Rp200.000. Mohon ditindaklanjuti.
ketua RT minta uang buat tanda tangan surat pengantar
jam istirahat di {lurah} molor sampai jam 2, warga disuruh nunggu
petugas PTSP bilang berkas kurang terus, ujung2nya disuruh pake jasa dia
oknum petugas dishub minta uang damai ke sopir truk di {jalan}
aparat kelurahan ga netral, bantuin calon tertentu pas pemilu
petugas {camat} nyuruh balik besok tanpa alasan jelas
ASN di kantor wali kota bolos pas jam kerja, nongkrong di warung
loket pelayanan cuma satu yang buka, antrean sampai keluar kantor
rude staff at {lurah}, they threw my documents back at me
urus izin usaha mikro di PTSP {kec} dipersulit, katanya harus ada uang rokok
laporan saya ke kelurahan ga pernah ditanggapi, udah 3 kali datang
pegawai honorer kelurahan minta bayaran buat input data
oknum RW jual surat keterangan domisili
pelayanan PTSP online ga bisa diakses, disuruh datang langsung terus nunggu seharian
petugas di {lurah} ngerokok di ruang pelayanan
camat ga pernah turun ke lapangan padahal masalah warga banyak
POLISI PAMONG MINTA SETORAN KE PKL TIAP HARI
dengan hormat, kami warga mengeluhkan sikap arogan petugas kelurahan {kel} saat melayani warga
pungutan liar pengurusan surat tanah di kantor kelurahan
jam buka kantor kelurahan di papan jam 8, tapi baru buka jam 9
petugas ngomong kasar ke lansia yang antri di {camat}
pengaduan lewat aplikasi JAKI cuma dijawab template, ga ada tindak lanjut
oknum petugas parkir resmi ga kasih karcis dan uangnya masuk kantong sendiri
pegawai kelurahan pilih kasih, warga kenal orang dalam didahulukan
tolong inspektorat periksa {lurah}, banyak pungli
perangkat desa minta uang administrasi yang ga ada aturannya
kantor kelurahan tutup di hari kerja tanpa pengumuman
the kelurahan staff kept me waiting all day and then said come back next week
lurah {kel} ga pernah respon keluhan warga di grup
petugas kelurahan minta uang buat surat keterangan ahli waris
pelayanan di {camat} buruk, ruang tunggu panas dan ga ada kursi
oknum petugas PPSU minta uang ke warga buat angkut puing
ada calo di {lurah} nawarin jasa percepatan surat
tanda tangan pak lurah aja harus nunggu seminggu
pegawai PTSP ngasih info syarat beda-beda tiap ditanya
saya dimintai uang 300 ribu buat urus SKTM, katanya biaya administrasi
pegawai kelurahan sibuk ngobrol, antrean ga dilayani
staf kecamatan datang siang, pulang sebelum jam 3
aduan saya di cepat respon sudah ditutup padahal masalahnya belum beres
kepala desa kami sulit ditemui dan pelayanannya lambat
petugas di {lurah} nyuruh bayar buat formulir yang harusnya gratis
oknum pegawai minta tips setelah bantu isi berkas
laporan warga dibilang "bukan wewenang kami" terus dilempar kesana kemari
pejabat kelurahan pakai mobil dinas buat urusan pribadi di hari libur
sikap sekuriti kantor kecamatan kasar ke warga yang mau masuk
LURAHNYA GA PERNAH ADA, KANTORNYA KOSONG
bribery at the PTSP office in {kec}, they want extra money for a business permit
mau ngadu malah dimarahin petugas di {lurah}
pelayanan di kantor kelurahan ga ada sistem antrean, siapa cepat dia dapat
petugas loket bilang sistem down terus, padahal main game
penarikan iuran ga jelas oleh pengurus RW tanpa musyawarah dan tanpa laporan
surat rekomendasi dari kelurahan dijual ke pendatang
oknum petugas kebersihan kelurahan minta uang tambahan ke warga
kami sudah 2 minggu menunggu balasan surat ke kecamatan, tidak ada respon
pegawai kantor kelurahan {kel} nyuruh warga bikin surat sendiri terus ditandatangani
petugas dinas datang survei tapi minta uang bensin ke warga
tolong evaluasi kinerja lurah {kel}, warga ga puas
pelayanan satu pintu di {camat} masih harus bolak balik ke 3 meja
oknum aparat minta jatah proyek ke kontraktor kampung
operator kelurahan ga bisa ngoperasiin aplikasi, warga nunggu lama
kantor kelurahan dijadikan tempat jualan pribadi pegawainya
saya dibentak security waktu nanya prosedur di {lurah}
biaya legalisir yang harusnya gratis dimintai 20 ribu per lembar
min gimana cara lapor pegawai kelurahan yang minta duit? kejadiannya di {lurah}
kinerja pegawai di kecamatan lamban, satu berkas bisa seminggu
petugas pelayanan ga pake seragam dan ga ada nama, susah dilaporin
ketua RW nahan surat pengantar kalo belum bayar iuran keamanan
pejabat kelurahan absen di rapat warga yang udah dijadwalkan
"""

HELDOUT["lapor_pelayanan_publik"] = """
pungutan liar di {lurah} untuk surat pengantar nikah
petugas {camat} kasar dan membentak warga lansia
the kelurahan office was closed during working hours
CALO BEBAS MASUK KANTOR KELURAHAN, PETUGAS DIAM
jam 9 loket belum buka, pegawainya belum datang
oknum RT minta uang tanda tangan surat
dengan hormat, kami melaporkan pegawai di {lurah} yang meminta imbalan untuk mempercepat layanan
lurah sulit ditemui, warga sudah datang tiga kali
petugas PTSP mempersulit izin dan menawarkan jasa berbayar
laporan di aplikasi ditutup sepihak tanpa penyelesaian
perangkat desa menarik biaya surat yang seharusnya gratis
staf kelurahan {kel} lebih sibuk main HP daripada melayani
antrean pelayanan di {camat} tidak tertib dan lambat sekali
oknum petugas minta uang kopi setelah memproses berkas
pegawai kecamatan pulang lebih awal, warga tidak terlayani
ASN bolos kerja dan nongkrong di kantin saat jam pelayanan
"""

TRAIN["lapor_lainnya"] = """
banyak anjing liar berkeliaran di {gang} {rtrw}, anak2 takut keluar
JakWifi di {rtrw} mati udah sebulan
CCTV di perempatan {jalan} mati, padahal sering ada kejadian
aplikasi JAKI error terus ga bisa login
TPU {kel} penuh, warga susah dapet lahan makam
biaya pemakaman di TPU katanya gratis tapi diminta uang perawatan tiap tahun
harga gas melon 3 kg di warung {kel} tembus 30 ribu
minyak goreng langka di {pasar}
monyet lepas masuk ke rumah2 warga di {gang}
lainnya
mau komplain aja
kucing liar banyak bgt di komplek, buang kotoran sembarangan
GOR di {kec} rusak dan ga bisa dipake latihan
toilet umum di {landmark} rusak, airnya ga ada
sinyal HP hilang total di {kel} sejak tower dipindah
ada pinjol ilegal yang nyebarin data warga {kel}, teror terus
merpati peliharaan tetangga ratusan ekor, kotorannya di mana2
lapangan bola di {kel} dipakai buat parkir truk, anak2 ga bisa main
makam keluarga kami di TPU dipindah tanpa pemberitahuan
harga sembako di {pasar} naik terus, tolong operasi pasar
lapangan futsal milik pemda di {kel} disewakan mahal, warga ga bisa pakai
ada sarang tawon besar di pohon depan rumah, takut disengat
layanan internet gratis di RPTRA ga bisa konek
stray dogs chasing kids on their way to {sekolah}
tikus gede2 berkeliaran di kampung {kel}, udah ga takut orang
penjual hewan kurban numpuk di pinggir {jalan}, kotorannya kemana2
fasilitas olahraga di {taman} dikuasai sekelompok orang
gimana cara ngajuin penggunaan gedung serbaguna kelurahan? ga ada info
CCTV lingkungan yang dipasang pemda mati semua, ga ada yang benerin
JakWifi lemot banget di {kel}, ga bisa dipake anak belajar online
peternakan burung walet di ruko {jalan} bunyi speakernya 24 jam
ada anjing galak milik warga dilepas di jalan, sering ngejar motor
kotoran kuda delman di sekitar {landmark}
kucing2 dibuang di pasar {pasar}, banyak yang mati kelaparan
rumah kosong di {gang} angker katanya, tapi beneran banyak ularnya
mohon penertiban penjualan hewan liar dilindungi di {pasar}
internet pemda di kantor RW mati, warga ga bisa daftar online
smog from the steel smelter in {kel} covers the whole neighborhood
anjing liar gigit kambing warga di {kel}
penjualan LPG subsidi dibatasi, warga kecil susah dapet
banyak kelelawar bersarang di gedung kosong {jalan}
ulat bulu banyak banget keluar dari pohon di sekitar rumah
serangga kecil (tomcat) masuk ke rumah2 warga di {rtrw}
saya mau komplain soal kebijakan ganjil genap, ga adil buat pekerja
website pemprov ga bisa diakses dari kemarin
lapangan tenis di {taman} dikunci terus, katanya milik umum
layanan JakOne mobile error pas bayar PBB
pembayaran PBB online gagal tapi saldo kepotong
PBB rumah saya naik 3 kali lipat tahun ini, ga masuk akal
warung jual rokok ke anak SD di dekat {sekolah}
minimarket buka 24 jam dekat masjid, warga keberatan
saya mau usul ada tempat pembuangan minyak jelantah di {kel}
pemakaman umum terlalu jauh dari {kel}, warga kesulitan
keberatan atas pemasangan tower SUTET di atas rumah warga {rtrw}
ada kawanan babi hutan turun ke permukiman pinggir kali
gedung olahraga milik kelurahan dipakai buat gudang
saya kecewa sama program pemerintah, janjinya ga ditepati
banyak burung gagak mati di sekitar {landmark}, aneh
ada warga pelihara buaya di rumahnya di {gang}
mohon tanggapan soal rencana penggusuran kampung {kel}, warga belum dapat informasi
tolong dong pemda kasih perhatian ke kampung kami, semua serba kurang
fasilitas umum di rusun {kel} banyak yang rusak, lift, tangga, semuanya
lift di rusun {kel} mati udah 2 minggu, lansia ga bisa turun
ada yang jual anak kucing di pinggir jalan kepanasan
penagih pajak reklame minta bayar ke warung kecil
tolong bikin sarana olahraga buat anak muda di {kel}, mereka nongkrong ga jelas
lainnya min, soal tetangga pelihara anjing 10 ekor di rumah kecil
kami keberatan dengan rencana pembangunan TPST di dekat permukiman {kel}
"""

HELDOUT["lapor_lainnya"] = """
anjing liar menggonggong dan mengejar warga di {gang} {rtrw}
JakWifi di RW kami sudah lama tidak bisa dipakai
CCTV PEMDA DI {jalan} MATI SEMUA
biaya perawatan makam di TPU naik tanpa pemberitahuan
harga elpiji 3 kg di warung mahal dan langka
aplikasi JAKI tidak bisa dibuka sejak update
monyet ekor panjang masuk ke permukiman {kel}
PBB rumah naik drastis padahal rumah kecil
lift rusun mati lagi, warga lantai 10 naik tangga
lapangan olahraga milik pemda dikunci, warga tidak boleh pakai
kotoran burung merpati tetangga mengotori atap rumah
ulat bulu dan tomcat banyak masuk rumah warga
"""

TRAIN["greet"] = """
halo
hai
hai min
halo min
helo kak
hallo aduan
assalamualaikum
assalamu'alaikum wr wb
salam
pagi
pagi min
selamat pagi
selamat pagi pak
selamat siang
siang kak
selamat sore bu
sore min
selamat malam
malam min
permisi
permisi pak, selamat siang
hi
hello
hey there
good morning
good evening admin
p
pp
hai aduan
halo selamat pagi
halo apa kabar
halooo
hii minn
misi
punten
hai bot
halo admin jakarta
met pagi
met malem kak
om swastiastu
shalom
selamat pagi bapak ibu admin
hai kak, selamat sore
hey
yo min
salam sejahtera
halo, ada orang?
"""

HELDOUT["greet"] = """
halo kak admin
hai hai
selamat siang min
assalamualaikum min
good afternoon
pagi kak
hey aduan
halo selamat malam
permisi min
hellooo
malam pak
hai admin
met siang
salam kenal min
hi there
sore kak
"""

TRAIN["thanks"] = """
makasih
terima kasih
terima kasih banyak
makasih min
makasih kak
thx
thanks
thank you
tq
tengkyu
trims
trimakasih pak
makasih ya
oke makasih
oke terima kasih infonya
mantap, makasih
makasih banyak, cepet juga responnya
terima kasih atas bantuannya
terima kasih sudah ditindaklanjuti
makasih udah dibantu
wah udah beres, makasih bgt
alhamdulillah udah diperbaiki, terima kasih
makasih min, sukses selalu
thank you so much
thanks a lot
many thanks admin
siap, terima kasih
tks
ty
makasi
makaci kak
matur nuwun
hatur nuhun
terima kasih bapak/ibu petugas
terimakasih atas responnya yang cepat
makasih ya, sangat membantu
makasih infonya min
sip makasih
oke sip thx
terima kasih banyak pak, sangat puas
good job, thanks
makasih, nanti saya kabari lagi
"""

HELDOUT["thanks"] = """
terima kasih min
makasih banyak kak
thanks admin
oke thx ya
terima kasih atas pelayanannya
makasih udah cepet ditangani
tengkyu min
mksh
thank you very much
sip terima kasih banyak
makasih ya pak
wah cepet banget, makasih
terima kasih, laporan saya sudah beres
nuhun
oke makasih ya infonya
thanks for the help
"""

TRAIN["help"] = """
help
bantuan
tolong
menu
cara lapor gimana?
gimana cara bikin laporan?
bot ini buat apa?
bisa bantu apa aja?
aku mau lapor tapi bingung caranya
apa aja yang bisa dilaporin di sini?
kategori laporan apa aja?
how does this work?
what can I report here?
gimana cara pakai aduan?
min cara ngirim lokasi gimana?
saya harus isi apa aja buat lapor?
bisa lapor lewat sini ga?
ini layanan apa ya?
gmn caranya
info dong cara lapornya
saya mau lapor, caranya gimana
perlu foto ga kalau mau lapor?
laporan saya bakal diterusin ke siapa?
berapa lama biasanya laporan diproses?
apa bedanya lapor di sini sama di JAKI?
bisa lapor pakai bahasa inggris?
gimana cara cek status laporan?
tolong jelasin cara kerjanya
saya ga ngerti, ini harus ngapain
bingung min
apa yang harus saya lakukan?
help me
how do I submit a complaint?
is this the official complaint service of jakarta?
fitur apa aja yang ada?
apakah laporan bisa anonim?
data saya aman ga kalau lapor di sini?
bisa kirim foto ga?
bisa lapor masalah di luar jakarta?
ada nomor yang bisa ditelepon?
panduan
petunjuk penggunaan
start
mulai
"""

HELDOUT["help"] = """
gimana cara lapornya min?
apa aja yang bisa saya laporkan
bantuan dong
bot ini bisa ngapain aja?
how do I use this?
saya bingung cara pakainya
petunjuk dong
perlu kirim lokasi ga?
laporannya nanti dikirim ke dinas mana?
cara lampirkan foto gimana
info layanan aduan
tolong ajarin cara bikin laporan
what kinds of problems can I report?
bisa lapor tanpa sebut nama?
apa syarat bikin laporan?
berapa hari laporan biasanya ditanggapi
"""

TRAIN["status_query"] = """
status ADU-000123
cek status ADU-004512
status laporan ADU-001987
laporan saya gimana?
udah sampai mana laporan gw
laporan saya sudah diproses belum?
gimana kelanjutan laporan saya?
min laporan kemarin udah ditindaklanjuti?
cek laporan
status
status laporan
ADU-000871 gimana?
ADU-002233 udah sampai mana min
tolong cek laporan nomor ADU-007654
nomor tiket ADU-000045, statusnya apa?
what's the status of my report?
any update on ADU-003310?
check my complaint status please
laporan saya kok belum ada kabar?
udah seminggu laporan saya ga ada respon, gimana?
laporan soal lampu jalan kemarin udah diapain?
laporan sampah saya udah diterusin ke dinas belum?
kapan laporan saya dikerjain?
progress laporan saya apa?
min, update dong laporan saya
apakah laporan saya diterima?
laporan saya ditolak ya? kenapa?
laporan ADU-000312 statusnya selesai tapi belum beres
kok laporan saya statusnya masih menunggu?
cek tiket saya dong
nomor laporan saya ADU-009981, tolong dicek
udah diverifikasi belum laporan saya?
laporan yg td pagi gmn min
laporan gue nyangkut di mana nih
adu 000777 status
ADU000456
status tiket ADU-001234 ya
saya mau tanya perkembangan laporan saya
sudah ada petugas yang datang belum untuk laporan saya?
laporan saya yang soal jalan berlubang gimana kabarnya
minta info laporan saya yang minggu lalu
daftar laporan saya
lihat laporan saya
has anyone looked at my report yet?
"""

HELDOUT["status_query"] = """
status ADU-000999
cek ADU-005566
laporan saya udah diproses belum min?
gimana laporan saya kemarin?
ada update laporan saya?
tiket ADU-002020 sampai mana
laporan soal banjir saya udah ditanggapi?
status aduan saya apa ya
kok laporan saya belum ada yang respon
what happened to my complaint ADU-000314?
cek status tiket
laporan saya nomor ADU-004040 gimana kelanjutannya
udh sampe mana laporannya
kapan laporan saya selesai?
mau lihat status laporan
laporan gw diterima ga sih
"""

TRAIN["cancel"] = """
batal
ga jadi
gak jadi
nggak jadi deh
batalin
batalkan
cancel
batalkan laporan
batalin laporan saya
ga jadi lapor
gak jadi lapor min
udah ga usah
ga usah deh
stop
berhenti
cancel my report
never mind
forget it
batal aja
ga jadi, udah beres sendiri
batalkan aja min, masalahnya udah selesai
saya mau membatalkan laporan
tarik laporan saya
hapus laporan saya
cabut laporan ADU-000345
batalkan laporan ADU-001122
ga jadi deh kak
ulang dari awal aja
mulai ulang
reset
skip aja
udahan
gajadi
gk jd
batalkeun
laporannya dibatalin aja
saya batalkan ya
cancel aja
I want to cancel
abaikan laporan tadi
"""

HELDOUT["cancel"] = """
batalin aja
ga jadi min
cancel laporan
batal lapor
udah ga jadi
hapus aja laporannya
saya tidak jadi melapor
gak usah lanjut
never mind, cancel it
batalkan laporan ADU-000808
stop aja
udahan aja min
ga jd
tarik aja laporan saya
mulai dari awal lagi
abaikan
"""

TRAIN["affirm"] = """
ya
iya
iya bener
betul
benar
yes
yup
yap
iyaa
iya min
bener
bener banget
betul sekali
benar sekali
sip
oke
ok
oke betul
bener min
ya itu
iya itu
iya betul itu lokasinya
ya benar
yoi
yesss
yeah
correct
that's right
sure
ya, lanjutkan
iya lanjut
lanjut
setuju
sudah benar
udah bener
iyap
tentu
boleh
mantap betul
yes please
yupp bener
ho oh
he eh
iya kak
betul pak
"""

HELDOUT["affirm"] = """
iya benar
yoi min
betul itu
ya betul
ok sip
yes correct
iya itu maksud saya
benar pak
bener kak
iyes
yup that's it
ya lanjut aja
tepat
iyaaa
sudah sesuai
oke lanjutkan
"""

TRAIN["deny"] = """
bukan
tidak
salah
nggak
ga
gak
enggak
no
nope
bukan itu
bukan di situ
salah min
salah, bukan itu kategorinya
bukan itu maksud saya
tidak benar
tidak sesuai
ga bener
ga gitu
gak gitu maksudnya
bukan bukan
salah lokasi
lokasinya salah
kategorinya salah
itu salah
no that's wrong
not that
wrong
incorrect
bukan kak
enggak min
belum bener
salah tuh
keliru
bukan yang itu
tidak, bukan
ngga
engga
gak bener
nah bukan
ga sesuai
"""

HELDOUT["deny"] = """
bukan min
tidak betul
salah kak
no, wrong
gak, bukan itu
bukan yang saya maksud
nggak bener
ga itu
lokasinya bukan di situ
kategorinya bukan itu
nope, that's not it
salah pak
tidak tepat
engga kak
keliru min
bukan gitu
"""

TRAIN["inform_location"] = """
{jalan}
di {jalan}
di {alamat}
{alamat}
{kel}
di {kel}
{kec}
kec. nya {kec}
{halte}
di {halte}
depan {halte}
deket {stasiun}
dekat {pasar}
{stasiun}
di {mall}
depan {mall}
samping {pkm}
belakang {lurah}
lokasinya di {alamat}
lokasinya {jalan}
alamatnya {alamat}
alamat saya {alamat}
tempatnya di {kel}
di {gang} min
{gang} {rtrw}
{rtrw} {kel}
ini di {kel} kak
di sekitar {landmark}
sekitar {jalan}
{jalan} dekat {halte}
di {jalan} arah {landmark}
depan {sekolah}
di {sekolah}
the location is {jalan}
it's near {stasiun}
at {alamat}
{kelkec}
lokasi: {alamat}
daerah {kel}
wilayah {kec}
kawasan {landmark}
pertigaan {jalan}
perempatan {jalan}
ujung {gang}
seberang {mall}
persis di depan {pkm}
di {kelkota}
tepatnya di {alamat}
deket {rs}
di {camat}
di {mrt}
{kota}
"""

HELDOUT["inform_location"] = """
tkp nya di {jalan}
posisinya {alamat}
ini min lokasinya: {kel}
pas di depan pintu {halte}
sebelah kiri {pasar}
kejadiannya di {gang} {rtrw}
rumah saya di {jalan}, {kel}
masuk wilayah {kec} kak
persis samping {stasiun}
ga jauh dari {sekolah}
right in front of {mall}
deket2 {landmark} situ
area {kel} min
lokasi tepatnya {alamat}
di simpang {jalan}
pojokan {pkm}
"""

TRAIN["emergency"] = """
KEBAKARAN!! rumah tetangga kebakaran di {gang} {rtrw}
tolong ada kebakaran di {kel}, apinya udah gede
ada kecelakaan motor korban luka parah di {jalan}
tabrakan beruntun di {jalan}, ada yang ga sadarkan diri
ada orang tenggelam di {kali}, tolong cepat
tolong ada jambret, orangnya lari ke arah {pasar}
ada maling masuk rumah sekarang, tolong!!
KEBAKARAN DI {pasar}, API MERAH DIMANA2
fire! a house is burning on {jalan}
there's been a bad accident on {jalan}, people are injured
ada begal lagi beraksi di {jalan}, korbannya dibacok
anak kecil hanyut kebawa arus kali di {kel}
tolong kirim ambulans, ada pengendara motor ketabrak truk di {jalan}
rumah saya kebakaran tolong
kebakaran
ada kebakaran
tolong ada orang jatuh ke sumur dan ga bisa keluar
ada pencurian motor sedang berlangsung di parkiran {mall}
kecelakaan bus transjakarta di {jalan}, banyak penumpang luka
korsleting listrik di rumah sebelah, udah keluar api dan asap tebal
gudang di {alamat} terbakar, asapnya hitam tebal
ada perampokan di minimarket {jalan} sekarang juga
ada orang ditusuk di {stasiun}, berdarah-darah
tolong! ada yang tenggelam di kolam renang umum
mobil terbakar di tengah jalan tol, sopirnya masih di dalam
ada tawuran sekarang pakai celurit di {jalan}, ada yang kena bacok
kebakaran hebat di permukiman padat {kel}, warga panik
tabrak lari, korbannya tergeletak di pinggir {jalan}
emergency! someone is drowning in the river near {kel}
tolong ada orang dikeroyok di depan {halte}
api merambat ke rumah2 sebelah, damkar belum datang
ada ibu2 dijambret dan jatuh dari motor, kepalanya berdarah
ada yang mau bunuh diri loncat dari JPO {jalan}
tolong cepat, ada pria pingsan di jalan dan ga napas
kecelakaan motor vs mobil di perempatan, korbannya patah kaki
rumah kontrakan di {gang} kebakaran, ada anak kecil di dalam
ada orang bawa pisau ngamuk di {pasar}, udah ada korban
pencurian dengan kekerasan lagi terjadi, pelakunya masih di sekitar sini
TOLONG ADA KECELAKAAN PARAH, KORBAN BERDARAH
truk terguling nimpa motor di {jalan}, ada korban terjepit
ada yang kesetrum kabel listrik jatuh, orangnya ga gerak
a man was stabbed near {stasiun}, he's bleeding, please send help
kebakaran lapak di bawah kolong tol {kel}, apinya besar
ada pemuda hanyut di {kali} pas banjir, belum ketemu
perampok bersenjata masuk rumah warga di {alamat}
pohon tumbang nimpa pengendara motor, korbannya luka parah di {jalan}
tolong ada orang kejebak di rumah yang kebakaran
bau gas menyengat dan ada ledakan kecil di rumah makan {jalan}
kereta nyerempet orang di perlintasan dekat {stasiun}, korban luka berat
"""

HELDOUT["emergency"] = """
KEBAKARAN DI {gang} {rtrw}, TOLONG CEPAT
ada tabrakan motor, pengendaranya luka parah di {jalan}
someone is drowning in {kali}
ada maling lagi bongkar rumah tetangga sekarang
rumah warga terbakar di {kel}, api makin besar
ada orang kena tusuk di depan {pasar}
bocah tenggelam di empang, tolong
kecelakaan beruntun, banyak korban berdarah di {jalan}
begal bawa celurit lagi beraksi di dekat {halte}
there's a fire in a building near {mall}, smoke everywhere
ruko di {alamat} terbakar dan ada orang terjebak
pengendara ojol ditabrak mobil dan tidak sadarkan diri
kebakaran lapak pasar, api merambat
ada yang dijambret dan diseret motor, korbannya luka-luka
ledakan tabung gas di rumah warga, ada korban
pria tersengat listrik dan pingsan di atas atap
"""

TRAIN["out_of_scope"] = """
asdfgh
wkwkwk
wkwkwkwk
hahaha
hehe
qwerty
jkjkjk
...
?
tes
test
tes tes 123
ini bot ya?
kamu manusia atau robot?
siapa nama kamu?
kamu udah makan belum?
lagi apa min?
cuaca hari ini gimana?
jam berapa sekarang?
resep nasi goreng dong
rekomendasi tempat nongkrong di jakarta
siapa presiden indonesia?
skor bola semalem berapa?
tolong bikinin PR matematika anak saya
mau pinjam uang dong min
jual pulsa murah hubungi 0812xxxxxxx
promo slot gacor deposit 10rb
klik link ini dapat hadiah http://bit.ly/xxxx
kamu jomblo ga?
aku bosen
ceritain lelucon dong
why did the chicken cross the road
what's the weather like tomorrow?
who are you?
tell me a joke
lorem ipsum dolor sit amet
mau beli tiket konser gimana?
gimana cara daftar CPNS?
harga emas hari ini berapa?
bagusan iphone apa samsung?
anjay mabar
rekomendasi film horor dong
nyanyi dong min
i love you
kamu pintar ga?
gabut nih
bisa ngobrol aja ga?
mau curhat soal pacar
kirim stiker dong
zzzz
aaaaaa
xyzxyz
"""

HELDOUT["out_of_scope"] = """
wkwkwk lucu
asdasdasd
hmm
testing
kamu bot apa orang sih?
lagi hujan ga di sana?
rekomendasi bakso enak dong
siapa juara piala dunia?
pinjol cair cepat tanpa jaminan wa 0857xxxx
can you write me a poem?
aku lagi sedih
main game apa yang seru?
berapa kurs dollar hari ini
hehehe
kamu tinggal di mana?
cara bikin akun instagram gimana
"""


# --------------------------------------------------------------------------- more training sentences

TRAIN["lapor_sampah"] += """
udah tiga hari sampah ga diangkut dari {kel}, warga mulai buang ke kali
sampah bekas bongkar muat di {pasar} ditinggal pedagang tiap sore
"""

TRAIN["lapor_banjir"] += """
baru hujan setengah jam, {jalan} udah jadi sungai
banjir di pemukiman kami belum surut, anak2 mulai demam dan gatal
air masuk ke rusun lantai dasar di {kel}, warga ngungsi ke masjid
rob tiap sore bikin jalan ke pelabuhan kerendem, {kel}
min ini {gang} udah kerendem sedada, lansia belum dievakuasi
"""

TRAIN["lapor_saluran_air"] += """
got di depan ruko {jalan} ditutup beton permanen sama pemilik toko, ga bisa dikuras
saluran air mampet dan airnya balik ke rumah kalo hujan
kali kecil di belakang {sekolah} bau limbah, murid pada tutup hidung
tolong, selokan di {rtrw} udah setahun ga dikeruk
the river in {kel} is black and full of plastic
"""

TRAIN["lapor_jalan"] += """
tambalan aspal di {jalan} cuma asal2an, seminggu udah bolong lagi
jalan di kompleks kami ambles gara2 truk molen lewat terus
jembatan kayu penghubung kampung di {kel} papannya banyak yang copot
trotoar {jalan} naik turun kayak tangga, kasian lansia
min tolong, di depan {pasar} aspalnya sobek lebar
"""

TRAIN["lapor_listrik"] += """
lampu jalan di gang kami mati semua, kemarin ada jambret
PJU di {jalan} mati sejak ada galian kabel
kabel listrik tua di {gang} udah mengelupas, takut korslet
tiang PJU di depan {sekolah} udah doyong, tolong diperkuat
lampu penerangan di taman {kel} padam, jadi tempat mesum
street lights have been off along {jalan} for two weeks now
dengan hormat, kami memohon perbaikan lampu PJU yang mati di {alamat}
lampu jalan di perempatan dekat {pasar} ga nyala, gelap banget subuh
kabel fiber optik terjuntai sampai jalan di {kel}, motor kesangkut
min tolong ganti lampu jalan yg pecah di {jalan}
kami warga desa belum punya lampu penerangan jalan sama sekali, gelap gulita
"""

TRAIN["lapor_parkir_liar"] += """
parkir di bahu jalan depan sekolah bikin anak2 nyebrang di sela mobil
tukang parkir liar di {mall} nongkrong di pintu keluar minta duit
mobil pelanggan bengkel parkir sampai ke tengah {jalan}
kendaraan parkir di atas trotoar {jalan} setiap jam kerja
parkir liar depan masjid pas jumatan sampai nutup jalan raya
min, juru parkir liar di {pasar} makin banyak dan makin galak
ada mobil parkir di jalur darurat {rs}, ambulans susah masuk
parkir liar di depan {stasiun} bikin ojol sama angkot numpuk
illegal parking on {jalan} again, the whole left lane is full of cars
"""

TRAIN["lapor_perhubungan"] += """
lampu merah di {jalan} cuma nyala merah terus, ga pernah hijau
rambu petunjuk arah di simpang {kel} tertutup pohon dan kotor
pengendara nerobos palang perlintasan kereta, perlu petugas jaga
macet parah tiap pagi karena ga ada pengaturan di simpang {jalan}
papan rambu larangan parkir sudah pudar, orang jadi ga tahu
minta dibuatkan marka dan rambu di jalan baru {kel}
lampu pejalan kaki di {jalan} hijaunya cuma 5 detik, lansia ga keburu
the pedestrian crossing signal near {halte} has been broken for days
dengan hormat, kami mohon pemasangan lampu lalu lintas di persimpangan {alamat}
"""

TRAIN["lapor_transportasi_publik"] += """
bus transjakarta rute {halte} - {landmark} sering ga lewat sore hari
kereta KRL mogok di antara stasiun, penumpang terjebak 40 menit
mikrotrans di {kel} sopirnya ugal2an dan ngerokok
aplikasi MRT error, QR tiket ga bisa discan di {mrt}
petugas di {halte} ga ngatur antrean, penumpang rebutan masuk bus
jakLingko berhenti beroperasi di rute kami tanpa info
dengan hormat, kami mohon perbaikan fasilitas toilet di {stasiun}
the LRT station {lrt} has no working lift for wheelchair users
"""

TRAIN["lapor_pohon"] += """
pohon di depan rumah saya dahannya udah retak, tolong dipotong sebelum jatuh
pohon tumbang di {alamat} nutup akses jalan warga
{taman} lampunya mati dan tanamannya layu
pohon besar di pinggir {jalan} condong banget ke arah jalan
rumput di taman {kel} udah setinggi lutut, banyak ular
ada pohon mati di halaman {pkm}, rantingnya sering jatuh
tolong pemangkasan pohon di {gang}, daunnya nutup kabel dan atap rumah
pohon tumbang di {jalan} belum dievakuasi dari subuh
the trees along {jalan} badly need trimming, branches hang very low
taman bermain di {rtrw} rusak dan kotor, anak2 ga bisa main
pohon di pinggir jalan desa roboh kena angin dan nutup jalan
dahan patah jatuh ke atas mobil di {jalan}
"""

TRAIN["lapor_ketertiban"] += """
PKL di {jalan} jualan sampai malam dan ninggalin sampah
tetangga pasang sound horeg tiap malam minggu, kaca rumah getar
pengemis dan pengamen masuk ke dalam gang {gang} tiap hari
anak2 balap liar di {jalan} abis subuh, knalpot brong
ada tawuran berulang tiap malam di perbatasan {kel}, mohon patroli
lapak pedagang liar di atas trotoar {jalan} ga pernah ditertibkan
"""

TRAIN["lapor_bangunan"] += """
ruko di {jalan} bangun tingkat tanpa papan izin, kerja sampai malam
bangunan liar di atas lahan makam di {kel}
tetangga bangun dapur sampai nutup saluran air warga
bangunan kosong bekas pabrik di {jalan} temboknya mau roboh ke trotoar
proyek gedung di {kel} ga pasang jaring pengaman, material jatuh ke jalan
dengan hormat, mohon pengecekan izin bangunan kos-kosan di {alamat}
there is an illegal building on the riverbank in {kel}
bangunan liar di pinggir rel dekat {stasiun} makin padat
rumah tua di {gang} retak di mana2, takut ambruk
"""

TRAIN["lapor_air_bersih"] += """
PAM di {kel} mati sejak subuh, ga ada pemberitahuan
air ledeng kotor dan bau besi di {gang}
kebocoran pipa air bersih di {jalan} sudah dilaporkan tapi belum ditangani
air keluar cuma jam 2 pagi, warga begadang buat nampung
tolong dikirim mobil tangki ke {rtrw}, warga kehabisan air
water pressure in {kel} is too weak, nothing comes out upstairs
air PAM kuning dan berminyak, ga berani dipake
pipa PAM di depan {pasar} bocor, jalanan licin dan becek terus
mohon percepat sambungan air bersih ke {kel}
air PAM bau lumpur dan berpasir di {alamat}
air bersih ga ngalir ke rusun {kel} dari kemarin
airnya kadang bening kadang item, kualitasnya ga jelas
min, air PAM mati lagi nih di {gang}
"""

TRAIN["lapor_kesehatan"] += """
tolong fogging di {alamat}, tiga tetangga dirawat karena DBD
pasien BPJS di {pkm} dilayani paling akhir
puskesmas kelurahan tutup pas hari kerja, pasien balik pulang
banyak warga {kel} batuk dan demam, minta pemeriksaan dari dinkes
rumah sakit {rs} ga mau terima pasien BPJS rujukan
pengambilan obat rutin di {pkm} dibatasi, disuruh balik minggu depan
jumantik ga pernah periksa jentik lagi di {rtrw}
obat buat anak saya ga ada di puskesmas, harus beli di apotek
the puskesmas in {kec} has no doctor on duty in the afternoon
dengan hormat, kami mohon penambahan tenaga medis di {pkm}
ambulans puskesmas dipakai buat keperluan pribadi pegawai
min, ada wabah diare di {kel}, sudah puluhan warga
layanan BPJS di {rs} dibatasi kuota, pasien disuruh datang lagi besok
mohon fogging fokus di sekitar {sekolah}, ada murid kena DBD
banyak bayi belum diimunisasi di kampung kami, puskesmas jauh
BPJS KAMI DITOLAK LAGI, RUMAH SAKIT ALASAN PENUH
dokter di puskesmas cuma kasih paracetamol buat semua penyakit
kasus TBC di {gang} ga ditangani, penderitanya masih batuk2 di luar
"""

TRAIN["lapor_pendidikan"] += """
KJP adik saya diblokir karena katanya punya mobil, padahal ga punya
guru di {sekolah} nyuruh murid beli buku tambahan dari dia
ruang kelas di {sekolah} retak dan plafonnya mau jatuh
anak saya ga diterima di SMP negeri manapun lewat PPDB
sekolah swasta nahan ijazah anak karena belum lunas
kepala sekolah {sekolah} jarang ada di sekolah
uang pembangunan di sekolah negeri dipaksakan ke orang tua
atap ruang kelas sekolah desa kami bocor dan lantainya rusak
guru SD sering kasih hukuman fisik ke murid di {sekolah}
dana KJP dicairkan tapi sekolah minta sebagian buat kegiatan
the school in {kel} charges parents for exams that should be free
dengan hormat, kami mengeluhkan kekurangan guru di {sekolah}
min KJP plus tahap ini kapan cair? anak saya belum beli seragam
anak2 di {rtrw} ga bisa sekolah karena sekolah negeri penuh
"""

TRAIN["lapor_sosial"] += """
bantuan sosial di {kel} dikasih ke orang yang sama tiap tahun
ada ibu tua tidur di emperan {mall} tiap malam
BLT saya belum cair padahal nama saya ada di daftar
gelandangan dan anak2 kecil tidur di {halte}, kedinginan
keluarga kami ga mampu tapi ditolak jadi penerima PKH
anak jalanan ngelem di taman {kel}, ga ada yang ngurus
tolong bantu kakek sebatang kara di {alamat}, rumahnya bocor dan dia sakit
bansos sembako di {rtrw} dipotong buat "uang transport"
penerima KLJ di {kel} dicoret tanpa alasan
ODGJ tidur di pinggir {jalan}, warga takut tapi kasian
the elderly woman next door lives alone and has nothing to eat
dengan hormat, kami memohon bantuan sosial bagi keluarga korban kebakaran di {kel}
pemulung anak2 di {pasar} putus sekolah dan ga ada yang bantu
bantuan disabilitas anak saya tiba2 dihentikan
min, data DTKS saya salah, jadi ga dapet bansos
"""

TRAIN["lapor_kependudukan"] += """
KTP elektronik saya hilang, cetak ulang di {camat} katanya blangko kosong
KK saya masih alamat lama padahal udah pindah ke {kel}
akta kelahiran anak kedua belum jadi, udah 3 bulan
nama saya di KTP salah huruf, minta perbaikan ga diproses2
NIK saya ga valid pas daftar BPJS, katanya belum padan
mau rekam e-KTP di kelurahan tapi alatnya rusak
pindah domisili antar provinsi dipersulit, disuruh bolak-balik
the dukcapil website won't let me download my family card
dengan hormat, kami mohon kejelasan status NIK warga {rtrw} yang dinonaktifkan
min, akta kematian bisa diurus online ga? di {lurah} disuruh balik terus
KTP ANAK SAYA SALAH TANGGAL LAHIR, PERBAIKANNYA LAMA
"""

TRAIN["lapor_pelayanan_publik"] += """
petugas {lurah} minta uang 50 ribu buat stempel doang
pegawai kecamatan ga ramah, warga ditanya malah dibentak
pelayanan di {lurah} mati listrik alasan terus, warga disuruh pulang
ada pungli di jembatan timbang oleh oknum petugas
pak lurah {kel} ga pernah mau ketemu warga yang mau ngadu
ketua RT minta bayaran buat surat pengantar SKCK
kantor kecamatan cuma buka setengah hari padahal jadwal sampai sore
dengan hormat, kami melaporkan pegawai {camat} yang sering absen di jam kerja
staff at {camat} asked for money to speed up my papers
petugas kelurahan bilang "urus sendiri aja" waktu warga minta bantuan
oknum petugas di {lurah} jualan formulir
aduan warga ke kelurahan dicuekin, ga ada tindak lanjut berbulan2
loket pelayanan di {lurah} tutup jam 1 siang, katanya istirahat
PEGAWAI KELURAHAN NGELUNJAK, WARGA DIPERSULIT TERUS
"""

TRAIN["lapor_lainnya"] += """
anjing liar beranak di lahan kosong {gang}, jumlahnya nambah terus
CCTV di {taman} mati semua
wifi gratis di kantor RW ga pernah nyala
lapangan sepak bola di {kel} sekarang dipagar dan dikunci
"""

TRAIN["thanks"] += """
terima kasih, sangat membantu sekali
thanks min, mantul
makasih banget ya kak
trima kasih
ok tq min
"""

TRAIN["cancel"] += """
batalin deh
ga jadi ngelapor
laporannya ga usah diproses
cancel laporan saya yg tadi
ga jadi lapor, salah kirim
saya urungkan laporannya
"""

TRAIN["deny"] += """
bukan, salah
tidak, itu salah
nggak, bukan di sana
salah alamat min
no, not there
bukan begitu
"""

TRAIN["status_query"] += """
laporan saya yang ADU-000555 kok masih diproses terus
min, aduan saya minggu lalu udah ditangani belum ya?
"""


# --------------------------------------------------------------------------- code-mixed (Jaksel style)

TRAIN["lapor_sampah"] += """
literally sampahnya udah seminggu ga di-pick up, baunya worst banget
btw TPS deket {pasar} overflow parah, please somebody handle this
honestly capek bgt sama trash yang numpuk di depan {gang}
"""
TRAIN["lapor_banjir"] += """
seriously {jalan} kebanjiran lagi, mobil gw hampir kelelep
update: air udah masuk rumah, this is so bad, tolong kirim pompa ke {kel}
flood-nya makin tinggi, anak2 udah gue ungsiin ke lantai atas
"""
TRAIN["lapor_saluran_air"] += """
drainage di {jalan} tuh clogged total, airnya stuck ga kemana2
the smell dari got depan rumah literally kayak bangkai, mampet parah
kalinya full of plastic, which is bikin nyamuk makin banyak
"""
TRAIN["lapor_jalan"] += """
jalannya bolong parah, literally kayak kawah bulan di {jalan}
sidewalk di depan kantor gw ancur, heels nyangkut mulu
please fix lubang di {jalan}, motor gw udah dua kali hampir jatuh
"""
TRAIN["lapor_listrik"] += """
street light depan kosan mati, jadi creepy banget kalo pulang malem
kabel-kabel di {jalan} messy banget dan ada yg nge-hang rendah
PJU di {gang} udah dead dari minggu lalu, please benerin
"""
TRAIN["lapor_parkir_liar"] += """
jukir liarnya toxic banget, maksa bayar padahal gw cuma drop off
cars parkir di trotoar {jalan}, pedestrians jadi jalan di aspal
seriously parkir liar di depan {mall} bikin macet sampe belakang
"""
TRAIN["lapor_perhubungan"] += """
traffic light di {jalan} error, semua orang jadi nyelonong
timing lampu merahnya nonsense banget, macet sampe 1 km tiap pagi
please dishub, butuh zebra cross depan {sekolah}, anak2 nyebrang random
"""
TRAIN["lapor_transportasi_publik"] += """
TJ nya late banget, udah 45 menit nunggu di {halte}
MRT delay tanpa announcement, gw telat meeting dong
KRL-nya crowded parah, AC ga kerasa, please tambah rangkaian
"""
TRAIN["lapor_pohon"] += """
pohon di depan rumah udah leaning banget ke jalan, scary kalo angin
branch gede patah dan nge-block {jalan}
park di {kel} kotor dan ga maintained, rumputnya udah tinggi banget
"""
TRAIN["lapor_ketertiban"] += """
tetangga party sampe jam 3 pagi, musiknya loud banget, can't sleep
PKL full banget di trotoar {jalan}, no space buat jalan kaki
tawurannya udah kayak weekly routine di {kel}, tolong patroli
"""
TRAIN["lapor_bangunan"] += """
tetangga build lantai 3 tanpa permit, sekarang rumah gw ga dapet cahaya
construction proyek sebelah bikin tembok rumah gw cracked
ada bangunan illegal di atas saluran di {jalan}, please dicek
"""
TRAIN["lapor_air_bersih"] += """
air PAM mati lagi, literally ga bisa mandi dari kemarin
water-nya brownish dan bau, gw ga berani pake buat masak
pipa bocor di {jalan}, airnya wasted kemana2 sejak weekend
"""
TRAIN["lapor_kesehatan"] += """
BPJS gw ditolak di {rs}, katanya full, padahal urgent banget
antrian puskesmas insane, dari jam 6 baru dipanggil jam 12
please fogging, udah ada 3 kasus DBD di {gang}
"""
TRAIN["lapor_pendidikan"] += """
KJP adek gw belum cair, padahal butuh buat beli seragam
sekolah negeri tapi minta uang gedung, which is ga masuk akal
gurunya jarang masuk kelas, anak2 basically belajar sendiri
"""
TRAIN["lapor_sosial"] += """
bansos-nya ga tepat sasaran, yang dapet malah orang yang mampu
ada homeless family di {halte}, kasian banget, please dinsos help
PKH nyokap gw distop tanpa notice
"""
TRAIN["lapor_kependudukan"] += """
e-KTP gw udah 5 bulan pending, katanya blangko habis terus
mau update alamat di KK ribet banget, bolak-balik kelurahan
akta anak gw typo namanya, revisinya slow banget
"""
TRAIN["lapor_pelayanan_publik"] += """
petugas kelurahannya rude banget, gw cuma nanya malah dibentak
diminta duit buat surat pengantar, this is pungli kan?
pegawai {camat} telat dateng, warga nunggu dari pagi literally
"""
TRAIN["lapor_lainnya"] += """
stray dogs di komplek makin banyak, anak gw takut main keluar
JakWifi di {rtrw} ga connect sama sekali, useless
"""


# --------------------------------------------------------------------------- more place-only answers and boundaries

TRAIN["inform_location"] += """
{kelkota}
{kel} {rtrw}
{gang}
{halte} arah {landmark}
{mrt}
{lrt}
{taman}
{kali}
di {kali}
pinggir {kali}
sebelah {rs}
dkt {halte}
dpn {pasar}
di {jalan} min
di {kec} kak
depan {lurah}
yang di {kel}
lokasinya deket {mall}
ini lokasinya {gang} {rtrw}
kejadian di {jalan}
{jalan}, {kel}
{jalan} {rtrw}
rumah saya {alamat}
tinggal di {alamat}
jln nya {jalan}
sekitaran {stasiun}
arah {landmark}
dekat pintu masuk {mall}
posisi di {kec}
gang sebelah {sekolah}
{pasar}
{pkm}
{camat}
{lurah}
{sekolah}
at {halte}
on {jalan}
around {kel}
"""

TRAIN["lapor_banjir"] += """
air terus naik, sekarang udah setinggi pinggang di {gang}
air udah sebetis dan masuk ke rumah2, tolong pompa
airnya naik cepet banget dari kali, rumah di {kel} mulai tenggelam
ketinggian air di {jalan} sudah 60 cm dan masih naik
rumah kerendem air sepinggang, kami ngungsi ke masjid
"""

TRAIN["out_of_scope"] += """
cara masak rendang gimana?
gimana cara download tiktok
apa ibukota jepang?
kapan libur lebaran tahun ini?
cara daftar akun facebook gimana
film bioskop yang bagus minggu ini apa?
tebak-tebakan yuk
"""

TRAIN["affirm"] += """
udah sesuai kok
pas, itu dia
"""


# --------------------------------------------------------------------------- beyond Jakarta chat
# Letters to a Bupati / Walikota / Gubernur with the problem buried between greetings, village and
# regency-level services, status-like flood updates, and plain one-liners, so that the model does not
# tie a category to Jakarta chat shapes. Places: {desa}, {dusun}, {keca}, {kab}, {kampung} (see Places).

TRAIN["lapor_banjir"] += """
Assalamualaikum wr wb. Yth. Bapak Bupati, mohon maaf sebelumnya mengganggu waktunya. Kami warga {kampung} ingin menyampaikan bahwa sejak hujan deras kemarin sore rumah kami kemasukan air setinggi lutut dan sampai sekarang belum surut. Mohon ditindaklanjuti. Terima kasih atas perhatiannya.
Yth. Bapak Walikota, dengan hormat, kami sampaikan bahwa setiap hujan turun lebih dari satu jam, perumahan kami selalu tergenang karena drainase buruk. Air masuk ke rumah dan merusak perabot. Mohon solusinya pak.
Selamat pagi Pak Gubernur, saya hanya ingin mengabarkan kampung kami di {desa} terendam banjir kiriman dari hulu sejak subuh, air sudah sepaha. Warga butuh perahu dan makanan. Wassalam.
mohon maaf pak, mau tanya kapan jalan di {kampung} ini bebas banjir? tiap musim hujan pasti tergenang sampai sebetis
air sepaha di {dusun}, warga mulai mengungsi ke balai desa
setinggi lutut airnya di depan rumah, anak2 ga bisa berangkat sekolah
ketinggian air kurang lebih 50 cm di jalan utama {desa}
air sudah sedada di rumah paling bawah, mohon evakuasi
banjir kiriman lagi dari atas, sungai meluap ke sawah dan rumah warga {desa}
rob masuk lagi ke permukiman pesisir {keca}, air asin sampai ke dapur
genangan tidak surut sudah tiga hari di {kampung}
air masuk rumah lagi pak, kasur dan lemari basah semua
hujan deras dari pagi, sekarang jalanan tergenang di mana-mana
drainase buruk, tiap hujan sebentar jalan depan pasar langsung banjir
got meluap ke jalan dan masuk ke halaman rumah warga
masih banjir
air mulai naik
sudah surut belum ya di {desa}?
update: air di {dusun} sudah sepinggang, listrik dipadamkan
update 14.30 air masih belum surut, genangan sekitar 40 cm
UPDATE pukul 06.00: banjir setinggi lutut di {jalan}, kendaraan kecil dilarang lewat
05.45 WIB air mulai masuk ke rumah warga {rtrw}
jalan depan kantor kecamatan di {kab} tenggelam lagi #banjir #infobanjir
banjir lagi di {desa} #banjir #hujanderas
kapan dikeruk sungainya pak? tiap hujan kampung kami banjir terus
kapan ada normalisasi sungai biar desa kami nggak banjir tiap tahun?
pak bupati, kapan banjir di {keca} ini ditangani serius?
nyuwun sewu pak, dalan teng {dusun} kebanjiran malih, toyanipun sampun selutut
monggo dipirsani pak, kampung kulo banjir sampun kaping tigo wulan niki
banjir mboten surut-surut, warga sampun kesel
sawah warga kerendam banjir, padi yang mau panen busuk semua
jalan desa tergenang air setinggi betis, motor mogok semua
perumahan kami banjir tiap hujan padahal dulu tidak pernah, sejak ada perumahan baru di atas
air sungai meluap masuk ke rumah warga di bantaran, sebagian sudah mengungsi
banjir bandang semalam membawa lumpur dan kayu masuk ke rumah warga {desa}
banjir setinggi 1 meter di {dusun}, beberapa rumah terendam sampai atap
halaman sekolah dan kelas terendam banjir, murid diliburkan
banjir pak
banjir lagi
rumah kebanjiran
kebanjiran lagi, tolong
air naik terus dari tadi malam, warga butuh bantuan
jalan raya antar desa tergenang, tidak bisa dilewati truk
underpass di kota tergenang lagi setelah hujan sore ini
air hujan tidak bisa mengalir, menggenang di depan rumah sampai seminggu
mohon dibantu pompa, genangan di perumahan kami sudah 4 hari
selokan tidak mampu menampung air hujan, akhirnya banjir ke rumah-rumah
tanggul sungai jebol, air masuk ke kampung
air laut pasang, rob menggenangi jalan dan rumah nelayan
ini gimana pak, tiap hujan deras satu jam aja rumah saya kebanjiran sebetis
air sudah masuk ke musholla dan rumah warga, karpet basah semua
there is flooding in my village, water is waist deep
our street has been flooded since this morning, the drainage is terrible
flood water entered our houses again, knee deep, please send help
is the flood in {desa} going down yet? still waist deep here
banjirnya udah sepaha nih, literally ga bisa keluar rumah
update: airnya udah surut dikit, tapi masih selutut di gang
hujan deres banget dari siang, komplek udah kayak kolam renang, please bantu pompa
kampung kami langganan banjir, setiap tahun sama saja tidak ada perbaikan
"""

HELDOUT["lapor_banjir"] += """
Assalamualaikum Pak Bupati, maaf mengganggu, kami warga {kampung} melaporkan banjir setinggi pinggang sejak tengah malam. Mohon bantuan segera. Terima kasih.
air selutut di {desa}, belum ada tanda surut
update 07.15: air mulai naik lagi di {dusun}
sudah surut belum di jalan depan alun-alun?
banjir kiriman masuk kampung, warga panik
got meluap lagi, halaman rumah tergenang
kapan sungainya dikeruk pak, kami kebanjiran terus
toyanipun mlebet griya, nyuwun bantuan
the village road is flooded after heavy rain all night
genangan setinggi 30 cm di perempatan pasar, tidak surut dari kemarin
"""

TRAIN["lapor_saluran_air"] += """
Yth. Bapak Bupati, mohon maaf sebelumnya. Saluran irigasi di {desa} sudah lama tersumbat lumpur dan sampah sehingga air tidak sampai ke sawah warga. Kami mohon dinas terkait melakukan pengerukan. Terima kasih atas perhatiannya.
Assalamualaikum wr wb, saya warga {kampung} ingin menyampaikan bahwa gorong-gorong di bawah jalan desa tersumbat sehingga air meluap ke jalan. Mohon ditindaklanjuti oleh DPUPR. Wassalamualaikum.
saluran irigasi jebol, air tidak sampai ke sawah
irigasi tersier di {dusun} rusak, petani tidak bisa tanam
talud saluran irigasi ambrol di {desa}, mohon diperbaiki sebelum musim tanam
sungai di {desa} makin dangkal karena sedimentasi, mohon dikeruk
kali kecil di belakang pasar penuh sampah dan airnya hitam
limbah pabrik tahu dibuang ke sungai, airnya bau dan berbusa
limbah peternakan babi mengalir ke kali, warga tidak bisa pakai airnya
gorong-gorong mampet, air meluap ke jalan tiap hujan
drainase di perumahan kami tidak berfungsi, airnya diam dan jadi sarang nyamuk
selokan depan rumah tertutup tanah dan rumput, air tidak mengalir
saluran drainase jalan kabupaten tertutup cor, air hujan lari ke rumah warga
tutup saluran di trotoar pecah, kaki anak saya masuk lubang
got mampet lagi pak
selokan mampet pak
saluran tersumbat
kali penuh sampah
drainase buruk
kapan selokan di {kampung} dikeruk? sudah setahun tidak pernah dibersihkan
mohon normalisasi sungai di {keca}, sudah penuh eceng gondok
eceng gondok menutupi sungai, aliran air macet
bendungan kecil untuk irigasi rusak, pintu airnya tidak bisa dibuka
pintu air macet, air sawah meluap ke kampung
saluran pembuangan rumah warga ke sungai bikin sungai jadi kotor
ada yang membuang limbah oli ke selokan di {jalan}
talud sungai longsor, rumah di pinggir kali terancam
parit di pinggir jalan desa dangkal, air tergenang tiap hujan
saluran air di depan sekolah penuh lumpur, baunya tercium sampai kelas
mohon dibangun drainase di jalan {desa}, selama ini air hujan ngalir ke rumah warga
nyuwun sewu, kalen teng ngajeng griya mampet, mboten saged mili
saluran e buntu pak, toyanipun mbludak teng dalan
warga minta sungai dibersihkan sebelum musim hujan, sudah dangkal sekali
air got hitam dan bau busuk di {rtrw}, banyak jentik
jembatan kecil di atas saluran menahan sampah, akhirnya air meluap
sampah bambu dan kayu menyumbat gorong-gorong di {dusun}
saluran irigasi dipakai buang sampah, petani di hilir tidak kebagian air
aliran sungai berubah warna jadi merah, diduga limbah pabrik batik
limbah pabrik di {keca} mencemari sungai, ikan-ikan mati
kali sebelah rumah bau bangkai, banyak sampah plastik nyangkut
pak, kapan saluran di depan pasar diperbaiki? sudah ambrol dan bau
saluran air
sungai dangkal
irigasi rusak
the irrigation canal in our village is blocked, the rice fields are dry
the river behind the market is full of garbage and stinks
the drain cover on the sidewalk is broken, someone could fall in
the gutter along the main road is clogged with mud
drainase-nya clogged parah, airnya ga ngalir sama sekali
irigasinya jebol, sawah kita ga kebagian air, please help
selokan nya udah penuh lumpur, bau nya nyebelin banget
gorong2 di depan rumah ketutup sampah, tiap ujan air naik ke jalan
mohon pengecekan saluran pembuangan di perumahan, air balik ke kamar mandi warga
saluran air tersumbat akar pohon, air meluber ke halaman
got di pinggir jalan provinsi tidak pernah dibersihkan, penuh pasir
warga sudah kerja bakti tapi selokan tetap mampet karena gorong-gorongnya terlalu kecil
mohon pengerukan kali di {desa} pakai alat berat, warga tidak sanggup manual
sungai jadi tempat buang sampah warga, tolong dipasang larangan dan dibersihkan
"""

HELDOUT["lapor_saluran_air"] += """
Yth. Bapak Bupati, saluran irigasi di {kampung} tertutup sedimen sehingga sawah kekeringan. Mohon pengerukan. Terima kasih.
irigasi tersumbat, petani di {desa} tidak bisa tanam
gorong-gorong buntu, air meluap tiap hujan
limbah tahu dibuang ke kali, baunya menyengat
selokan mampet di depan rumah, tolong dikeruk
kalen buntu pak, toyane mboten mili
the drainage ditch near the school is blocked with trash
talud kali ambrol, air masuk ke pekarangan warga
kapan sungai di {keca} dinormalisasi?
eceng gondok menutup sungai dekat jembatan
"""

TRAIN["lapor_jalan"] += """
Assalamualaikum wr wb. Yth. Bapak Bupati, mohon maaf sebelumnya. Kami warga {kampung} ingin menyampaikan bahwa jalan kabupaten yang menghubungkan desa kami dengan kecamatan rusak parah dan berlubang besar. Sudah banyak pengendara jatuh. Mohon segera diperbaiki. Terima kasih atas perhatiannya.
Yth. Kepala Dinas PU, dengan hormat, jembatan penghubung antar dusun di {desa} putus terbawa arus sungai sehingga anak sekolah harus memutar jauh. Mohon dibangun kembali.
Selamat siang Pak Walikota, mohon maaf mengganggu. Jalan di depan kantor kecamatan banyak yang berlubang dan kalau hujan seperti kolam. Mohon ditindaklanjuti, terima kasih.
jalan kabupaten berlubang
jalan desa rusak parah
jembatan putus
jembatan ambrol di {dusun}, warga tidak bisa menyeberang
jalan berlubang di {desa} sudah bertahun-tahun tidak diperbaiki
aspal jalan {keca} mengelupas, tinggal batu-batu
jalan makadam menuju {dusun} licin kalau hujan, banyak yang terpeleset
jalan cor beton di {kampung} retak dan ambles
jalan longsor separuh di tanjakan menuju {desa}, sangat berbahaya
talud jalan ambrol, badan jalan tinggal separuh
truk tambang pasir merusak jalan desa kami, sekarang penuh lubang
jalan rusak karena truk galian, mohon DPUPR memperbaiki
kapan jalan {desa} diaspal pak? sudah 10 tahun rusak
jalan provinsi antara {keca} dan kota rusak, lubangnya dalam
jembatan gantung di {dusun} talinya sudah berkarat dan papannya lapuk
jembatan kayu di desa kami rapuh, mohon diganti jembatan beton
pak bupati, jalannya kayak kubangan kerbau, tolong diperbaiki sebelum ada korban
perbaikan jalan cuma tambal sulam, sebulan sudah bolong lagi
proyek pengaspalan jalan desa kualitasnya jelek, baru tiga bulan sudah rusak
trotoar di alun-alun rusak dan banyak paving yang lepas
trotoar di depan sekolah hancur, murid jalan di aspal
jalan menuju puskesmas rusak berat, ambulans susah lewat
jalan ke sawah hancur, petani susah angkut hasil panen
nyuwun sewu pak, dalan teng {desa} rusak sanget, kathah bolongan
dalane bolong-bolong pak, monggo dipun dandosi
dalan kabupaten niku rusak mboten dipun dandani sampun dangu
jalan amblas
jalan rusak
jalan bolong-bolong
banyak lubang di jalan raya {keca}, motor sering jatuh malam hari
lubang besar di tengah jalan tertutup air hujan, tidak kelihatan
jalan bergelombang parah di jalur menuju {desa}
jalan tanah di {dusun} belum pernah diaspal sejak Indonesia merdeka
jalan utama desa rusak, warga sampai menanam pohon pisang di lubang sebagai protes
bahu jalan longsor ke sungai, mohon dipasang pengaman
jembatan retak dan goyang kalau dilewati truk
plat jembatan berlubang, motor bisa terperosok
permukaan jembatan sudah rusak, besi tulangannya kelihatan
mohon pengecekan jembatan di {desa}, pondasinya tergerus arus sungai
Jalan penghubung dua kecamatan ini rusak sejak 2019, janji perbaikan tidak pernah terealisasi
the district road to our village is full of potholes
the bridge in our village collapsed, kids can't get to school
the road is badly damaged after the rainy season, please repair it
there's a huge pothole on the main road near the market
jalannya rusak parah bro, literally kayak off-road
potholes di mana-mana, motor gue ban bocor dua kali minggu ini
jembatannya udah ga layak, please dinas PU cek sebelum ambruk
jalan di perumahan kami tidak pernah diserahkan ke pemda jadi tidak diperbaiki, mohon solusi
tolong pak, jalan di depan rumah saya amblas setelah pemasangan pipa
galian kabel dan pipa tidak ditutup rapi, jalan jadi bergelombang
jalan licin tertutup tanah longsoran dari tebing, belum dibersihkan
jalan rusak di {jalan} sudah makan korban, mohon segera diperbaiki
warga iuran sendiri menambal jalan karena pemerintah tidak peduli
"""

HELDOUT["lapor_jalan"] += """
Yth. Bapak Bupati, jalan kabupaten di {kampung} rusak berat dan berlubang. Mohon perbaikan segera. Terima kasih atas perhatiannya.
jembatan di {desa} putus diterjang banjir
jalan desa berlubang, tolong ditambal
dalan teng {dusun} bolong kabeh pak
truk pasir bikin jalan hancur
aspal baru sebulan sudah mengelupas
the road to {desa} has collapsed on one side
jalan cor retak dan amblas di depan balai desa
jembatan gantung sudah tidak aman
jalan menuju sekolah rusak, anak-anak sering jatuh
"""

TRAIN["lapor_pelayanan_publik"] += """
Assalamualaikum wr wb. Yth. Bapak Bupati, mohon maaf sebelumnya. Saya ingin menyampaikan bahwa perangkat desa di {desa} jarang ada di kantor, sehingga warga yang mau mengurus surat harus bolak-balik berkali-kali. Mohon ditindaklanjuti. Terima kasih atas perhatiannya.
Yth. Bapak Bupati, dengan hormat, saya dimintai uang Rp150.000 oleh oknum perangkat desa untuk pembuatan surat keterangan usaha. Apakah memang ada biayanya? Mohon penjelasan dan tindakan.
Selamat pagi pak, mohon maaf mau menyampaikan keluhan, pelayanan di kantor kecamatan {keca} sangat lambat, petugasnya banyak yang main HP. Mohon dibina. Terima kasih.
pungli di kantor desa
kepala desa jarang ngantor
perangkat desa tidak di tempat
pelayanan lambat sekali
kantor desa tutup padahal jam kerja
jam 10 pagi kantor desa {desa} masih tutup, warga menunggu di luar
pak kades tidak pernah ada di kantor, tanda tangan saja harus ke rumahnya
sekdes minta uang rokok untuk tanda tangan surat
urus sertifikat PTSL dimintai biaya jutaan oleh panitia desa, katanya gratis
ada pungutan untuk surat pengantar nikah di kantor desa
pegawai kecamatan kasar dan tidak ramah saat melayani warga
petugas loket malah ngobrol dan merokok, antrian tidak dilayani
ASN di dinas sering pulang sebelum jam kerja selesai
pengaduan saya sudah tiga bulan tidak ditanggapi sama sekali
laporan lewat website pemda tidak pernah dibalas
dana desa diduga diselewengkan, pembangunan tidak sesuai anggaran
kepala desa tidak transparan soal penggunaan dana desa
perangkat desa menjual tanah kas desa tanpa musyawarah
proses surat-surat di desa dipersulit kalau tidak kasih uang
oknum pegawai menjanjikan bisa bantu urusan asal dibayar
pelayanan di kantor samsat lambat dan banyak calo
calo berkeliaran di kantor pelayanan, petugas membiarkan
aparat desa pilih kasih, yang keluarganya didahulukan
petugas tidak memakai seragam dan tidak ada papan nama, kami tidak tahu harus bertanya ke siapa
nyuwun sewu pak, perangkat desa mboten wonten ing kantor, kados pundi warga badhe ngurus surat?
pak lurah niku jarang wonten kantor, monggo ditegur
sudah sampun kulo laporkan kaping kalih, ning dereng wonten tanggapan
pungli di desa
pungutan liar
petugas tidak ramah
pelayanan buruk
pelayanan publik di kabupaten ini payah, semua serba lama
apakah benar bikin surat keterangan di desa harus bayar 50 ribu?
call center pengaduan pemda tidak pernah diangkat
kantor pelayanan terpadu sering offline, warga disuruh pulang
pegawai honorer di kelurahan kerjanya cuma duduk, warga dilempar ke sana ke mari
kades menahan surat warga karena beda pilihan waktu pilkades
rapat desa tidak pernah melibatkan warga, tahu-tahu anggaran sudah habis
ketua RT minta uang setiap warga minta tanda tangan
ada pegawai dinas yang bolos tapi tetap absen lewat temannya
petugas meminta imbalan agar berkas saya diproses lebih cepat
pelayanan di mal pelayanan publik antrinya dari subuh, loket dibuka jam 9
the village officials are never at the office
I was asked to pay a bribe at the district office to process my document
public service here is very slow and the staff are rude
petugasnya jutek banget, ditanya baik-baik malah marah-marah
pungli-nya terang-terangan, bilangnya uang administrasi padahal ga ada aturannya
pelayanannya slow parah, nunggu 4 jam cuma buat legalisir
mohon Inspektorat memeriksa pengelolaan dana desa di {desa}
kinerja camat dan jajarannya kurang, banyak keluhan warga diabaikan
perangkat desa main judi online di kantor saat jam kerja
pelayanan di kantor desa berbelit-belit, disuruh fotokopi berkali-kali
kami minta bupati mengevaluasi kepala desa yang sewenang-wenang
program pemerintah di desa kami tidak pernah disosialisasikan oleh perangkat desa
Yth. Bapak Walikota, mohon ditertibkan pegawai yang berjualan online saat jam pelayanan. Terima kasih.
"""

HELDOUT["lapor_pelayanan_publik"] += """
Assalamualaikum Pak Bupati, mohon maaf, perangkat desa di {desa} sering tidak di tempat sehingga pelayanan terhambat. Mohon ditindaklanjuti. Terima kasih.
kantor desa sering kosong saat jam kerja
dimintai uang untuk tanda tangan kades
biaya PTSL di desa kami tidak wajar
pelayanan kecamatan lambat dan berbelit
the staff at the village office demanded extra money
aduan saya tidak pernah direspon dinas
perangkat desa mboten nate wonten kantor
ASN keluyuran di pasar saat jam dinas
penggunaan dana desa tidak jelas, mohon diaudit
"""

TRAIN["lapor_sosial"] += """
Assalamualaikum wr wb. Yth. Bapak Bupati, mohon maaf sebelumnya. Saya seorang janda dengan tiga anak di {kampung}, sudah lama mengajukan bantuan PKH tapi tidak pernah dapat, sementara tetangga yang punya mobil malah dapat. Mohon ditinjau kembali. Terima kasih atas perhatiannya.
Yth. Kepala Dinas Sosial, dengan hormat, kami melaporkan ada nenek sebatang kara di {dusun} yang tinggal di rumah hampir roboh dan jarang makan. Mohon dibantu.
Selamat malam Pak Bupati, maaf mengganggu, bantuan BLT dana desa di {desa} dipotong oleh oknum perangkat desa 100 ribu per orang. Mohon diusut.
bansos tidak tepat sasaran
BLT belum cair
PKH dihentikan tanpa alasan
BPNT bulan ini tidak ada
orang mampu dapat bansos, yang miskin tidak
keluarga kami miskin tapi tidak terdaftar di DTKS
bagaimana cara masuk data DTKS supaya dapat bantuan?
nama saya hilang dari daftar penerima PKH padahal kondisi masih sama
beras bansos yang dibagikan berkutu dan bau apek
bantuan sembako di desa dibagi ke keluarga perangkat desa saja
BLT dana desa dibagi rata, yang benar-benar miskin dapat sedikit
rumah tidak layak huni di {kampung}, atapnya bocor dan dindingnya bambu, mohon bantuan RTLH
program bedah rumah tidak pernah sampai ke desa kami
ada ODGJ dipasung keluarganya di {dusun}, mohon dinas sosial turun
orang dengan gangguan jiwa berkeliaran di pasar, kasihan dan kadang mengamuk
lansia terlantar tidur di emper toko dekat terminal
anak jalanan banyak di perempatan lampu merah kota
pengemis membawa bayi di depan minimarket setiap hari
penyandang disabilitas di desa kami belum pernah dapat bantuan kursi roda
ada keluarga di {desa} yang makan sehari sekali, mohon perhatian
bantuan untuk korban kebakaran rumah belum juga turun
korban banjir bulan lalu belum menerima bantuan apa-apa
KIS PBI kami dinonaktifkan padahal kami masih miskin
kartu PKH ada tapi saldonya kosong terus
pendamping PKH meminta uang dari penerima bantuan
e-warong memaksa penerima BPNT membeli paket yang mahal
nyuwun sewu pak, kulo tiyang mboten gadhah, nanging mboten pikantuk bantuan
simbah kulo piyambakan, griyanipun ajur, nyuwun dibantu
bantuane mboten tepat sasaran, sing sugih malah angsal
bantuan sosial
data penerima bansos kacau
bantuan tidak merata
warga miskin belum dapat bantuan
pembagian bansos di balai desa ricuh karena banyak yang tidak terdaftar
daftar penerima BLT tidak pernah diumumkan, warga curiga
ada anak putus sekolah karena orang tuanya tidak mampu, mohon dibantu
balita gizi buruk dari keluarga miskin di {desa} belum tersentuh bantuan
the social aid in our village goes to the wrong people
my elderly mother was removed from the aid list without explanation
there is a homeless old man sleeping at the bus terminal
bansos-nya salah sasaran banget, yang dapet malah yang punya usaha
BLT-nya belum cair padahal udah diumumin dari bulan lalu
kakek tetangga hidup sendirian, ga ada yang ngurus, please dinsos cek
mohon pendataan ulang penerima bantuan sosial di {desa} secara jujur
kami korban PHK dan tidak punya penghasilan, apakah ada bantuan dari pemda?
warga rentan di {kampung} belum pernah didata untuk bantuan apapun
pengamen dan gelandangan makin banyak di alun-alun
kok tetangga saya yang PNS bisa terima bantuan PKH?
bantuan langsung tunai dari desa tidak sampai ke tangan saya padahal nama saya tercantum
"""

HELDOUT["lapor_sosial"] += """
Yth. Bapak Bupati, mohon maaf, keluarga miskin di {kampung} tidak pernah mendapat bansos sementara yang mampu dapat. Mohon ditinjau. Terima kasih.
BLT desa dipotong perangkat
PKH saya tidak cair tiga bulan
nenek sebatang kara butuh bantuan di {desa}
rumah reyot warga miskin belum dibantu
ODGJ berkeliaran di dekat sekolah
mboten angsal bantuan, padahal tiyang mboten gadhah
the aid list in our village is full of rich families
beras bantuan berkutu dan tidak layak
kapan pendataan DTKS di desa kami diperbarui?
"""

TRAIN["lapor_kesehatan"] += """
Assalamualaikum wr wb. Yth. Bapak Bupati, mohon maaf sebelumnya. Ibu saya pasien BPJS dirawat di RSUD dan disuruh membeli obat sendiri di luar dengan alasan stok habis. Apakah ini sesuai aturan? Mohon ditindaklanjuti. Terima kasih atas perhatiannya.
Yth. Kepala Dinas Kesehatan, dengan hormat, puskesmas di {keca} sering tutup sebelum jam pelayanan selesai dan dokternya jarang ada. Mohon dievaluasi.
Selamat sore pak, maaf mengganggu, di {kampung} sudah ada lima warga kena demam berdarah dalam sebulan. Kami mohon fogging. Matur nuwun.
puskesmas tutup
dokter puskesmas tidak ada
RSUD menolak pasien BPJS
antrian BPJS lama sekali
obat di puskesmas kosong
pasien BPJS disuruh beli obat sendiri
ambulans desa tidak bisa dipakai warga
ambulans puskesmas minta bayaran untuk mengantar pasien
bidan desa jarang di tempat, ibu hamil bingung periksa ke mana
posyandu di {dusun} sudah tidak berjalan lagi
anak-anak di desa kami banyak yang stunting, tidak ada pendampingan
banyak kasus DBD di {desa}, tolong fogging
kasus diare meningkat di kampung kami setelah banjir
RSUD penuh, pasien ditaruh di lorong
pelayanan IGD RSUD lambat, pasien kritis menunggu berjam-jam
perawat RSUD judes kepada pasien BPJS
rujukan BPJS dipersulit, harus bolak-balik puskesmas
kartu BPJS tidak aktif padahal iuran selalu dibayar
KIS saya tidak bisa dipakai di rumah sakit, katanya nonaktif
tarif rumah sakit swasta untuk pasien BPJS masih ditarik biaya tambahan
apotek puskesmas hanya memberi paracetamol untuk semua penyakit
petugas puskesmas pembantu tidak pernah datang, pustu tutup terus
jadwal imunisasi di puskesmas tidak jelas
pasien disuruh pulang padahal masih sakit karena kuota BPJS habis
klinik di desa praktik tanpa izin dan tanpa dokter
ada warga meninggal karena terlambat dirujuk, ambulans tidak ada
nyuwun sewu, puskesmas teng {keca} tutup jam 11, pasien mboten saged periksa
griya sakit mboten purun nampi pasien BPJS, kados pundi niki pak?
kesehatan
banyak yang kena DBD
pelayanan puskesmas buruk
fogging
antrean poli di RSUD sejak subuh, dokternya baru datang jam 11
dokter spesialis di RSUD hanya ada dua hari seminggu
toilet di puskesmas kotor dan tidak ada air
obat untuk pasien TBC sering kosong
bantuan makanan tambahan untuk balita gizi kurang tidak pernah sampai
warga di {desa} banyak yang sakit kulit karena air tercemar
limbah rumah sakit dibuang sembarangan di belakang gedung
the community health center in our district is always closed in the afternoon
the regional hospital refused my father because of his BPJS card
there is a dengue outbreak in my village, please do fogging
no doctor at the puskesmas today, patients were sent home
BPJS-nya ditolak, katanya kamar full, padahal ada yang kosong
antrian di puskesmas literally dari jam 6 pagi, insane
please fogging dong, tetangga udah 3 orang kena DBD minggu ini
mohon pemeriksaan jentik nyamuk di {kampung}, banyak yang demam tinggi
pelayanan persalinan di puskesmas meminta biaya meskipun pakai BPJS
kenapa obat di RSUD harus tebus di apotek luar?
tolong perbaiki sistem antrian online RSUD, sering error
"""

HELDOUT["lapor_kesehatan"] += """
Yth. Bapak Bupati, pasien BPJS di RSUD masih disuruh bayar obat. Mohon ditertibkan. Terima kasih atas perhatiannya.
puskesmas {keca} tidak ada dokter jaga
ambulans desa tidak bisa dipinjam warga
kasus demam berdarah bertambah di {desa}
posyandu di dusun kami sudah lama vakum
the hospital made us wait six hours in the emergency room
KIS nonaktif, berobat harus bayar
bidan desa mboten wonten, ibu hamil bingung
stok obat di puskesmas kosong lagi
rujukan BPJS dipersulit petugas
"""

TRAIN["lapor_pendidikan"] += """
Assalamualaikum wr wb. Yth. Bapak Bupati, mohon maaf sebelumnya. Anak saya tidak diterima di SMP negeri terdekat karena sistem PPDB zonasi, padahal rumah kami hanya 500 meter dari sekolah. Mohon penjelasan dan solusinya. Terima kasih atas perhatiannya.
Yth. Kepala Dinas Pendidikan, dengan hormat, atap ruang kelas di SD negeri {desa} sudah ambruk sebagian dan murid terpaksa belajar di teras. Mohon segera diperbaiki.
Selamat pagi pak, mohon maaf, kami guru honorer di {keca} sudah empat bulan belum menerima honor. Mohon perhatian dari pemda. Terima kasih.
PPDB zonasi tidak adil
gaji guru honorer belum dibayar
gedung sekolah rusak
atap sekolah bocor
dana PIP tidak cair
anak saya tidak lolos PPDB padahal rumah dekat sekolah
ada dugaan jual beli kursi di PPDB SMA negeri
jalur zonasi diakali dengan numpang KK
sekolah negeri mewajibkan beli seragam dan LKS di koperasi sekolah
uang komite di SMP negeri terlalu mahal untuk orang desa
ijazah anak saya ditahan sekolah karena belum lunas tunggakan
guru sering tidak masuk, murid dibiarkan main
SD di {dusun} kekurangan guru, satu guru mengajar dua kelas
ruang kelas SD retak-retak dan bangkunya rusak
toilet sekolah tidak layak, anak-anak menahan buang air
sekolah tidak punya air bersih dan listrik
kepala sekolah memotong dana BOS untuk kepentingan pribadi
dana PIP anak saya dipotong oleh pihak sekolah
beasiswa untuk siswa miskin tidak tepat sasaran
anak saya dibully di sekolah, guru tidak bertindak
ada kekerasan guru kepada murid di SD negeri {desa}
study tour wajib dengan biaya mahal memberatkan orang tua
sekolah minta sumbangan pembangunan pagar kepada wali murid
guru honorer dibayar 300 ribu sebulan, tidak manusiawi
tunjangan sertifikasi guru terlambat berbulan-bulan
pengangkatan PPPK guru tidak transparan
nyuwun sewu pak, lare kulo mboten ketampi SMP negeri, griya caket sekolah
sekolahan teng {desa} atapipun sampun bocor, monggo dipun dandosi
pendidikan
PPDB
sekolah kekurangan guru
biaya sekolah mahal
jalan kaki 5 km ke sekolah karena tidak ada SMP di desa kami
PAUD di desa kami tutup karena tidak ada dana
madrasah di {dusun} bangunannya hampir roboh
sistem PPDB online error pas pendaftaran, anak saya gagal daftar
nilai rapor dikatrol untuk jalur prestasi, tidak adil
perpustakaan sekolah kosong, tidak ada buku
sekolah menahan kartu ujian siswa yang belum bayar SPP
my son was rejected by the public junior high school because of the zoning system
the honorary teachers at our school haven't been paid for months
the school roof is leaking and classes are flooded
PPDB zonasi-nya aneh banget, rumah deket malah ga keterima
guru honorer digaji ga layak, seriously 300 ribu sebulan
anak2 belajar di kelas yang atapnya bolong, please dinas pendidikan cek
mohon evaluasi PPDB di {kab}, banyak kecurangan domisili
kenapa sekolah negeri masih ada pungutan padahal katanya gratis?
guru agama di SD kami sudah pensiun dan tidak ada pengganti
kantin sekolah jual jajanan berbahaya, pihak sekolah diam saja
"""

HELDOUT["lapor_pendidikan"] += """
Assalamualaikum Pak Bupati, mohon maaf, anak kami tidak lolos PPDB zonasi padahal rumah dekat sekolah. Mohon solusinya. Terima kasih.
gaji guru honorer telat lagi
ruang kelas SD di {desa} hampir ambruk
PIP anak saya dipotong sekolah
sekolah mewajibkan beli LKS
the village school has only two teachers
ijazah ditahan karena tunggakan komite
lare kulo mboten angsal sekolah negeri
dana BOS diduga diselewengkan kepala sekolah
kursi dan meja kelas banyak yang patah
"""

TRAIN["lapor_lainnya"] += """
Assalamualaikum wr wb. Yth. Bapak Bupati, mohon maaf sebelumnya. Kami petani di {desa} kesulitan mendapatkan pupuk subsidi, di kios selalu habis padahal kami terdaftar di RDKK. Mohon ditindaklanjuti. Terima kasih atas perhatiannya.
Yth. Bapak Bupati, dengan hormat, harga gabah di desa kami anjlok saat panen sementara harga pupuk naik terus. Petani rugi. Mohon pemda turun tangan.
Selamat siang pak, mohon maaf, sinyal HP di {dusun} hilang total, anak-anak susah sekolah online dan warga susah berkomunikasi. Mohon dibangun tower. Terima kasih.
pupuk subsidi langka
harga gabah anjlok
sinyal hilang di desa kami
gas elpiji 3 kg langka
minyak goreng mahal
pupuk subsidi dijual di atas HET oleh kios
kartu tani tidak bisa dipakai untuk tebus pupuk
hama tikus menyerang sawah, mohon bantuan dinas pertanian
bantuan bibit dan traktor dari dinas hanya untuk kelompok tani tertentu
harga cabai anjlok, petani tidak balik modal
tidak ada lowongan kerja di kabupaten ini, anak muda pada merantau
pabrik di {keca} lebih memilih pekerja dari luar daerah
banyak warga terjerat pinjol dan rentenir, mohon ada penyuluhan
bank keliling menagih dengan kasar di kampung kami
bantuan modal UMKM dari pemda tidak jelas cara daftarnya
pelatihan kerja dari disnaker hanya formalitas
warga di {dusun} belum pernah dapat akses internet
tower BTS di desa kami rusak sudah sebulan, sinyal hilang
sengketa tanah warisan dengan tetangga tidak diselesaikan oleh desa
anjing liar menggigit anak di {desa}, banyak anjing berkeliaran
monyet turun ke kampung merusak kebun warga
harga pakan ternak naik, peternak kecil bangkrut
pasar tradisional sepi karena pedagang dipindah ke lokasi baru yang jauh
retribusi pasar naik tapi fasilitas pasar tidak diperbaiki
harga tiket wisata daerah mahal padahal fasilitasnya rusak
objek wisata di {keca} terbengkalai dan kotor
makam desa penuh, warga bingung mau dimakamkan di mana
PBB tahun ini naik dua kali lipat, warga keberatan
nyuwun sewu pak, pupuk subsidi teng {desa} angel sanget, kios mboten wonten
rego gabah anjlok pak, petani rugi
sinyal teng dusun mboten wonten blas
nelayan kesulitan solar bersubsidi di SPBU
harga beras naik terus, warga kecil tercekik
pedagang kecil kalah dengan toko modern yang berdiri di dekat pasar
kapan pemda memperbaiki gedung olahraga yang terbengkalai?
suara mesin penggilingan padi sampai malam, warga tidak bisa istirahat
fertilizer for farmers is always out of stock in our district
there's no phone signal in our village at all
the price of rice at harvest dropped, farmers are losing money
pupuk subsidi-nya langka banget, petani pada bingung
sinyal di desa literally nol, mau video call sama anak aja susah
pinjol makin meresahkan, tetangga diteror debt collector
mohon bantuan bibit ikan dan pakan untuk kelompok budidaya di {dusun}
air minum isi ulang di desa kami tidak pernah dicek kualitasnya
"""

HELDOUT["lapor_lainnya"] += """
Yth. Bapak Bupati, mohon maaf, pupuk subsidi di {desa} selalu kosong saat musim tanam. Mohon ditindaklanjuti. Terima kasih.
harga gabah jatuh saat panen raya
tidak ada sinyal HP di {dusun}
kios pupuk menjual di atas harga eceran
the village has no internet access at all
warga terlilit rentenir, mohon bantuan pemda
elpiji melon susah dicari di desa
pupuk mboten wonten, petani bingung
lowongan kerja di daerah sangat sedikit
"""

TRAIN["lapor_sampah"] += """
Assalamualaikum wr wb. Yth. Bapak Bupati, mohon maaf sebelumnya. Di pinggir jalan menuju {desa} ada TPS liar yang makin besar, sampahnya bau dan sering dibakar. Mohon ditindaklanjuti. Terima kasih atas perhatiannya.
Yth. Dinas Lingkungan Hidup, dengan hormat, pasar kabupaten kumuh dan sampahnya menumpuk di belakang los pedagang. Mohon diangkut rutin.
TPS liar di pinggir jalan kabupaten
sampah menumpuk di pasar
pasar kumuh dan bau sampah
sampah dibuang ke sungai oleh warga
truk sampah desa tidak datang dua minggu
warga membakar sampah di kebun, asapnya masuk rumah
TPA di {keca} sudah penuh, sampah meluber ke jalan
retribusi sampah ditarik tapi sampah tidak diangkut
bank sampah di desa kami tidak jalan lagi
sampah plastik menumpuk di pinggir sawah
sampah berserakan di alun-alun setelah acara
tumpukan sampah di tikungan jalan {desa} bikin bau satu kampung
nyuwun sewu pak, sampah teng pinggir dalan niku mboten dipun angkut
uwuh numpuk teng ngajeng pasar, ambune mboten sekeca
sampah
tempat sampah di terminal penuh dan tidak pernah dikosongkan
pedagang pasar buang sampah sembarangan ke selokan
the market is dirty and garbage piles up behind the stalls
there's an illegal dump along the road to our village
sampahnya numpuk parah di pinggir jalan desa, bau banget
pengangkutan sampah di perumahan kami berhenti sejak bulan lalu
mohon disediakan TPS resmi di {desa}, warga bingung buang sampah ke mana
lalat dan tikus dari tumpukan sampah di {kampung} masuk ke rumah warga
sampah popok bayi dibuang di jembatan, menumpuk di bawahnya
kapan sampah di depan SD ini diangkut pak?
"""
HELDOUT["lapor_sampah"] += """
TPS liar di dekat {desa} makin luas
pasar kabupaten kotor, sampah tidak diangkut
uwuh numpuk mboten dipun angkut
warga buang sampah ke sungai tiap malam
the garbage truck never comes to our village
Yth. Bapak Bupati, sampah di pinggir jalan desa menumpuk dan dibakar warga. Mohon solusinya. Terima kasih.
"""

TRAIN["lapor_listrik"] += """
Assalamualaikum wr wb. Yth. Bapak Bupati, mohon maaf sebelumnya. Lampu PJU di sepanjang jalan {desa} sudah mati berbulan-bulan sehingga jalan gelap dan rawan begal. Mohon ditindaklanjuti. Terima kasih atas perhatiannya.
lampu PJU desa mati
lampu jalan desa mati semua
listrik PLN padam terus
listrik byar pet tiap hujan di {desa}
tegangan listrik naik turun, alat elektronik warga rusak
tiang listrik miring hampir roboh di {dusun}
kabel listrik menjuntai rendah di jalan desa, bahaya
kabel PLN tersangkut ranting pohon, takut korslet
lampu penerangan jembatan mati, gelap sekali malam hari
PJU di jalan kabupaten menuju {keca} tidak pernah menyala
desa kami belum teraliri listrik PLN sampai sekarang
pemasangan listrik baru di PLN lama sekali
nyuwun sewu, lampu dalan teng {desa} mati sedoyo, peteng sanget
listrike mati terus pak
lampu jalan
listrik padam
the street lights in our village have been off for months
power outages almost every day in our district
PJU-nya mati semua, jalan gelap gulita, serem banget pulang malem
kabel listrik nya ngegantung rendah banget, truk bisa nyangkut
meteran listrik rusak tapi tagihan tetap tinggi
lampu taman alun-alun mati sebagian
mohon pemasangan lampu PJU di jalan penghubung dusun, rawan kecelakaan
"""
HELDOUT["lapor_listrik"] += """
PJU di jalan {desa} mati sudah lama
listrik sering padam di {keca}
tiang listrik doyong di pinggir sawah
lampu dalan mati, peteng pak
the village road has no working street lights
Yth. Bapak Bupati, mohon lampu penerangan jalan di desa kami diperbaiki. Terima kasih.
"""

TRAIN["lapor_parkir_liar"] += """
Yth. Bapak Bupati, mohon maaf sebelumnya. Parkir di sekitar pasar kabupaten semrawut, tukang parkir menarik tarif seenaknya tanpa karcis. Mohon ditertibkan. Terima kasih atas perhatiannya.
tukang parkir liar di minimarket
parkir di bahu jalan bikin macet
tarif parkir di pasar tidak sesuai perda
jukir minta uang padahal tidak ada karcis
parkir liar di depan alun-alun tiap malam minggu
mobil parkir sembarangan di depan sekolah saat jam pulang
tukang parkir di depan bank memaksa bayar 5 ribu
kendaraan parkir di trotoar depan RSUD, pejalan kaki terganggu
parkir liar di pasar
juru parkir liar
nyuwun sewu, tukang parkir teng pasar niku mboten nyukani karcis
illegal parking around the market causes traffic jams
the parking attendant at the minimarket charges without a ticket
jukir-nya maksa banget, padahal cuma mampir 2 menit
bus dan truk parkir di pinggir jalan raya {keca} sampai malam
parkir liar di pinggir jalan provinsi dekat rumah makan, macet tiap siang
"""
HELDOUT["lapor_parkir_liar"] += """
tukang parkir pasar tidak kasih karcis
parkir di bahu jalan depan toko, macet
illegal parking outside the hospital
jukir minimarket minta uang terus
Yth. Bapak Bupati, mohon penertiban parkir liar di sekitar alun-alun. Terima kasih.
"""

TRAIN["lapor_perhubungan"] += """
Yth. Bapak Bupati, mohon maaf sebelumnya. Lampu lalu lintas di perempatan dekat pasar {keca} mati sejak seminggu dan sering terjadi kecelakaan. Mohon ditindaklanjuti Dishub. Terima kasih atas perhatiannya.
lampu merah di perempatan mati
rambu lalu lintas hilang
perlintasan kereta tanpa palang pintu di {desa}, sudah ada korban
mohon dipasang rambu tikungan tajam di jalan menuju {dusun}
marka jalan di jalan kabupaten sudah pudar
truk besar lewat jalan desa padahal dilarang
truk over dimensi dan over muatan lewat tiap malam
polisi tidur di jalan desa terlalu tinggi, motor sering jatuh
cermin tikungan pecah, pengendara tidak bisa lihat dari arah berlawanan
mohon dipasang zebra cross di depan SD
traffic light di perempatan kota durasinya terlalu singkat
the traffic light at the market intersection is broken
there is no warning sign before the sharp bend near our village
nyuwun sewu, lampu bangjo teng prapatan mati pak
rambu-rambu nya udah ga keliatan, ketutup pohon
kemacetan parah di depan pabrik saat jam pulang kerja, tidak ada petugas
"""
HELDOUT["lapor_perhubungan"] += """
lampu lalu lintas di perempatan alun-alun mati
perlintasan rel tanpa palang di {desa}
truk tambang lewat jalan desa siang malam
no road signs on the village road
bangjo mati pak, semrawut
"""

TRAIN["lapor_transportasi_publik"] += """
Yth. Bapak Gubernur, mohon maaf sebelumnya. Bus Trans Jateng jurusan kami sering terlambat dan haltenya tidak terawat. Mohon ditindaklanjuti. Terima kasih atas perhatiannya.
angkot ke desa kami sudah tidak ada
angkudes jarang lewat, warga susah ke pasar
bus Trans Jateng telat terus
halte bus rusak dan tidak ada atap
terminal kabupaten kumuh dan sepi
sopir bus ugal-ugalan dan menaikkan tarif seenaknya
bus sekolah gratis dari pemda sudah tidak jalan
kereta lokal selalu penuh, mohon tambah gerbong
tidak ada angkutan umum dari {desa} ke RSUD
the public bus to our district only runs twice a day
the bus terminal is dirty and poorly lit
nyuwun sewu, angkot teng {keca} sampun mboten wonten
bus-nya ngetem lama banget, perjalanan jadi dua jam
"""
HELDOUT["lapor_transportasi_publik"] += """
angkudes ke {desa} sudah berhenti beroperasi
bus Trans Jateng penuh dan AC mati
terminal bus kota gelap dan kotor
no public transport from our village to town
"""

TRAIN["lapor_pohon"] += """
Assalamualaikum, Yth. Bapak Bupati, mohon maaf sebelumnya. Pohon besar di pinggir jalan {desa} sudah miring dan akarnya terangkat. Kami khawatir tumbang saat hujan angin. Mohon ditebang. Terima kasih atas perhatiannya.
pohon tumbang menutup jalan desa
pohon besar miring di pinggir jalan kabupaten
dahan pohon patah menimpa atap rumah warga
pohon tumbang di {dusun}, mohon dievakuasi
ranting pohon menjuntai kena kabel listrik
taman kota tidak terawat, rumput tinggi dan lampu mati
alun-alun kotor dan fasilitas bermain anak rusak
mohon perantingan pohon di depan sekolah sebelum musim hujan
wit ageng teng pinggir dalan sampun doyong pak
a large tree fell across the road to our village
pohonnya leaning banget ke jalan, takut roboh
pohon peneduh ditebang sembarangan oleh pengembang
"""
HELDOUT["lapor_pohon"] += """
pohon tumbang di jalan {desa}, belum dievakuasi
dahan besar patah di dekat balai desa
taman kota kumuh dan tidak terawat
a tree branch is hanging over the school gate
"""

TRAIN["lapor_ketertiban"] += """
Assalamualaikum wr wb. Yth. Bapak Bupati, mohon maaf sebelumnya. Di {kampung} sering ada pesta miras dan balap liar setiap malam minggu yang sangat meresahkan warga. Mohon ditindaklanjuti. Terima kasih atas perhatiannya.
balap liar tiap malam minggu
pesta miras di pinggir jalan desa
knalpot brong sangat mengganggu
judi sabung ayam di {dusun}
PKL berjualan di bahu jalan depan pasar
pedagang kaki lima menutup trotoar alun-alun
karaoke ilegal buka sampai pagi di {keca}
sound system hajatan sampai jam 2 pagi, warga tidak bisa tidur
pengamen memaksa di rumah makan dan lampu merah
tawuran pelajar di dekat terminal
warung remang-remang dijadikan tempat maksiat
nyuwun sewu, lare-lare balapan liar teng dalan niki saben dalu
mboten saged tilem, sound horeg ngantos enjing
reckless motorcycle racing every weekend near our village
PKL-nya menuh-menuhin trotoar, pejalan kaki ga kebagian
kos-kosan dijadikan tempat mesum, warga resah
"""
HELDOUT["lapor_ketertiban"] += """
balap liar di jalan {desa} tiap malam
pesta miras bikin warga resah
knalpot brong tengah malam
street vendors block the sidewalk at the square
lare-lare balapan liar saben dalu
"""

TRAIN["lapor_bangunan"] += """
Yth. Bapak Bupati, mohon maaf sebelumnya. Ada galian C liar di {desa} yang mengeruk tebing tanpa izin sehingga rawan longsor. Mohon ditindaklanjuti. Terima kasih atas perhatiannya.
tambang pasir liar di sungai
galian tanah liar tanpa izin di {dusun}
bangunan tanpa izin di sempadan sungai
tower seluler berdiri tanpa izin warga
kafe dibangun di lahan sawah lindung
perumahan baru dibangun di tanah resapan air
pabrik berdiri di dekat permukiman tanpa sosialisasi
bangunan ruko menutup saluran air dan bahu jalan
tambang batu di {keca} membuat jalan dan rumah warga retak
izin bangunan dipersulit tapi bangunan besar tanpa izin dibiarkan
galian C liar-nya makin parah, bukit udah gundul
illegal sand mining in the river is eroding the banks
nyuwun sewu, wonten galian liar teng {desa}, tebing sampun longsor
pagar tetangga dibangun melewati batas tanah jalan desa
"""
HELDOUT["lapor_bangunan"] += """
tambang pasir ilegal di sungai {desa}
bangunan di bantaran sungai tanpa izin
galian C liar bikin jalan rusak dan longsor
a factory was built without a permit near houses
"""

TRAIN["lapor_air_bersih"] += """
Assalamualaikum wr wb. Yth. Bapak Bupati, mohon maaf sebelumnya. Air PDAM di {kampung} sudah seminggu tidak mengalir dan kalau mengalir keruh. Mohon ditindaklanjuti. Terima kasih atas perhatiannya.
air PDAM mati
air PDAM keruh
sumur warga kering saat kemarau
krisis air bersih di {desa}, mohon droping air
pipa PDAM bocor di pinggir jalan desa
pamsimas desa rusak, warga tidak dapat air
tagihan PDAM naik padahal air jarang mengalir
air PDAM bau kaporit dan berwarna kuning
warga harus membeli air jerigen karena PDAM tidak mengalir
nyuwun sewu, toya PDAM teng {desa} mboten mili sampun seminggu
the tap water from PDAM has been off for days
airnya keruh banget, ga bisa buat masak, please PDAM cek
mohon dibuatkan sumur bor di {dusun}, warga kekurangan air bersih
"""
HELDOUT["lapor_air_bersih"] += """
PDAM tidak mengalir di {desa}
sumur kering, butuh kiriman air bersih
air PDAM keruh kecoklatan
the village water supply system is broken
toya PDAM mboten mili
"""

TRAIN["lapor_kependudukan"] += """
Assalamualaikum wr wb. Yth. Bapak Bupati, mohon maaf sebelumnya. KTP elektronik saya sudah enam bulan belum jadi di Disdukcapil dengan alasan blangko kosong. Mohon ditindaklanjuti. Terima kasih atas perhatiannya.
KTP belum jadi
blangko KTP habis terus
urus KK di Disdukcapil lama
akta kelahiran anak belum jadi
NIK saya tidak terdaftar saat mau daftar BPJS
data KK ganda, tidak bisa daftar sekolah
pindah domisili ribet, harus bolak-balik desa dan dukcapil
pelayanan dukcapil online sering error
KIA untuk anak belum bisa dibuat di kabupaten kami
nama di KTP salah ketik, pembetulan lama sekali
nyuwun sewu, KTP kulo dereng dados sampun tigang wulan
my ID card has not been printed after five months
KTP-nya udah berbulan2 pending, blangko kosong mulu katanya
perekaman e-KTP untuk lansia di {desa} belum dilakukan
"""
HELDOUT["lapor_kependudukan"] += """
e-KTP saya belum jadi sejak tahun lalu
KK baru tidak bisa dicetak di Disdukcapil
akta lahir anak kulo dereng dados
my family card has the wrong address
Yth. Bapak Bupati, mohon percepatan pencetakan KTP di kabupaten kami. Terima kasih.
"""


# formal letters in the held-out split and village wording for the Ketertiban categories
HELDOUT["lapor_perhubungan"] += """
Yth. Kepala Dinas Perhubungan, mohon maaf, rambu di tikungan menuju {desa} roboh dan belum diganti. Mohon ditindaklanjuti.
"""
HELDOUT["lapor_transportasi_publik"] += """
Assalamualaikum Pak Bupati, angkutan pedesaan ke {keca} hanya lewat pagi hari, warga kesulitan pulang. Terima kasih.
"""
HELDOUT["lapor_pohon"] += """
Yth. Bapak Bupati, pohon randu tua di depan balai desa sudah keropos dan rawan tumbang. Mohon ditebang. Terima kasih.
"""
HELDOUT["lapor_ketertiban"] += """
Assalamualaikum, Yth. Bapak Camat, kami warga {kampung} resah dengan judi dan mabuk-mabukan di pos ronda. Mohon penertiban.
"""
HELDOUT["lapor_air_bersih"] += """
Assalamualaikum wr wb, Yth. Direktur PDAM, air di {kampung} sudah lima hari tidak mengalir. Mohon segera diperbaiki. Matur nuwun.
"""
HELDOUT["lapor_bangunan"] += """
Yth. Bapak Bupati, mohon maaf, ada bangunan gudang di desa kami yang berdiri di atas saluran irigasi tanpa izin. Mohon ditinjau. Terima kasih.
"""
TRAIN["lapor_parkir_liar"] += """
parkir sembarangan di depan kantor desa {desa} saat ada posyandu
tukang parkir liar di pasar desa narik 3 ribu per motor
pengunjung wisata parkir di pinggir jalan dusun, warga tidak bisa lewat
parkir liar di depan pasar kabupaten bikin angkot tidak bisa lewat
mobil pengunjung parkir di jalan sempit {dusun} sampai menutup akses rumah warga
"""
TRAIN["lapor_ketertiban"] += """
pemuda mabuk-mabukan di pos ronda desa setiap malam
PKL di sekitar pasar desa {desa} memakan badan jalan
ada tempat judi togel di warung dusun, warga resah
orang mabuk bikin onar di balai desa saat acara
"""

# Pollution (smoke, smells, waste water, dust) is Dinas Lingkungan Hidup's, the same agency as garbage.
TRAIN["lapor_sampah"] += """
asap hitam dari cerobong pabrik di {kel} tiap malam, sesak
bau kotoran dari peternakan ayam di tengah permukiman {kel}
the air pollution near the factory in {kel} is making everyone cough
Yth. Bapak Gubernur, dengan hormat saya ingin menyampaikan keluhan mengenai pencemaran udara akibat aktivitas pabrik peleburan logam di {alamat} yang sudah berlangsung berbulan-bulan.
kandang kambing di pinggir jalan {jalan}, baunya nyengat
pencemaran bau dari pabrik tahu di {kel}
debu batu bara dari tongkang di pelabuhan masuk ke rumah warga
peternakan babi di belakang rumah warga, baunya ga nahan
asap pembakaran limbah kabel di lahan kosong, baunya kimia
bau busuk dari tempat pemotongan ayam ilegal di {alamat}
polusi udara dari PLTU deket {kel} bikin sesek napas
air laut di pantai {kel} tercemar tumpahan minyak
pelaku usaha pengolahan oli bekas di {alamat} baunya menyengat
dengan hormat, kami mengeluhkan bau menyengat dari industri karet di wilayah {kec}
ada peternakan sapi di tengah kota {kel}, lalat dan bau
polusi udara jakarta makin parah, tolong lah pemda bertindak
complaints about the noise and dust from the coal stockpile near {kel}
sebelah rumah ada usaha daur ulang aki bekas, bau timbal
bau menyengat dari pabrik pengolahan ikan di {kel}
bau amonia dari pabrik es di {kel}
bau menyengat dari pabrik plastik di {kel} tiap malam
kandang ayam warga di gang bikin bau dan banyak lalat
debu dari stockpile pasir di {kel} masuk ke rumah2
asap pabrik di {kel} bikin udara toxic banget tiap malem
peternakan ayam di dekat permukiman {desa} baunya menyengat dan banyak lalat
kandang sapi tetangga baunya sampai ke dalam rumah
bau asap pembakaran gamping mengganggu warga
"""
HELDOUT["lapor_sampah"] += """
asap pabrik peleburan bikin warga {kel} batuk2
the smell from the chicken farm near {kel} is unbearable
dengan hormat, kami keberatan atas aktivitas pengolahan limbah B3 di wilayah {kec}
bau busuk dari rumah potong hewan liar di {alamat}
peternakan ayam bikin kampung bau dan banyak lalat
"""

# Keyboard mashes and random strings: nothing to read, so no intent should claim them.
TRAIN["out_of_scope"] += """
sdfsdf sdfsdf
lkjlkj poipoi
ghghgh
mnbvcx lkjhgf
aaaaaaaaa
xcvxcv bnmbnm
hjkl hjkl
oiuoiu
zxczxc asdasd qweqwe
kkkkkkk
ppppp
dddd ffff gggg
"""
HELDOUT["out_of_scope"] += """
jhgjhg ytrytr
bbbbbbbbb
"""

# --------------------------------------------------------------------------- more templates, by topic
# Further hand-written sentences live beside this file, one module per group of categories, each with
# TRAIN and HELDOUT dicts in the same format; they are appended to the tables above.

for _module in (
    "templates_city", "templates_services", "templates_status", "templates_civic", "templates_letters",
):
    try:
        _extra = __import__(_module)
    except ModuleNotFoundError as exc:
        if exc.name != _module:
            raise
        continue
    for _table, _more in ((TRAIN, _extra.TRAIN), (HELDOUT, _extra.HELDOUT)):
        for _intent, _block in _more.items():
            _table[_intent] = _table.get(_intent, "") + "\n" + _block


# --------------------------------------------------------------------------- output

def templates(block: str) -> list[str]:
    lines = [" ".join(line.split()) for line in block.strip().splitlines()]
    return [line for line in lines if line and not line.startswith("#")]


def render(table: dict[str, str], places: Places, seen: set[str], intents: list[str]) -> dict[str, list[str]]:
    """Fill every template of every intent once; re-draw places when a fill repeats an example."""
    out: dict[str, list[str]] = {}
    for intent in intents:
        examples = []
        for template in templates(table[intent]):
            for _ in range(50):
                example = fill(template, places)
                if normalise(example) not in seen:
                    break
            else:
                raise SystemExit(f"duplicate example in {intent}: {template}")
            seen.add(normalise(example))
            examples.append(example)
        out[intent] = examples
    return out


def normalise(example: str) -> str:
    """Text without markup, lowercased and with single spaces: what 'the same example' means."""
    text = re.sub(r"\[([^\]]*)\]\(location\)", r"\1", example)
    return " ".join(text.lower().split())


def write_yaml(path: Path, sections: dict[str, list[str]], header: str) -> None:
    lines = [f"# {header}", "# Generated by nlu/rasa/generate.py -- edit the templates there, then re-run.",
             'version: "3.1"', "", "nlu:"]
    for intent, examples in sections.items():
        lines.append(f"- intent: {intent}")
        lines.append("  examples: |")
        lines.extend(f"    - {example}" for example in examples)  # a block scalar keeps the text verbatim
        lines.append("")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jakarta", type=Path, default=DEFAULT_JAKARTA, help="gazetteer folder")
    parser.add_argument("--out", type=Path, default=HERE, help="the nlu/rasa folder")
    args = parser.parse_args(argv)

    intents = [f"lapor_{code}" for code in CATEGORIES] + CONVERSATION
    for table, name in ((TRAIN, "TRAIN"), (HELDOUT, "HELDOUT")):
        missing = [intent for intent in intents if intent not in table]
        if missing:
            raise SystemExit(f"{name} has no templates for: {', '.join(missing)}")

    seen: set[str] = set()
    train = render(TRAIN, Places(load_pools(args.jakarta, heldout=False), random.Random(SEED)), seen, intents)
    heldout = render(HELDOUT, Places(load_pools(args.jakarta, heldout=True), random.Random(SEED + 1)), seen, intents)

    for code in CATEGORIES:
        intent = f"lapor_{code}"
        write_yaml(args.out / "data" / "categories" / f"{code}.yml", {intent: train[intent]},
                   f"Training examples for the '{code}' category.")
    write_yaml(args.out / "data" / "conversation.yml", {i: train[i] for i in CONVERSATION},
               "Training examples for the conversational intents.")
    write_yaml(args.out / "heldout" / "nlu.yml", heldout,
               "Held-out examples: never train on this file.")
    for intent in intents:
        print(f"{intent:32} train {len(train[intent]):4}  heldout {len(heldout[intent]):3}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
