from skip_reservoir import Reservoir, sample


def test_short_stream_kept_whole():
    assert sample(["a", "b"], size=5, seed=1) == ["a", "b"]


def test_sample_size_and_membership():
    picked = sample(range(1000), size=10, seed=3)
    assert len(picked) == 10
    assert len(set(picked)) == 10
    assert all(0 <= x < 1000 for x in picked)


def test_same_seed_same_sample():
    assert sample(range(500), size=4, seed=42) == sample(range(500), size=4, seed=42)


def test_counts_items_seen():
    reservoir = Reservoir[int](3, seed=0).extend(range(25))
    assert reservoir.seen == 25


def test_later_items_get_sampled():
    picked = set()
    for seed in range(50):
        picked.update(sample(range(100), size=5, seed=seed))
    assert any(x >= 50 for x in picked)
