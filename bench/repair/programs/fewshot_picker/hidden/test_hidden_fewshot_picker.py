import random

from fewshot_picker import SIMILARITY, Example, pick_examples

WORDS = ["find", "sum", "the", "orders", "users", "by", "date", "rows", "count", "table"]


def _reference(query, pool, k, measure, min_score, exclude, required_tag):
    ranked = []
    for example in pool:
        if example.id in exclude:
            continue
        if required_tag is not None and required_tag not in example.tags:
            continue
        score = SIMILARITY[measure](query, example)
        if score > 0 and score >= min_score:
            ranked.append((score, example))
    ranked.sort(key=lambda pair: pair[0], reverse=True)
    return [example.id for _, example in ranked[:k]]


def test_excluding_everything_similar():
    pool = [Example("a", "sum the orders", ""), Example("b", "sum the users", "")]
    assert pick_examples("sum the orders", pool, k=3, exclude=["a", "b"]) == []


def test_exclude_and_required_tag_together():
    pool = [
        Example("a", "sum the orders", "", frozenset({"sql"})),
        Example("b", "sum the orders by date", "", frozenset({"sql"})),
        Example("c", "sum the orders", "", frozenset({"pandas"})),
    ]
    picked = pick_examples("sum the orders", pool, k=3, exclude=("a",), required_tag="sql")
    assert [example.id for example in picked] == ["b"]


def test_excluded_with_overlap_measure():
    pool = [Example("a", "count rows", ""), Example("b", "count the rows in the table", "")]
    picked = pick_examples("count rows", pool, k=2, measure="overlap", exclude={"b"})
    assert [example.id for example in picked] == ["a"]


def test_random_against_reference():
    rng = random.Random(41)
    for _ in range(300):
        pool = [
            Example(
                f"ex{i}",
                " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 5))),
                "",
                frozenset(rng.sample(["sql", "py", "chat"], rng.randint(0, 2))),
            )
            for i in range(rng.randint(0, 8))
        ]
        query = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 5)))
        exclude = {f"ex{i}" for i in range(8) if rng.random() < 0.3}
        required_tag = rng.choice([None, "sql", "py"])
        measure = rng.choice(["jaccard", "overlap"])
        min_score = rng.choice([0.0, 0.2, 0.5])
        k = rng.randint(1, 5)
        picked = pick_examples(query, pool, k, measure=measure, min_score=min_score,
                               exclude=exclude, required_tag=required_tag)
        assert [example.id for example in picked] == _reference(
            query, pool, k, measure, min_score, exclude, required_tag
        )
