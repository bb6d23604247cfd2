"""Families for state kept out of step (counters, stamps, the last group of a loop), wrong entries
of constant tables, missing terms, factors and from-the-end slice bounds, falsy defaults,
equality bounds and path prefixes, an entry used without moving to the end of its recency order,
an item taken back and put nowhere, a field read where the local view named after it was meant;
plus the parentheses an operand needs when an edit replaces it, and the ranking of structural
repairs. Each runs on a small program of its own, none of them a benchmark program."""

from __future__ import annotations

import libcst as cst
from repair_edits import applied, edits_of, only, repaired
from repair_fake import Repair, Scenario, fixed_by, program

from selfpatch.patchers.repair._evidence import Evidence
from selfpatch.patchers.repair._index import FileIndex
from selfpatch.patchers.repair._search import Trial
from selfpatch.patchers.repair._tables import table_line_scores

HANDLES = program("""
    def released(events):
        open_handles = {}
        freed = []
        for kind, name in events:
            if kind == "open":
                open_handles.setdefault(name, 0)
                open_handles[name] += 1
            else:
                if open_handles[name] == 0:
                    freed.append(name)
        return freed
""")


def test_a_counter_tested_for_zero_but_never_counted_down(repair: Repair) -> None:
    fixed = HANDLES.replace(
        "            if open_handles[name] == 0:",
        "            open_handles[name] -= 1\n            if open_handles[name] == 0:",
    )
    run = repair(Scenario(
        {"prog.py": HANDLES}, {"prog.py": fixed},
        failing=['released([("open", "a"), ("close", "a")])',
                 'released([("open", "a"), ("open", "b"), ("close", "b"), ("close", "a")])'],
        passing=["released([])", 'released([("open", "a")])'],
        hidden=['released([("open", "x"), ("open", "x"), ("close", "x"), ("close", "x")])',
                'released([("open", "x"), ("open", "x"), ("close", "x")])'],
    ))  # fmt: skip
    fixed_by(run, "missing counter update")
    assert run.best.notes["edits"] == ["missing counter update"]


def test_counting_down_is_structural_only_when_nothing_counts_down() -> None:
    down = only(edits_of(HANDLES), "missing counter update", "-=")
    assert down.structural and "open_handles[name] -= 1" in applied(HANDLES, down)
    both_ways = HANDLES.replace("freed = []", "freed = []\n    open_handles['x'] -= 1")
    assert not only(edits_of(both_ways), "missing counter update", "-=").structural


TOKEN = program("""
    class Token:
        def __init__(self, ttl, clock):
            self.ttl = ttl
            self.clock = clock
            self.value = None
            self.issued_at = 0.0

        def renew(self, value):
            self.value = value

        def fresh(self):
            return self.value is not None and self.clock() - self.issued_at < self.ttl
""")

TOKEN_DRIVER = """from prog import *
def replay(ttl, steps):
    now = [1000.0]
    token = Token(ttl, lambda: now[0])
    seen = []
    for at, action in steps:
        now[0] = at
        if action == "renew":
            token.renew("t")
        else:
            seen.append(token.fresh())
    return seen
"""


def test_an_attribute_stamped_only_at_construction(repair: Repair) -> None:
    fixed = TOKEN.replace(
        "        self.value = value\n",
        "        self.value = value\n        self.issued_at = self.clock()\n",
    )
    run = repair(Scenario(
        {"prog.py": TOKEN}, {"prog.py": fixed},
        failing=['replay(60, [(1000, "renew"), (1010, "check")])'],
        passing=['replay(60, [(1000, "check")])'],
        hidden=['replay(5, [(1000, "renew"), (1003, "check"), (1009, "check")])',
                'replay(5, [(1000, "renew"), (1009, "renew"), (1010, "check")])'],
        setup=TOKEN_DRIVER,
    ))  # fmt: skip
    fixed_by(run, "missing state stamp")


