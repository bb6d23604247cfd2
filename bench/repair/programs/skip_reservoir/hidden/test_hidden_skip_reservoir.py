from collections import Counter

import pytest

from skip_reservoir import Reservoir, sample


def test_every_position_equally_likely():
    counts = Counter()
    trials = 3000
    for seed in range(trials):
        counts.update(sample(range(30), size=3, seed=seed))
    expected = trials * 3 / 30
    for item in range(30):
        assert 0.75 * expected < counts[item] < 1.25 * expected, (item, counts[item])


def test_first_item_after_the_fill():
    hits = sum(4 in sample(range(5), size=4, seed=seed) for seed in range(2000))
    assert 0.7 < hits / 2000 < 0.9


def test_long_stream_sample_spread():
    picked = sample(range(100_000), size=200, seed=11)
    assert len(set(picked)) == 200
    mean = sum(picked) / len(picked)
    assert 40_000 < mean < 60_000
    assert max(picked) > 90_000


def test_incremental_offer_matches_extend():
    reservoir = Reservoir[str](2, seed=9)
    for word in "the quick brown fox jumps over the lazy dog".split():
        reservoir.offer(word)
    assert reservoir.items == sample("the quick brown fox jumps over the lazy dog".split(), 2, 9)
    assert reservoir.seen == 9


def test_size_one():
    counts = Counter(sample("abcd", size=1, seed=s)[0] for s in range(2000))
    assert set(counts) == set("abcd")
    assert min(counts.values()) > 400


def test_invalid_size():
    with pytest.raises(ValueError):
        Reservoir[int](0)
