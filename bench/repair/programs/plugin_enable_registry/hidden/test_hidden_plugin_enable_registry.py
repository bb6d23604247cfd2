import pytest

from plugin_enable_registry import PluginRegistry


def test_disable_cascades_transitively_dependents_first():
    reg = PluginRegistry()
    reg.register("base")
    reg.register("mid", requires=["base"])
    reg.register("top", requires=["mid"])
    reg.register("side", requires=["base"])
    reg.enable("top")
    reg.enable("side")
    assert reg.disable("base") == ["top", "mid", "side", "base"]
    assert not any(reg.is_enabled(n) for n in ("base", "mid", "top", "side"))


def test_disable_leaf_keeps_requirements():
    reg = PluginRegistry()
    reg.register("store")
    reg.register("cache", requires=["store"])
    reg.enable("cache")
    assert reg.disable("cache") == ["cache"]
    assert reg.is_enabled("store")
    assert reg.disable("cache") == []


def test_disabled_plugin_hook_stops_running():
    reg = PluginRegistry()
    reg.register("double", hooks={"score": lambda x: x * 2})
    reg.register("inc", requires=["double"], hooks={"score": lambda x: x + 1})
    reg.enable("inc")
    assert reg.run_hook("score", 5) == 11
    reg.disable("double")
    assert reg.run_hook("score", 5) == 5
    reg.enable("double")
    assert reg.run_hook("score", 5) == 10


def test_never_enabled_hooks_ignored_and_missing_hook_passthrough():
    reg = PluginRegistry()
    reg.register("a", hooks={"x": lambda v: v + ["a"]})
    reg.register("b", hooks={"y": lambda v: v + ["b"]})
    assert reg.run_hook("x", []) == []
    reg.enable("b")
    assert reg.run_hook("x", []) == []
    assert reg.run_hook("y", []) == ["b"]


def test_enable_unknown_raises():
    reg = PluginRegistry()
    with pytest.raises(KeyError):
        reg.enable("ghost")
    assert reg.disable("ghost") == []


def test_disable_unrelated_plugin_leaves_others():
    reg = PluginRegistry()
    reg.register("log")
    reg.register("metrics", requires=["log"])
    reg.register("ui")
    reg.enable("metrics")
    reg.enable("ui")
    assert reg.disable("ui") == ["ui"]
    assert reg.is_enabled("metrics") and reg.is_enabled("log")
