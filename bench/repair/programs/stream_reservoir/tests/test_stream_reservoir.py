from collections import Counter

import pytest

from stream_reservoir import Reservoir, sample_stream


def test_short_stream_kept_whole():
    assert sample_stream(["a", "b"], 5, seed=1) == ["a", "b"]


def test_sample_size_and_membership():
    sample = sample_stream(range(1000), 10, seed=7)
    assert len(sample) == 10
    assert len(set(sample)) == 10
    assert all(0 <= x < 1000 for x in sample)


def test_same_seed_same_sample():
    assert sample_stream(range(500), 5, seed=42) == sample_stream(range(500), 5, seed=42)


def test_counts_items_seen():
    reservoir = Reservoir(3, seed=0)
    reservoir.extend("abcdefg")
    assert reservoir.seen == 7
    assert len(reservoir) == 3


def test_size_must_be_positive():
    with pytest.raises(ValueError):
        Reservoir(0)


def test_every_item_equally_likely():
    counts = Counter(sample_stream(range(4), 1, seed=seed)[0] for seed in range(4000))
    for item in range(4):
        assert 850 < counts[item] < 1150, counts
