import pytest

from bowling_game import BowlingGame


def play(*rolls):
    game = BowlingGame()
    game.roll_many(*rolls)
    return game


def test_gutter_game():
    assert play(*[0] * 20).score() == 0


def test_all_ones():
    assert play(*[1] * 20).score() == 20


def test_one_spare():
    game = play(5, 5, 3, *[0] * 17)
    assert game.score() == 16


def test_one_strike():
    game = play(10, 3, 4, *[0] * 16)
    assert game.score() == 24


def test_perfect_game():
    assert play(*[10] * 12).score() == 300


def test_frame_totals_open_frames():
    game = play(3, 4, 2, 5, *[1] * 16)
    assert game.frame_totals() == [7, 14, 16, 18, 20, 22, 24, 26, 28, 30]


def test_too_many_pins_rejected():
    with pytest.raises(ValueError):
        BowlingGame().roll(11)
