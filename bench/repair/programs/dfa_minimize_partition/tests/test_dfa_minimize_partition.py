from itertools import product

from dfa_minimize_partition import accepts, minimize


def words(alphabet, max_len):
    for n in range(max_len + 1):
        for letters in product(alphabet, repeat=n):
            yield "".join(letters)


def mod_dfa(modulus):
    """Binary numbers read most-significant bit first, state = value mod modulus."""
    return {i: {"0": (2 * i) % modulus, "1": (2 * i + 1) % modulus} for i in range(modulus)}


def test_divisible_by_three_via_mod_six():
    delta = mod_dfa(6)
    small = minimize("01", delta, 0, {0, 3})
    assert len(small[0]) == 3
    for w in words("01", 6):
        assert accepts(small, w) == accepts((delta, 0, {0, 3}), w)


def test_parity_is_already_minimal():
    delta = {"even": {"a": "odd"}, "odd": {"a": "even"}}
    small = minimize("a", delta, "even", {"even"})
    assert small == ({0: {"a": 1}, 1: {"a": 0}}, 0, {0})


def test_unreachable_states_dropped():
    delta = {
        "s": {"x": "t", "y": "s"},
        "t": {"x": "t", "y": "s"},
        "orphan": {"x": "s", "y": "orphan"},
    }
    small = minimize("xy", delta, "s", {"orphan"})
    assert len(small[0]) == 1


def test_equivalent_accepting_states_merge():
    delta = {
        "q0": {"a": "q1", "b": "q2"},
        "q1": {"a": "q1", "b": "q2"},
        "q2": {"a": "q1", "b": "q2"},
    }
    small = minimize("ab", delta, "q0", {"q1", "q2"})
    assert len(small[0]) == 2
    assert accepts(small, "ab") and not accepts(small, "")
