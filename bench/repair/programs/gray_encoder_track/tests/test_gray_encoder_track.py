import pytest

from gray_encoder_track import decode_track, flipped_bit, gray_sequence, to_gray


def test_first_code_words():
    assert [to_gray(i) for i in range(8)] == [0, 1, 3, 2, 6, 7, 5, 4]


def test_sequence_neighbours_differ_in_one_bit():
    seq = gray_sequence(4)
    assert len(seq) == 16
    assert len(set(seq)) == 16
    for a, b in zip(seq, seq[1:] + seq[:1]):
        assert bin(a ^ b).count("1") == 1


def test_flipped_bit():
    assert flipped_bit(0b0110, 0b0111) == 0
    assert flipped_bit(0b0010, 0b0110) == 2


def test_flipped_bit_rejects_non_neighbours():
    with pytest.raises(ValueError):
        flipped_bit(0b01, 0b10)
    with pytest.raises(ValueError):
        flipped_bit(5, 5)


def test_decode_track():
    assert decode_track([0, 1, 3, 2, 6]) == [0, 1, 2, 3, 4]
