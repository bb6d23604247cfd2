import pytest

from layered_settings_merge import LayeredSettings


def make():
    return LayeredSettings({"api": {"url": "http://localhost", "retries": 3}, "workers": 2})


def test_flag_set_after_every_read_is_seen():
    settings = make()
    previous = 2
    for workers in (4, 8, 16):
        assert settings.get("workers") == previous
        settings.set_flag("workers", workers)
        assert settings.get("workers") == workers
        previous = workers


def test_flag_creates_a_new_section_after_a_read():
    settings = make()
    assert settings.get("cache.ttl") is None
    settings.set_flag("cache.ttl", 60)
    assert settings.get("cache.ttl") == 60
    assert settings.resolved()["cache"] == {"ttl": 60}


def test_flag_beats_env_and_file_after_resolving():
    settings = make()
    settings.load_layer("file", {"api": {"retries": 5}})
    settings.load_layer("env", {"api": {"retries": 7}})
    assert settings.resolved()["api"] == {"url": "http://localhost", "retries": 7}
    settings.set_flag("api.retries", 9)
    assert settings.resolved()["api"] == {"url": "http://localhost", "retries": 9}
    assert settings.source_of("api.retries") == "flags"


def test_flag_replaces_scalar_with_section():
    settings = make()
    assert settings.get("workers") == 2
    settings.set_flag("workers.count", 3)
    assert settings.get("workers") == {"count": 3}


def test_reloading_a_layer_after_flags_keeps_flags_on_top():
    settings = make()
    settings.set_flag("api.url", "http://flag")
    assert settings.get("api.url") == "http://flag"
    settings.load_layer("env", {"api": {"url": "http://env", "retries": 1}})
    assert settings.get("api.url") == "http://flag"
    assert settings.get("api.retries") == 1


def test_unknown_layer_rejected():
    with pytest.raises(KeyError):
        make().load_layer("secrets", {})


def test_loaded_values_are_copied():
    settings = make()
    env = {"api": {"retries": 4}}
    settings.load_layer("env", env)
    env["api"]["retries"] = 99
    assert settings.get("api.retries") == 4
