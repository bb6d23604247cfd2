import pytest

from bwt_move_to_front import bwt, inverse_bwt, mtf_decode, mtf_encode, pack, unpack


def test_bwt_of_banana():
    assert bwt(b"banana") == (b"nnbaaa", 3)


def test_inverse_bwt_restores_text():
    assert inverse_bwt(b"rdarcaaaabb", 2) == b"abracadabra"


def test_mtf_encode():
    assert mtf_encode(b"bananaaa") == [98, 98, 110, 1, 1, 1, 0, 0]


def test_mtf_decode():
    assert mtf_decode([98, 98, 110, 1, 1, 1, 0, 0]) == b"bananaaa"


@pytest.mark.parametrize("text", [b"", b"banana", b"mississippi river"])
def test_pack_round_trip(text):
    positions, index = pack(text)
    assert unpack(positions, index) == text


def test_primary_index_out_of_range():
    with pytest.raises(ValueError):
        inverse_bwt(b"nnbaaa", 6)
