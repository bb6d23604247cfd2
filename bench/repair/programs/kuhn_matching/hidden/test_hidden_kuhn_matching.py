import itertools
import random

from kuhn_matching import is_perfect, max_matching, unmatched


def brute_force_size(options):
    lefts = list(options)
    best = 0
    rights = sorted({r for rs in options.values() for r in rs})
    for size in range(len(lefts), 0, -1):
        for subset in itertools.combinations(lefts, size):
            for perm in itertools.permutations(rights, size):
                if all(r in options[l] for l, r in zip(subset, perm)):
                    return size
    return best


def test_sizes_against_brute_force():
    rng = random.Random(1616)
    for _ in range(150):
        lefts = [f"l{i}" for i in range(rng.randint(0, 5))]
        rights = [f"r{i}" for i in range(rng.randint(1, 5))]
        options = {l: [r for r in rights if rng.random() < 0.4] for l in lefts}
        matching = max_matching(options)
        assert len(matching) == brute_force_size(options), options
        assert len(set(matching.values())) == len(matching)
        assert all(r in options[l] for l, r in matching.items())


def test_long_augmenting_chain():
    options = {
        "a": ["1", "2"],
        "b": ["2", "3"],
        "c": ["3", "4"],
        "d": ["1"],
    }
    assert max_matching(options) == {"a": "2", "b": "3", "c": "4", "d": "1"}
    assert is_perfect(options)


def test_chain_from_the_front():
    options = {"w": ["x"], "v": ["x", "y"], "u": ["y", "z"], "t": ["z"]}
    matching = max_matching(options)
    assert len(matching) == 3
    assert unmatched(options) in (["w"], ["v"], ["u"], ["t"])


def test_iterables_are_accepted_and_order_respected():
    options = {"a": iter(["x", "y"]), "b": ("y",), "c": {"x"}}
    assert len(max_matching(options)) == 2
    assert max_matching({"a": ("x", "y"), "b": ("y", "x")}) == {"a": "x", "b": "y"}


def test_empty_and_complete():
    assert max_matching({}) == {}
    assert is_perfect({})
    options = {l: ["p", "q", "r"] for l in "abc"}
    assert is_perfect(options)
    assert sorted(max_matching(options).values()) == ["p", "q", "r"]
