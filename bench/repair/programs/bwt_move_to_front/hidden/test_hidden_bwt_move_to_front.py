import pytest

from bwt_move_to_front import bwt, inverse_bwt, mtf_decode, mtf_encode, pack, unpack


def test_mtf_encode_bwt_output():
    assert mtf_encode(b"nnbaaa") == [110, 0, 99, 99, 0, 0]
    assert pack(b"banana") == ([110, 0, 99, 99, 0, 0], 3)


def test_mtf_encode_low_and_high_bytes():
    assert mtf_encode(bytes([0, 0, 1, 0, 255, 1])) == [0, 0, 1, 1, 255, 2]
    assert mtf_encode(b"cba") == [99, 99, 99]
    assert mtf_encode(b"abcabc") == [97, 98, 99, 2, 2, 2]


@pytest.mark.parametrize("data", [
    b"abracadabra",
    b"zyxwvutsrqponm" * 3,
    bytes(range(256)),
    bytes(reversed(range(256))) + b"\x00\x00\xff",
    b"the quick brown fox jumps over the lazy dog",
])
def test_mtf_round_trip(data):
    encoded = mtf_encode(data)
    assert all(0 <= p < 256 for p in encoded)
    assert mtf_decode(encoded) == data


@pytest.mark.parametrize("data", [
    b"x", b"aaaa", b"abababab", b"abracadabra", b"SIX.MIXED.PIXIES.SIFT.SIXTY.PIXIE.DUST.BOXES",
    bytes(range(40, 0, -3)) * 2,
])
def test_full_pipeline_round_trip(data):
    positions, index = pack(data)
    assert unpack(positions, index) == data
    last, primary = bwt(data)
    assert sorted(last) == sorted(data)
    assert inverse_bwt(last, primary) == data


def test_repeated_runs_become_zeros():
    positions, _ = pack(b"aaaaaaaa")
    assert positions == [97, 0, 0, 0, 0, 0, 0, 0]


def test_negative_primary_index():
    with pytest.raises(ValueError):
        inverse_bwt(b"abc", -1)
