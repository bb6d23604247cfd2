from fractions import Fraction

from tpm_quota_split import split_from_config, split_quota


def reference(total, weights):
    s = sum(weights.values())
    exact = {a: Fraction(total * w, s) for a, w in weights.items()}
    out = {a: int(x) for a, x in exact.items()}
    left = total - sum(out.values())
    names = list(weights)
    ranked = sorted(names, key=lambda a: (-(exact[a] - out[a]), names.index(a)))
    for a in ranked[:left]:
        out[a] += 1
    return out


def test_one_unit_left_goes_to_biggest_remainder():
    assert split_quota(7, {"x": 2, "y": 5, "z": 3}) == {"x": 1, "y": 4, "z": 2}


def test_ties_go_to_first_listed():
    assert split_quota(10, {"a": 1, "b": 1, "c": 1}) == {"a": 4, "b": 3, "c": 3}
    assert split_quota(5, {"p": 1, "q": 1}) == {"p": 3, "q": 2}


def test_matches_hamilton_reference():
    cases = [
        (1000, {"a": 7, "b": 11, "c": 13, "d": 17}),
        (23, {"a": 5, "b": 9, "c": 1, "d": 3, "e": 8}),
        (101, {"s": 33, "t": 33, "u": 34}),
        (9, {"m": 4, "n": 0, "o": 6, "p": 1}),
        (3, {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}),
    ]
    for total, weights in cases:
        shares = split_quota(total, weights)
        assert shares == reference(total, weights)
        assert sum(shares.values()) == total


def test_all_zero_weights():
    assert split_quota(10, {"a": 0, "b": 0}) == {"a": 0, "b": 0}


def test_config_with_uneven_weights():
    config = {"tpm": 1000, "agents": [{"name": "a", "weight": 1}, {"name": "b", "weight": 1},
                                      {"name": "c", "weight": 1}]}
    assert split_from_config(config) == {"a": 334, "b": 333, "c": 333}
