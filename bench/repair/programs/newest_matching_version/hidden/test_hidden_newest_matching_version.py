from newest_matching_version import newest, parse_constraints, version_key

import operator


def test_parse_constraints_operators():
    parsed = parse_constraints(">=1.2, <=2.0.1, >0.5, <3, ==1.4.0, !=1.4.1, 1.3")
    assert [test for test, _ in parsed] == [
        operator.ge, operator.le, operator.gt, operator.lt, operator.eq, operator.ne, operator.eq,
    ]
    assert parsed[0][1] == version_key("1.2.0")


def test_inclusive_and_exclusive_bounds():
    versions = ["0.9.0", "1.0.0", "1.5.0", "2.0.0", "2.0.1"]
    assert newest(versions, ">=1.0.0, <=2.0.0") == "2.0.0"
    assert newest(versions, ">=2.0.1") == "2.0.1"
    assert newest(versions, "<=1.0") == "1.0.0"
    assert newest(versions, ">2.0.0") == "2.0.1"
    assert newest(versions, ">2.0.1") is None
    assert newest(["0.9.0", "1.0.0"], ">= 1.0") == "1.0.0"


def test_exact_pins():
    versions = ["1.2.0", "1.3.0", "1.4.0"]
    assert newest(versions, "==1.3.0") == "1.3.0"
    assert newest(versions, "1.2") == "1.2.0"


def test_prerelease_default_and_opt_in():
    versions = ["2.0.0-rc.1", "1.9.3", "2.0.0-beta.4", "1.9.4-rc.1"]
    assert newest(versions) == "1.9.3"
    assert newest(versions, allow_prerelease=True) == "2.0.0-rc.1"
    assert newest(versions, ">=2.0.0-beta.4", allow_prerelease=True) == "2.0.0-rc.1"
    assert newest(versions, "<1.9.5", allow_prerelease=True) == "1.9.4-rc.1"
    assert newest(["2.0.0-rc.2"]) is None


def test_final_release_beats_its_prereleases():
    assert newest(["3.0.0-rc.2", "3.0.0", "3.0.0-rc.9"], allow_prerelease=True) == "3.0.0"
    assert newest(["3.0.0-rc.2", "3.0.0"], ">=3.0.0") == "3.0.0"
