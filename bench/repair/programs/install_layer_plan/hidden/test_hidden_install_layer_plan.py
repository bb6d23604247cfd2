import pytest

from install_layer_plan import DependencyCycle, install_layers, install_order


def test_installed_leaf_unlocks_dependents_immediately():
    requires = {"cli": ["core"], "gui": ["core", "toolkit"], "toolkit": []}
    assert install_layers(requires, installed=["core"]) == [["cli", "toolkit"], ["gui"]]


def test_everything_installed_plans_nothing():
    assert install_layers({"a": ["b"], "b": []}, installed={"a", "b"}) == []
    assert install_order({"a": ["b"]}, installed=("a", "b")) == []


def test_installed_names_outside_graph_are_ignored():
    assert install_layers({"a": ["b"]}, installed={"zzz"}) == [["b"], ["a"]]


def test_installed_middle_of_chain():
    requires = {"app": ["lib"], "lib": ["base"], "tool": ["base"]}
    assert install_layers(requires, installed={"lib"}) == [["app", "base"], ["tool"]]


def test_cycle_with_installed_packages_elsewhere():
    requires = {"a": ["b", "log"], "b": ["a"], "web": ["log"], "log": []}
    with pytest.raises(DependencyCycle) as info:
        install_layers(requires, installed={"log"})
    assert info.value.blocked == ["a", "b"]


def test_installed_dependency_breaks_what_would_be_a_cycle():
    # "a" is already present, so "b" can be installed and "a" is not planned again
    assert install_layers({"a": ["b"], "b": ["a"]}, installed={"a"}) == [["b"]]


def test_self_dependency_and_blocked_dependents():
    with pytest.raises(DependencyCycle) as info:
        install_layers({"a": ["a"], "app": ["a"], "ok": []})
    assert info.value.blocked == ["a", "app"]
