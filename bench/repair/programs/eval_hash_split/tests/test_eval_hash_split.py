import pytest

from eval_hash_split import assign_split, split_examples

FRACTIONS = {"train": 0.8, "test": 0.2}


def make_examples(count):
    return [{"id": f"ex-{n:04d}", "doc": f"doc-{n // 5}"} for n in range(count)]


def test_every_example_lands_in_exactly_one_split():
    examples = make_examples(200)
    splits = split_examples(examples, {"train": 0.7, "dev": 0.1, "test": 0.2})
    assert list(splits) == ["train", "dev", "test"]
    assigned = [example["id"] for part in splits.values() for example in part]
    assert sorted(assigned) == [example["id"] for example in examples]


def test_split_does_not_depend_on_order():
    examples = make_examples(300)
    forward = split_examples(examples, FRACTIONS)
    backward = split_examples(list(reversed(examples)), FRACTIONS)
    assert {e["id"] for e in forward["test"]} == {e["id"] for e in backward["test"]}


def test_fractions_are_roughly_respected():
    splits = split_examples(make_examples(2000), FRACTIONS)
    assert 340 <= len(splits["test"]) <= 460


def test_groups_stay_together():
    splits = split_examples(make_examples(400), FRACTIONS, group_key="doc")
    train_docs = {e["doc"] for e in splits["train"]}
    test_docs = {e["doc"] for e in splits["test"]}
    assert train_docs and test_docs
    assert not train_docs & test_docs


def test_new_salt_cuts_a_different_split():
    examples = make_examples(500)
    old = split_examples(examples, FRACTIONS)
    new = split_examples(examples, FRACTIONS, salt="2024-refresh")
    assert {e["id"] for e in old["test"]} != {e["id"] for e in new["test"]}
    assert 60 <= len(new["test"]) <= 140


def test_assign_split_single_key():
    assert assign_split("anything", {"all": 1.0}) == "all"
    assert assign_split("ex-0001", FRACTIONS) == assign_split("ex-0001", FRACTIONS)


def test_fractions_must_sum_to_one():
    with pytest.raises(ValueError):
        split_examples(make_examples(3), {"train": 0.8, "test": 0.3})
