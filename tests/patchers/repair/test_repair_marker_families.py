"""Families for state that the code around it shows must be undone or completed: a mark of work
in progress never taken off, a field tracking a stack's top left on a popped item, a sum of
squares kept under the name of its root, an offset a neighbour adds and this value lacks, and a
case fold applied where the compared value is made. Each runs on a small program of its own,
none of them a benchmark program."""

from __future__ import annotations

from collections import Counter

from repair_edits import edits_of, repaired
from repair_fake import Repair, program

from selfpatch.patchers.repair._evidence import Evidence

INCLUDES = program("""
    class CycleError(Exception):
        pass


    def flatten(files, root):
        visiting = []

        def walk(name):
            if name in visiting:
                raise CycleError(" -> ".join([*visiting, name]))
            visiting.append(name)
            lines = []
            for line in files[name]:
                lines += walk(line[1:]) if line.startswith("@") else [line]
            return lines

        return walk(root)
""")


def test_a_mark_of_work_in_progress_is_taken_off_when_the_work_is_done(repair: Repair) -> None:
    repaired(repair, INCLUDES, "missing statement", "`visiting.pop()` before `return lines`",
             failing=["flatten({'a': ['@b', '@b'], 'b': ['x']}, 'a')"],
             passing=["flatten({'a': ['@b'], 'b': ['x']}, 'a')", "flatten({'a': ['y']}, 'a')"],
             hidden=["flatten({'a': ['@b', '@c'], 'b': ['@c'], 'c': ['z']}, 'a')",
                     "flatten({'a': ['@b', 'w', '@b'], 'b': ['@c', '@c'], 'c': ['v']}, 'a')"])  # fmt: skip


def test_a_visited_set_that_is_meant_to_stay_gets_no_undo() -> None:
    source = program("""
        def reach(graph, start):
            seen = []

            def visit(node):
                if node in seen:
                    return
                seen.append(node)
                for nxt in graph[node]:
                    visit(nxt)

            visit(start)
            return seen
    """)
    assert not [e for e in edits_of(source) if "mark never cleared" in e.description]


ROUTER = program("""
    class Router:
        def __init__(self):
            self.stack = ["main"]
            self.current = "main"
            self.log = []

        def enter(self, name):
            self.stack.append(name)
            self.current = name

        def leave(self):
            done = self.stack.pop()
            self.log.append(done)
            return done

        def speak(self, text):
            self.log.append(f"{self.current}: {text}")


    def run(steps):
        router = Router()
        for step in steps:
            if step == "<":
                router.leave()
            elif step.startswith(">"):
                router.enter(step[1:])
            else:
                router.speak(step)
        return router.log
""")


def test_a_field_tracking_the_top_of_a_stack_follows_a_pop(repair: Repair) -> None:
    repaired(repair, ROUTER, "missing state update", "`self.current = self.stack[-1]`",
             failing=["run(['>a', 'hi', '<', 'back'])"],
             passing=["run(['x', '>a', 'y'])"],
             hidden=["run(['>a', '>b', '<', 'q', '<', 'r'])", "run(['>a', '<', '>c', 's'])"])  # fmt: skip


def test_a_sum_of_squares_named_as_its_root_gets_the_root(repair: Repair) -> None:
    source = program("""
        def unit(vector):
            norm = sum(x * x for x in vector)
            if norm == 0:
                return vector
            return [x / norm for x in vector]
    """)
    repaired(repair, source, "missing function call", "`math.sqrt(sum(x * x for x in vector))`",
             failing=["unit([3.0, 4.0])"],
             passing=["unit([0.0, 0.0])", "unit([1.0, 0.0])"],
             hidden=["unit([1.0, 1.0, 1.0, 1.0])", "unit([0.0, -2.0])"])  # fmt: skip


def test_a_sum_of_squares_under_another_name_gets_no_root() -> None:
    source = program("""
        def energy(signal):
            total = sum(x * x for x in signal)
            return total
    """)
    assert not [e for e in edits_of(source) if "missing square root" in e.description]


SPANS = program("""
    def span_of(doc_start, offsets, at, size):
        first = offsets[at]
        last = doc_start + offsets[at + size - 1] + 1
        return first, last
""")


def test_an_offset_a_neighbour_adds_is_added_here_too(repair: Repair) -> None:
    repaired(repair, SPANS, "missing term", "`doc_start + offsets[at]`",
             failing=["span_of(100, [0, 1, 2, 3], 1, 2)"],
             passing=["span_of(0, [0, 1, 2], 0, 3)"],
             hidden=["span_of(7, [5, 6, 9], 2, 1)", "span_of(50, [2, 4, 8, 16], 0, 4)"])  # fmt: skip


def test_a_case_fold_goes_where_the_compared_value_is_made(repair: Repair) -> None:
    source = program("""
        YES = frozenset({"y", "yes", "true"})
        NO = frozenset({"n", "no", "false"})

        def answer(raw):
            word = raw.strip()
            if word in YES:
                return True
            if word in NO:
                return False
            raise ValueError(raw)
    """)
    evidence = Evidence(inputs=["Yes"])
    repaired(repair, source, "missing function call", "`raw.strip().lower()`", evidence,
             failing=["answer(' Yes ')", "answer('No')"],
             passing=["answer('no')", "answer('y')"],
             hidden=["answer('FALSE')", "answer(' N')", "answer('True')"])  # fmt: skip
    assert Counter(e.kind for e in edits_of(source, evidence))["missing function call"] >= 2
