import random
from itertools import product

from dfa_minimize_partition import accepts, minimize, reachable


def words(alphabet, max_len):
    for n in range(max_len + 1):
        for letters in product(alphabet, repeat=n):
            yield "".join(letters)


def run(delta, state, word):
    for ch in word:
        state = delta[state][ch]
    return state


def brute_class_count(alphabet, delta, start, accepting):
    live = reachable(start, delta, list(alphabet))
    probes = list(words(alphabet, len(delta)))
    rows = {tuple(run(delta, s, w) in accepting for w in probes) for s in live}
    return len(rows)


def random_dfa(rng, n, alphabet):
    delta = {i: {a: rng.randrange(n) for a in alphabet} for i in range(n)}
    accepting = {i for i in range(n) if rng.random() < 0.4}
    return delta, accepting


def test_random_dfas_preserve_language_and_are_minimal():
    rng = random.Random(31)
    for _ in range(60):
        n = rng.randint(1, 7)
        delta, accepting = random_dfa(rng, n, "ab")
        start = rng.randrange(n)
        small = minimize("ab", delta, start, accepting)
        assert len(small[0]) == brute_class_count("ab", delta, start, accepting)
        for w in words("ab", 6):
            assert accepts(small, w) == (run(delta, start, w) in accepting)


def test_int_states_where_ids_do_not_line_up():
    delta = {
        0: {"a": 1, "b": 0},
        1: {"a": 2, "b": 0},
        2: {"a": 2, "b": 2},
    }
    small = minimize("ab", delta, 0, {2})
    assert small[2] == {2}
    assert accepts(small, "aa") and not accepts(small, "aba")


def test_only_start_accepting_letters_strings():
    delta = {
        "A": {"0": "B", "1": "C"},
        "B": {"0": "B", "1": "C"},
        "C": {"0": "C", "1": "C"},
    }
    small = minimize("01", delta, "A", {"A"})
    assert small == ({0: {"0": 1, "1": 1}, 1: {"0": 1, "1": 1}}, 0, {0})


def test_all_accepting_collapses_to_one_state():
    delta = {s: {"x": (s + 1) % 5} for s in range(5)}
    assert minimize("x", delta, 3, set(range(5))) == ({0: {"x": 0}}, 0, {0})


def test_mod_four_accepting_even_numbers():
    delta = {i: {"0": (2 * i) % 4, "1": (2 * i + 1) % 4} for i in range(4)}
    small = minimize("01", delta, 0, {0, 2})
    assert len(small[0]) == 2
    assert accepts(small, "10") and accepts(small, "") and not accepts(small, "11")
