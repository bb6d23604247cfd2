import random

from competition_rank import Standing, page, rank_of, standings, top


def _reference_ranks(scores):
    return {name: 1 + sum(other > score for other in scores.values())
            for name, score in scores.items()}


def test_three_way_tie_at_top():
    table = standings({"a": 3, "b": 3, "c": 3, "d": 1})
    assert [s.rank for s in table] == [1, 1, 1, 4]


def test_top_includes_everyone_tied_at_the_cut():
    scores = {"p": 9, "q": 7, "r": 7, "s": 7, "t": 2}
    assert [s.name for s in top(scores, 2)] == ["p", "q", "r", "s"]
    assert rank_of(scores, "t") == 5


def test_last_partial_page_and_past_the_end():
    scores = {name: i for i, name in enumerate("abcdefg")}
    assert [s.name for s in page(scores, 3, 3)] == ["a"]
    assert [s.name for s in page(scores, 2, 3)] == ["d", "c", "b"]
    assert page(scores, 4, 3) == []


def test_page_keeps_shared_ranks():
    scores = {"a": 5, "b": 4, "c": 4, "d": 4, "e": 1}
    assert page(scores, 2, 2) == [Standing(2, "c", 4), Standing(2, "d", 4)]


def test_pages_cover_the_table():
    rng = random.Random(11)
    for _ in range(100):
        scores = {f"n{i}": rng.randint(0, 5) for i in range(rng.randint(0, 15))}
        size = rng.randint(1, 4)
        table = standings(scores)
        pages = [page(scores, n, size) for n in range(1, len(table) // size + 3)]
        assert [s for chunk in pages for s in chunk] == table
        ranks = _reference_ranks(scores)
        assert all(s.rank == ranks[s.name] for s in table)
