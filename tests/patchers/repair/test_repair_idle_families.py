"""Families that read what the code computes and never uses: a local assigned and never read,
a parameter only passed on to the function's own recursion, a field of one class no object of
that class is read through, a field the file handles in pairs and one block handles alone, a
counter read in a loop and never advanced, a power never read that scales an operand. Each runs on a small program of its own, none of
them a benchmark program."""

from __future__ import annotations

from repair_edits import applied, edits_of, only, repaired
from repair_fake import Repair, Scenario, fixed_by, program

from selfpatch.patchers.repair._idle import idle_names
from selfpatch.patchers.repair._index import FileIndex
from selfpatch.patchers.repair._names import IDLE_NAME_PRIOR

POOL = program("""
    class Pool:
        def __init__(self, total):
            self.total = total
            self.used = {}

        def take(self, user, amount):
            self.used[user] = self.used.get(user, 0) + amount
            return self

        def free(self, user):
            everyone = sum(self.used.values())
            mine = self.used.get(user, 0)
            return self.total - mine
""")


def test_a_local_computed_and_never_read_is_the_likely_replacement(repair: Repair) -> None:
    edits = edits_of(POOL)
    edit = only(edits, "wrong variable", "13: wrong variable: `mine` -> `everyone`")
    assert edit.prior == IDLE_NAME_PRIOR
    # ``self`` is never the slip, and nothing reads ``everyone`` before it is bound
    assert not [e for e in edits if "`self` -> `everyone`" in e.description and e.prior >= 0.7]
    run = repair(Scenario(
        {"prog.py": POOL}, {"prog.py": applied(POOL, edit)},
        failing=["Pool(10).take('a', 2).take('b', 3).free('a')"],
        passing=["Pool(10).free('a')", "Pool(4).take('b', 1).free('b')"],
        hidden=["Pool(9).take('a', 1).take('c', 5).free('c')", "Pool(3).take('x', 3).free('y')"],
    ))  # fmt: skip
    fixed_by(run, "`mine` -> `everyone`")


def test_a_parameter_only_forwarded_to_its_own_recursion_is_idle() -> None:
    source = program("""
        def depth(node, a, b, level=0):
            if node is None:
                return -1
            if node[0] == a:
                return level
            return max(depth(node[1], a, b, level + 1), depth(node[2], a, b, level + 1))

        def swapped(node, a, b):
            return swapped(node, b, a) if node else a
    """)
    index = FileIndex("prog.py", source)
    by_name = {f.name: f for f in index.functions}
    assert idle_names(index, by_name["depth"]) == {"b"}
    # passed on in another position, ``b`` does reach something
    assert idle_names(index, by_name["swapped"]) == set()


FINDER = program("""
    def first_of(items: list[str], wanted: str, alias: str) -> int:
        for index, item in enumerate(items):
            if item == wanted:
                return index
        return -1
""")


def test_an_idle_parameter_is_tested_like_its_twin(repair: Repair) -> None:
    edits = edits_of(FINDER)
    edit = only(edits, "missing condition", "`item == wanted or item == alias`")
    assert edit.structural
    run = repair(Scenario(
        {"prog.py": FINDER}, {"prog.py": applied(FINDER, edit)},
        failing=["first_of(['x', 'y', 'z'], 'z', 'y')"],
        passing=["first_of(['x', 'y'], 'y', 'q')", "first_of([], 'a', 'b')"],
        hidden=["first_of(['p', 'q', 'r'], 'r', 'p')", "first_of(['a'], 'b', 'c')"],
    ))  # fmt: skip
    fixed_by(run, "item == alias")


SPANS = program("""
    class Span:
        def __init__(self, start=0, end=0):
            self.start = start
            self.end = end


    def shifted(span, by):
        moved = Span()
        moved.start = span.start + by
        moved.end = span.end + by
        return moved


    def copied(span):
        copy = Span()
        copy.start = span.start
        return copy
""")


