import pytest

from image_rle_2d import EncodedImage, coverage, decode, encode


def test_blank_image_is_one_run():
    image = [[0, 0, 0], [0, 0, 0]]
    assert encode(image) == EncodedImage(3, 2, [(0, 6)])


def test_runs_continue_across_row_ends():
    image = [
        [1, 1, 0],
        [0, 0, 2],
    ]
    assert encode(image).runs == [(1, 2), (0, 3), (2, 1)]


def test_round_trip_of_a_sprite():
    sprite = [
        [0, 3, 3, 0],
        [3, 7, 7, 3],
        [0, 3, 3, 0],
    ]
    assert decode(encode(sprite)) == sprite


def test_coverage_counts_pixels_of_one_value():
    mask = EncodedImage(4, 2, [(0, 3), (1, 4), (0, 1)])
    assert coverage(mask, 1) == 4
    assert coverage(mask, 0) == 4


def test_ragged_rows_rejected():
    with pytest.raises(ValueError):
        encode([[1, 2], [3]])


def test_decode_rejects_short_runs():
    with pytest.raises(ValueError):
        decode(EncodedImage(2, 2, [(5, 3)]))
