import random

import pytest

from dotted_keys import apply_overrides, expand_keys, flatten_keys


def _random_tree(rng, depth):
    tree = {}
    for index in range(rng.randint(1, 4)):
        key = f"k{index}{rng.choice('xyz')}"
        if depth and rng.random() < 0.5:
            tree[key] = _random_tree(rng, depth - 1)
        else:
            tree[key] = rng.choice([0, 1, "v", None, [1, 2], 2.5])
    return tree


def test_round_trip_random_trees():
    rng = random.Random(8)
    for _ in range(100):
        tree = _random_tree(rng, 4)
        assert expand_keys(flatten_keys(tree)) == tree


def test_deep_paths_share_parents():
    flat = {"a.b.c.d": 1, "a.b.e": 2, "a.f": 3, "g": 4}
    assert expand_keys(flat) == {"a": {"b": {"c": {"d": 1}, "e": 2}, "f": 3}, "g": 4}


def test_empty_dict_leaf_round_trips():
    tree = {"plugins": {}, "db": {"options": {}}}
    assert flatten_keys(tree) == {"plugins": {}, "db.options": {}}
    assert expand_keys(flatten_keys(tree)) == tree


def test_conflict_between_value_and_nested_key():
    with pytest.raises(ValueError):
        expand_keys({"db": "sqlite", "db.host": "x"})


def test_override_adds_new_nested_key():
    result = apply_overrides({"a": {"b": 1}}, ["a.c.d = 7", "e=x"])
    assert result == {"a": {"b": 1, "c": {"d": "7"}}, "e": "x"}


def test_input_not_modified():
    flat = {"x.y": 1, "x.z": 2}
    expand_keys(flat)
    assert flat == {"x.y": 1, "x.z": 2}
