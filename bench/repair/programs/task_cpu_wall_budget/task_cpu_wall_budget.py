"""CPU-second and wall-clock budgets for one agent task.

A task may burn at most `cpu_seconds` of CPU time and run for at most
`wall_seconds` of real time.  A budget is spent as soon as usage reaches its
limit; the harness calls `check()` between tool steps and stops the task on
BudgetExceeded.  Clocks are injectable so tests do not have to sleep.
"""

import time


class BudgetExceeded(Exception):
    def __init__(self, kind, used, limit):
        super().__init__(f"{kind} budget spent: {used:.2f}s of {limit:.2f}s")
        self.kind = kind
        self.used = used
        self.limit = limit


class TaskBudget:
    def __init__(self, cpu_seconds, wall_seconds, wall_clock=time.monotonic,
                 cpu_clock=time.process_time):
        self.cpu_limit = cpu_seconds
        self.wall_limit = wall_seconds
        self._wall_clock = wall_clock
        self._cpu_clock = cpu_clock
        self._wall_start = wall_clock()
        self._cpu_start = cpu_clock()

    def used(self):
        return {
            "cpu": self._cpu_clock() - self._cpu_start,
            "wall": self._wall_clock() - self._wall_start,
        }

    def remaining(self):
        used = self.used()
        return {
            "cpu": max(0.0, self.cpu_limit - used["cpu"]),
            "wall": max(0.0, self.wall_limit - used["wall"]),
        }

    def check(self):
        used = self.used()
        if used["cpu"] >= self.cpu_limit:
            raise BudgetExceeded("cpu", used["cpu"], self.cpu_limit)
        if used["wall"] > self.wall_limit:
            raise BudgetExceeded("wall", used["wall"], self.wall_limit)
        return self.remaining()
