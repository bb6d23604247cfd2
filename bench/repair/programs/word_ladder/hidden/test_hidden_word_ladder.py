import itertools
import random

from word_ladder import ladder_length, shortest_ladder


def _distance(start, goal, words):
    # plain level-by-level search over the whole vocabulary
    vocabulary = set(words) | {start}
    if goal not in vocabulary:
        return None
    level, seen, steps = {start}, {start}, 0
    while level:
        if goal in level:
            return steps
        nxt = {w for w in vocabulary - seen for v in level
               if sum(a != b for a, b in zip(v, w)) == 1}
        seen |= nxt
        level, steps = nxt, steps + 1
    return None


def test_random_dictionaries_give_shortest_ladders():
    rng = random.Random(21)
    universe = ["".join(p) for p in itertools.product("abcd", repeat=3)]
    for _ in range(150):
        words = rng.sample(universe, rng.randint(5, 30))
        start, goal = rng.choice(universe), rng.choice(words)
        expected = _distance(start, goal, words)
        ladder = shortest_ladder(start, goal, words)
        if expected is None:
            assert ladder is None
            continue
        assert ladder is not None and len(ladder) == expected + 1
        assert ladder[0] == start and ladder[-1] == goal
        assert all(sum(a != b for a, b in zip(x, y)) == 1 for x, y in zip(ladder, ladder[1:]))
        assert all(w in words for w in ladder[1:])


def test_lead_to_gold():
    words = ["load", "goad", "gold", "lewd", "lend", "bead", "bend", "bond", "bold"]
    assert ladder_length("lead", "gold", words) == 4


def test_start_equals_goal():
    assert shortest_ladder("same", "same", ["same", "sane"]) == ["same"]


def test_length_mismatch_and_missing_goal():
    assert shortest_ladder("cat", "cats", ["cats", "cat"]) is None
    assert ladder_length("cat", "cog", ["cot"]) == 0
