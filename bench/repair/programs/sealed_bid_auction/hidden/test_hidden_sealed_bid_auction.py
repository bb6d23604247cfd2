from sealed_bid_auction import Award, Bid, run_auction, total_spend


def test_over_budget_bids_ignored():
    bids = [Bid("a", "t", 12), Bid("b", "t", 7)]
    assert run_auction({"t": 10}, bids) == {"t": Award("b", 10)}


def test_bid_equal_to_budget_is_eligible():
    bids = [Bid("a", "t", 8), Bid("b", "t", 6)]
    assert run_auction({"t": 8}, bids) == {"t": Award("b", 8)}


def test_capacity_one_by_default():
    bids = [Bid("a", "t1", 1), Bid("a", "t2", 1), Bid("b", "t2", 4)]
    results = run_auction({"t1": 9, "t2": 6}, bids)
    assert results["t1"] == Award("a", 9)
    assert results["t2"] == Award("b", 6)
    assert total_spend(results) == 15


def test_capacity_allows_more_wins():
    bids = [Bid("a", "t1", 1), Bid("a", "t2", 1), Bid("b", "t2", 4)]
    results = run_auction({"t1": 9, "t2": 6}, bids, capacity={"a": 2})
    assert results == {"t1": Award("a", 9), "t2": Award("a", 4)}


def test_tie_on_cost_goes_to_first_name_and_pays_same():
    bids = [Bid("zed", "t", 3), Bid("amy", "t", 3), Bid("bob", "t", 5)]
    assert run_auction({"t": 10}, bids) == {"t": Award("amy", 3)}


def test_unassigned_tasks_cost_nothing():
    bids = [Bid("a", "t1", 20)]
    results = run_auction({"t1": 10, "t2": 4}, bids)
    assert results == {"t1": None, "t2": None}
    assert total_spend(results) == 0
