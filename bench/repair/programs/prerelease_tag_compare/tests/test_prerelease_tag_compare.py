import pytest

from prerelease_tag_compare import compare, latest, parse, sort_versions


def test_parse_core_and_prerelease():
    assert parse("1.2.3") == (1, 2, 3, ())
    assert parse("v2.0.0-rc.1+build.5") == (2, 0, 0, ("rc", "1"))


def test_invalid_versions_rejected():
    for bad in ("1.2", "01.2.3", "1.2.3-", "1.2.3.4", "latest"):
        with pytest.raises(ValueError):
            parse(bad)


def test_prerelease_ranks_below_release():
    assert compare("1.0.0-alpha", "1.0.0") == -1
    assert compare("1.0.0", "1.0.0-alpha") == 1
    assert compare("2.0.0-rc.1", "1.9.9") == 1


def test_spec_example_order():
    ordered = [
        "1.0.0-alpha",
        "1.0.0-alpha.1",
        "1.0.0-alpha.beta",
        "1.0.0-beta",
        "1.0.0-beta.2",
        "1.0.0-beta.11",
        "1.0.0-rc.1",
        "1.0.0",
    ]
    shuffled = [ordered[i] for i in (7, 3, 0, 5, 1, 6, 4, 2)]
    assert sort_versions(shuffled) == ordered


def test_build_metadata_ignored():
    assert compare("1.0.0+001", "1.0.0+exp.sha.5114f85") == 0


def test_latest_skips_prereleases_by_default():
    versions = ["1.4.0", "1.5.0-beta.1", "1.4.2", "0.9.0"]
    assert latest(versions) == "1.4.2"
    assert latest(versions, include_prerelease=True) == "1.5.0-beta.1"
    assert latest(["2.0.0-rc.1"]) is None
