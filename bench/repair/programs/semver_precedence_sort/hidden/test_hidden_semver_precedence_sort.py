import pytest

from semver_precedence_sort import compare, latest, parse, sort_versions


@pytest.mark.parametrize("text, expected", [
    ("1.0.0-alpha-1", (1, 0, 0, ("alpha-1",), "")),
    ("0.3.0-pre-release.2-b+exp-sha.5", (0, 3, 0, ("pre-release", "2-b"), "exp-sha.5")),
    ("3.1.4--", (3, 1, 4, ("-",), "")),
    ("10.20.30+meta-data", (10, 20, 30, (), "meta-data")),
    ("V1.0.0-0", (1, 0, 0, ("0",), "")),
])
def test_parse_hyphenated(text, expected):
    assert parse(text) == expected


def test_trailing_hyphen_is_a_legal_identifier_character():
    assert parse("1.0.0-rc-") == (1, 0, 0, ("rc-",), "")
    assert parse("1.0.0-rc.1-") == (1, 0, 0, ("rc", "1-"), "")


@pytest.mark.parametrize("bad", ["1.0.0-a-b.", "1.0-0.0", "1-0.0.0", "1.0.0-a-01.02", "1.0.0-x-y.01"])
def test_still_rejects(bad):
    with pytest.raises(ValueError):
        parse(bad)


def test_hyphenated_prerelease_ordering():
    versions = ["1.0.0", "1.0.0-rc-2", "1.0.0-rc-10", "1.0.0-rc", "1.0.0-beta-x.3", "0.9.9"]
    assert sort_versions(versions) == [
        "0.9.9", "1.0.0-beta-x.3", "1.0.0-rc", "1.0.0-rc-10", "1.0.0-rc-2", "1.0.0",
    ]


def test_compare_numeric_and_alnum_identifiers():
    assert compare("1.0.0-2", "1.0.0-10") == -1
    assert compare("1.0.0-10", "1.0.0-a") == -1
    assert compare("1.0.0-a.b", "1.0.0-a") == 1


def test_latest_with_hyphenated_prereleases():
    versions = ["2.1.0-pre-1", "2.0.5", "2.1.0-pre-2"]
    assert latest(versions) == "2.0.5"
    assert latest(versions, include_prerelease=True) == "2.1.0-pre-2"
