"""Masking of personal data in exported training data (nlu/privacy.py)."""

from __future__ import annotations

from nlu.privacy import EMAIL, NAME, NIK, PHONE, PLATE, mask


def test_phone_numbers_in_every_common_form_are_masked() -> None:
    for number in ("081234567890", "+62 812-3456-7890", "62812 3456 789", "0812.3456.7890", "(021) 5550123"):
        assert mask(f"hubungi {number} ya") == f"hubungi {PHONE} ya", number


def test_nik_email_and_plates_are_masked() -> None:
    text = "NIK 3174012301990001, email budi.s+aduan@mail.co.id, mobil B 1234 XYZ dan motor b1234xy"
    assert mask(text) == f"NIK {NIK}, email {EMAIL}, mobil {PLATE} dan motor {PLATE}"


def test_address_numbers_and_ordinary_words_stay() -> None:
    text = "sampah di RT 05 RW 03 jl. kemang raya no 12, sudah 3 hari"
    assert mask(text) == text


def test_the_display_name_and_its_words_are_masked_as_whole_words() -> None:
    text = "saya Budi Santoso, pak budi bilang santosa beda orang; budiman juga"
    assert mask(text, ["Budi Santoso"]) == f"saya {NAME}, pak {NAME} bilang santosa beda orang; budiman juga"


def test_short_names_are_not_masked_inside_words() -> None:
    assert mask("ada air mati", ["Ad"]) == "ada air mati"
