import pytest

from stratified_eval_sample import allocate, label_counts, stratified_sample


def dataset():
    labels = ["positive"] * 60 + ["negative"] * 30 + ["neutral"] * 10
    return [{"id": n, "label": label} for n, label in enumerate(labels)]


def test_allocate_is_proportional():
    assert allocate({"positive": 60, "negative": 30, "neutral": 10}, 10) == {
        "positive": 6, "negative": 3, "neutral": 1}


def test_allocate_gives_leftover_to_largest_remainder():
    assert allocate({"a": 5, "b": 3, "c": 2}, 5) == {"a": 3, "b": 1, "c": 1}
    assert sum(allocate({"x": 7, "y": 7, "z": 7}, 10).values()) == 10


def test_sample_keeps_label_mix():
    sample = stratified_sample(dataset(), 20, seed=3)
    assert len(sample) == 20
    assert label_counts(sample) == {"positive": 12, "negative": 6, "neutral": 2}


def test_same_seed_same_sample():
    assert stratified_sample(dataset(), 15, seed=42) == stratified_sample(dataset(), 15, seed=42)


def test_sample_is_in_dataset_order():
    ids = [example["id"] for example in stratified_sample(dataset(), 25, seed=1)]
    assert ids == sorted(ids)


def test_asking_for_more_than_there_is_returns_everything():
    assert stratified_sample(dataset(), 500) == dataset()


def test_negative_size_is_rejected():
    with pytest.raises(ValueError):
        stratified_sample(dataset(), -1)
