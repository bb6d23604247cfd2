from newest_matching_version import newest

RELEASES = ["1.4.0", "2.0.0", "1.10.2", "2.1.0", "3.0.0", "2.1.1"]


def test_no_constraint_picks_highest():
    assert newest(RELEASES) == "3.0.0"


def test_range():
    assert newest(RELEASES, ">=2.0.0, <3.0.0") == "2.1.1"
    assert newest(RELEASES, ">=1.0, <2") == "1.10.2"


def test_lower_bound_is_inclusive():
    assert newest(["1.9.0", "2.0.0"], ">=2.0.0") == "2.0.0"


def test_exclusion():
    assert newest(RELEASES, "<3, !=2.1.1") == "2.1.0"


def test_prereleases_skipped_by_default():
    assert newest(["1.0.0", "1.1.0-rc.1"]) == "1.0.0"


def test_prereleases_on_request():
    assert newest(["1.0.0", "1.1.0-rc.1"], allow_prerelease=True) == "1.1.0-rc.1"


def test_yanked_and_nothing_matching():
    assert newest(RELEASES, "<3", yanked={"2.1.1"}) == "2.1.0"
    assert newest(RELEASES, ">4") is None
