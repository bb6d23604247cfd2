import math

import pytest

from snippet_leader_clusters import Snippet, cluster_snippets, cosine, dedupe_for_prompt


def snip(id, score, vector, text=None):
    return Snippet(id=id, text=text or id, score=score, vector=vector)


def test_cosine():
    assert cosine([1.0, 0.0], [2.0, 0.0]) == pytest.approx(1.0)
    assert cosine([1.0, 0.0], [0.0, 3.0]) == pytest.approx(0.0)
    assert cosine([0.0, 0.0], [1.0, 1.0]) == 0.0


def test_identical_snippets_form_one_cluster():
    snippets = [snip("a", 0.5, [1.0, 1.0]), snip("b", 0.9, [2.0, 2.0])]
    clusters = cluster_snippets(snippets)
    assert len(clusters) == 1
    assert [s.id for s in clusters[0].members] == ["b", "a"]


def test_unrelated_snippets_stay_apart():
    snippets = [snip("x", 0.7, [1.0, 0.0]), snip("y", 0.6, [0.0, 1.0])]
    assert len(cluster_snippets(snippets)) == 2


def test_centroid_is_mean_of_members():
    snippets = [snip("p", 0.9, [1.0, 0.0]), snip("q", 0.8, [0.8, 0.6])]
    clusters = cluster_snippets(snippets, threshold=0.75)
    assert len(clusters) == 1
    assert clusters[0].centroid == pytest.approx([0.9, 0.3])


def test_dedupe_keeps_best_of_each_cluster():
    snippets = [
        snip("d1", 0.4, [0.0, 1.0]),
        snip("c1", 0.8, [1.0, 0.05]),
        snip("c2", 0.95, [1.0, 0.0]),
        snip("d2", 0.6, [0.02, 1.0]),
    ]
    assert [s.id for s in dedupe_for_prompt(snippets)] == ["c2", "d2"]