def test_settings_copied_from_parameters_are_not_restamped() -> None:
    stamps = [e.description for e in edits_of(TOKEN) if e.kind == "missing state stamp"]
    assert stamps and all("self.issued_at = self.clock()" in d for d in stamps), stamps


GROUPS = program("""
    def by_level(lines):
        groups = []
        level, bucket = None, []
        for line in lines:
            current = line.split(":", 1)[0]
            if current == level:
                bucket.append(line)
            else:
                if bucket:
                    groups.append((level, len(bucket)))
                level, bucket = current, [line]
        return groups
""")


def test_the_last_group_a_loop_never_emits(repair: Repair) -> None:
    fixed = GROUPS.replace(
        "    return groups",
        "    if bucket:\n        groups.append((level, len(bucket)))\n    return groups",
    )
    run = repair(Scenario(
        {"prog.py": GROUPS}, {"prog.py": fixed},
        failing=['by_level(["E: x", "E: y", "W: z"])', 'by_level(["I: a"])'],
        passing=["by_level([])"],
        hidden=['by_level(["W: 1", "W: 2"])', 'by_level(["I: 1", "E: 2", "I: 3"])'],
    ))  # fmt: skip
    fixed_by(run, "missing final flush")


def test_a_flush_keeps_its_guard_and_is_not_repeated() -> None:
    flush = only(edits_of(GROUPS), "missing final flush")
    assert "    if bucket:\n        groups.append((level, len(bucket)))\n    return" in applied(
        GROUPS, flush
    )
    flushed = GROUPS.replace(
        "    return groups", "    groups.append((level, 0))\n    return groups"
    )
    assert not [e for e in edits_of(flushed) if e.kind == "missing final flush"]


CLOSERS = program("""
    CLOSER = {"(": ")", "<": ">", "[": ">"}


    def closes(text):
        expected = []
        for ch in text:
            if ch in CLOSER:
                expected.append(CLOSER[ch])
            elif expected and ch == expected[-1]:
                expected.pop()
            elif ch in CLOSER.values():
                return False
        return not expected
""")


def test_a_table_value_copied_from_the_entry_above() -> None:
    evidence = Evidence()
    evidence.characters.update("x[1]<a>(b)")
    duplicated = [e for e in edits_of(CLOSERS, evidence) if e.kind == "duplicated table value"]
    texts = [applied(CLOSERS, e) for e in duplicated]
    assert any('"[": "]"' in t for t in texts), [e.description for e in duplicated]
    at_bracket = [e for e, t in zip(duplicated, texts, strict=True) if '"[": ">"' not in t]
    best = max(at_bracket, key=lambda e: e.prior)
    assert '"[": "]"' in applied(CLOSERS, best)


def test_transposed_characters_in_a_table() -> None:
    source = program("""
        UNITS = [(1 << 30, "GB"), (1 << 20, "BM"), (1 << 10, "KB")]
    """)
    swaps = [applied(source, e) for e in edits_of(source) if e.kind == "transposed characters"]
    assert any('"MB"' in s for s in swaps) and len(swaps) == 3, swaps


def test_tables_are_as_suspicious_as_the_lines_that_read_them() -> None:
    index = FileIndex("prog.py", CLOSERS)
    assert table_line_scores(index, {8: 1.0, 7: 0.5}) == {1: 0.8}


def test_missing_terms_factors_and_from_end_bounds() -> None:
    source = program("""
        class Meter:
            def __init__(self, rate):
                self.rate = rate
                self.level = 0.0

            def add(self, seconds):
                self.level = self.level + seconds

            def eta(self, amount):
                return amount / self.rate


        def clip(text, head_len, total):
            tail_len = total - head_len
            dropped = len(text) - head_len
            return text[:head_len] + str(dropped) + text[tail_len:]
    """)
    edits = edits_of(source)
    term = only(edits, "missing term", "len(text)")
    assert not [e for e in edits if e.kind == "missing term" and "`total" in e.description]
    assert "dropped = len(text) - head_len - tail_len" in applied(source, term)
    factors = {
        applied(source, e).split("\n")[6].strip() for e in edits if e.kind == "missing factor"
    }
    assert "self.level = self.level + seconds * self.rate" in factors, factors
    from_end = [applied(source, e) for e in edits if e.kind == "slice bound from the end"]
    assert any("text[-tail_len:]" in s for s in from_end), from_end


