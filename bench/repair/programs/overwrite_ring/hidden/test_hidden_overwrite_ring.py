from collections import deque
import random

import pytest

from overwrite_ring import Ring


def test_negative_indexes_after_wrapping_and_popping():
    ring = Ring(5)
    ring.extend(range(7))
    ring.popleft()
    ring.popleft()
    assert list(ring) == [4, 5, 6]
    assert [ring[-1], ring[-2], ring[-3]] == [6, 5, 4]
    with pytest.raises(IndexError):
        ring[-4]


def test_negative_index_out_of_range_when_partly_filled():
    ring = Ring(6)
    ring.extend("xy")
    assert ring[-2] == "x"
    with pytest.raises(IndexError):
        ring[-3]
    with pytest.raises(IndexError):
        ring[-6]


def test_full_ring_negative_indexes():
    ring = Ring(3)
    ring.extend("abcd")
    assert [ring[-3], ring[-2], ring[-1]] == ["b", "c", "d"]


def test_against_bounded_deque():
    rng = random.Random(77)
    for capacity in range(1, 6):
        ring = Ring(capacity)
        model: deque[int] = deque(maxlen=capacity)
        for step in range(80):
            if model and rng.random() < 0.3:
                assert ring.popleft() == model.popleft()
            else:
                ring.append(step)
                model.append(step)
            assert list(ring) == list(model)
            for index in range(-len(model), len(model)):
                assert ring[index] == model[index]
            with pytest.raises(IndexError):
                ring[-len(model) - 1]
            assert ring.latest(2) == list(model)[-2:]


def test_bad_capacity():
    with pytest.raises(ValueError):
        Ring(0)
