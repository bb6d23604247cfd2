import math

import pytest

from snippet_leader_clusters import Snippet, cluster_snippets, dedupe_for_prompt


def at(deg, scale=1.0):
    r = math.radians(deg)
    return [scale * math.cos(r), scale * math.sin(r)]


def snip(id, score, vector):
    return Snippet(id=id, text=id, score=score, vector=vector)


def test_cluster_follows_members_as_they_join():
    snippets = [snip("a", 0.9, at(0)), snip("b", 0.8, at(36.87)), snip("c", 0.7, at(50))]
    clusters = cluster_snippets(snippets, threshold=0.75)
    assert [[s.id for s in c.members] for c in clusters] == [["a", "b", "c"]]


def test_total_is_sum_of_member_vectors():
    snippets = [snip("a", 3, [1.0, 2.0, 0.0]), snip("b", 2, [1.0, 2.0, 0.1]), snip("c", 1, [2.0, 4.0, 0.0])]
    (cluster,) = cluster_snippets(snippets, threshold=0.9)
    assert cluster.total == pytest.approx([4.0, 8.0, 0.1])
    assert cluster.centroid == pytest.approx([4 / 3, 8 / 3, 0.1 / 3])


def test_centroid_of_three_with_scaled_vectors():
    snippets = [snip("u", 1.0, [2.0, 0.0]), snip("v", 0.9, [0.0, 2.0]), snip("w", 0.8, [2.0, 1.0])]
    clusters = cluster_snippets(snippets, threshold=0.7)
    assert [[s.id for s in c.members] for c in clusters] == [["u", "w"], ["v"]]
    assert clusters[0].centroid == pytest.approx([2.0, 0.5])
    assert clusters[1].centroid == pytest.approx([0.0, 2.0])


def test_joins_the_most_similar_cluster():
    snippets = [snip("a", 0.9, at(0)), snip("b", 0.8, at(60)), snip("c", 0.7, at(40))]
    clusters = cluster_snippets(snippets, threshold=0.7)
    assert [[s.id for s in c.members] for c in clusters] == [["a"], ["b", "c"]]


def test_drifted_cluster_absorbs_later_snippet():
    snippets = [
        snip("s1", 0.99, at(10)),
        snip("s2", 0.98, at(40)),
        snip("s3", 0.97, at(45)),
        snip("s4", 0.50, at(60)),
    ]
    clusters = cluster_snippets(snippets, threshold=0.8)
    assert len(clusters) == 1
    assert [s.id for s in dedupe_for_prompt(snippets, threshold=0.8)] == ["s1"]


def test_threshold_boundary_is_inclusive_and_ties_by_id():
    snippets = [snip("b", 0.5, [1.0, 0.0]), snip("a", 0.5, [0.6, 0.8])]
    clusters = cluster_snippets(snippets, threshold=0.6)
    assert [[s.id for s in c.members] for c in clusters] == [["a", "b"]]
    assert cluster_snippets(snippets, threshold=0.61)[0].members[0].id == "a"
    assert len(cluster_snippets(snippets, threshold=0.61)) == 2


def test_empty_input():
    assert cluster_snippets([]) == []
    assert dedupe_for_prompt([]) == []
