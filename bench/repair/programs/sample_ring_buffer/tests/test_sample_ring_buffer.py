import pytest

from sample_ring_buffer import RingBuffer


def test_keeps_samples_in_order_until_full():
    ring = RingBuffer(4)
    ring.extend([1, 2, 3])
    assert ring.to_list() == [1, 2, 3]
    assert not ring.full
    ring.append(4)
    assert ring.full and len(ring) == 4


def test_overwrites_oldest_when_full():
    ring = RingBuffer(3)
    ring.extend([1, 2, 3, 4, 5])
    assert ring.to_list() == [3, 4, 5]
    assert ring[0] == 3 and ring[-1] == 5


def test_popleft_returns_oldest():
    ring = RingBuffer(3)
    ring.extend([10, 20])
    assert ring.popleft() == 10
    assert ring.to_list() == [20]
    with pytest.raises(IndexError):
        RingBuffer(2).popleft()


def test_latest_and_mean():
    ring = RingBuffer(5)
    ring.extend([2, 4, 6])
    assert ring.latest(2) == [4, 6]
    assert ring.latest(10) == [2, 4, 6]
    assert ring.mean() == 4
    assert RingBuffer(2).mean() is None


def test_rejects_bad_capacity_and_index():
    with pytest.raises(ValueError):
        RingBuffer(0)
    ring = RingBuffer(2)
    ring.append(1)
    with pytest.raises(IndexError):
        ring[1]
