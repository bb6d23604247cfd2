import pytest

from tool_dep_resolver import DependencyError, ToolRegistry


def test_reregistered_tool_uses_new_requirements():
    reg = ToolRegistry()
    reg.register("vault")
    reg.register("env")
    reg.register("deploy", requires=["vault"])
    assert reg.load_order("deploy") == ["vault", "deploy"]
    reg.unregister("deploy")
    reg.register("deploy", requires=["env", "vault"])
    assert reg.load_order("deploy") == ["env", "vault", "deploy"]


def test_unregistered_requirement_disappears_from_orders():
    reg = ToolRegistry()
    reg.register("a")
    reg.register("b", requires=["a"])
    assert reg.load_order("a", "b") == ["a", "b"]
    reg.unregister("b")
    with pytest.raises(KeyError):
        reg.load_order("a", "b")
    assert reg.load_order("a") == ["a"]
    reg.unregister("a")
    assert reg.tools() == []
    with pytest.raises(KeyError):
        reg.load_order("a")


def test_dependency_freed_after_dependent_removed():
    reg = ToolRegistry()
    reg.register("fs")
    reg.register("grep", requires=["fs"])
    reg.register("edit", requires=["fs"])
    reg.unregister("grep")
    with pytest.raises(DependencyError, match="edit"):
        reg.unregister("fs")
    reg.unregister("edit")
    reg.unregister("fs")
    assert reg.tools() == []


def test_returned_order_is_a_copy():
    reg = ToolRegistry()
    reg.register("x")
    reg.register("y", requires=["x"])
    first = reg.load_order("y")
    first.append("junk")
    assert reg.load_order("y") == ["x", "y"]


def test_double_registration_and_unknown_unregister():
    reg = ToolRegistry()
    reg.register("x")
    with pytest.raises(DependencyError):
        reg.register("x")
    with pytest.raises(KeyError):
        reg.unregister("nope")
