"""Families for a record or a table one part of the code keeps and another forgets: a numeric
field a run of field updates leaves out, a key an inverse method must take out, a fallback of
another type than its value, the later of two copied table entries, items kept from the wrong
end of a list, a caller's parameter handed to a standard call under its own keyword, a path
prefix without its separator, and truncation where flooring was meant. Each runs on a small
program of its own, none of them a benchmark program."""

from __future__ import annotations

from repair_edits import applied, edits_of, only, repaired
from repair_fake import Repair, Scenario, fixed_by, program

TALLIES = program("""
    def tally(parts):
        merged = {}
        for name, theirs in parts:
            slot = merged.setdefault(name, {"runs": 0, "cost": 0, "last": None})
            slot["cost"] += theirs["cost"]
            slot["last"] = theirs["last"]
        return merged
""")


def test_a_field_the_neighbours_update_leaves_out_is_updated_like_them(repair: Repair) -> None:
    repaired(repair, TALLIES, "missing field update", 'insert `slot["runs"] += theirs["runs"]`',
             failing=["tally([('a', {'runs': 2, 'cost': 5, 'last': 1})])"],
             passing=["tally([])"],
             hidden=["tally([('a', {'runs': 1, 'cost': 1, 'last': 1}), "
                     "('a', {'runs': 3, 'cost': 2, 'last': 4})])"])  # fmt: skip


def test_the_missing_field_goes_where_the_record_puts_it() -> None:
    edit = only(edits_of(TALLIES), "missing field update")
    fixed = applied(TALLIES, edit)
    assert fixed.index('slot["runs"] +=') < fixed.index('slot["cost"] +=')


def test_a_running_total_gives_the_value_of_a_field_never_added_to() -> None:
    source = program("""
        def by_kind(files):
            total = 0
            kinds = {}
            for kind, size in files:
                total += size
                entry = kinds.setdefault(kind, {"files": 0, "bytes": 0})
                entry["files"] += 1
            return total, kinds
    """)
    edit = only(edits_of(source), "missing field update")
    assert 'entry["bytes"] += size' in applied(source, edit)


def test_no_field_update_when_the_block_updates_every_field() -> None:
    complete = TALLIES.replace('slot["cost"] +=', 'slot["runs"] += theirs["runs"]\n'
                               '        slot["cost"] +=')  # fmt: skip
    assert not [e for e in edits_of(complete) if e.kind == "missing field update"]


TIMERS = program("""
    import heapq


    class Timers:
        def __init__(self):
            self._heap = []
            self._live = {}

        def add(self, at, name):
            heapq.heappush(self._heap, (at, name))
            self._live[name] = at

        def fire(self, now):
            fired = []
            while self._heap and self._heap[0][0] <= now:
                at, name = heapq.heappop(self._heap)
                fired.append(name)
            return fired

        def pending(self):
            return sorted(self._live)


    def run(adds, now):
        timers = Timers()
        for at, name in adds:
            timers.add(at, name)
        return timers.fire(now), timers.pending()
""")


def test_a_heap_pop_pairs_with_a_push_and_the_key_written_beside_it_goes(repair: Repair) -> None:
    edit = only(
        edits_of(TIMERS), "missing inverse update", "`self._live.pop(name)` after `fired.append"
    )
    run = repair(Scenario(
        {"prog.py": TIMERS}, {"prog.py": applied(TIMERS, edit)},
        failing=["run([(1, 'a'), (5, 'b')], 2)"],
        passing=["run([(9, 'a')], 2)"],
        hidden=["run([(1, 'a'), (2, 'b'), (3, 'c')], 2)", "run([], 0)"],
    ))  # fmt: skip
    fixed_by(run, "insert `self._live.pop(name)`")


def test_a_number_gets_zero_as_its_fallback(repair: Repair) -> None:
    source = program("""
        from dataclasses import dataclass


        @dataclass
        class Entry:
            value: str
            version: int


        def version_of(entries, key):
            entry = entries.get(key)
            return entry.version if entry is not None else None


        def bumped(entries, key):
            return version_of(entries, key) + 1
    """)
    [edit] = [e for e in edits_of(source) if e.description.endswith("`None` -> `0`")]
    run = repair(Scenario(
        {"prog.py": source}, {"prog.py": applied(source, edit)},
        failing=["bumped({}, 'a')"],
        passing=["bumped({'a': Entry('x', 3)}, 'a')"],
        hidden=["bumped({'b': Entry('y', 1)}, 'a')", "version_of({}, 'z')"],
    ))  # fmt: skip
    fixed_by(run, "fallback of the value's type")


def test_a_fallback_beside_text_is_left_alone() -> None:
    source = program("""
        def label(entry):
            return entry.name if entry is not None else None
    """)
    assert not [e for e in edits_of(source) if e.kind == "fallback of the value's type"]


def test_the_later_copy_of_a_duplicated_table_entry_ranks_first() -> None:
    source = program("""
        MOVES = [(1, 0), (-1, 0), (0, 1), (0, 1)]


        def step(at, k):
            dx, dy = MOVES[k % 4]
            return at[0] + dx, at[1] + dy
    """)
    copies = [e for e in edits_of(source) if e.kind == "duplicated table entry"]
    best = max(copies, key=lambda e: e.prior)
    assert "(copy 2 of" in best.description
    assert "(0, 1), (0, -1)]" in applied(source, best)


def test_items_kept_from_the_start_may_be_meant_from_the_end(repair: Repair) -> None:
    source = program("""
        def latest(log, limit):
            if limit <= 0:
                return []
            return log[:limit]
    """)
    repaired(repair, source, "slice from the other end", "`log[-limit:]`",
             failing=["latest([1, 2, 3], 2)"],
             passing=["latest([1, 2, 3], 0)", "latest([4], 3)"],
             hidden=["latest([1, 2, 3, 4, 5], 3)", "latest([7, 8], 1)"])  # fmt: skip


def test_a_parameter_is_handed_to_the_standard_keyword_it_names() -> None:
    source = program("""
        def width(line, tab_size=4):
            lead = line[: len(line) - len(line.lstrip())]
            return len(lead.expandtabs())
    """)
    edits = [e for e in edits_of(source) if e.kind == "missing keyword argument"]
    assert any("expandtabs(tabsize=tab_size)" in applied(source, e) for e in edits)
    assert not any("expandtabs(tab_size=" in applied(source, e) for e in edits)


def test_a_posix_path_prefix_gets_its_separator() -> None:
    source = program("""
        import posixpath


        def inside(root, path):
            full = posixpath.normpath(posixpath.join(root, path))
            return full.startswith(root.rstrip("/"))
    """)
    edit = only(edits_of(source), "path prefix without separator")
    assert 'full.startswith(root.rstrip("/") + "/")' in applied(source, edit)


def test_truncation_may_be_meant_as_flooring() -> None:
    source = program("""
        import math


        def whole(x):
            return math.trunc(x)
    """)
    edits = [e for e in edits_of(source) if e.kind == "wrong method"]
    assert {applied(source, e).split("return ")[1].strip() for e in edits} >= {
        "math.floor(x)",
        "math.ceil(x)",
    }
