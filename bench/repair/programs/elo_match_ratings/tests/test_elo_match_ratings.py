import pytest

from elo_match_ratings import expected_score, leaderboard, rate


def test_equal_ratings_expect_half():
    assert expected_score(1000, 1000) == pytest.approx(0.5)


def test_expectations_sum_to_one():
    assert expected_score(1100, 1000) + expected_score(1000, 1100) == pytest.approx(1.0)


def test_first_win_moves_sixteen_points():
    ratings = rate([("alpha", "beta", 1.0)])
    assert ratings["alpha"] == pytest.approx(1016.0)
    assert ratings["beta"] == pytest.approx(984.0)


def test_second_win_earns_less():
    ratings = rate([("alpha", "beta", 1.0), ("alpha", "beta", 1.0)])
    assert ratings["alpha"] == pytest.approx(1030.53, abs=0.01)
    assert ratings["beta"] == pytest.approx(969.47, abs=0.01)


def test_leaderboard_shares_rank_on_ties():
    rows = leaderboard([("a", "b", 1.0), ("c", "d", 1.0)])
    assert rows == [(1, "a", 1016.0), (1, "c", 1016.0), (3, "b", 984.0), (3, "d", 984.0)]


def test_bad_outcome_rejected():
    with pytest.raises(ValueError):
        rate([("a", "b", 2)])