def test_a_replaced_operand_keeps_its_place_in_the_expression() -> None:
    source = program("""
        def grid(n, width):
            rows = [[0] * width] * n
            return width - n
    """)
    texts = [applied(source, e) for e in edits_of(source) if e.kind == "off-by-one"]
    assert any("[[0] * (width + 1)] * n" in t for t in texts), texts
    assert any("[[0] * width] * (n + 1)" in t for t in texts), texts
    index = FileIndex("prog.py", source)
    minus = next(n for n in _walk(index.module) if isinstance(n, cst.BinaryOperation)
                 and isinstance(n.operator, cst.Subtract))  # fmt: skip
    for edit in edits_of(source):
        if "`width - n` ->" in edit.description:
            continue  # the whole difference made an inclusive span: a family of its own
        text = applied(source, edit)
        assert "width - n + 1" not in text and "width - n - 1" not in text, edit.description
    assert minus is not None


def _walk(node: cst.CSTNode) -> list[cst.CSTNode]:
    found = [node]
    for child in node.children:
        found += _walk(child)
    return found


def test_structural_repairs_rank_before_smaller_operator_changes() -> None:
    edits = edits_of(HANDLES)
    structural = only(edits, "missing counter update", "-=")
    operator = next(e for e in edits if e.kind == "comparison")
    small = Trial((operator,), {}, cost=1)
    large = Trial((structural,), {}, cost=30)
    assert sorted([small, large], key=Trial.rank)[0] is large


def test_a_falsy_value_gets_the_default_and_equality_bounds_shift() -> None:
    source = program("""
        def last_try(call, attempt, attempts):
            options = call.get("options", {})
            return attempt == attempts and not options
    """)
    edits = edits_of(source)
    falsy = only(edits, "falsy value gets the default")
    assert 'options = call.get("options") or {}' in applied(source, falsy)
    shifted = [applied(source, e) for e in edits if e.kind == "off-by-one"]
    assert any("attempt == attempts - 1 and" in s for s in shifted), shifted
    assert not any("== None" in s or "True - 1" in s for s in shifted)


def test_a_path_prefix_check_gets_its_separator(repair: Repair) -> None:
    buggy = program("""
        import os


        def inside(base, name):
            base = os.path.abspath(base)
            target = os.path.abspath(os.path.join(base, name))
            return target == base or target.startswith(base)
    """)
    fixed = buggy.replace("startswith(base)", "startswith(base + os.sep)")
    run = repair(Scenario(
        {"prog.py": buggy}, {"prog.py": fixed},
        failing=['inside("/srv/data", "../data2/secret")'],
        passing=['inside("/srv/data", "notes.txt")', 'inside("/srv/data", "../etc")',
                 'inside("/srv/data", ".")'],
        hidden=['inside("/opt/box", "../boxes")', 'inside("/opt/box", "a/b")',
                'inside("/opt/box", "../box-old/x")'],
    ))  # fmt: skip
    fixed_by(run, "path prefix without separator")


def test_receiver_and_argument_swap() -> None:
    source = program("""
        def held(buffer, stop):
            return buffer.startswith(stop) or buffer.append(stop)
    """)
    swaps = [applied(source, e) for e in edits_of(source) if e.kind == "swap receiver and argument"]
    assert swaps == [source.replace("buffer.startswith(stop)", "stop.startswith(buffer)")]