def test_a_field_the_file_sets_in_pairs_gets_its_twin(repair: Repair) -> None:
    edits = edits_of(SPANS)
    edit = only(edits, "missing twin statement", "`copy.end = span.end`")
    assert edit.structural
    # initial values side by side (``self.start = start``) are not evidence of a pairing
    assert not [e for e in edits if e.kind == "missing twin statement" and "self." in e.description]
    check = "(lambda s: (s.start, s.end))(copied(Span({}, {})))"
    run = repair(Scenario(
        {"prog.py": SPANS}, {"prog.py": applied(SPANS, edit)},
        failing=[check.format(1, 4)],
        passing=[check.format(0, 0), "(lambda s: s.end)(shifted(Span(1, 2), 3))"],
        hidden=[check.format(7, 9), check.format(-2, 5)],
    ))  # fmt: skip
    fixed_by(run, "copy.end = span.end")


LIMITS = program("""
    from dataclasses import dataclass


    @dataclass
    class Plan:
        name: str
        max_steps: int
        max_tokens: int


    @dataclass
    class Job:
        steps: int
        max_tokens: int


    def describe(job: Job) -> str:
        return f"{job.steps} steps, up to {job.max_tokens} tokens"


    def fits(plan: Plan, job: Job) -> bool:
        if job.steps > plan.max_steps:
            return False
        return True
""")


def test_a_field_nothing_reads_is_held_against_its_namesake(repair: Repair) -> None:
    edits = edits_of(LIMITS)
    edit = only(edits, "missing condition", "job.max_tokens > plan.max_tokens")
    assert edit.structural
    run = repair(Scenario(
        {"prog.py": LIMITS}, {"prog.py": applied(LIMITS, edit)},
        failing=["fits(Plan('p', 5, 100), Job(2, 500))"],
        passing=["fits(Plan('p', 5, 100), Job(2, 50))", "fits(Plan('p', 1, 100), Job(3, 10))"],
        hidden=["fits(Plan('q', 9, 10), Job(9, 11))", "fits(Plan('q', 9, 10), Job(9, 10))"],
    ))  # fmt: skip
    fixed_by(run, "job.max_tokens > plan.max_tokens")


LABELS = program("""
    def labels(items):
        numbers = {}
        found = []
        next_id = 0
        for item in items:
            if item not in numbers:
                numbers[item] = next_id
            found.append(numbers[item])
        return found
""")


def test_a_counter_read_in_a_loop_and_never_advanced_gets_its_increment(repair: Repair) -> None:
    edits = edits_of(LABELS)
    edit = only(edits, "missing statement", "insert `next_id += 1` after `numbers[item] = next_id`")
    assert edit.structural
    run = repair(Scenario(
        {"prog.py": LABELS}, {"prog.py": applied(LABELS, edit)},
        failing=["labels(['a', 'b', 'a'])"],
        passing=["labels([])", "labels(['x', 'x'])"],
        hidden=["labels(['p', 'q', 'r', 'q'])", "labels([3, 1, 3, 2])"],
    ))  # fmt: skip
    fixed_by(run, "next_id += 1")


OPENING = program("""
    def is_open(hour, closed_hours=frozenset()):
        return 9 <= hour < 17

    def open_hours(closed_hours=frozenset()):
        return [h for h in range(24) if is_open(h, closed_hours)]
""")


def test_a_parameter_whose_default_is_a_container_gets_its_membership_clause(
    repair: Repair,
) -> None:
    edit = only(edits_of(OPENING), "missing condition", "hour not in closed_hours")
    run = repair(Scenario(
        {"prog.py": OPENING}, {"prog.py": applied(OPENING, edit)},
        failing=["is_open(12, {12})"],
        passing=["is_open(12)", "is_open(20, {20})"],
        hidden=["open_hours({9, 10, 16})", "is_open(3, {3})", "is_open(13, {14})"],
    ))  # fmt: skip
    fixed_by(run, "hour not in closed_hours")


ROLL = program("""
    def roll(value, leading, digit, width, base=10):
        \"\"\"The width-digit number `value` with its leading digit dropped and `digit` put last.\"\"\"
        place = base ** (width - 1)
        return (value - leading) * base + digit
""")


def test_a_power_never_read_scales_an_operand_of_a_later_difference(repair: Repair) -> None:
    repaired(
        repair, ROLL, "missing factor", "`leading` -> `leading * place`",
        failing=["roll(123, 1, 4, 3)", "roll(58, 5, 1, 2)"],
        passing=["roll(5, 0, 7, 1)", "roll(0, 0, 0, 3)"],
        hidden=["roll(999, 9, 0, 3)", "roll(1010, 1, 1, 4, 2)"],
    )  # fmt: skip
