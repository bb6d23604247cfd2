import pytest

from plugin_enable_registry import PluginRegistry


def make_registry():
    reg = PluginRegistry()
    reg.register("core")
    reg.register("auth", requires=["core"])
    reg.register("billing", requires=["core", "auth"])
    reg.register("themes")
    return reg


def test_register_checks_names():
    reg = make_registry()
    with pytest.raises(ValueError):
        reg.register("core")
    with pytest.raises(LookupError):
        reg.register("reports", requires=["warehouse"])


def test_enable_turns_on_requirements_first():
    reg = make_registry()
    assert reg.enable("billing") == ["core", "auth", "billing"]
    assert reg.enable("auth") == []
    assert not reg.is_enabled("themes")


def test_disable_turns_off_dependents_too():
    reg = make_registry()
    reg.enable("billing")
    reg.enable("themes")
    assert reg.disable("auth") == ["billing", "auth"]
    assert reg.is_enabled("core")
    assert reg.is_enabled("themes")


def test_hooks_run_for_enabled_plugins():
    reg = PluginRegistry()
    reg.register("upper", hooks={"render": str.upper})
    reg.register("exclaim", hooks={"render": lambda s: s + "!"})
    reg.register("trim", hooks={"render": str.strip})
    reg.enable("upper")
    reg.enable("exclaim")
    assert reg.run_hook("render", " hi ") == " HI !"
