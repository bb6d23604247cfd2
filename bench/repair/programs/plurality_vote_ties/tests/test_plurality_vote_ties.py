from plurality_vote_ties import has_majority, normalise, tally, winner


def test_normalise_trims_and_folds_case():
    assert normalise("  Paris  France ") == "paris france"


def test_clear_winner():
    ballots = [("a", "42"), ("b", "42"), ("c", "41")]
    assert winner(ballots) == "42"


def test_latest_ballot_counts():
    ballots = [("a", "yes"), ("b", "no"), ("a", "no")]
    counts, _ = tally(ballots)
    assert counts == {"no": 2}
    assert winner(ballots) == "no"


def test_tie_goes_to_first_proposed():
    ballots = [("a", "red"), ("b", "blue"), ("c", "blue"), ("d", "red")]
    assert winner(ballots) == "red"


def test_quorum_not_reached():
    assert winner([("a", "x"), ("b", "x")], quorum=3) is None


def test_has_majority():
    assert has_majority([("a", "x"), ("b", "x"), ("c", "y")])
    assert not has_majority([("a", "x"), ("b", "y")])
