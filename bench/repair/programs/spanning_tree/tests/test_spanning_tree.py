import pytest
from spanning_tree import WeightedGraph


def square_with_diagonal():
    graph = WeightedGraph(4)
    graph.add_edge(0, 1, 1.0)
    graph.add_edge(1, 2, 2.0)
    graph.add_edge(2, 3, 1.0)
    graph.add_edge(3, 0, 4.0)
    graph.add_edge(0, 2, 3.0)
    return graph


def test_total_weight():
    assert square_with_diagonal().total_weight() == 4.0


def test_tree_edges():
    assert square_with_diagonal().spanning_tree() == [(0, 1, 1.0), (1, 2, 2.0), (2, 3, 1.0)]


def test_disconnected_graph_rejected():
    graph = WeightedGraph(3)
    graph.add_edge(0, 1, 1.0)
    with pytest.raises(ValueError):
        graph.spanning_tree()


def test_neighbours():
    graph = square_with_diagonal()
    assert sorted(graph.neighbours(3)) == [(0, 4.0), (2, 1.0)]
