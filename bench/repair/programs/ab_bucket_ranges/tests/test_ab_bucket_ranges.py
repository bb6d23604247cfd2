import pytest

from ab_bucket_ranges import assign, bucket_of, bucket_ranges, variant_for_bucket

HALF = [("control", 50), ("treatment", 50)]


def test_bucket_is_stable_and_in_range():
    first = bucket_of("checkout-v2", "user-42")
    assert first == bucket_of("checkout-v2", "user-42")
    assert 0 <= first < 10_000


def test_ranges_for_even_split():
    assert bucket_ranges(HALF) == [("control", 0, 5000), ("treatment", 5000, 10_000)]


def test_variant_at_the_boundary():
    assert variant_for_bucket(4999, HALF) == "control"
    assert variant_for_bucket(5000, HALF) == "treatment"


def test_over_allocation_is_rejected():
    with pytest.raises(ValueError):
        bucket_ranges([("a", 60), ("b", 50)])


def test_even_split_is_roughly_even():
    seen = [assign("checkout-v2", f"user-{i}", HALF) for i in range(2000)]
    assert 800 < seen.count("control") < 1200
    assert seen.count("control") + seen.count("treatment") == 2000
