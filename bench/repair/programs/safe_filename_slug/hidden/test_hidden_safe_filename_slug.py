import pytest

from safe_filename_slug import safe_filename, unique_filename

NAMES = [
    "x" * 300 + ".tar",
    "Quarterly Report " * 10 + ".docx",
    "photo.jpeg",
    "no extension at all " * 8,
    "a" * 40 + ".md",
    "notes (draft).markdown",
]


@pytest.mark.parametrize("max_length", [12, 20, 33, 64])
@pytest.mark.parametrize("name", NAMES)
def test_never_longer_than_limit(name, max_length):
    assert len(safe_filename(name, max_length=max_length)) <= max_length


def test_truncation_keeps_extension_exactly():
    assert safe_filename("b" * 50 + ".jpeg", max_length=10) == "bbbbb.jpeg"
    assert safe_filename("summary of meeting.txt", max_length=14) == "summary of.txt"


def test_truncation_trims_trailing_space_before_extension():
    assert safe_filename("ab cd ef.txt", max_length=10) == "ab cd.txt"


def test_overlong_extension_is_part_of_stem():
    assert safe_filename("v1." + "z" * 30, max_length=16) == "v1." + "z" * 13


def test_short_names_untouched():
    assert safe_filename("a" * 40 + ".md") == "a" * 40 + ".md"


def test_unique_after_sanitising():
    assert unique_filename("a/b.txt", {"a_b.txt"}) == "a_b (2).txt"
    assert unique_filename("CON", {"CON_"}) == "CON_ (2)"
