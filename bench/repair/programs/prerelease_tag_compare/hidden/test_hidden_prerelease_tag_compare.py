import random

from prerelease_tag_compare import compare, latest, precedence_key, sort_versions


def test_numeric_identifiers_compare_numerically():
    assert compare("1.0.0-rc.9", "1.0.0-rc.10") == -1
    assert compare("1.0.0-alpha.100", "1.0.0-alpha.99") == 1
    assert compare("3.1.0-2", "3.1.0-10") == -1
    assert compare("1.0.0-beta.07x", "1.0.0-beta.10x") == -1


def test_numeric_below_alphanumeric():
    assert compare("1.0.0-1", "1.0.0-a") == -1
    assert compare("1.0.0-rc.1.x", "1.0.0-rc.1.2") == 1


def test_longer_prerelease_wins_on_equal_prefix():
    assert compare("1.0.0-alpha.1", "1.0.0-alpha") == 1
    assert compare("1.0.0-alpha.1.0", "1.0.0-alpha.1") == 1


def test_equal_versions():
    assert compare("4.2.0-rc.12", "4.2.0-rc.12+ci.3") == 0
    assert precedence_key("4.2.0-rc.12") == precedence_key("v4.2.0-rc.12")


def test_sort_shuffled_mixed_list():
    ordered = [
        "0.9.12",
        "1.0.0-0.3.7",
        "1.0.0-2",
        "1.0.0-11",
        "1.0.0-alpha.2",
        "1.0.0-alpha.12",
        "1.0.0-x.7.z.92",
        "1.0.0",
        "1.2.0",
        "1.10.0-rc.3",
        "1.10.0-rc.20",
        "1.10.0",
    ]
    shuffled = ordered[:]
    random.Random(7).shuffle(shuffled)
    assert sort_versions(shuffled) == ordered


def test_latest_prerelease_numbering():
    versions = ["3.0.0-rc.3", "3.0.0-rc.12", "2.9.1", "3.0.0-rc.9"]
    assert latest(versions, include_prerelease=True) == "3.0.0-rc.12"
    assert latest(versions) == "2.9.1"
    assert latest([]) is None
