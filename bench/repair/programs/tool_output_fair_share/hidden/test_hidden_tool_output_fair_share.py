import itertools

from tool_output_fair_share import fair_shares, fit_outputs


def reference(sizes, budget):
    # water level search: largest level L with sum(min(s, L)) <= budget
    level = 0
    while sum(min(s, level + 1) for s in sizes) <= budget and level < max(sizes, default=0):
        level += 1
    shares = [min(s, level) for s in sizes]
    extra = budget - sum(shares)
    for i, s in enumerate(sizes):
        if extra and s > level:
            shares[i] += 1
            extra -= 1
    return shares


def test_shares_never_exceed_budget():
    assert fair_shares([5, 50, 500], 90) == [5, 43, 42]
    assert sum(fair_shares([3, 4, 900, 900], 100)) == 100


def test_two_small_outputs_then_cut():
    assert fair_shares([30, 2000, 20, 2000], 450) == [30, 200, 20, 200]


def test_leftover_goes_to_earliest_cut_output():
    assert fair_shares([100, 7, 100, 100], 38) == [11, 7, 10, 10]
    assert fair_shares([100, 100, 100], 5) == [2, 2, 1]


def test_matches_reference_on_grid():
    for sizes in itertools.product((0, 1, 4, 9, 25), repeat=3):
        for budget in range(0, 45, 3):
            got = fair_shares(list(sizes), budget)
            assert got == reference(list(sizes), budget), (sizes, budget)


def test_empty_and_zero_budget():
    assert fair_shares([], 100) == []
    assert fair_shares([5, 6], 0) == [0, 0]


def test_fit_outputs_with_small_neighbours():
    outputs = ["x", "one two", " ".join(str(i) for i in range(20))]
    fitted = fit_outputs(outputs, 10)
    assert fitted[:2] == ["x", "one two"]
    assert fitted[2] == "0 1 2 3 4 5 6 [... 13 tokens truncated]"
