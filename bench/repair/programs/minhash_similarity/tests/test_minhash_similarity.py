import pytest

from minhash_similarity import MinHasher, jaccard, shingles


def test_exact_jaccard():
    assert jaccard({"a", "b", "c"}, {"b", "c", "d"}) == 0.5
    assert jaccard(set(), set()) == 1.0


def test_signature_length_and_determinism():
    hasher = MinHasher(num_hashes=32)
    sig = hasher.signature(["alpha", "beta"])
    assert len(sig) == 32
    assert sig == MinHasher(num_hashes=32).signature(["beta", "alpha"])


def test_identical_documents():
    hasher = MinHasher()
    doc = shingles("the quick brown fox jumps over the lazy dog")
    assert hasher.estimate(doc, doc) == 1.0


def test_unrelated_documents():
    hasher = MinHasher()
    a = shingles("the quick brown fox jumps over the lazy dog")
    b = shingles("lorem ipsum dolor sit amet consectetur adipiscing elit")
    assert hasher.estimate(a, b) < 0.1


def test_estimate_tracks_exact_similarity():
    hasher = MinHasher(num_hashes=256)
    a = {f"w{i}" for i in range(0, 60)}
    b = {f"w{i}" for i in range(30, 90)}
    assert hasher.estimate(a, b) == pytest.approx(jaccard(a, b), abs=0.12)


def test_mismatched_signatures_rejected():
    with pytest.raises(ValueError):
        MinHasher().similarity([1, 2], [1, 2, 3])
