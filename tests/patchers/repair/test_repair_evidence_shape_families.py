"""Families that read the failure's own words or the code's own shape: an empty value where
the function promises None, a tracker started from the wrong extreme in a tuple assignment, a
slice missing the bound its neighbours give, text compared with a number, None measured, objects
sorted that define no order, a loop index kept one short, a twin line that lost a term, and
items that come out in the wrong order. Each runs on a small program of its own, none of them a
benchmark program."""

from __future__ import annotations

from repair_edits import edits_of, only, repaired
from repair_fake import Repair, program

from selfpatch.patchers.repair._evidence import Evidence, reordered
from selfpatch.patchers.repair._names import SWAP_PRIOR, TWIN_PARAMETER_SWAP_PRIOR
from selfpatch.patchers.repair._search import Trial

TITLES = program("""
    def find_title(lines: list[str]) -> str | None:
        for line in lines:
            if line.startswith("# "):
                return line[2:]
        return ""


    def heading(lines):
        title = find_title(lines)
        return "untitled" if title is None else title
""")


def test_an_empty_value_where_the_function_promises_none(repair: Repair) -> None:
    repaired(repair, TITLES, "return constant", '`""` -> `None`',
             failing=["heading(['x'])"],
             passing=["heading(['# A'])", "find_title(['# B', 'c'])"],
             hidden=["heading([])", "find_title(['no'])", "heading(['', '# '])"])  # fmt: skip


NEAREST = program("""
    def nearest(points, target):
        best, gap = None, 0
        for point in points:
            if abs(point - target) < gap:
                best, gap = point, abs(point - target)
        return best
""")


def test_a_tracker_started_in_a_tuple_assignment_gets_its_extreme(repair: Repair) -> None:
    repaired(repair, NEAREST, "sentinel", '`0` -> `float("inf")`',
             failing=["nearest([1, 5, 9], 6)"],
             passing=["nearest([], 3)"],
             hidden=["nearest([10, 20], 18)", "nearest([4], -100)"])  # fmt: skip


FIELDS = program("""
    def fields(line: str, widths: list[int]) -> list[str]:
        out = []
        start = 0
        for width in widths:
            stop = start + width
            if line[start:stop].strip() == "-":
                out.append("")
            else:
                out.append(line[start:].strip())
            start = stop
        return out
""")


def test_a_slice_gets_the_bound_its_neighbours_give(repair: Repair) -> None:
    repaired(repair, FIELDS, "missing slice bound", "`line[start:]` -> `line[start:stop]`",
             failing=["fields('ab cd', [2, 3])"],
             passing=["fields('ab', [2])", "fields('-', [1])"],
             hidden=["fields('xyz  w', [3, 3])", "fields('12345', [1, 2, 2])"])  # fmt: skip


PAUSE = program("""
    def pause_for(headers: dict[str, str], limit: float = 30.0) -> float | None:
        raw = headers.get("retry-after")
        delay = raw if raw is not None else 1.0
        if delay > limit:
            return None
        return delay
""")


def test_text_compared_with_a_number_is_converted_where_it_is_assigned(repair: Repair) -> None:
    evidence = Evidence(messages=["'>' not supported between instances of 'str' and 'float'"])
    repaired(repair, PAUSE, "missing conversion", "`raw` -> `float(raw)`", evidence, True,
             failing=["pause_for({'retry-after': '5'})"],
             passing=["pause_for({})"],
             hidden=["pause_for({'retry-after': '60'})", "pause_for({'retry-after': '2.5'})"])  # fmt: skip


SIZE = program("""
    def size(message: dict) -> int:
        body = message.get("body")
        return 2 + len(body)
""")


def test_none_measured_takes_the_empty_value(repair: Repair) -> None:
    evidence = Evidence(messages=["object of type 'NoneType' has no len()"])
    repaired(repair, SIZE, "missing guard", '`body` -> `body or ""`', evidence, True,
             failing=["size({'body': None})"],
             passing=["size({'body': 'abc'})"],
             hidden=["size({})", "size({'body': ''})", "size({'body': 'xy'})"])  # fmt: skip


HITS = program("""
    from dataclasses import dataclass


    @dataclass(frozen=True)
    class Hit:
        path: str
        line: int


    def ordered(hits: list[Hit]) -> list[Hit]:
        return sorted(hits)
""")


