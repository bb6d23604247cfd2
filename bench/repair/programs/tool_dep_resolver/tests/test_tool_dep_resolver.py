import pytest

from tool_dep_resolver import DependencyError, ToolRegistry


def make_registry():
    reg = ToolRegistry()
    reg.register("fs")
    reg.register("shell", requires=["fs"])
    reg.register("http")
    reg.register("browser", requires=["http", "fs"])
    return reg


def test_load_order_puts_requirements_first():
    reg = make_registry()
    assert reg.load_order("browser") == ["http", "fs", "browser"]
    assert reg.load_order("shell", "browser") == ["fs", "shell", "http", "browser"]


def test_register_needs_known_requirements():
    reg = ToolRegistry()
    with pytest.raises(DependencyError):
        reg.register("git", requires=["shell"])
    assert reg.tools() == []


def test_cannot_unregister_a_needed_tool():
    reg = make_registry()
    with pytest.raises(DependencyError, match="shell"):
        reg.unregister("fs")
    assert "fs" in reg.tools()


def test_unregister_removes_tool():
    reg = make_registry()
    assert reg.load_order("shell") == ["fs", "shell"]
    reg.unregister("shell")
    assert reg.tools() == ["browser", "fs", "http"]
    with pytest.raises(KeyError):
        reg.load_order("shell")
