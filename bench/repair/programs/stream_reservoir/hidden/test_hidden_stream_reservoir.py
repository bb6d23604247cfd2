from collections import Counter

from stream_reservoir import Reservoir, sample_stream


def test_uniform_inclusion_probability():
    counts = Counter()
    runs = 4000
    for seed in range(runs):
        counts.update(sample_stream(range(10), 3, seed=seed))
    for item in range(10):
        assert 1050 < counts[item] < 1350, counts


def test_second_item_not_always_taken():
    taken = sum(sample_stream(["first", "second"], 1, seed=seed) == ["second"] for seed in range(2000))
    assert 850 < taken < 1150


def test_first_items_fill_in_order():
    reservoir = Reservoir(4, seed=3)
    assert [reservoir.offer(x) for x in "wxyz"] == [True] * 4
    assert reservoir.sample == list("wxyz")


def test_offer_reports_replacement():
    reservoir = Reservoir(2, seed=11)
    reservoir.extend(range(2))
    before = reservoir.sample
    taken = reservoir.offer(99)
    assert (99 in reservoir.sample) == taken
    assert (reservoir.sample != before) == taken


def test_late_items_rarely_taken():
    taken = 0
    for seed in range(300):
        reservoir = Reservoir(1, seed=seed)
        reservoir.extend(range(99))
        taken += reservoir.offer("late")
    assert taken < 15


def test_sample_is_a_copy():
    reservoir = Reservoir(2, seed=5)
    reservoir.extend([1, 2])
    reservoir.sample.append(3)
    assert reservoir.sample == [1, 2]
