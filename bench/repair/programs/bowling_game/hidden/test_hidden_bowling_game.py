import random

import pytest

from bowling_game import BowlingGame


def play(*rolls):
    game = BowlingGame()
    game.roll_many(*rolls)
    return game


def reference_score(rolls):
    """Frame-by-frame scorer written independently (frames as lists of rolls)."""
    frames = []
    i = 0
    while len(frames) < 9:
        if rolls[i] == 10:
            frames.append((i, 1))
            i += 1
        else:
            frames.append((i, 2))
            i += 2
    total = 0
    for start, size in frames:
        first = rolls[start]
        if size == 1:
            total += 10 + rolls[start + 1] + rolls[start + 2]
        elif first + rolls[start + 1] == 10:
            total += 10 + rolls[start + 2]
        else:
            total += first + rolls[start + 1]
    total += sum(rolls[i:])
    return total


def random_game(rng):
    rolls = []
    for _ in range(9):
        first = rng.randint(0, 10)
        rolls.append(first)
        if first < 10:
            rolls.append(rng.randint(0, 10 - first))
    first = rng.randint(0, 10)
    rolls.append(first)
    if first == 10:
        second = rng.randint(0, 10)
        rolls.append(second)
        rolls.append(rng.randint(0, 10 - second) if second < 10 else rng.randint(0, 10))
    else:
        second = rng.randint(0, 10 - first)
        rolls.append(second)
        if first + second == 10:
            rolls.append(rng.randint(0, 10))
    return rolls


def test_spare_bonus_examples():
    assert play(9, 1, 0, 0, *[0] * 16).score() == 10
    assert play(2, 8, 7, 1, *[0] * 16).score() == 25


def test_spare_in_last_frame_gets_bonus_ball():
    game = play(*[0] * 18, 4, 6, 7)
    assert game.score() == 17


def test_all_spares():
    assert play(*[5] * 21).score() == 150
    assert play(*[1, 9] * 10, 1).score() == 110


def test_frame_totals_with_spares_and_strikes():
    game = play(10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1)
    assert game.frame_totals() == [20, 39, 48, 66, 74, 84, 90, 120, 148, 167]
    assert game.score() == 167


def test_strike_then_spare():
    assert play(10, 4, 6, 5, 0, *[0] * 14).score() == 20 + 15 + 5


def test_random_games_match_reference():
    rng = random.Random(2024)
    for _ in range(300):
        rolls = random_game(rng)
        assert play(*rolls).score() == reference_score(rolls), rolls


def test_negative_roll_rejected():
    with pytest.raises(ValueError):
        BowlingGame().roll(-1)
