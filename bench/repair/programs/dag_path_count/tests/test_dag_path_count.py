import pytest

from dag_path_count import count_paths, grid_edges, topological_order


def test_chain_has_one_path():
    assert count_paths([("a", "b"), ("b", "c"), ("c", "d")], "a", "d") == 1


def test_unreachable_target():
    assert count_paths([("a", "b"), ("c", "d")], "a", "d") == 0


def test_diamond():
    edges = [("s", "l"), ("s", "r"), ("l", "t"), ("r", "t")]
    assert count_paths(edges, "s", "t") == 2


def test_lattice_paths():
    assert count_paths(grid_edges(3, 3), "0,0", "2,2") == 6


def test_topological_order_respects_edges():
    edges = [("shirt", "tie"), ("tie", "jacket"), ("trousers", "shoes"), ("shirt", "belt")]
    order = list(topological_order(edges))
    for src, dst in edges:
        assert order.index(src) < order.index(dst)


def test_cycle_rejected():
    with pytest.raises(ValueError):
        count_paths([("a", "b"), ("b", "a")], "a", "b")