def test_the_odd_entry_of_a_regular_table() -> None:
    source = program("""
        STEPS = [(0, 1), (1, 0), (0, -1), (-1, 1)]
    """)
    outliers = [e for e in edits_of(source) if e.kind == "outlier table entry"]
    texts = [applied(source, e) for e in outliers]
    assert all(e.structural for e in outliers) and len(outliers) == 4
    assert any("(-1, 0)]" in t for t in texts), texts
    regular = program("""
        STEPS = [(0, 1), (1, 0), (0, -1), (-1, 0)]
    """)
    assert not [e for e in edits_of(regular) if e.kind == "outlier table entry"]


def test_a_branch_that_forgets_what_its_siblings_assign() -> None:
    source = program("""
        def pack(words, width):
            rows, row = [], ""
            for word in words:
                if row and len(row) + len(word) > width:
                    rows.append(row)
                elif row:
                    row = row + " " + word
                else:
                    row = word
            return rows + [row]
    """)
    found = [applied(source, e) for e in edits_of(source) if e.kind == "missing branch assignment"]
    assert any("rows.append(row)\n            row = word\n" in t for t in found), found


def test_a_sibling_methods_version_of_a_statement() -> None:
    source = program("""
        class Queue:
            def __init__(self):
                self.waiting = {}

            def take(self, key):
                item = self.waiting.pop(key)
                return item

            def refuse(self, key):
                item = self.waiting[key]
                return item
    """)
    versions = [applied(source, e) for e in edits_of(source) if e.kind == "sibling's version"]
    assert any(t.count("self.waiting.pop(key)") == 2 for t in versions), versions


def test_a_patch_that_fixes_other_batches_failures_ranks_first() -> None:
    edits = edits_of(HANDLES)
    structural = only(edits, "missing counter update", "-=")
    operator = next(e for e in edits if e.kind == "comparison")
    alone = Trial((structural,), {}, cost=1)
    broader = Trial((operator,), {}, cost=30, also_fixed=1)
    assert sorted([alone, broader], key=Trial.rank)[0] is broader


def test_edge_cases_found_in_review() -> None:
    evidence = Evidence()
    evidence.characters.update("\ud83d\t{")
    table = program("""
        PAIRS = {")": "(", "]": "[", "}": "["}
    """)
    for edit in edits_of(table, evidence):
        applied(table, edit).encode()  # no lone surrogate or raw control character
    source = program("""
        import os


        async def fetch(u):
            return u


        async def main(d, p, out):
            r = fetch(p).result
            value = d.get(p, 1 if p else 2)
            while p:
                p -= 1
            else:
                out.append(1)
            return os.path.isdir(p) and r and value
    """)
    texts: dict[str, list[str]] = {}
    for edit in edits_of(source):
        texts.setdefault(edit.kind, [])
    for edit in edits_of(source):
        texts[edit.kind].append(applied(source, edit))
    assert any("(await fetch(p)).result" in t for t in texts["missing await"])
    assert any("d.get(p) or (1 if p else 2)" in t for t in texts["falsy value gets the default"])
    assert "missing final flush" not in texts
    assert not any("p.isdir(os.path)" in t for t in texts.get("swap receiver and argument", []))


CARTS = program("""
    class Carts:
        def __init__(self):
            self.items = {}
            self.flagged = set()

        def add(self, user, item):
            self.items.setdefault(user, []).append(item)
            if len(self.items[user]) > 2:
                self.flagged.add(user)

        def reset(self, user=None):
            if user is None:
                self.items.clear()
                self.flagged.clear()
            else:
                self.items.pop(user, None)


    def flagged_after(*steps):
        carts = Carts()
        for name, *args in steps:
            getattr(carts, name)(*args)
        return sorted(carts.flagged)
""")