def test_objects_without_an_order_are_sorted_by_their_first_field(repair: Repair) -> None:
    evidence = Evidence(messages=["'<' not supported between instances of 'Hit' and 'Hit'"])
    without_error = edits_of(HITS, Evidence(), raised=True)
    assert not [e for e in without_error if "lambda item" in e.description]
    repaired(repair, HITS, "missing keyword argument", "key=lambda item: item.path", evidence, True,
             failing=["[h.path for h in ordered([Hit('b', 1), Hit('a', 2)])]"],
             passing=["ordered([])", "[h.line for h in ordered([Hit('x', 3)])]"],
             hidden=["[h.path for h in ordered([Hit('c', 1), Hit('a', 9), Hit('b', 5)])]"])  # fmt: skip


RESUME = program("""
    def resume(steps: list[int], state: dict) -> list[int]:
        out = state.setdefault("out", [])
        for index in range(state.get("next", 0), len(steps)):
            out.append(steps[index] * 2)
            state["next"] = index
        return out
""")


def test_a_loop_index_kept_for_later_may_be_one_short(repair: Repair) -> None:
    twice = "(lambda s: (resume({}, s), resume({}, s))[1])({{}})"
    repaired(repair, RESUME, "off-by-one", "5: off-by-one: `index` -> `index + 1`",
             failing=[twice.format([1, 2], [1, 2, 3])],
             passing=["resume([5], {})"],
             hidden=[twice.format([1], [1, 7]), "resume([], {})",
                      twice.format([3, 4], [3, 4])])  # fmt: skip


MOMENTS = program("""
    def moments(points: list[tuple[float, float]]) -> tuple[float, float]:
        mx = my = 0.0
        for x, y in points:
            mx += x * abs(x)
            my += y
        return mx, my
""")


def test_a_twin_line_gets_the_term_it_lost(repair: Repair) -> None:
    repaired(repair, MOMENTS, "twin statement", "`y` -> `y * abs(y)`",
             failing=["moments([(1, -2)])"],
             passing=["moments([])", "moments([(2.0, 0.0)])"],
             hidden=["moments([(3, 3), (-1, -2)])", "moments([(0, 5)])"])  # fmt: skip


TAGS = program("""
    def top_tags(counts: dict[str, int], limit: int) -> list[str]:
        ranked = [(-count, tag) for tag, count in counts.items()]
        return [tag for _, tag in ranked[:limit]]
""")


def test_items_in_the_wrong_order_ask_for_their_source_sorted(repair: Repair) -> None:
    assert reordered(["a", "b", "c"], ["b", "c", "a"])
    assert not reordered(["a", "b"], ["a", "c"])
    assert not [e for e in edits_of(TAGS) if "sorted(ranked)" in e.description]
    repaired(repair, TAGS, "missing function call", "`ranked` -> `sorted(ranked)`",
             Evidence(reordered=1),
             failing=["top_tags({'a': 1, 'b': 3, 'c': 2}, 3)"],
             passing=["top_tags({}, 2)", "top_tags({'x': 1}, 1)"],
             hidden=["top_tags({'a': 1, 'b': 3, 'c': 2}, 2)", "top_tags({'q': 2, 'p': 2}, 2)"])  # fmt: skip


def test_type_arguments_are_not_boundaries() -> None:
    source = program("""
        from collections.abc import Callable

        Row = dict[str, int]
        Step = Callable[[list[str]], str]


        def first(rows: list[Row]) -> Row:
            return rows[0]
    """)
    offs = [e.description for e in edits_of(source) if e.kind == "off-by-one"]
    assert offs and all("str" not in d and "int" not in d for d in offs), offs


DELAY = program("""
    MAX_DELAY = 30.0


    def delay(hint: float | None, attempt: int) -> float:
        if hint is not None:
            return hint
        return 2.0**attempt
""")


def test_a_module_limit_nothing_reads_bounds_the_tested_value(repair: Repair) -> None:
    repaired(repair, DELAY, "missing condition", "hint is not None and hint <= MAX_DELAY",
             failing=["delay(90.0, 1)"],
             passing=["delay(5.0, 1)", "delay(None, 2)"],
             hidden=["delay(31.0, 3)", "delay(30.0, 0)"])  # fmt: skip


