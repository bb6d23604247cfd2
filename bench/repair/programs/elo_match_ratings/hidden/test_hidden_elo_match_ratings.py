import pytest

from elo_match_ratings import expected_score, leaderboard, rate, update


def test_stronger_player_is_favoured():
    assert expected_score(1200, 1000) == pytest.approx(0.7597, abs=1e-4)
    assert expected_score(1000, 1400) == pytest.approx(1 / 11, abs=1e-9)


def test_upset_moves_more_points():
    ratings = {"weak": 900.0, "strong": 1300.0}
    update(ratings, "weak", "strong", 1.0)
    assert ratings["weak"] == pytest.approx(900 + 32 * 10 / 11)
    assert ratings["strong"] == pytest.approx(1300 - 32 * 10 / 11)


def test_expected_win_moves_few_points():
    ratings = {"weak": 900.0, "strong": 1300.0}
    update(ratings, "strong", "weak", 1.0, k=20)
    assert ratings["strong"] == pytest.approx(1300 + 20 / 11)
    assert ratings["weak"] == pytest.approx(900 - 20 / 11)


def test_draw_between_unequal_players():
    ratings = {"a": 1100.0, "b": 1000.0}
    update(ratings, "a", "b", 0.5)
    ea = 1 / (1 + 10 ** (-100 / 400))
    assert ratings["a"] == pytest.approx(1100 + 32 * (0.5 - ea))
    assert ratings["b"] == pytest.approx(1000 - 32 * (0.5 - ea))


def test_ratings_are_zero_sum():
    matches = [("a", "b", 1.0), ("b", "c", 0.5), ("c", "a", 1.0), ("a", "b", 0.0), ("d", "a", 1.0)]
    ratings = rate(matches)
    assert sum(ratings.values()) == pytest.approx(1000.0 * len(ratings))


def test_leaderboard_order_after_mixed_results():
    matches = [("a", "b", 1.0), ("a", "b", 1.0), ("c", "a", 1.0), ("b", "c", 0.5)]
    rows = leaderboard(matches)
    assert [agent for _, agent, _ in rows] == ["c", "a", "b"]
    assert rows[0][2] == pytest.approx(1015.2, abs=0.05)
    assert rows[2][2] == pytest.approx(971.7, abs=0.05)
    assert [rank for rank, _, _ in rows] == [1, 2, 3]


def test_leaderboard_tie_after_draw():
    rows = leaderboard([("x", "y", 0.5)])
    assert rows == [(1, "x", 1000.0), (1, "y", 1000.0)]
