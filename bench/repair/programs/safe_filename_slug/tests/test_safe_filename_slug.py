from safe_filename_slug import safe_filename, unique_filename


def test_forbidden_characters_replaced():
    assert safe_filename('Q1/Q2 report: "final"?.pdf') == "Q1_Q2 report_ _final__.pdf"


def test_whitespace_and_dots_trimmed():
    assert safe_filename("  ..my   notes.. ") == "my notes"
    assert safe_filename(" ... ") == "untitled"


def test_windows_device_names():
    assert safe_filename("CON.txt") == "CON_.txt"
    assert safe_filename("nul") == "nul_"


def test_long_names_keep_extension():
    name = safe_filename("a" * 100 + ".txt", max_length=20)
    assert name == "a" * 16 + ".txt"


def test_unique_filename():
    taken = {"plan.md", "plan (2).md"}
    assert unique_filename("plan.md", taken) == "plan (3).md"
    assert unique_filename("other.md", taken) == "other.md"
