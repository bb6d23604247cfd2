import pytest

from competition_rank import Standing, page, rank_of, standings, top

SCORES = {"ana": 91, "bo": 78, "cy": 85, "dee": 60, "eli": 72}


def test_sorted_by_score():
    assert [s.name for s in standings(SCORES)] == ["ana", "cy", "bo", "eli", "dee"]
    assert [s.rank for s in standings(SCORES)] == [1, 2, 3, 4, 5]


def test_ties_share_a_rank():
    table = standings({"x": 10, "y": 12, "z": 10, "w": 5})
    assert table == [Standing(1, "y", 12), Standing(2, "x", 10), Standing(2, "z", 10),
                     Standing(4, "w", 5)]


def test_top_three():
    assert [s.name for s in top(SCORES, 3)] == ["ana", "cy", "bo"]


def test_first_page():
    assert [s.name for s in page(SCORES, 1, 2)] == ["ana", "cy"]


def test_second_page():
    assert [s.name for s in page(SCORES, 2, 2)] == ["bo", "eli"]


def test_rank_of():
    assert rank_of(SCORES, "eli") == 4
    with pytest.raises(KeyError):
        rank_of(SCORES, "zed")


def test_bad_page():
    with pytest.raises(ValueError):
        page(SCORES, 0, 10)
