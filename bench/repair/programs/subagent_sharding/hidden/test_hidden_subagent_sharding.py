import random

from subagent_sharding import WorkItem, plan_shards, run_sharded


def items(*sizes):
    return [WorkItem(f"k{i}", size) for i, size in enumerate(sizes)]


def test_agents_take_turns():
    seen = []

    def worker(agent, shard):
        seen.append((agent, shard.index))
        return {item.key: agent for item in shard.items}

    answers = run_sharded(items(3, 3, 3, 3, 3), token_budget=3, agents=["x", "y"], worker=worker)
    assert seen == [("x", 0), ("y", 1), ("x", 2), ("y", 3), ("x", 4)]
    assert answers == {"k0": "x", "k1": "y", "k2": "x", "k3": "y", "k4": "x"}


def test_answers_in_item_order_even_if_worker_reorders():
    def worker(agent, shard):
        return {item.key: item.key.upper() for item in reversed(shard.items)}

    work = items(1, 1, 1, 1, 1, 1, 1)
    answers = run_sharded(work, token_budget=3, agents=["a", "b", "c"], worker=worker)
    assert list(answers.items()) == [(f"k{i}", f"K{i}") for i in range(7)]


def test_two_shards_indexed_zero_and_one():
    shards = list(plan_shards(items(9, 9), token_budget=10))
    assert [s.index for s in shards] == [0, 1]


def test_random_plans_are_contiguous_bounded_and_numbered():
    rng = random.Random(7)
    for _ in range(200):
        work = items(*[rng.randint(1, 40) for _ in range(rng.randint(0, 15))])
        budget = rng.randint(10, 60)
        shards = list(plan_shards(work, budget))
        assert [s.index for s in shards] == list(range(len(shards)))
        assert [item for s in shards for item in s.items] == work
        for shard in shards:
            assert shard.tokens <= budget or len(shard.items) == 1
        for left, right in zip(shards, shards[1:]):
            assert left.tokens + right.items[0].tokens > budget
        answers = run_sharded(work, budget, ["p", "q"], lambda a, s: {i.key: a for i in s.items})
        assert list(answers) == [item.key for item in work]
        assert all(answers[i.key] == "pq"[s.index % 2] for s in shards for i in s.items)