def test_a_key_branch_drops_the_key_from_what_the_bulk_branch_empties(repair: Repair) -> None:
    fixed = CARTS.replace(
        "self.items.pop(user, None)",
        "self.items.pop(user, None)\n            self.flagged.discard(user)",
    )
    three = "('add', 'a', 1), ('add', 'a', 2), ('add', 'a', 3)"
    three_b = three.replace("'a'", "'b'")
    run = repair(Scenario(
        {"prog.py": CARTS}, {"prog.py": fixed},
        failing=[f"flagged_after({three}, ('reset', 'a'))"],
        passing=[f"flagged_after({three}, ('reset',))", "flagged_after(('add', 'b', 1))"],
        hidden=[f"flagged_after({three}, {three_b}, ('reset', 'a'))",
                f"flagged_after({three}, ('reset', 'c'))"],
    ))  # fmt: skip
    fixed_by(run, "self.flagged.discard(user)")


def test_a_key_drop_after_an_early_exit_bulk_branch_drops_from_what_it_empties(
    repair: Repair,
) -> None:
    early_exit = CARTS.replace(
        "        else:\n            self.items.pop(user, None)",
        "            return\n        self.items.pop(user, None)",
    )
    fixed = early_exit.replace(
        "self.items.pop(user, None)",
        "self.items.pop(user, None)\n        self.flagged.discard(user)",
    )
    assert fixed != early_exit != CARTS
    three = "('add', 'a', 1), ('add', 'a', 2), ('add', 'a', 3)"
    run = repair(Scenario(
        {"prog.py": early_exit}, {"prog.py": fixed},
        failing=[f"flagged_after({three}, ('reset', 'a'))"],
        passing=[f"flagged_after({three}, ('reset',))", "flagged_after(('add', 'b', 1))"],
        hidden=[f"flagged_after({three}, ('reset', 'c'))"],
    ))  # fmt: skip
    fixed_by(run, "self.flagged.discard(user)")


REACHABLE = program("""
    from collections import deque


    def reachable(graph, start):
        order = []
        todo = deque([start])
        seen = {start}
        while todo:
            node = todo.popleft()
            order.append(node)
            for nxt in graph.get(node, ()):
                if nxt not in seen:
                    seen.add(nxt)
        return order
""")


def test_a_worklist_seeded_beside_a_seen_set_gets_what_is_marked_seen(repair: Repair) -> None:
    fixed = REACHABLE.replace("seen.add(nxt)", "seen.add(nxt)\n                todo.append(nxt)")
    run = repair(Scenario(
        {"prog.py": REACHABLE}, {"prog.py": fixed},
        failing=["reachable({'a': ['b'], 'b': ['c']}, 'a')"],
        passing=["reachable({}, 'a')", "reachable({'b': ['a']}, 'a')"],
        hidden=["reachable({'a': ['b', 'c'], 'b': ['d'], 'c': ['d', 'a']}, 'a')",
                "reachable({'x': ['y'], 'y': ['x']}, 'y')"],
    ))  # fmt: skip
    fixed_by(run, "todo.append(nxt)")


TALLY = program("""
    def tally(events):
        counts = {"click": 0, "view": 0}
        for kind, n in events:
            if kind in counts:
                counts[kind] = n
        return counts
""")


def test_an_entry_of_a_table_started_at_zero_is_added_to_not_overwritten(
    repair: Repair,
) -> None:
    fixed = TALLY.replace("counts[kind] = n", "counts[kind] += n")
    run = repair(Scenario(
        {"prog.py": TALLY}, {"prog.py": fixed},
        failing=["tally([('click', 1), ('click', 2)])"],
        passing=["tally([('view', 4)])", "tally([])"],
        hidden=["tally([('view', 1), ('click', 2), ('view', 5), ('x', 9)])"],
    ))  # fmt: skip
    fixed_by(run, "accumulator overwritten")


RING = program("""
    class Ring:
        def __init__(self, size):
            self.slots = [None] * size
            self.size = size
            self.head = 0
            self.used = 0

        def push(self, item):
            if self.used == self.size:
                raise OverflowError("ring is full")
            self.slots[self.used % self.size] = item
            self.used += 1

        def pop(self):
            item = self.slots[self.head]
            self.head = (self.head + 1) % self.size
            self.used -= 1
            return item


    def run(size, ops):
        ring, out = Ring(size), []
        for op in ops:
            if op == "pop":
                out.append(ring.pop())
            else:
                ring.push(op)
        return out
""")


