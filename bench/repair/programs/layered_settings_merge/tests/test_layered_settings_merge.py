from layered_settings_merge import LayeredSettings, deep_merge

DEFAULTS = {
    "debug": False,
    "db": {"host": "localhost", "port": 5432, "pool": {"size": 5, "timeout": 30}},
    "log": {"level": "info"},
}


def test_defaults_are_returned():
    settings = LayeredSettings(DEFAULTS)
    assert settings.get("debug") is False
    assert settings.get("db.pool.size") == 5


def test_later_layers_win():
    settings = LayeredSettings(DEFAULTS)
    settings.load_layer("env", {"log": {"level": "warning"}})
    settings.load_layer("file", {"log": {"level": "debug"}, "debug": True})
    assert settings.get("log.level") == "warning"
    assert settings.get("debug") is True


def test_nested_sections_merge_key_by_key():
    merged = deep_merge(DEFAULTS, {"db": {"pool": {"size": 20}}})
    assert merged["db"] == {"host": "localhost", "port": 5432, "pool": {"size": 20, "timeout": 30}}
    assert DEFAULTS["db"]["pool"]["size"] == 5


def test_flags_override_everything():
    settings = LayeredSettings(DEFAULTS)
    settings.load_layer("env", {"db": {"port": 6000}})
    assert settings.get("db.port") == 6000
    settings.set_flag("db.port", 7000)
    assert settings.get("db.port") == 7000
    assert settings.get("db.host") == "localhost"


def test_source_of():
    settings = LayeredSettings(DEFAULTS)
    settings.load_layer("file", {"db": {"host": "db.internal"}})
    assert settings.source_of("db.host") == "file"
    assert settings.source_of("db.port") == "defaults"
    assert settings.source_of("db.user") is None


def test_missing_key_returns_default():
    settings = LayeredSettings(DEFAULTS)
    assert settings.get("cache.ttl") is None
    assert settings.get("db.port.number", 0) == 0
