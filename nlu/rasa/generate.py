"""Generate Aduan's Rasa NLU training data and its held-out split.

The sentences are data: one file per intent in nlu/rasa/sentences/<intent>.yml, with a
`train` and a `heldout` block of hand-written lines, and the hand-written place names in
nlu/rasa/slot_names.yml. This script only fills each `{slot}` placeholder with a place name
from the Jakarta gazetteer (nlu/data/jakarta) or slot_names.yml, varying how a citizen would
type it (lowercase, "kel." prefix, BPS spelling, "jaksel" suffix, a missing space), and wraps
each place in Rasa entity markup `[...](location)`. Adjacent places ("{gang} {rtrw} {kel}")
merge into one entity. The place pools are split in two, so the held-out file never sees a
place name that training uses for the same slot.

    python3 nlu/rasa/generate.py [--jakarta DIR]

Output is deterministic (fixed seed, sorted pools) and is committed:
nlu/rasa/data/categories/<code>.yml, nlu/rasa/data/conversation.yml,
nlu/rasa/heldout/nlu.yml and nlu/rasa/heldout/danger.yml (the held-out emergencies' kinds).
"""
from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from pathlib import Path

import yaml

SEED = 20240611
HERE = Path(__file__).resolve().parent
DEFAULT_JAKARTA = HERE.parent / "data" / "jakarta"  # nlu/data/jakarta, shipped with the package
SENTENCES = HERE / "sentences"
SPLITS = ("train", "heldout")
DANGER_FILE = "danger.yml"  # emergencies and their near-misses, grouped by kind (see the file)
DANGER_KINDS = ("fire", "police", "medical", "rescue", "general", "none")

CATEGORIES = [
    "sampah", "banjir", "saluran_air", "jalan", "listrik", "parkir_liar",
    "perhubungan", "transportasi_publik", "pohon", "ketertiban", "bangunan",
    "air_bersih", "kesehatan", "pendidikan", "sosial", "kependudukan",
    "pelayanan_publik", "ketenagakerjaan", "pajak_retribusi", "kepegawaian",
    "pangan_pertanian", "perumahan", "umkm_pasar", "lainnya",
]
CONVERSATION = [
    "greet", "thanks", "help", "status_query", "cancel", "affirm", "deny",
    "inform_location", "emergency", "out_of_scope",
]

SLOT_NAMES = yaml.safe_load((HERE / "slot_names.yml").read_text(encoding="utf-8"))
KOTA_FORMS: dict[str, list[str]] = SLOT_NAMES["kota_forms"]
TITLE_WORDS = set(SLOT_NAMES["title_words"])
SCHOOL_KINDS: list[str] = SLOT_NAMES["school_kinds"]
HAND_WRITTEN_POOLS = ("gang", "mall", "landmark", "mrt", "lrt", "kali", "taman", "desa", "dusun", "keca", "kab")

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
        "pasar": pasar, "pkm": pkm, "lurah": lurah, "camat": camat, "rs": rs,
        **{key: SLOT_NAMES[key] for key in HAND_WRITTEN_POOLS},
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


# --------------------------------------------------------------------------- sentences

def load_sentences(folder: Path, intents: list[str]) -> dict[str, dict[str, str]]:
    """The `train` and `heldout` blocks of every intent's sentence file, as {split: {intent: block}}."""
    unknown = sorted(p.stem for p in folder.glob("*.yml") if p.stem not in intents and p.name != DANGER_FILE)
    if unknown:
        raise SystemExit(f"sentence files for unknown intents: {', '.join(unknown)}")
    tables: dict[str, dict[str, str]] = {split: {} for split in SPLITS}
    for intent in intents:
        path = folder / f"{intent}.yml"
        if not path.exists():
            raise SystemExit(f"no sentence file for {intent}: {path}")
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if not isinstance(doc, dict) or set(doc) - set(SPLITS):
            raise SystemExit(f"{path}: only 'train' and 'heldout' blocks belong here")
        for split in SPLITS:
            if not isinstance(doc.get(split), str) or not templates(doc[split]):
                raise SystemExit(f"{path}: '{split}' must be a block of sentences ({split}: |)")
            tables[split][intent] = doc[split]
    return tables


