"""Masking of citizens' personal data in anything exported for training.

Phone numbers, NIK (the 16-digit national ID), e-mail addresses, vehicle plates and the citizen's own display
name become placeholder words. The exported data always carries a few sentences with each placeholder
(:data:`PLACEHOLDER_SENTENCES`), so the model learns them as ordinary words of a report, not as a category.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

PHONE = "NOMOR_TELEPON"
NIK = "NOMOR_NIK"
EMAIL = "ALAMAT_EMAIL"
PLATE = "NOMOR_PLAT"
NAME = "NAMA_WARGA"
PLACEHOLDERS = (PHONE, NIK, EMAIL, PLATE, NAME)

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_NIK = re.compile(r"(?<!\d)\d{16}(?!\d)")
# Indonesian numbers: +62 / 62 / 0, then 8-13 more digits, maybe split by spaces, dots or dashes.
_PHONE = re.compile(
    r"(?<![\w+(])(?:\(0\d{2,3}\)[\s.-]?\d{3,8}|(?:\+62|62|0)[\s.-]?\d{2,4}(?:[\s.-]?\d{2,5}){2,4})(?!\d)"
)
# Plates: a region code (B, AB, DK...), 1-4 digits, 1-3 letters: "B 1234 XYZ", "b1234xyz". Only real region
# codes count, so "RT 05 RW" stays as it is.
_REGIONS = (
    "AA AB AD AE AG BA BB BD BE BG BH BK BL BM BN BP DA DB DC DD DE DG DH DK DL DM DN DR DT EA EB ED KB KH KT"
)
_REGIONS += " KU PA PB A B D E F G H K L M N P R S T W Z"
_PLATE = re.compile(rf"\b(?:{'|'.join(_REGIONS.split())})\s?\d{{1,4}}\s?[A-Z]{{1,3}}\b", re.IGNORECASE)

PLACEHOLDER_SENTENCES: tuple[tuple[str, str], ...] = (
    ("lapor_parkir_liar", f"mobil {PLATE} parkir di depan gerbang rumah saya tiap malam"),
    ("lapor_parkir_liar", f"motor plat {PLATE} ditinggal berhari-hari di trotoar"),
    ("lapor_kependudukan", f"KTP saya dengan NIK {NIK} belum jadi sudah tiga bulan"),
    ("lapor_kependudukan", f"data NIK {NIK} atas nama {NAME} tidak terdaftar di KK"),
    ("lapor_sampah", f"sampah menumpuk di ujung gang, hubungi saya di {PHONE}"),
    ("lapor_jalan", f"jalan berlubang besar dekat sekolah. saya {NAME}, wa {PHONE}"),
    ("lapor_air_bersih", f"air PAM mati dua hari, kabari ke {EMAIL} kalau sudah ada jadwal"),
    ("lapor_pelayanan_publik", f"petugas kelurahan minta uang, saya {NAME} bisa dihubungi di {EMAIL}"),
    ("lapor_listrik", f"lampu jalan mati sudah seminggu, nomor saya {PHONE}"),
    ("lapor_banjir", f"rumah kebanjiran selutut, tolong hubungi {NAME} di {PHONE}"),
)
"""(intent, sentence) pairs written for the placeholders: exported with every set of labels."""


def mask(text: str, names: Iterable[str] = ()) -> str:
    """The text with personal data replaced by placeholder words.

    Args:
        text: a citizen's message.
        names: the citizen's display names; each whole name, and each of its words of 3 letters or more,
            is masked wherever it stands as a word (case-insensitive).

    Returns:
        The masked text.
    """
    text = _EMAIL.sub(EMAIL, text)
    text = _NIK.sub(NIK, text)
    text = _PHONE.sub(PHONE, text)
    text = _PLATE.sub(PLATE, text)
    for name in sorted(_name_forms(names), key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", NAME, text, flags=re.IGNORECASE)
    return text


def _name_forms(names: Iterable[str]) -> set[str]:
    forms = set()
    for name in names:
        name = " ".join(name.split())
        if len(name) >= 3:
            forms.add(name)
            forms.update(word for word in name.split() if len(word) >= 3 and word.isalpha())
    return forms
