"""Retries for agent tool calls, drawn from budgets that several tools may share."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")
TRANSIENT: tuple[type[Exception], ...] = (TimeoutError, ConnectionError)


@dataclass(frozen=True)
class RetryBudget:
    name: str
    max_retries: int


@dataclass(frozen=True)
class ToolRetryPolicy:
    tool: str
    max_attempts: int
    budget: RetryBudget


class RetryLedger:
    def __init__(self, policies: Iterable[ToolRetryPolicy]) -> None:
        self.policies = {policy.tool: policy for policy in policies}
        self.budgets = {policy.budget.name: policy.budget for policy in self.policies.values()}
        self.retries_used: dict[str, int] = {}

    def remaining(self, budget_name: str) -> int:
        budget = self.budgets[budget_name]
        return budget.max_retries - self.retries_used.get(budget_name, 0)

    def may_retry(self, tool: str, failed_attempt: int) -> bool:
        policy = self.policies[tool]
        if failed_attempt >= policy.max_attempts:
            return False
        return self.remaining(policy.budget.name) > 0

    def record_retry(self, tool: str) -> None:
        policy = self.policies[tool]
        key = policy.tool
        self.retries_used[key] = self.retries_used.get(key, 0) + 1


def call_with_retries(ledger: RetryLedger, tool: str, call: Callable[[], T]) -> T:
    """Run call, retrying transient failures while the tool's policy and budget allow."""
    attempt = 1
    while True:
        try:
            return call()
        except TRANSIENT:
            if not ledger.may_retry(tool, attempt):
                raise
            ledger.record_retry(tool)
            attempt += 1
