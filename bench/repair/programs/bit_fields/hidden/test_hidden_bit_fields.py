import random

import pytest

from bit_fields import BitLayout


def test_clearing_a_field_keeps_its_neighbours():
    layout = BitLayout([("a", 3), ("b", 5), ("c", 2), ("d", 6)])
    word = layout.pack(a=7, b=31, c=3, d=63)
    assert word == (1 << 16) - 1
    word = layout.set(word, "b", 0)
    assert layout.unpack(word) == {"a": 7, "b": 0, "c": 3, "d": 63}
    word = layout.set(word, "a", 0)
    assert layout.unpack(word) == {"a": 0, "b": 0, "c": 3, "d": 63}


def test_one_bit_flags_after_a_wide_field():
    layout = BitLayout([("id", 10), ("ready", 1), ("dirty", 1)])
    word = layout.pack(id=1023, ready=1, dirty=1)
    word = layout.set(word, "ready", 0)
    assert layout.unpack(word) == {"id": 1023, "ready": 0, "dirty": 1}


def test_bits_above_the_layout_are_kept():
    layout = BitLayout([("low", 4), ("mid", 4)])
    word = layout.set(0xF00 | 0x5A, "mid", 1)
    assert word == 0xF00 | 0x1A


def test_invalid_layouts():
    with pytest.raises(ValueError):
        BitLayout([("a", 0)])
    with pytest.raises(ValueError):
        BitLayout([("a", 2), ("a", 3)])
    with pytest.raises(ValueError):
        BitLayout([("a", 2)]).set(0, "a", -1)


def test_random_updates_against_a_dict_model():
    rng = random.Random(5)
    for _ in range(200):
        widths = [rng.randint(1, 9) for _ in range(rng.randint(1, 5))]
        names = [f"f{i}" for i in range(len(widths))]
        layout = BitLayout(list(zip(names, widths)))
        model = {name: rng.randrange(1 << width) for name, width in zip(names, widths)}
        word = layout.pack(**model)
        for _ in range(10):
            index = rng.randrange(len(names))
            model[names[index]] = rng.randrange(1 << widths[index])
            word = layout.set(word, names[index], model[names[index]])
            assert layout.unpack(word) == model
            assert 0 <= word < 1 << layout.width
