"""Families for state that never moves or moves the wrong way, and for names that give a
mistake away: a container a loop reads but never updates, a running minimum started from the
wrong sentinel, a parameter aliased and then changed in place, arguments named like each
other's parameters, a field of the same class read instead, a slice that drops items from the
wrong end, an end term another return adds, and a count from 1 used as a count from 0. Each
runs on a small program of its own, none of them a benchmark program."""

from __future__ import annotations

from repair_edits import applied, edits_of, only, repaired
from repair_fake import Repair, Scenario, fixed_by, program

PREVIOUS = program("""
    def previous_positions(words):
        last = {}
        result = []
        for position, word in enumerate(words):
            result.append(last.get(word, -1))
        return result
""")


def test_a_container_the_loop_reads_but_never_updates(repair: Repair) -> None:
    updates = [e for e in edits_of(PREVIOUS) if e.kind == "missing update"]
    assert updates and all(e.structural for e in updates)
    update = only(updates, "missing update", "insert `last[word] = position` after `result")
    run = repair(Scenario(
        {"prog.py": PREVIOUS}, {"prog.py": applied(PREVIOUS, update)},
        failing=["previous_positions(['a', 'b', 'a'])"],
        passing=["previous_positions([])", "previous_positions(['x'])"],
        hidden=["previous_positions(['q', 'r', 's', 'r', 'q'])", "previous_positions(['z'] * 3)"],
    ))  # fmt: skip
    fixed_by(run, "missing update")


def test_no_update_for_a_container_the_loop_already_writes() -> None:
    written = PREVIOUS.replace(
        "result.append(last.get(word, -1))\n",
        "result.append(last.get(word, -1))\n        last[word] = position\n",
    )
    assert "last[word] = position" in written
    assert not [e for e in edits_of(written) if e.kind == "missing update"]


CHEAPEST = program("""
    def cheapest_per_shop(offers, shops):
        best = [0] * shops
        for shop, price in offers:
            if price < best[shop]:
                best[shop] = price
        return best
""")


def test_a_running_minimum_started_from_zero(repair: Repair) -> None:
    edit = only(edits_of(CHEAPEST), "sentinel", "inf")
    assert edit.structural and 'best = [float("inf")] * shops' in applied(CHEAPEST, edit)
    run = repair(Scenario(
        {"prog.py": CHEAPEST}, {"prog.py": applied(CHEAPEST, edit)},
        failing=["cheapest_per_shop([(0, 5), (0, 3), (1, 7)], 2)"],
        passing=["cheapest_per_shop([], 0)"],
        hidden=["cheapest_per_shop([(1, 2.5), (1, 9)], 2)", "cheapest_per_shop([(0, 4)], 1)"],
    ))  # fmt: skip
    fixed_by(run, "sentinel")


def test_a_running_maximum_prefers_the_modules_own_floor() -> None:
    source = program("""
        FLOOR_MIN = -(10**9)


        def tallest(heights):
            top = 0
            for h in heights:
                if h > top:
                    top = h
            return top
    """)
    sentinels = [applied(source, e) for e in edits_of(source) if e.kind == "sentinel"]
    assert "top = FLOOR_MIN" in sentinels[0] and '-float("inf")' in sentinels[1]


SCRUB = program("""
    def scrub(record: dict) -> dict:
        clean = record
        for key in [k for k in clean if k.startswith("_")]:
            del clean[key]
        return clean
""")


def test_a_parameter_aliased_then_changed_in_place_is_copied() -> None:
    copies = [e for e in edits_of(SCRUB) if e.kind == "missing copy"]
    assert copies and "clean = dict(record)" in applied(SCRUB, copies[0])


GRID = program("""
    def cell(grid, row, col):
        return grid[row][col]


    def column(grid, col):
        return [cell(grid, col, row) for row in range(len(grid))]
""")


def test_arguments_named_like_each_others_parameters_are_swapped_first() -> None:
    swaps = [e for e in edits_of(GRID) if e.kind == "swap arguments"]
    crossed = [e for e in swaps if e.structural]
    assert len(crossed) == 1 and "cell(grid, row, col)" in applied(GRID, crossed[0])
    assert crossed[0].prior > max(e.prior for e in swaps if not e.structural)


IDLE = program("""
    from dataclasses import dataclass


    @dataclass
    class Lease:
        owner: str
        granted_at: float
        renewed_at: float


    def expired(leases, now, ttl):
        return [x.owner for x in leases if now - x.granted_at > ttl]
""")


def test_a_field_of_the_same_class_is_a_candidate_attribute() -> None:
    attributes = [e for e in edits_of(IDLE) if e.kind == "wrong attribute"]
    assert any("x.renewed_at > ttl" in applied(IDLE, e) for e in attributes)


def test_a_slice_that_drops_items_from_the_wrong_end() -> None:
    source = program("""
        def derivative(coeffs):
            return [i * c for i, c in enumerate(coeffs)][:-1]
    """)
    edit = only(edits_of(source), "slice from the other end")
    assert "][1:]" in applied(source, edit)


