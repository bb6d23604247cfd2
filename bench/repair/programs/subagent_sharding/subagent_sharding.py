"""Splits a large job into token-bounded shards for sub-agents and merges their answers."""

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class WorkItem:
    key: str
    tokens: int


@dataclass(frozen=True)
class Shard:
    index: int
    items: tuple[WorkItem, ...]

    @property
    def tokens(self) -> int:
        return sum(item.tokens for item in self.items)


def plan_shards(items: Iterable[WorkItem], token_budget: int) -> Iterator[Shard]:
    """Pack consecutive items into shards of at most token_budget tokens.

    An item bigger than the budget still gets a shard, on its own.
    """
    index = 0
    batch: list[WorkItem] = []
    used = 0
    for item in items:
        if batch and used + item.tokens > token_budget:
            index += 1
            yield Shard(index, tuple(batch))
            batch, used = [], 0
        batch.append(item)
        used += item.tokens
    if batch:
        yield Shard(index, tuple(batch))


Worker = Callable[[str, Shard], dict[str, str]]


def run_sharded(
    items: Sequence[WorkItem], token_budget: int, agents: Sequence[str], worker: Worker
) -> dict[str, str]:
    """Hand shards to the sub-agents in turn; answers come back keyed by item, in item order."""
    answers_by_shard: dict[int, dict[str, str]] = {}
    for shard in plan_shards(items, token_budget):
        agent = agents[shard.index % len(agents)]
        answers_by_shard[shard.index] = worker(agent, shard)
    merged: dict[str, str] = {}
    for index in sorted(answers_by_shard):
        merged.update(answers_by_shard[index])
    return {item.key: merged[item.key] for item in items if item.key in merged}
