import pytest

from semver_precedence_sort import compare, latest, parse, sort_versions


def test_parse_full_version():
    assert parse("1.2.3") == (1, 2, 3, (), "")
    assert parse("v2.0.0-rc.1+build.5") == (2, 0, 0, ("rc", "1"), "build.5")


def test_parse_hyphens_inside_prerelease():
    assert parse("1.0.0-x-y-z.7") == (1, 0, 0, ("x-y-z", "7"), "")


def test_parse_rejects_bad_versions():
    for bad in ("1.2", "1.2.3.4", "01.2.3", "1.2.3-", "1.2.3-rc..1", "1.2.3-01"):
        with pytest.raises(ValueError):
            parse(bad)


def test_spec_precedence_example():
    ordered = [
        "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
        "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0",
    ]
    assert sort_versions(list(reversed(ordered))) == ordered


def test_build_metadata_ignored():
    assert compare("1.0.0+a", "1.0.0+b") == 0
    assert compare("1.10.0", "1.9.9") == 1


def test_latest_skips_prereleases_by_default():
    versions = ["1.4.2", "2.0.0-beta.1", "1.10.0"]
    assert latest(versions) == "1.10.0"
    assert latest(versions, include_prerelease=True) == "2.0.0-beta.1"
    assert latest([]) is None
