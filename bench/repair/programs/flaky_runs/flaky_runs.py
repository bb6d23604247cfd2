"""Find flaky tasks in an eval suite run several times against the same agent build.

A record is {"task": str, "attempt": int, "outcome": "pass" | "fail" | "error"}, in any
order. "error" means the harness broke (sandbox died, provider outage): it says nothing
about the agent, so it is left out of every count.
"""

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

Record = dict[str, Any]


@dataclass(frozen=True)
class TaskReport:
    task: str
    attempts: int  # attempts that produced a verdict
    passes: int
    flips: int  # verdict changes between consecutive attempts
    status: str  # "stable_pass", "stable_fail", "flaky" or "no_data"

    @property
    def flip_rate(self) -> float:
        """Share of consecutive attempt pairs whose verdicts differ (0.0 below two attempts)."""
        return self.flips / self.attempts if self.attempts > 1 else 0.0


def task_reports(records: list[Record]) -> dict[str, TaskReport]:
    by_task: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        by_task[record["task"]].append(record)
    reports: dict[str, TaskReport] = {}
    for task, rows in sorted(by_task.items()):
        ordered = sorted(rows, key=lambda row: row["attempt"])
        verdicts = [row["outcome"] for row in ordered]
        passes = verdicts.count("pass")
        flips = sum(1 for before, after in zip(verdicts, verdicts[1:]) if before != after)
        if not verdicts:
            status = "no_data"
        elif passes == len(verdicts):
            status = "stable_pass"
        elif passes == 0:
            status = "stable_fail"
        else:
            status = "flaky"
        reports[task] = TaskReport(task, len(verdicts), passes, flips, status)
    return reports


def flaky_tasks(records: list[Record], min_attempts: int = 3) -> list[str]:
    """Flaky tasks with at least min_attempts verdicts, highest flip rate first, then by name."""
    flaky = [report for report in task_reports(records).values()
             if report.status == "flaky" and report.attempts >= min_attempts]
    return [report.task for report in sorted(flaky, key=lambda report: (-report.flip_rate, report.task))]
