import hashlib

import pytest

from eval_hash_split import BUCKETS, assign_split, bucket_of, split_examples


def make_examples(count):
    return [{"uid": n, "source": f"src-{n % 37}"} for n in range(count)]


def expected_split(key, fractions, salt):
    digest = hashlib.sha256(f"{salt}\x1f{key}".encode()).digest()
    point = (int.from_bytes(digest[:8], "big") % BUCKETS) / BUCKETS
    cumulative = 0.0
    for name, share in fractions.items():
        cumulative += share
        if point < cumulative:
            return name
    return list(fractions)[-1]


@pytest.mark.parametrize("salt", ["", "v2", "seed=7", "2025-01"])
def test_split_examples_matches_assign_split_for_each_salt(salt):
    fractions = {"train": 0.6, "dev": 0.15, "test": 0.25}
    examples = make_examples(400)
    splits = split_examples(examples, fractions, id_key="uid", salt=salt)
    for name, part in splits.items():
        for example in part:
            assert assign_split(str(example["uid"]), fractions, salt=salt) == name
            assert expected_split(str(example["uid"]), fractions, salt) == name


def test_group_key_uses_salt_too():
    fractions = {"train": 0.5, "test": 0.5}
    examples = make_examples(370)
    for salt in ("a", "b", "c"):
        splits = split_examples(examples, fractions, id_key="uid", group_key="source", salt=salt)
        for name, part in splits.items():
            for example in part:
                assert expected_split(example["source"], fractions, salt) == name


def test_salted_splits_differ_between_salts():
    fractions = {"train": 0.5, "test": 0.5}
    examples = make_examples(200)
    first = split_examples(examples, fractions, id_key="uid", salt="one")
    second = split_examples(examples, fractions, id_key="uid", salt="two")
    assert [e["uid"] for e in first["test"]] != [e["uid"] for e in second["test"]]


def test_bucket_of_is_the_documented_hash():
    for key, salt in [("x", ""), ("ex-1", "s"), ("42", "v2")]:
        digest = hashlib.sha256(f"{salt}\x1f{key}".encode()).digest()
        assert bucket_of(key, salt) == int.from_bytes(digest[:8], "big") % BUCKETS


def test_zero_fraction_split_stays_empty_and_listed():
    splits = split_examples(make_examples(100), {"train": 1.0, "test": 0.0}, id_key="uid", salt="z")
    assert splits["test"] == []
    assert len(splits["train"]) == 100


def test_negative_fraction_rejected():
    with pytest.raises(ValueError):
        split_examples([], {"train": 1.2, "test": -0.2})