def test_a_circular_index_gets_the_offset_the_files_other_wraps_add(repair: Repair) -> None:
    fixed = RING.replace(
        "self.slots[self.used % self.size]", "self.slots[(self.head + self.used) % self.size]"
    )
    run = repair(Scenario(
        {"prog.py": RING}, {"prog.py": fixed},
        failing=["run(2, [1, 'pop', 2, 3, 'pop', 'pop'])"],
        passing=["run(2, [1, 2, 'pop', 'pop'])", "run(1, [7, 'pop'])"],
        hidden=["run(3, [1, 2, 'pop', 3, 4, 'pop', 'pop', 5, 'pop', 'pop'])"],
    ))  # fmt: skip
    fixed_by(run, "(self.head + self.used) % self.size")


def test_a_slice_bound_clamped_at_zero_is_off_by_one_inside_the_clamp(repair: Repair) -> None:
    buggy = program("""
        def trailing_sums(values, width):
            sums = []
            for i in range(len(values)):
                sums.append(sum(values[max(0, i - width):i + 1]))
            return sums
    """)
    edit = only(edits_of(buggy), "off-by-one", "`i - width` -> `i - width + 1`")
    run = repair(Scenario(
        {"prog.py": buggy}, {"prog.py": applied(buggy, edit)},
        failing=["trailing_sums([1, 2, 3, 4], 2)"],
        passing=["trailing_sums([], 3)", "trailing_sums([5], 1)"],
        hidden=["trailing_sums([1, 1, 1, 1, 1], 3)", "trailing_sums([4, 0, 2], 1)"],
    ))  # fmt: skip
    fixed_by(run, "i - width + 1")


def test_a_copy_taken_after_the_update_it_should_precede_swaps_with_it(repair: Repair) -> None:
    buggy = program("""
        def smoothed_moves(readings, weight=0.5):
            position = readings[0]
            moves = []
            for reading in readings[1:]:
                position = weight * reading + (1 - weight) * position
                last = position
                moves.append(round(position - last, 3))
            return moves
    """)
    swaps = [e for e in edits_of(buggy) if "position` and `last = position`" in e.description]
    assert swaps and all(e.structural for e in swaps)  # offered from either statement
    edit = swaps[0]
    run = repair(Scenario(
        {"prog.py": buggy}, {"prog.py": applied(buggy, edit)},
        failing=["smoothed_moves([0, 8], 0.25)", "smoothed_moves([0, 10])"],
        passing=["smoothed_moves([3])", "smoothed_moves([2, 2])"],
        hidden=["smoothed_moves([0, 4, 4, 0], 0.25)", "smoothed_moves([5, 1, 9], 0.75)"],
    ))  # fmt: skip
    fixed_by(run, "swap statements")


PAGER = program("""
    class Pager:
        def __init__(self, limit=1):
            self.limit = limit
            self._mode = "quiet"
            self._pages = 0

        def _alert(self):
            self._mode = "alerting"

        def _calm(self):
            self._mode = "quiet"
            self._pages = 0

        def incident(self, severe):
            if severe:
                self._alert()
            else:
                self._calm()

        def page(self):
            if self._mode == "alerting" and self._pages < self.limit:
                self._pages += 1
                return True
            return False


    def pages(*steps):
        pager = Pager()
        out = []
        for step in steps:
            if step == "page":
                out.append(pager.page())
            else:
                pager.incident(step == "severe")
        return out
""")