FEE = program("""
    def fee(amount: int, fixed: int, percent: int, minimum: float) -> float:
        return max(amount * fixed / 100 + percent, minimum)
""")


def test_parameters_of_one_type_are_the_likely_swap(repair: Repair) -> None:
    edits = edits_of(FEE)
    edit = only(edits, "swap variables", "`fixed` <-> `percent`")
    assert edit.prior == TWIN_PARAMETER_SWAP_PRIOR
    assert only(edits, "swap variables", "`percent` <-> `minimum`").prior == SWAP_PRIOR
    repaired(repair, FEE, "swap variables", "`fixed` <-> `percent`",
             failing=["fee(200, 5, 10, 0.0)"],
             passing=["fee(100, 0, 0, 1.0)", "fee(100, 3, 3, 0.0)"],
             hidden=["fee(1000, 1, 2, 0.0)", "fee(50, 7, 20, 100.0)", "fee(50, 7, 20, 0.0)"])  # fmt: skip


HEAP = program("""
    import heapq


    class Lower:
        def __init__(self):
            self.low = []

        def add(self, value):
            if self.low and value < -self.low[0]:
                return False
            heapq.heappush(self.low, -value)
            return True

        def top(self):
            return -self.low[0] if self.low else None

        def below(self, value):
            return value < -self.low[0]
""")


def test_a_patch_that_keeps_a_repeated_expression_alike_ranks_first() -> None:
    edits = edits_of(HEAP)
    dropped = only(edits, "drop unary operator", "9: drop unary operator: `-self.low[0]`")
    flipped = only(edits, "comparison", "9: comparison: `value < -self.low[0]` -> `value > -self")
    assert dropped.breaks_idiom and not flipped.breaks_idiom
    # the smaller change loses to the one that leaves the file's idiom intact
    assert Trial((flipped,), {}, cost=3).rank() < Trial((dropped,), {}, cost=2).rank()


RUNS = program("""
    def column_runs(rows: list[list[int]]) -> list[int]:
        runs = [0] * len(rows[0])
        for row in rows:
            for col, value in enumerate(row):
                if value == 0:
                    continue
                runs[col] += 1
        return runs
""")


def test_a_skipped_cell_is_reset_before_the_skip(repair: Repair) -> None:
    repaired(repair, RUNS, "missing statement", "insert `runs[col] = 0` before `continue`",
             failing=["column_runs([[1, 1], [0, 1], [1, 1]])"],
             passing=["column_runs([[1]])", "column_runs([[0, 0]])"],
             hidden=["column_runs([[1, 0], [1, 1], [0, 1]])", "column_runs([[5], [5], [0], [5]])"])  # fmt: skip


DISTINCT = program("""
    def pick_distinct(ring: list[str], start: int, count: int) -> list[str]:
        chosen: list[str] = []
        for step in range(count):
            name = ring[(start + step) % len(ring)]
            if name not in chosen:
                chosen.append(name)
                if len(chosen) == count:
                    break
        return chosen
""")


def test_a_loop_gets_the_bound_its_body_measures(repair: Repair) -> None:
    repaired(repair, DISTINCT, "loop bound", "`count` -> `len(ring)`",
             failing=["pick_distinct(['a', 'a', 'a', 'b'], 0, 2)"],
             passing=["pick_distinct(['a', 'b', 'c'], 1, 2)"],
             hidden=["pick_distinct(['x', 'x', 'x', 'y'], 1, 2)", "pick_distinct(['p', 'p', 'p', 'q'], 0, 2)",
                      "pick_distinct(['a', 'b'], 0, 5)"])  # fmt: skip


DIGITS = program("""
    def reversed_number(digits: list[int]) -> int:
        total = 0
        for i in range(len(digits) - 1, 0, -1):
            total = total * 10 + digits[i]
        return total
""")


def test_a_countdown_that_stops_before_zero_gets_minus_one(repair: Repair) -> None:
    repaired(repair, DIGITS, "off-by-one", "`0` -> `-1`",
             failing=["reversed_number([1, 2, 3])"],
             passing=["reversed_number([])"],
             hidden=["reversed_number([4, 0, 2])", "reversed_number([9])"])  # fmt: skip
