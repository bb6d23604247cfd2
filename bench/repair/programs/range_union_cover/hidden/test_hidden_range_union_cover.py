import random

from range_union_cover import RangeUnion


def covered(ru, lo, hi):
    return {x for x in range(lo, hi) if x in ru}


def test_touching_on_the_left_coalesces():
    ru = RangeUnion([(5, 9)])
    ru.add(1, 5)
    assert ru.ranges() == [(1, 9)]


def test_bridge_between_two_ranges():
    ru = RangeUnion([(0, 3), (6, 9)])
    ru.add(3, 6)
    assert ru.ranges() == [(0, 9)]
    assert len(ru) == 9


def test_chain_of_unit_ranges():
    ru = RangeUnion()
    for x in [4, 2, 3, 0, 1]:
        ru.add(x, x + 1)
    assert ru.ranges() == [(0, 5)]
    assert ru.gaps(-1, 6) == [(-1, 0), (5, 6)]


def test_readding_removed_piece_restores_single_range():
    ru = RangeUnion([(0, 10)])
    ru.remove(4, 6)
    ru.add(4, 6)
    assert ru.ranges() == [(0, 10)]


def test_gap_of_one_stays_separate():
    ru = RangeUnion([(0, 3), (4, 7)])
    assert ru.ranges() == [(0, 3), (4, 7)]
    assert ru.gaps(0, 7) == [(3, 4)]


def test_random_against_python_set():
    rng = random.Random(31)
    for _ in range(50):
        ru = RangeUnion()
        model = set()
        for _ in range(25):
            a = rng.randint(0, 40)
            b = a + rng.randint(0, 8)
            if rng.random() < 0.7:
                ru.add(a, b)
                model |= set(range(a, b))
            else:
                ru.remove(a, b)
                model -= set(range(a, b))
            spans = ru.ranges()
            for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
                assert e1 < s2
            assert all(s < e for s, e in spans)
        assert covered(ru, -2, 52) == model
        assert len(ru) == len(model)