def test_a_transition_resets_the_counter_its_sibling_transition_resets(repair: Repair) -> None:
    edits = [e for e in edits_of(PAGER) if e.structural]
    reset = only(edits, "missing statement", '`self._pages = 0` after `self._mode = "alerting"`')
    fixed = applied(PAGER, reset)
    run = repair(Scenario(
        {"prog.py": PAGER}, {"prog.py": fixed},
        failing=["pages('severe', 'page', 'severe', 'page')"],
        passing=["pages('severe', 'page', 'page')", "pages('page')",
                 "pages('severe', 'page', 'mild', 'severe', 'page')"],
        hidden=["pages('severe', 'page', 'page', 'severe', 'page', 'page')"],
    ))  # fmt: skip
    fixed_by(run, "self._pages = 0")


def test_counting_down_is_not_structural_for_a_counter_a_sibling_method_resets() -> None:
    down = only(edits_of(PAGER), "missing counter update", "-=")
    assert "self._pages -= 1" in applied(PAGER, down)
    assert not down.structural
    no_reset = PAGER.replace(
        'self._mode = "quiet"\n        self._pages = 0', 'self._mode = "quiet"'
    )
    assert no_reset != PAGER
    assert only(edits_of(no_reset), "missing counter update", "-=").structural


RECENT = program("""
    from collections import OrderedDict


    class Recent:
        def __init__(self, size):
            self.size = size
            self._entries = OrderedDict()

        def get(self, key):
            if key in self._entries:
                return self._entries[key]
            return None

        def put(self, key, value):
            self._entries[key] = value
            if len(self._entries) > self.size:
                self._entries.popitem(last=False)


    def after(*steps):
        recent, seen = Recent(2), []
        for step in steps:
            seen.append(recent.get(step[0]) if len(step) == 1 else recent.put(*step))
        return seen
""")


def test_an_entry_read_from_a_recency_order_moves_to_its_end(repair: Repair) -> None:
    repaired(
        repair, RECENT, "missing function call", "insert `self._entries.move_to_end(key)`",
        failing=["after(('a', 1), ('b', 2), ('a',), ('c', 3), ('a',), ('b',))"],
        passing=["after(('a', 1), ('b', 2), ('c', 3), ('a',))", "after(('x',),)"],
        hidden=["after(('a', 1), ('b', 2), ('b',), ('a',), ('c', 3), ('b',), ('a',))"],
    )  # fmt: skip


HAND = program("""
    class Hand:
        def __init__(self, cards):
            self._deck = list(cards)
            self._held = []

        def draw(self):
            card = self._deck.pop()
            self._held.append(card)
            return card

        def put_back(self):
            card = self._held.pop()
            return card

        def state(self):
            return list(self._deck), list(self._held)


    def after(cards, *steps):
        hand = Hand(cards)
        for step in steps:
            getattr(hand, step)()
        return hand.state()
""")


def test_an_item_taken_back_goes_where_the_sibling_took_it_from(repair: Repair) -> None:
    repaired(repair, HAND, "missing statement", "`self._deck.append(card)` after",
             failing=["after('abc', 'draw', 'put_back')"],
             passing=["after('abc', 'draw')", "after('ab')"],
             hidden=["after('xyz', 'draw', 'draw', 'put_back', 'draw')"])  # fmt: skip


SCORES = program("""
    class Scores:
        def __init__(self):
            self._scores = {}

        def add(self, team, points):
            self._scores.setdefault(team, []).append(points)

        def mean(self, team):
            scores = self._scores.get(team, [])
            if not scores:
                return None
            return sum(scores) / len(self._scores)
""")


def test_a_field_read_where_the_local_view_named_after_it_was_meant(repair: Repair) -> None:
    calls = "(lambda s: ([s.add(*a) for a in {args}], s.mean('red'))[-1])(Scores())"
    repaired(repair, SCORES, "incorrect variable", "`self._scores` -> `scores`",
             failing=[calls.format(args="[('red', 2), ('red', 4), ('red', 9), ('blue', 1)]")],
             passing=[calls.format(args="[('red', 3)]"), calls.format(args="[]")],
             hidden=[calls.format(args="[('red', 1), ('blue', 5), ('red', 2), ('red', 6)]")])  # fmt: skip
