from tenant_percent_overrides import TenantOverrides


def test_bad_entries_do_not_drop_good_ones():
    overrides = TenantOverrides({"a": 5, "b": 5, "c": 5})
    accepted = overrides.load("initech", {"a": [50], "b": "40", "c": {"pct": 1}})
    assert accepted == {"b": 40.0}
    assert overrides.percent("initech", "a") == 5.0
    assert overrides.percent("initech", "b") == 40.0
    assert overrides.percent("initech", "c") == 5.0
    assert overrides.rejected == [("initech", "a", [50]), ("initech", "c", {"pct": 1})]


def test_null_falls_back_to_default():
    overrides = TenantOverrides({"beta": 20})
    overrides.load("umbrella", {"beta": None})
    assert overrides.enabled("umbrella", "beta", 19)
    assert not overrides.enabled("umbrella", "beta", 20)


def test_reload_replaces_previous_overrides():
    overrides = TenantOverrides({"beta": 20})
    overrides.load("umbrella", {"beta": 90})
    overrides.load("umbrella", {"beta": None})
    assert overrides.percent("umbrella", "beta") == 20.0


def test_edges_of_the_range():
    overrides = TenantOverrides({})
    accepted = overrides.load("t", {"zero": "0", "full": 100.0, "neg": -1, "nan_text": "abc"})
    assert accepted == {"zero": 0.0, "full": 100.0}
    assert [entry[1] for entry in overrides.rejected] == ["neg", "nan_text"]
