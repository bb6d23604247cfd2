from semver_range_satisfy import max_satisfying, satisfies


def test_plain_comparators():
    assert satisfies("1.2.3", "1.2.3")
    assert satisfies("1.2.3", ">=1.0.0 <2.0.0")
    assert not satisfies("2.0.0", ">=1.0.0 <2.0.0")
    assert satisfies("0.9.0", "<1.0.0 || >=3.0.0")


def test_caret_ranges():
    assert satisfies("1.9.9", "^1.2.3")
    assert not satisfies("2.0.0", "^1.2.3")
    assert satisfies("0.2.9", "^0.2.3")
    assert not satisfies("0.3.0", "^0.2.3")
    assert satisfies("0.0.3", "^0.0.3")
    assert not satisfies("0.0.4", "^0.0.3")


def test_tilde_ranges():
    assert satisfies("1.2.9", "~1.2.3")
    assert not satisfies("1.3.0", "~1.2.3")


def test_prereleases_need_an_opt_in():
    assert not satisfies("1.2.4-beta.1", ">=1.2.3 <2.0.0")
    assert satisfies("1.2.3-alpha.7", ">1.2.3-alpha.3")
    assert not satisfies("3.4.5-alpha.9", ">1.2.3-alpha.3")


def test_max_satisfying():
    versions = ["1.2.3", "1.4.0", "2.0.0", "1.4.1-rc.1"]
    assert max_satisfying(versions, "^1.2.0") == "1.4.0"
    assert max_satisfying(versions, "^3.0.0") is None
