import random

from limb_add import LIMB_MASK, add_limbs, from_limbs, popcount, to_limbs


def test_carry_out_of_single_limb():
    assert add_limbs([LIMB_MASK], [LIMB_MASK]) == [LIMB_MASK - 1, 1]
    assert add_limbs([LIMB_MASK], [1]) == [0, 1]


def test_long_carry_chain():
    assert add_limbs([LIMB_MASK] * 5, [1]) == [0, 0, 0, 0, 0, 1]
    assert add_limbs([1], [LIMB_MASK] * 3) == [0, 0, 0, 1]


def test_empty_operands():
    assert add_limbs([], []) == []
    assert add_limbs([], [4, 9]) == [4, 9]


def test_every_limb_fits():
    rng = random.Random(8)
    for _ in range(200):
        x = rng.getrandbits(rng.randint(0, 200))
        y = rng.getrandbits(rng.randint(0, 200))
        limbs = add_limbs(to_limbs(x), to_limbs(y))
        assert from_limbs(limbs) == x + y
        assert limbs == to_limbs(x + y)
        assert all(0 <= limb <= LIMB_MASK for limb in limbs)


def test_popcount_random():
    rng = random.Random(9)
    for _ in range(100):
        x = rng.getrandbits(150)
        assert popcount(to_limbs(x)) == bin(x).count("1")
