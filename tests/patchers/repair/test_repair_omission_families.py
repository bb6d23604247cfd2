"""Families for things left out: a loop that stops with a carry still set, a cursor that never
advances, a clause for a field nothing reads, a key that skips the normalization every other
access makes, a tally that bulk removal forgets, a guard the sibling code puts around the same
call, the base of a code point, the ``+ 1`` of an inclusive span, the magnitude of a signed
count, a count from the end that may be zero, empty text handed to a parser, an aware time, a
parameter never passed on, a budget a loop reads and never spends, an item a comprehension
looks up where it may be missing. Each runs on a small program of its own, none of them a
benchmark program."""

from __future__ import annotations

from repair_edits import applied, edits_of, only, repaired
from repair_fake import Repair, Scenario, fixed_by, program

DIGITS = program("""
    def add_digits(a, b):
        out = []
        carry = 0
        i = 0
        while i < len(a) or i < len(b):
            total = carry
            if i < len(a):
                total += a[i]
            if i < len(b):
                total += b[i]
            out.append(total % 10)
            carry = total // 10
            i += 1
        return out
""")


def test_a_loop_stops_with_its_carry_still_set(repair: Repair) -> None:
    edit = only(edits_of(DIGITS), "loop stops with state carried")
    assert "while i < len(a) or i < len(b) or carry:" in applied(DIGITS, edit)
    run = repair(Scenario(
        {"prog.py": DIGITS}, {"prog.py": applied(DIGITS, edit)},
        failing=["add_digits([5], [5])"],
        passing=["add_digits([1, 2], [3])", "add_digits([], [])"],
        hidden=["add_digits([9, 9], [1])", "add_digits([4], [4])"],
    ))  # fmt: skip
    fixed_by(run, "loop stops with state carried")
    for_loop = DIGITS.replace("while i < len(a) or i < len(b):", "while True:")
    assert not [e for e in edits_of(for_loop) if e.kind == "loop stops with state carried"]


CHAIN = program("""
    class Node:
        def __init__(self, value):
            self.value = value
            self.next = None


    def chain(values):
        head = Node(None)
        tail = head
        items = list(values)
        while items:
            tail.next = Node(items.pop(0))
        return head.next


    def to_list(node):
        out = []
        while node is not None:
            out.append(node.value)
            node = node.next
        return out
""")


def test_a_cursor_that_links_but_never_advances(repair: Repair) -> None:
    edit = only(edits_of(CHAIN), "cursor never advances")
    assert "tail.next = Node(items.pop(0))\n        tail = tail.next\n" in applied(CHAIN, edit)
    run = repair(Scenario(
        {"prog.py": CHAIN}, {"prog.py": applied(CHAIN, edit)},
        failing=["to_list(chain([1, 2]))"],
        passing=["to_list(chain([]))", "to_list(chain([7]))"],
        hidden=["to_list(chain([3, 1, 2]))", "to_list(chain('ab'))"],
    ))  # fmt: skip
    fixed_by(run, "cursor never advances")


ACCESS = program("""
    from dataclasses import dataclass, field


    @dataclass
    class Rule:
        open: bool = True
        admins: set = field(default_factory=set)
        banned: set = field(default_factory=set)


    def may_post(rule, user):
        if not rule.open:
            return False
        if user in rule.admins:
            return True
        return len(user) > 2
""")


def test_a_field_nothing_reads_joins_the_condition_beside_its_sibling(repair: Repair) -> None:
    clauses = [applied(ACCESS, e) for e in edits_of(ACCESS) if "in rule.banned" in e.description]
    assert any("if not rule.open or user in rule.banned:" in text for text in clauses)
    fix = ACCESS.replace("if not rule.open:", "if not rule.open or user in rule.banned:")
    run = repair(Scenario(
        {"prog.py": ACCESS}, {"prog.py": fix},
        failing=["may_post(Rule(banned={'mallory'}), 'mallory')"],
        passing=["may_post(Rule(), 'alice')", "may_post(Rule(open=False), 'alice')"],
        hidden=["may_post(Rule(banned={'bob'}), 'alice')",
                "may_post(Rule(banned={'root'}, admins={'root'}), 'root')"],
    ))  # fmt: skip
    fixed_by(run, "missing condition")
    read = ACCESS.replace(
        "return len(user) > 2", "return len(user) > 2 and rule.banned is not None"
    )
    assert not [e for e in edits_of(read) if "in rule.banned" in e.description]


