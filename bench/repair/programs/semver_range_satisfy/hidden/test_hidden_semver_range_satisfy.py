import pytest

from semver_range_satisfy import max_satisfying, satisfies


@pytest.mark.parametrize("version, expected", [
    ("0.0.7", True), ("0.0.8", False), ("0.0.6", False), ("0.1.0", False), ("0.0.8-rc.1", False),
])
def test_caret_on_zero_zero_patch(version, expected):
    assert satisfies(version, "^0.0.7") is expected


def test_caret_zero_zero_zero():
    assert satisfies("0.0.0", "^0.0.0")
    assert not satisfies("0.0.1", "^0.0.0")


@pytest.mark.parametrize("version, rng, expected", [
    ("2.1.0-rc.2", ">=2.1.0-rc.1 <3.0.0", True),
    ("2.2.0-rc.2", ">=2.1.0-rc.1 <3.0.0", False),
    ("2.1.0-rc.2", "^2.1.0-rc.1", True),
    ("2.1.1-rc.1", "^2.1.0-rc.1", False),
    ("1.3.0-rc.1", "<1.3.0", False),
    ("1.3.0-rc.1", ">=1.2.0 <1.3.0", False),
    ("1.3.0-rc.1", "=1.3.0-rc.1", True),
    ("4.0.0-beta", "<4.0.0-alpha || >=4.0.0-beta", True),
    ("5.0.0-beta", "<4.0.0-alpha || >=4.0.0-beta", False),
])
def test_prerelease_rules(version, rng, expected):
    assert satisfies(version, rng) is expected


def test_max_satisfying_zero_major_ranges():
    versions = ["0.0.1", "0.0.2", "0.0.3", "0.1.0"]
    assert max_satisfying(versions, "^0.0.2") == "0.0.2"
    assert max_satisfying(versions, "~0.0.1") == "0.0.3"


def test_max_satisfying_prerelease_opt_in():
    versions = ["1.0.0-rc.1", "1.0.0-rc.2", "1.1.0-rc.1", "0.9.0"]
    assert max_satisfying(versions, ">=1.0.0-rc.1") == "1.0.0-rc.2"
    assert max_satisfying(versions, ">=0.1.0") == "0.9.0"
