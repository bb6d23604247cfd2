import random

from stratified_eval_sample import allocate, label_counts, stratified_sample


def make_dataset(seed, size, labels="abcd"):
    rng = random.Random(seed)
    return [{"qid": f"q{n}", "gold": rng.choice(labels)} for n in range(size)]


def reference(examples, size, label_key, seed):
    positions = {}
    for position, example in enumerate(examples):
        positions.setdefault(str(example[label_key]), []).append(position)
    shares = allocate({label: len(found) for label, found in positions.items()}, size)
    rng = random.Random(seed)
    picked = []
    for label in sorted(positions):
        picked.extend(rng.sample(positions[label], shares[label]))
    return [examples[position] for position in sorted(picked)]


def test_order_and_membership_on_many_datasets():
    for seed in range(25):
        examples = make_dataset(seed, 80 + seed)
        size = 5 + seed
        sample = stratified_sample(examples, size, label_key="gold", seed=seed)
        order = [examples.index(example) for example in sample]
        assert order == sorted(order)
        assert len(set(order)) == len(order) == size
        assert sample == reference(examples, size, "gold", seed)


def test_whole_dataset_comes_back_unchanged():
    examples = make_dataset(9, 40)
    assert stratified_sample(examples, 40, label_key="gold", seed=5) == examples
    assert stratified_sample(examples, 41, label_key="gold", seed=6) == examples


def test_counts_follow_allocation():
    examples = make_dataset(2, 300, labels="xyz")
    counts = label_counts(examples, "gold")
    sample = stratified_sample(examples, 37, label_key="gold", seed=11)
    assert label_counts(sample, "gold") == {k: v for k, v in allocate(counts, 37).items() if v}


def test_different_seeds_differ():
    examples = make_dataset(4, 200)
    first = stratified_sample(examples, 30, label_key="gold", seed=1)
    second = stratified_sample(examples, 30, label_key="gold", seed=2)
    assert first != second


def test_allocate_more_cases():
    assert allocate({"a": 1, "b": 1, "c": 1}, 2) == {"a": 1, "b": 1, "c": 0}
    assert allocate({"big": 97, "small": 3}, 10) == {"big": 10, "small": 0}
    assert allocate({"p": 2, "q": 2}, 0) == {"p": 0, "q": 0}
    assert allocate({"m": 4, "n": 6}, 10) == {"m": 4, "n": 6}


def test_empty_and_zero():
    assert stratified_sample([], 5) == []
    assert stratified_sample([{"label": "a"}, {"label": "b"}], 0) == []
