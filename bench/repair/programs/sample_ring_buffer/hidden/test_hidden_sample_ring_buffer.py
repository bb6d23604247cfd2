import random
from collections import deque

from sample_ring_buffer import RingBuffer


def test_append_after_popleft_without_wrapping():
    ring = RingBuffer(4)
    ring.extend([1, 2, 3])
    assert ring.popleft() == 1
    ring.append(4)
    assert ring.to_list() == [2, 3, 4]
    ring.append(5)
    assert ring.to_list() == [2, 3, 4, 5]
    ring.append(6)
    assert ring.to_list() == [3, 4, 5, 6]


def test_long_overwrite_run():
    ring = RingBuffer(5)
    ring.extend(range(23))
    assert ring.to_list() == [18, 19, 20, 21, 22]
    assert ring.latest(3) == [20, 21, 22]
    assert ring.mean() == 20


def test_capacity_one():
    ring = RingBuffer(1)
    ring.extend(["a", "b", "c"])
    assert ring.to_list() == ["c"]
    assert ring.popleft() == "c"
    ring.append("d")
    assert ring[0] == "d" and ring[-1] == "d"


def test_random_operations_match_bounded_deque():
    rng = random.Random(99)
    for cap in (2, 3, 7):
        ring = RingBuffer(cap)
        model = deque(maxlen=cap)
        for step in range(400):
            if model and rng.random() < 0.35:
                assert ring.popleft() == model.popleft()
            else:
                ring.append(step)
                model.append(step)
            assert ring.to_list() == list(model)
            assert len(ring) == len(model)
            assert ring.full == (len(model) == cap)
            if model:
                assert ring[-1] == model[-1] and ring[0] == model[0]
