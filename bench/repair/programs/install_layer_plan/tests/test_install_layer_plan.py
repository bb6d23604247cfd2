import pytest

from install_layer_plan import DependencyCycle, install_layers, install_order


def test_chain():
    assert install_layers({"app": ["web"], "web": ["http"]}) == [["http"], ["web"], ["app"]]


def test_diamond_layers_are_sorted():
    requires = {
        "app": ["requests", "click"],
        "requests": ["urllib3", "idna"],
        "click": [],
    }
    assert install_layers(requires) == [["click", "idna", "urllib3"], ["requests"], ["app"]]


def test_flat_order_respects_dependencies():
    order = install_order({"c": ["b"], "b": ["a"], "d": ["a", "c"]})
    assert order == ["a", "b", "c", "d"]


def test_cycle_is_reported():
    with pytest.raises(DependencyCycle) as info:
        install_layers({"x": ["y"], "y": ["x"], "z": []})
    assert info.value.blocked == ["x", "y"]


def test_already_installed_packages_are_skipped():
    requires = {"app": ["web", "db"], "web": ["http"], "db": []}
    assert install_layers(requires, installed={"http", "db"}) == [["web"], ["app"]]
