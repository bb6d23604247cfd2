from subagent_sharding import Shard, WorkItem, plan_shards, run_sharded


def items(*sizes):
    return [WorkItem(f"doc{i}", size) for i, size in enumerate(sizes)]


def summarise(agent, shard):
    return {item.key: f"{agent}:{item.key}" for item in shard.items}


def test_everything_fits_in_one_shard():
    shards = list(plan_shards(items(100, 200, 300), token_budget=1000))
    assert shards == [Shard(0, tuple(items(100, 200, 300)))]


def test_split_when_budget_would_be_exceeded():
    shards = list(plan_shards(items(400, 400, 300, 500), token_budget=800))
    assert [[item.key for item in shard.items] for shard in shards] == [
        ["doc0", "doc1"], ["doc2", "doc3"]]
    assert [shard.tokens for shard in shards] == [800, 800]


def test_oversized_item_gets_its_own_shard():
    shards = list(plan_shards(items(100, 5000, 100), token_budget=1000))
    assert [len(shard.items) for shard in shards] == [1, 1, 1]


def test_shards_are_numbered_in_order():
    shards = list(plan_shards(items(600, 600, 600), token_budget=1000))
    assert [shard.index for shard in shards] == [0, 1, 2]


def test_no_items_no_shards():
    assert list(plan_shards([], token_budget=10)) == []


def test_run_sharded_collects_every_answer():
    work = items(500, 500, 500, 500)
    answers = run_sharded(work, token_budget=1000, agents=["a"], worker=summarise)
    assert list(answers) == ["doc0", "doc1", "doc2", "doc3"]
