import random

from word_bitset import BitSet


def test_iteration_at_word_edges():
    bits = BitSet(192, [63, 64, 127, 128, 191])
    assert list(bits) == [63, 64, 127, 128, 191]
    assert list(BitSet(5)) == []
    assert list(BitSet(1, [0])) == [0]


def test_intersection_contents_and_size():
    a = BitSet(200, range(0, 200, 3))
    b = BitSet(200, range(0, 200, 5))
    both = a.intersection(b)
    assert list(both) == list(range(0, 200, 15))
    assert len(both) == 14
    assert len(a.intersection(BitSet(200))) == 0


def test_operations_leave_operands_untouched():
    a = BitSet(70, [1, 69])
    b = BitSet(70, [69])
    a.union(b)
    a.intersection(b)
    a.difference(b)
    assert list(a) == [1, 69] and list(b) == [69]


def test_random_against_python_sets():
    rng = random.Random(64)
    for size in (1, 63, 64, 65, 150, 257):
        for _ in range(15):
            xs = {rng.randrange(size) for _ in range(rng.randint(0, size))}
            ys = {rng.randrange(size) for _ in range(rng.randint(0, size))}
            a, b = BitSet(size, xs), BitSet(size, ys)
            assert list(a) == sorted(xs)
            assert list(a.union(b)) == sorted(xs | ys)
            assert list(a.intersection(b)) == sorted(xs & ys)
            assert list(a.difference(b)) == sorted(xs - ys)
            assert len(a.intersection(b)) == len(xs & ys)
            for i in list(xs)[:5]:
                a.discard(i)
                xs.discard(i)
            assert list(a) == sorted(xs)
