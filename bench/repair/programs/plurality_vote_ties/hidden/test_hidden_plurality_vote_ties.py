from plurality_vote_ties import has_majority, tally, winner


def test_empty_ballots():
    assert winner([]) is None
    assert not has_majority([])


def test_two_way_tie_later_voter_first():
    # "beta" is counted first (agent order) but "alpha" was proposed earlier
    ballots = [("z", "alpha"), ("a", "beta"), ("z", "alpha "), ("b", "Beta"), ("c", "ALPHA")]
    counts, first = tally(ballots)
    assert counts == {"alpha": 2, "beta": 2}
    assert first["alpha"] < first["beta"]
    assert winner(ballots) == "alpha"


def test_tie_order_independent_of_agent_names():
    ballots = [("m", "one"), ("a", "two"), ("b", "three"), ("n", "two"), ("c", "one"), ("d", "three")]
    assert winner(ballots) == "one"


def test_three_way_tie_with_changed_votes():
    ballots = [("a", "p"), ("b", "q"), ("c", "r"), ("a", "r"), ("d", "p"), ("e", "q")]
    # final: a=r, b=q, c=r, d=p, e=q -> q:2, r:2, p:1 ; q proposed before r
    assert winner(ballots) == "q"


def test_more_votes_beats_earlier_proposal():
    ballots = [("a", "first"), ("b", "second"), ("c", "second")]
    assert winner(ballots) == "second"


def test_quorum_counts_agents_not_ballots():
    ballots = [("a", "x"), ("a", "x"), ("a", "y")]
    assert winner(ballots, quorum=2) is None
    assert winner(ballots, quorum=1) == "y"


def test_tied_majority_is_not_majority():
    assert not has_majority([("a", "x"), ("b", "y"), ("c", "x"), ("d", "y")])
    assert has_majority([("a", "x"), ("b", "y"), ("c", "x"), ("d", "y"), ("e", "y")])