COUNTS = program("""
    def normal(name):
        return name.strip().lower()


    class Counts:
        def __init__(self):
            self._seen = {}

        def add(self, name):
            self._seen[name] = self._seen.get(name, 0) + 1

        def count(self, name):
            return self._seen.get(normal(name), 0)
""")


def test_a_key_that_skips_the_normalization_of_every_other_access(repair: Repair) -> None:
    keys = [applied(COUNTS, e) for e in edits_of(COUNTS) if e.kind == "key not normalized"]
    assert any("self._seen[normal(name)] = " in text for text in keys)
    fix = COUNTS.replace(
        "self._seen[name] = self._seen.get(name, 0) + 1",
        "self._seen[normal(name)] = self._seen.get(normal(name), 0) + 1",
    )
    run = repair(Scenario(
        {"prog.py": COUNTS}, {"prog.py": fix},
        failing=["(lambda c: (c.add('Ann'), c.count('ann'))[1])(Counts())"],
        passing=["Counts().count('x')"],
        hidden=["(lambda c: (c.add(' Bo'), c.add('bo'), c.count('BO'))[2])(Counts())"],
    ))  # fmt: skip
    fixed_by(run, "key not normalized")
    plain = COUNTS.replace("normal(name), 0)", "name, 0)")
    assert not [e for e in edits_of(plain) if e.kind == "key not normalized"]


LOG = program("""
    class Log:
        def __init__(self):
            self.lines = []
            self.errors = 0

        def add(self, line):
            self.lines.append(line)
            if line.startswith("E"):
                self.errors += 1

        def truncate(self, keep):
            dropped = self.lines[keep:]
            del self.lines[keep:]
            return dropped
""")


LOG_DRIVER = """
from prog import *


def errors_after(lines, keep):
    log = Log()
    for line in lines:
        log.add(line)
    log.truncate(keep)
    return log.errors
"""


def test_bulk_removal_undoes_the_tally_for_each_item(repair: Repair) -> None:
    edit = only(edits_of(LOG), "missing inverse update", "for line in dropped")
    expected = (
        "dropped = self.lines[keep:]\n        for line in dropped:\n"
        '            if line.startswith("E"):\n                self.errors -= 1\n'
    )
    assert edit.structural and expected in applied(LOG, edit)
    run = repair(Scenario(
        {"prog.py": LOG}, {"prog.py": applied(LOG, edit)},
        failing=["errors_after(['ok', 'E1'], 1)"],
        passing=["errors_after(['E1', 'ok'], 2)", "errors_after([], 0)"],
        hidden=["errors_after(['E1', 'E2', 'ok', 'E3'], 1)", "errors_after(['E', 'E'], 0)"],
        setup=LOG_DRIVER,
    ))  # fmt: skip
    fixed_by(run, "missing inverse update")


BUFFER = program("""
    class Buffer:
        def __init__(self, size):
            self.size = size
            self.items = []
            self.sent = []

        def _send(self):
            self.sent.append(self.items)
            self.items = []

        def push(self, item):
            if len(self.items) + len(item) > self.size:
                self._send()
            self.items.extend(item)

        def close(self):
            if self.items:
                self._send()
            return self.sent
""")


def test_a_call_guarded_everywhere_but_here(repair: Repair) -> None:
    edit = only(edits_of(BUFFER), "missing condition", "self.items and")
    assert "if self.items and len(self.items) + len(item) > self.size:" in applied(BUFFER, edit)
    run = repair(Scenario(
        {"prog.py": BUFFER}, {"prog.py": applied(BUFFER, edit)},
        failing=["(lambda b: (b.push('abcd'), b.close())[1])(Buffer(2))"],
        passing=["(lambda b: (b.push('a'), b.push('b'), b.close())[2])(Buffer(2))"],
        hidden=["(lambda b: (b.push('abc'), b.push('de'), b.close())[2])(Buffer(2))"],
    ))  # fmt: skip
    fixed_by(run, "missing condition")


