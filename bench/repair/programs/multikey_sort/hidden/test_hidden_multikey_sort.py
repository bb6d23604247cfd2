import itertools
import random
from dataclasses import dataclass

from multikey_sort import SortKey, SortSpec, order_by


@dataclass
class Run:
    model: str
    score: int
    cost: int
    seed: int


def _reference(records, keys):
    # sort by a tuple key: negate numeric fields for descending
    def key(record):
        return tuple(-getattr(record, f) if desc else getattr(record, f) for f, desc in keys)
    return sorted(records, key=key)


def test_matches_tuple_sort_with_spaces_in_spec():
    rng = random.Random(3)
    fields = ["score", "cost", "seed"]
    for _ in range(200):
        runs = [Run(f"m{i}", rng.randint(0, 3), rng.randint(0, 3), rng.randint(0, 3))
                for i in range(rng.randint(0, 12))]
        chosen = rng.sample(fields, rng.randint(1, 3))
        keys = [(f, rng.random() < 0.5) for f in chosen]
        spec = ",".join(rng.choice(["", " ", "  ", "\t"]) + ("-" if d else "") + f
                        for f, d in keys)
        assert order_by(runs, spec) == _reference(runs, keys), spec


def test_parse_with_surrounding_whitespace():
    assert SortKey.parse("  -cost ") == SortKey("cost", descending=True)
    assert SortKey.parse(" +score") == SortKey("score")
    assert SortSpec.parse("score,  -cost,\tseed").keys == (
        SortKey("score"), SortKey("cost", True), SortKey("seed"))


def test_str_round_trip():
    spec = SortSpec.parse(" -score ,  cost , -seed")
    assert str(spec) == "-score, cost, -seed"
    assert SortSpec.parse(str(spec)) == spec


def test_descending_string_key_after_ascending():
    runs = [Run(m, s, 0, 0) for m, s in itertools.product("abc", [1, 2])]
    assert [(r.score, r.model) for r in order_by(runs, "score, -model")] == [
        (1, "c"), (1, "b"), (1, "a"), (2, "c"), (2, "b"), (2, "a")]