def load_danger(path: Path, intents: list[str]) -> list[dict[str, str]]:
    """The groups of danger.yml: each a kind (or "none" for a near-miss), an intent and its two blocks."""
    doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    groups = doc.get("groups") if isinstance(doc, dict) else None
    if not isinstance(groups, list) or not groups:
        raise SystemExit(f"{path}: expected 'groups:', a list of kind/intent/train/heldout")
    for number, group in enumerate(groups, 1):
        where = f"{path}: group {number}"
        if not isinstance(group, dict) or set(group) != {"kind", "intent", *SPLITS}:
            raise SystemExit(f"{where}: needs exactly kind, intent, train and heldout")
        if group["kind"] not in DANGER_KINDS:
            raise SystemExit(f"{where}: kind must be one of {', '.join(DANGER_KINDS)}")
        if group["intent"] not in intents:
            raise SystemExit(f"{where}: unknown intent {group['intent']}")
        if group["intent"] == "emergency" and group["kind"] == "none":
            raise SystemExit(f"{where}: a near-miss (kind none) is not intent emergency")
        for split in SPLITS:
            if not isinstance(group[split], str) or not templates(group[split]):
                raise SystemExit(f"{where}: '{split}' must be a block of sentences ({split}: |)")
    return groups


def render_danger(groups: list[dict[str, str]], split: str, places: Places, seen: set[str],
                  out: dict[str, list[str]]) -> list[dict[str, str]]:
    """Appends each group's sentences of one split to its intent; returns (example, intent, kind) labels."""
    labels = []
    for group in groups:
        rendered = render({group["intent"]: group[split]}, places, seen, [group["intent"]])[group["intent"]]
        out[group["intent"]].extend(rendered)
        labels.extend({"example": e, "intent": group["intent"], "kind": group["kind"]} for e in rendered)
    return labels


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


GENERATED = "Generated by nlu/rasa/generate.py from nlu/rasa/sentences -- edit the sentences there, then re-run."


def write_labels(path: Path, labels: list[dict[str, str]]) -> None:
    """The held-out danger labels: which examples are emergencies (and of what kind) and which near-misses."""
    text = yaml.safe_dump(labels, allow_unicode=True, sort_keys=False, width=1000)
    header = f"# Held-out emergencies and near-misses (kind none) of sentences/{DANGER_FILE}.\n# {GENERATED}\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(header + text, encoding="utf-8")


def write_yaml(path: Path, sections: dict[str, list[str]], header: str) -> None:
    lines = [f"# {header}", f"# {GENERATED}",
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
    parser.add_argument("--sentences", type=Path, default=SENTENCES, help="the sentence files")
    parser.add_argument("--out", type=Path, default=HERE, help="the nlu/rasa folder")
    args = parser.parse_args(argv)

    intents = [f"lapor_{code}" for code in CATEGORIES] + CONVERSATION
    tables = load_sentences(args.sentences, intents)
    groups = load_danger(args.sentences / DANGER_FILE, intents)

    seen: set[str] = set()
    train_places = Places(load_pools(args.jakarta, heldout=False), random.Random(SEED))
    heldout_places = Places(load_pools(args.jakarta, heldout=True), random.Random(SEED + 1))
    train = render(tables["train"], train_places, seen, intents)
    heldout = render(tables["heldout"], heldout_places, seen, intents)
    # The danger groups come after every intent's own sentences, so adding one leaves the others' draws as they were.
    render_danger(groups, "train", train_places, seen, train)
    labels = render_danger(groups, "heldout", heldout_places, seen, heldout)

    for code in CATEGORIES:
        intent = f"lapor_{code}"
        write_yaml(args.out / "data" / "categories" / f"{code}.yml", {intent: train[intent]},
                   f"Training examples for the '{code}' category.")
    write_yaml(args.out / "data" / "conversation.yml", {i: train[i] for i in CONVERSATION},
               "Training examples for the conversational intents.")
    write_yaml(args.out / "heldout" / "nlu.yml", heldout,
               "Held-out examples: never train on this file.")
    write_labels(args.out / "heldout" / "danger.yml", labels)
    for intent in intents:
        print(f"{intent:32} train {len(train[intent]):4}  heldout {len(heldout[intent]):3}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