def test_a_code_point_gets_the_base_the_file_measures_from() -> None:
    source = program("""
        def positions(word):
            return [ord(c) for c in word.upper()]


        def letter(position):
            return chr(position + ord("A"))
    """)
    texts = [applied(source, e) for e in edits_of(source) if e.kind == "missing term"]
    assert any('[ord(c) - ord("A") for c in word.upper()]' in text for text in texts)


def test_an_inclusive_span_and_a_signed_count() -> None:
    span = program("""
        def width(first, last):
            size = last - first
            return size
    """)
    assert "size = last - first + 1" in applied(span, only(edits_of(span), "off-by-one", "+ 1"))
    signed = program("""
        def walk(position, steps):
            step = 1 if steps >= 0 else -1
            left = steps
            while left > 0:
                position += step
                left -= 1
            return position
    """)
    edit = only(edits_of(signed), "missing function call", "abs(steps)")
    assert edit.structural and "left = abs(steps)" in applied(signed, edit)


def test_a_count_from_the_end_that_may_be_zero() -> None:
    source = program("""
        def tail(items, n):
            return items[-n:]
    """)
    edit = only(edits_of(source), "count from the end may be zero")
    assert "return items[max(len(items) - n, 0):]" in applied(source, edit)
    assert edit.structural  # the convention's spelling ranks with the repairs the code dictates
    constant = source.replace("[-n:]", "[-2:]")
    assert not [e for e in edits_of(constant) if e.kind == "count from the end may be zero"]


def test_empty_text_gets_the_type_the_result_is_checked_against() -> None:
    source = program("""
        import json


        def arguments(raw):
            parsed = json.loads(raw)
            if not isinstance(parsed, dict):
                raise ValueError("not an object")
            return parsed
    """)
    guards = [applied(source, e) for e in edits_of(source) if "if raw else" in e.description]
    assert "parsed = json.loads(raw) if raw else {}" in guards[0]


def test_methods_of_the_other_end_and_aware_times() -> None:
    source = program("""
        from datetime import datetime, timezone


        def pair(line):
            key, _, value = line.rpartition("=")
            return key, value


        def stamp(seconds):
            return datetime.fromtimestamp(seconds)
    """)
    texts = [applied(source, e) for e in edits_of(source)]
    assert any('line.partition("=")' in text for text in texts)
    assert any("datetime.fromtimestamp(seconds, tz=timezone.utc)" in text for text in texts)
    naive = source.replace("datetime, timezone", "datetime")
    assert not [e for e in edits_of(naive) if "tz=" in e.description]


def test_a_nested_function_sees_the_names_of_the_one_around_it() -> None:
    source = program("""
        def lowest(graph, start):
            seen = {}
            best = {}

            def visit(node):
                seen[node] = best[node] = len(seen)
                for other in graph[node]:
                    best[node] = min(best[node], seen[other])

            visit(start)
            return best
    """)
    texts = [applied(source, e) for e in edits_of(source) if e.kind == "wrong variable"]
    assert any("min(best[node], best[other])" in text for text in texts)


QUEUE = program("""
    class Workers:
        def __init__(self, names):
            self.names = names
            self.busy = set()

        def idle(self):
            return [n for n in self.names if n not in self.busy]

        def assign(self, jobs):
            plan = {}
            for name in self.names:
                if not jobs:
                    break
                plan[name] = jobs.pop(0)
            return plan
""")


