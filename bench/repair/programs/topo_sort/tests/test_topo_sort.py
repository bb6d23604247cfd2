import pytest

from topo_sort import topo_order


def test_independent_steps_keep_input_order():
    assert topo_order(["lint", "test", "docs"], []) == ["lint", "test", "docs"]


def test_cycle_is_reported():
    with pytest.raises(ValueError):
        topo_order(["a", "b"], [("a", "b"), ("b", "a")])


def test_build_pipeline():
    steps = ["package", "compile", "fetch", "test"]
    deps = [("fetch", "compile"), ("compile", "test"), ("test", "package")]
    assert topo_order(steps, deps) == ["fetch", "compile", "test", "package"]
