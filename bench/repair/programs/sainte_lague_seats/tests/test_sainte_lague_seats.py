from sainte_lague_seats import allocate_seats, seat_shares


def test_no_votes_no_seats():
    assert allocate_seats({"a": 0, "b": 0}, 5) == {"a": 0, "b": 0}


def test_single_party_takes_all():
    assert allocate_seats({"only": 1234}, 9) == {"only": 9}


def test_textbook_example():
    votes = {"A": 53000, "B": 24000, "C": 23000}
    assert allocate_seats(votes, 7) == {"A": 3, "B": 2, "C": 2}


def test_threshold_keeps_small_party_out():
    votes = {"big": 700, "mid": 270, "tiny": 30}
    assert allocate_seats(votes, 10, threshold=0.05) == {"big": 7, "mid": 3, "tiny": 0}


def test_party_at_threshold_qualifies():
    votes = {"a": 60, "b": 35, "c": 5}
    assert allocate_seats(votes, 20, threshold=0.05) == {"a": 12, "b": 7, "c": 1}


def test_shares():
    assert seat_shares({"x": 50, "y": 50}, 4) == {"x": 0.5, "y": 0.5}