def test_a_loop_skips_what_the_sibling_comprehension_filters_out(repair: Repair) -> None:
    edit = only(edits_of(QUEUE), "missing condition", "skip items")
    assert (
        "for name in self.names:\n            if name in self.busy:\n                continue\n"
        in (applied(QUEUE, edit))
    )
    run = repair(Scenario(
        {"prog.py": QUEUE}, {"prog.py": applied(QUEUE, edit)},
        failing=["(lambda w: (w.busy.add('a'), w.assign(['j1']))[1])(Workers(['a', 'b']))"],
        passing=["Workers(['a']).assign(['j1', 'j2'])", "Workers([]).assign(['j'])"],
        hidden=["(lambda w: (w.busy.update('ab'), w.assign(['x', 'y']))[1])(Workers('abc'))"],
    ))  # fmt: skip
    fixed_by(run, "missing condition")


def test_no_type_alias_constant_or_fellow_target_stands_in_for_a_variable() -> None:
    source = program("""
        Pair = tuple[int, int]
        LIMIT = 10


        def split(line: str) -> Pair:
            head, _, tail = line.partition(":")
            return int(head), min(int(tail), LIMIT)
    """)
    texts = [e.description for e in edits_of(source) if e.kind == "wrong variable"]
    assert texts and not [t for t in texts if "-> `Pair`" in t]
    unpacking = {t.split(": ", 2)[2] for t in texts if t.startswith("prog.py:6:")}
    assert "`head` -> `LIMIT`" not in unpacking and "`head` -> `tail`" not in unpacking
    assert "`line` -> `head`" in unpacking  # the value read is still open to substitution
    assert "`head` -> `LIMIT`" in {t.split(": ", 2)[2] for t in texts if t.startswith("prog.py:7:")}


SHARDS = program("""
    import hashlib

    def shard_of(key, count, seed=""):
        return int(hashlib.sha256((seed + key).encode()).hexdigest(), 16) % count

    def place(keys, count, *, seed=""):
        shards = {i: [] for i in range(count)}
        for key in keys:
            shards[shard_of(key, count)].append(key)
        return shards
""")


def test_a_parameter_never_read_is_passed_to_the_callee_that_takes_it(repair: Repair) -> None:
    repaired(repair, SHARDS, "missing keyword argument", "count, seed=seed)`",
             failing=["place(['a', 'b', 'c', 'd'], 2, seed='x')"],
             passing=["place(['a', 'b'], 2)", "place([], 3)"],
             hidden=["place(['k1', 'k2', 'k3', 'k4', 'k5'], 3, seed='salt')"])  # fmt: skip


PRICES = program("""
    from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

    ROUNDING = {"up": ROUND_HALF_UP, "down": ROUND_DOWN}

    def to_cents(amount, mode="up"):
        if mode not in ROUNDING:
            raise ValueError(f"unknown mode {mode!r}")
        return str(Decimal(amount).quantize(Decimal("0.01")))
""")


def test_a_value_checked_against_a_table_reaches_the_call_by_the_tables_name(
    repair: Repair,
) -> None:
    repaired(repair, PRICES, "missing keyword argument", '0.01"), rounding=ROUNDING[mode])',
             failing=["to_cents('1.239', 'down')"],
             passing=["to_cents('1.235')", "to_cents('2')"],
             hidden=["to_cents('9.999', 'down')", "to_cents('0.125', 'up')"])  # fmt: skip


FRAMES = program("""
    def frames(data):
        out = []
        i = 0
        while i < len(data):
            last = data[i]
            i += 1
            out.append(list(data[i:i + last + 1]))
            i += last
        return out
""")


def test_a_cursor_moves_on_by_the_length_of_the_slice_it_read(repair: Repair) -> None:
    repaired(repair, FRAMES, "off-by-one", "`last` -> `last + 1`",
             failing=["frames([1, 7, 8, 0, 9])"],
             passing=["frames([])"],
             hidden=["frames([2, 1, 2, 3, 1, 4, 5])", "frames([0, 6, 0, 6])"])  # fmt: skip


QUOTED = program("""
    def words(text):
        out = []
        i, n = 0, len(text)
        while i < n:
            if text[i] == " ":
                i += 1
            elif text[i] == "|":
                i += 1
                start = i
                while i < n and text[i] != "|":
                    i += 1
                out.append(text[start:i])
            else:
                start = i
                while i < n and text[i] != " ":
                    i += 1
                out.append(text[start:i])
        return out
""")


