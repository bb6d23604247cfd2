from tenant_percent_overrides import TenantOverrides


def make():
    return TenantOverrides({"new-editor": 10, "ai-summaries": 0})


def test_defaults_apply_without_overrides():
    overrides = make()
    assert overrides.percent("acme", "new-editor") == 10.0
    assert overrides.percent("acme", "unknown-flag") == 0.0


def test_tenant_override_wins():
    overrides = make()
    overrides.load("acme", {"ai-summaries": 100, "new-editor": "25"})
    assert overrides.percent("acme", "ai-summaries") == 100.0
    assert overrides.percent("acme", "new-editor") == 25.0
    assert overrides.percent("globex", "new-editor") == 10.0


def test_enabled_compares_bucket_with_percent():
    overrides = make()
    overrides.load("acme", {"new-editor": 30})
    assert overrides.enabled("acme", "new-editor", 29)
    assert not overrides.enabled("acme", "new-editor", 30)


def test_out_of_range_is_rejected():
    overrides = make()
    overrides.load("acme", {"new-editor": 150})
    assert overrides.percent("acme", "new-editor") == 10.0
    assert overrides.rejected == [("acme", "new-editor", 150)]


def test_junk_values_are_rejected():
    overrides = make()
    accepted = overrides.load("acme", {"new-editor": "lots", "ai-summaries": None})
    assert accepted == {}
    assert overrides.rejected == [("acme", "new-editor", "lots"), ("acme", "ai-summaries", None)]
