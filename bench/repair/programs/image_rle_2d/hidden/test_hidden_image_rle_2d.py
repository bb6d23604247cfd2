import random

from image_rle_2d import EncodedImage, coverage, decode, encode, runs_of


def test_empty_image():
    assert encode([]) == EncodedImage(0, 0, [])


def test_runs_of_alternating_values():
    assert list(runs_of([4, 5, 4, 5])) == [(4, 1), (5, 1), (4, 1), (5, 1)]


def test_runs_of_lengths():
    assert list(runs_of([9, 9, 9, 2, 2, 9])) == [(9, 3), (2, 2), (9, 1)]


def test_checkerboard():
    board = [[(r + c) % 2 for c in range(3)] for r in range(3)]
    encoded = encode(board)
    assert encoded.runs == [(0, 1), (1, 1)] * 4 + [(0, 1)]
    assert coverage(encoded, 1) == 4


def test_single_column_image():
    column = [[1], [1], [2], [2], [2]]
    assert encode(column).runs == [(1, 2), (2, 3)]
    assert decode(encode(column)) == column


def test_run_lengths_sum_to_pixel_count():
    rng = random.Random(5)
    for _ in range(100):
        width, height = rng.randint(1, 7), rng.randint(1, 7)
        image = [[rng.choice([0, 0, 0, 1, 2]) for _ in range(width)] for _ in range(height)]
        encoded = encode(image)
        assert sum(length for _, length in encoded.runs) == width * height
        assert all(a[0] != b[0] for a, b in zip(encoded.runs, encoded.runs[1:]))
        assert decode(encoded) == image
        assert coverage(encoded, 0) == sum(row.count(0) for row in image)
