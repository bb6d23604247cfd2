import pytest

from minhash_similarity import MinHasher, jaccard, shingles


def test_signature_of_union_is_elementwise_min():
    hasher = MinHasher(num_hashes=64)
    a = ["red", "green", "blue"]
    b = ["cyan", "magenta", "yellow", "blue"]
    union = hasher.signature(a + b)
    assert union == [min(x, y) for x, y in zip(hasher.signature(a), hasher.signature(b))]


def test_single_token_signature_differs_per_token():
    hasher = MinHasher(num_hashes=16)
    assert hasher.signature(["x"]) != hasher.signature(["y"])
    assert hasher.estimate(["x"], ["y"]) < 0.2


def test_empty_against_non_empty():
    hasher = MinHasher(num_hashes=32)
    assert hasher.estimate([], ["token"]) == 0.0
    assert hasher.estimate([], []) == 1.0


@pytest.mark.parametrize("overlap", [10, 40, 70])
def test_estimates_follow_overlap(overlap):
    hasher = MinHasher(num_hashes=256)
    a = {f"t{i}" for i in range(100)}
    b = {f"t{i}" for i in range(100 - overlap, 200 - overlap)}
    assert hasher.estimate(a, b) == pytest.approx(jaccard(a, b), abs=0.12)


def test_near_duplicate_text_scores_high_and_unrelated_low():
    hasher = MinHasher()
    original = shingles("please reset my password because I forgot it yesterday evening")
    edited = shingles("please reset my password because I forgot it last evening")
    other = shingles("what is the weather forecast for berlin tomorrow morning")
    assert hasher.estimate(original, edited) > 0.4
    assert hasher.estimate(original, other) < 0.1
