import pytest

from named_topo_order import CycleError, build_order, parse_edges


def test_independent_steps_alphabetical():
    assert build_order(["lint", "docs", "build"], []) == ["build", "docs", "lint"]


def test_chain():
    edges = [("fetch", "compile"), ("compile", "link")]
    assert build_order([], edges) == ["fetch", "compile", "link"]


def test_ties_broken_by_name():
    edges = [("setup", "unit"), ("setup", "integration"), ("unit", "report"),
             ("integration", "report")]
    assert build_order(["setup"], edges) == ["setup", "integration", "unit", "report"]


def test_cycle_detected():
    with pytest.raises(CycleError):
        build_order(["a", "b"], [("a", "b"), ("b", "a")])


def test_parse_edges():
    text = ["# pipeline", "build -> test", "", "test -> deploy  # only on main"]
    assert parse_edges(text) == [("build", "test"), ("test", "deploy")]