def test_an_end_term_that_another_return_adds() -> None:
    source = program("""
        def money(cents):
            sign = "-" if cents < 0 else ""
            whole, part = divmod(abs(cents), 100)
            if part == 0:
                return sign + str(whole)
            return str(whole) + "." + f"{part:02d}"
    """)
    terms = [applied(source, e) for e in edits_of(source) if e.kind == "missing term"]
    assert any('return sign + str(whole) + "." + f"{part:02d}"' in t for t in terms)


def test_a_count_from_one_used_as_a_count_from_zero() -> None:
    source = program("""
        def page(items, number, size):
            start = number * size
            return items[start:start + size]
    """)
    shifted = [applied(source, e) for e in edits_of(source) if e.kind == "off-by-one"]
    assert any("start = (number - 1) * size" in s for s in shifted)
    unused = source.replace("items[start:start + size]", "items")
    assert not any("(number - 1)" in applied(unused, e) for e in edits_of(unused))


def test_a_generator_that_keeps_changing_what_it_yielded_yields_a_copy() -> None:
    source = program("""
        def prefixes(items):
            path = []
            for item in items:
                path.append(item)
                yield path
    """)
    copies = [applied(source, e) for e in edits_of(source) if e.kind == "missing copy"]
    assert copies and "yield list(path)" in copies[0]


def test_a_list_filled_by_append_and_consumed_as_a_heap_is_heapified() -> None:
    source = program("""
        import heapq


        def smallest_first(values):
            heap = []
            for value in values:
                heap.append(value)
            while heap:
                yield heapq.heappop(heap)
    """)
    edit = only(edits_of(source), "missing call", "heapify")
    assert edit.structural
    assert "    heapq.heapify(heap)\n    while heap:" in applied(source, edit)
    pushed = source.replace("heap.append(value)", "heapq.heappush(heap, value)")
    assert not [e for e in edits_of(pushed) if "heapify" in e.description]


def test_an_empty_fill_is_tried_with_the_no_value_mark() -> None:
    source = program("""
        def roots(size):
            parent = [0] * size
            return parent
    """)
    assert "parent = [-1] * size" in applied(source, only(edits_of(source), "sentinel"))


def test_a_length_scaled_by_a_fraction_is_tried_as_the_last_index() -> None:
    source = program("""
        def position(values, q):
            return len(values) * q / 100
    """)
    shifted = [applied(source, e) for e in edits_of(source) if e.kind == "off-by-one"]
    assert any("(len(values) - 1) * q / 100" in s for s in shifted)


def test_the_prepared_version_of_a_value_is_a_likelier_substitute() -> None:
    source = program("""
        def closest_pair(values, target):
            ordered = sorted(values)
            other = list(values)
            return values[0] + values[-1] - target
    """)
    priors = {
        e.description.split("-> ")[1]: e.prior
        for e in edits_of(source)
        if e.kind == "wrong variable" and e.line == 4 and "`values` ->" in e.description
    }
    assert priors["`ordered`"] > priors["`target`"]


def test_a_key_dropped_from_a_rotation_gives_up_the_credit_it_earned(repair: Repair) -> None:
    buggy = program("""
        from collections import deque


        class Turns:
            def __init__(self, share):
                self.share = share
                self.work = {}
                self.credit = {}
                self.ring = deque()

            def add(self, who, size):
                if not self.work.get(who):
                    self.ring.append(who)
                    self.credit.setdefault(who, 0)
                self.work.setdefault(who, deque()).append(size)

            def turn(self):
                done = []
                for _ in range(len(self.ring)):
                    who = self.ring.popleft()
                    items = self.work[who]
                    self.credit[who] += self.share
                    while items and items[0] <= self.credit[who]:
                        self.credit[who] -= items.popleft()
                        done.append(who)
                    if not items:
                        continue
                    self.ring.append(who)
                return done


        def run(share, jobs, rounds):
            turns = Turns(share)
            for who, size in jobs:
                turns.add(who, size)
            out = [turns.turn() for _ in range(rounds)]
            return out, dict(turns.credit)
    """)
    repaired(repair, buggy, "missing statement", "insert `self.credit[who] = 0` before `continue`",
             failing=["run(5, [('a', 2)], 1)"],
             passing=["run(5, [('a', 7)], 1)", "run(3, [], 1)"],
             hidden=["run(4, [('a', 1), ('b', 6), ('a', 1)], 3)", "run(10, [('x', 3), ('x', 3)], 2)"])  # fmt: skip


def test_a_row_filled_from_the_row_before_reads_other_cells_from_that_row(repair: Repair) -> None:
    buggy = program("""
        def ways_to_make(coins_once, target):
            prev = [1] + [0] * target
            for coin in coins_once:
                row = [0] * (target + 1)
                for t in range(target + 1):
                    row[t] = prev[t]
                    if coin <= t:
                        row[t] += row[t - coin]
                prev = row
            return prev[target]
    """)
    repaired(repair, buggy, "wrong variable", "`row[t - coin]` -> `prev[t - coin]`",
             failing=["ways_to_make([1, 2], 2)"],
             passing=["ways_to_make([5], 3)", "ways_to_make([], 0)"],
             hidden=["ways_to_make([1, 2, 3], 3)", "ways_to_make([2, 2, 3], 4)"])  # fmt: skip
