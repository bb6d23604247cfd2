import pytest

from xargs_batch_planner import plan_batches


def test_size_limit_splits_batches():
    batches = plan_batches(["cat"], ["a.txt", "b.txt", "c.txt"], max_bytes=20)
    assert batches == [["cat", "a.txt", "b.txt"], ["cat", "c.txt"]]


def test_everything_fits_in_one_batch():
    batches = plan_batches(["rm", "-f"], ["a.txt", "b.txt"], max_bytes=4096)
    assert batches == [["rm", "-f", "a.txt", "b.txt"]]


def test_max_args_splits_batches():
    batches = plan_batches(["echo"], ["1", "2", "3", "4", "5"], max_bytes=4096, max_args=2)
    assert batches == [["echo", "1", "2"], ["echo", "3", "4"], ["echo", "5"]]


def test_no_items_means_no_batches():
    assert plan_batches(["true"], [], max_bytes=100) == []


def test_base_too_large():
    with pytest.raises(ValueError):
        plan_batches(["x" * 50], ["a"], max_bytes=40)