def test_a_scan_steps_over_the_closing_delimiter_it_stopped_at(repair: Repair) -> None:
    closing = 'insert `i += 1` after `while i < n and text[i] != "|"'
    repaired(repair, QUOTED, "missing statement", closing,
             failing=["words('|a b| c')"],
             passing=["words('a b')", "words('')"],
             hidden=["words('x |y z| |w|')", "words('|| q')"])  # fmt: skip
    inserted = [
        e for e in edits_of(QUOTED) if e.structural and "`i += 1` after `while" in e.description
    ]
    assert len(inserted) == 1  # the bare-word scan stops at a space nobody opened


def test_an_empty_sequence_is_not_taken_for_one_whose_items_all_pass(repair: Repair) -> None:
    buggy = program("""
        def is_number(token):
            if all(ch.isdigit() for ch in token):
                return True
            return False
    """)
    repaired(repair, buggy, "missing condition", "`token and all(",
             failing=["is_number('')"],
             passing=["is_number('12')", "is_number('1a')"],
             hidden=["is_number('007')", "is_number(' ')"])  # fmt: skip


def test_a_value_named_as_a_deviation_is_compared_by_its_size(repair: Repair) -> None:
    buggy = program("""
        def flagged(values, limit=2.0):
            mean = sum(values) / len(values)
            spread = (sum((v - mean) ** 2 for v in values) / len(values)) ** 0.5 or 1.0
            out = []
            for v in values:
                z = (v - mean) / spread
                if z > limit:
                    out.append(v)
            return out
    """)
    repaired(repair, buggy, "missing function call", "`z` -> `abs(z)`",
             failing=["flagged([0, 10, 10, 10, 10, 10, 10, 10, 10, 10])"],
             passing=["flagged([1, 1, 1, 1, 1, 1, 1, 1, 1, 20])", "flagged([4, 4])"],
             hidden=["flagged([5, 5, 5, 5, 5, 5, 5, 5, 5, -30, 40])", "flagged([2, 2, 2, 2, 2, 2, -9])"])  # fmt: skip


ADMISSION = program("""
    def admit(requests, capacity):
        \"\"\"Admit requests in order while they fit in the capacity left.\"\"\"
        admitted = {}
        left = capacity
        for name, size in requests:
            if size <= left:
                admitted[name] = size
        return admitted
""")


def test_what_a_loop_grants_comes_out_of_the_budget_it_reads(repair: Repair) -> None:
    repaired(
        repair, ADMISSION, "missing update", "insert `left -= size` after `admitted[name] = size`",
        failing=["admit([('a', 3), ('b', 3)], 5)"],
        passing=["admit([('a', 3)], 5)", "admit([('a', 9)], 5)", "admit([], 1)"],
        hidden=["admit([('a', 2), ('b', 2), ('c', 2)], 5)", "admit([('a', 6), ('b', 4)], 5)"],
    )  # fmt: skip


PRICED = program("""
    PRICES = {"apple": 3, "pear": 2}


    def basket_total(items):
        \"\"\"Total price of the items; items with no price are free samples.\"\"\"
        return sum(PRICES[item] for item in items)
""")


def test_a_comprehension_skips_the_items_its_lookup_lacks(repair: Repair) -> None:
    edits = edits_of(PRICED, raised=True, errors=("KeyError",))
    # a guard before the statement cannot test the comprehension's own variable
    assert not any("item not in PRICES" in e.description for e in edits if e.kind == "guard")
    repaired(
        repair, PRICED, "missing condition", "`for item in items if item in PRICES`", raised=True,
        failing=["basket_total(['apple', 'gift'])"],
        passing=["basket_total(['apple', 'pear'])", "basket_total([])"],
        hidden=["basket_total(['gift'])", "basket_total(['pear', 'x', 'pear'])"],
    )  # fmt: skip
