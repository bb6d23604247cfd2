from sealed_bid_auction import Award, Bid, run_auction, total_spend


def test_cheapest_bid_wins_at_second_price():
    bids = [Bid("a", "t1", 5), Bid("b", "t1", 3), Bid("c", "t1", 4)]
    assert run_auction({"t1": 10}, bids) == {"t1": Award("b", 4)}


def test_task_without_bids_is_unassigned():
    assert run_auction({"t1": 10}, []) == {"t1": None}


def test_single_bidder():
    results = run_auction({"t1": 10}, [Bid("a", "t1", 6)])
    assert results["t1"].agent == "a"
    assert results["t1"].price == 10


def test_total_spend():
    bids = [Bid("a", "t1", 2), Bid("b", "t1", 3), Bid("a", "t2", 1), Bid("c", "t2", 2)]
    results = run_auction({"t1": 5, "t2": 5}, bids, capacity={"a": 2})
    assert total_spend(results) == 5
