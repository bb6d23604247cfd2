"""Families that follow a trace the code leaves: a limit the function is given and only
validates, a fallback that should be the bound the caller passed, a key one attribute short of
the keys its container is kept under, the two ends of one pair swapped. And edits the failure
rules out: the message of an exception the failing case did not expect. Each runs on a small
program of its own, none of them a benchmark program."""

from __future__ import annotations

from repair_edits import applied, edits_of, only, repaired
from repair_fake import Repair, Scenario, fixed_by, program

from selfpatch.patchers.repair._evidence import Evidence
from selfpatch.patchers.repair._index import FileIndex
from selfpatch.patchers.repair._literals import missing_member_edits
from selfpatch.patchers.repair._raised import only_within, unexpected_raise_spans
from selfpatch.types import Frame, Outcome

CHUNKED = program("""
    def chunks(items, max_size=3):
        if max_size < 1:
            raise ValueError("max_size must be positive")
        out = []
        start = 0
        while start < len(items):
            end = start + 1
            while end < len(items) and items[end] == items[start]:
                end += 1
            out.append((items[start], end - start))
            start = end
        return out
""")


def test_a_limit_only_validated_bounds_what_the_loop_counts(repair: Repair) -> None:
    repaired(repair, CHUNKED, "missing condition", "and end - start < max",
             failing=["chunks('aaaab')", "chunks('abbbbb')"],
             passing=["chunks('')", "chunks('ab')", "chunks('aab')"],
             hidden=["chunks('xxxxxxx', 2)", "chunks('aaabbbb', 4)", "chunks('zz', 1)"])  # fmt: skip


def test_a_limit_the_loop_already_reads_adds_no_clause() -> None:
    used = CHUNKED.replace("items[end] == items[start]:", "end - start < max_size:")
    clauses = [e for e in edits_of(used) if e.kind == "missing condition"]
    assert clauses and not [e for e in clauses if "and start < max" in e.description]


FIRST_LINE = program("""
    def first_line_end(text: str, width: int) -> int:
        cut = text.find("\\n", 0, width)
        if cut == -1:
            return 0
        return cut + 1


    def head(text, width):
        return text[: first_line_end(text, width)]
""")


def test_a_fallback_of_zero_becomes_the_bound_the_caller_passed(repair: Repair) -> None:
    repaired(repair, FIRST_LINE, "return constant", "`0` -> `width`",
             failing=["head('abcdef', 3)"],
             passing=["head('ab\\ncd', 5)", "head('a\\nbcdef', 4)"],
             hidden=["head('xyz', 10)", "head('hello world', 5)", "head('q\\nr', 1)"])  # fmt: skip


QUEUES = program("""
    from collections import Counter
    from dataclasses import dataclass, field

    @dataclass(frozen=True)
    class Worker:
        name: str

    @dataclass(frozen=True)
    class Job:
        name: str
        worker: Worker

    @dataclass
    class Board:
        busy: Counter = field(default_factory=Counter)

        def assign(self, job):
            self.busy[job.name] += 1
            return job.worker.name

        def finish(self, job):
            self.busy[job.worker.name] -= 1

        def load(self, worker):
            return self.busy[worker.name]
""")


def test_a_key_one_attribute_short_gets_the_step_the_other_keys_take(repair: Repair) -> None:
    setup = "(w := Worker('w1')), (j := Job('parse', w)), (b := Board())"
    repaired(repair, QUEUES, "wrong key", "`job.name` -> `job.worker.name`",
             failing=[f"[{setup}, b.assign(j), b.load(w)][-1]"],
             passing=[f"[{setup}, b.load(w)][-1]", f"[{setup}, b.assign(j)][-1]"],
             hidden=[f"[{setup}, b.assign(j), b.assign(j), b.finish(j), b.load(w)][-1]",
                     f"[{setup}, b.assign(Job('x', Worker('w2'))), b.load(w)][-1]"])  # fmt: skip


SUCCESSORS = program("""
    def successors(edges):
        nxt = {}
        for before, after in edges:
            nxt.setdefault(before, [])
            nxt.setdefault(after, [])
            nxt[after].append(before)
        return {k: sorted(v) for k, v in sorted(nxt.items())}
""")


def test_the_two_ends_of_an_unpacked_pair_are_likely_swapped(repair: Repair) -> None:
    repaired(repair, SUCCESSORS, "swap variables", "`after` <-> `before`",
             failing=["successors([('a', 'b')])"],
             passing=["successors([])", "successors([('a', 'a')])"],
             hidden=["successors([('a', 'b'), ('a', 'c'), ('c', 'd')])"])  # fmt: skip
    swaps = [e for e in edits_of(SUCCESSORS) if e.kind == "swap variables" and e.line == 6]
    ends = [e for e in swaps if "`after` <-> `before`" in e.description]
    others = [e for e in swaps if e not in ends]
    assert ends and others and ends[0].prior > max(e.prior for e in others)


STUCK = program("""
    class Stuck(Exception):
        pass

    def drain(waiting):
        left = dict(waiting)
        for name in list(left):
            if left[name] <= 1:
                del left[name]
        if left:
            raise Stuck(sorted(name for name, count in left.items() if count > 0))
        return True
""")


def test_edits_to_the_message_of_an_unexpected_exception_are_ruled_out() -> None:
    index = FileIndex("prog.py", STUCK)
    line = STUCK.splitlines().index(
        next(t for t in STUCK.splitlines() if "raise Stuck" in t)
    ) + 1  # fmt: skip
    failed = Outcome(
        "k", "error", error_type="prog.Stuck", frames=[Frame("prog.py", line, "drain")]
    )
    spans = unexpected_raise_spans(index, [failed])
    edits = edits_of(STUCK)
    futile = [e for e in edits if only_within(e, spans)]
    assert futile and all(e.line == line for e in futile)
    assert any("`count > 0`" in e.description for e in futile)
    kept = [e for e in edits if e.line == line and not only_within(e, spans)]
    assert kept, "edits to the statement itself or the exception's class stay"
    assert all("`count > 0`" not in e.description for e in kept)


def test_an_exception_of_another_type_rules_nothing_out() -> None:
    index = FileIndex("prog.py", STUCK)
    frames = [Frame("prog.py", n, "drain") for n in range(1, STUCK.count("\n") + 1)]
    other = Outcome("k", "error", error_type="AssertionError", frames=frames[-1:])
    assert unexpected_raise_spans(index, [other]) == []


DIGITS = program("""
    def digit_product(n, base=10):
        product = 1
        while n:
            n, digit = divmod(n, base)
            product = digit % 1000
        return product
""")


def test_an_accumulator_started_at_one_multiplies_what_the_loop_assigns(repair: Repair) -> None:
    repaired(repair, DIGITS, "accumulator overwritten", "`product * digit % 1000`",
             failing=["digit_product(23)", "digit_product(234)"],
             passing=["digit_product(0)", "digit_product(7)"],
             hidden=["digit_product(999)", "digit_product(1011)", "digit_product(15, 2)"])  # fmt: skip


LABEL = program("""
    def label(words):
        text = ""
        for word in words:
            text = word[:1].upper() + word[1:] + " "
        return text.rstrip()
""")


def test_an_accumulator_started_empty_adds_what_the_loop_assigns(repair: Repair) -> None:
    repaired(repair, LABEL, "accumulator overwritten", "`text + word[:1].upper()",
             failing=["label(['big', 'red', 'dog'])"],
             passing=["label([])", "label(['one'])"],
             hidden=["label(['a', 'b'])", "label(['x', 'yy', 'zzz', 'w'])"])  # fmt: skip


def test_an_accumulator_that_reads_itself_is_left_alone() -> None:
    summed = LABEL.replace("text = word[:1]", "text = text + word[:1]")
    assert not [e for e in edits_of(summed) if e.kind == "accumulator overwritten"]


PACING = program("""
    from dataclasses import dataclass

    @dataclass(frozen=True)
    class Pace:
        step: float = 1.0
        ceiling: float = 10.0

    def linear(pace, n):
        return min(pace.ceiling, pace.step * n)

    def doubling(pace, n):
        return pace.step * 2 ** n
""")


def test_a_bound_the_file_applies_elsewhere_clamps_a_value_it_forgot(repair: Repair) -> None:
    repaired(repair, PACING, "missing function call", "min(pace.ceiling, pace.step * 2 ** n)",
             failing=["doubling(Pace(), 5)"],
             passing=["doubling(Pace(), 0)", "linear(Pace(), 20)", "doubling(Pace(), 2)"],
             hidden=["doubling(Pace(0.5, 3.0), 4)", "doubling(Pace(2.0, 100.0), 3)"])  # fmt: skip


BREAKER = program("""
    class Breaker:
        def __init__(self, limit=3):
            self.limit = limit
            self.failures = 0
            self.trips = 0

        def fail(self):
            self.failures += 1
            if self.failures >= self.limit:
                self.trips += 1

        def succeed(self):
            self.failures = 0
""")


def test_a_counter_that_trips_its_threshold_starts_again(repair: Repair) -> None:
    check = "[(b := Breaker({limit})), *[{steps}], b.trips][-1]"
    fails = "b.fail()"
    edit = only(edits_of(BREAKER), "missing statement", "`self.failures >= self.limit` trips")
    run = repair(Scenario({"prog.py": BREAKER}, {"prog.py": applied(BREAKER, edit)},
             failing=[check.format(limit=2, steps=", ".join([fails] * 4))],
             passing=[check.format(limit=3, steps=", ".join([fails] * 3)),
                      check.format(limit=2, steps="b.fail(), b.succeed(), b.fail()")],
             hidden=[check.format(limit=3, steps=", ".join([fails] * 7)),
                     check.format(limit=1, steps=", ".join([fails] * 5))]))  # fmt: skip
    assert run.best.files["prog.py"] == applied(BREAKER, edit)
    assert run.hidden_ok(run.best)


SESSIONS = program("""
    class Sessions:
        def __init__(self):
            self.expiry = {}

        def open(self, name, until):
            self.expiry[name] = until

        def sweep(self, now):
            gone = []
            for name in self.expiry:
                if self.expiry[name] <= now:
                    del self.expiry[name]
                    gone.append(name)
            return sorted(gone)
""")


def test_a_container_changed_while_a_loop_walks_it_is_walked_as_a_snapshot(
    repair: Repair,
) -> None:
    check = "[(s := Sessions()), {opens}, s.sweep({now}), sorted(s.expiry)][-2:]"
    repaired(repair, SESSIONS, "missing function call", "`self.expiry` -> `list(self.expiry)`",
             failing=[check.format(opens="s.open('a', 1), s.open('b', 5)", now=2)],
             passing=[check.format(opens="s.open('a', 9)", now=2), check.format(opens="0", now=0)],
             hidden=[check.format(opens="s.open('a', 1), s.open('b', 2), s.open('c', 3)", now=2),
                     check.format(opens="s.open('x', 1), s.open('y', 1)", now=5)])  # fmt: skip


def test_a_loop_that_only_reads_its_container_keeps_walking_it() -> None:
    reading = SESSIONS.replace("del self.expiry[name]", "pass")
    assert not [e for e in edits_of(reading) if "list(self.expiry)" in e.description]


LEASES = program("""
    class Leases:
        def __init__(self, term):
            self.term = term
            self.ends = {}

        def grant(self, name, now, term=None):
            term = self.term if term is None else term
            self.ends[name] = now + self.term
            return self.ends[name]
""")


def test_a_parameter_settled_from_its_default_is_read_after_it(repair: Repair) -> None:
    repaired(repair, LEASES, "wrong variable", "`self.term` -> `term`",
             failing=["Leases(10).grant('a', 0, 3)"],
             passing=["Leases(10).grant('a', 0)", "Leases(5).grant('b', 2)"],
             hidden=["Leases(10).grant('a', 1, 1)", "Leases(7).grant('z', 3, None)"])  # fmt: skip


GATE = program("""
    def blocked(actions, risky):
        out = []
        for action in actions:
            if action["name"] in risky:
                out.append(action["name"])
        return out
""")


def test_a_field_the_inputs_carry_and_the_code_never_reads_joins_its_condition(
    repair: Repair,
) -> None:
    repaired(repair, GATE, "missing condition", 'and not action.get("signed_off")',
             evidence=Evidence(strings=["signed_off"]),
             failing=["blocked([{'name': 'rm', 'signed_off': True}, {'name': 'dd'}], {'rm', 'dd'})"],
             passing=["blocked([{'name': 'ls'}], {'rm'})", "blocked([{'name': 'rm'}], {'rm'})"],
             hidden=["blocked([{'name': 'rm', 'signed_off': False}], {'rm'})",
                     "blocked([{'name': 'a', 'signed_off': True}, {'name': 'b'}], {'a'})"])  # fmt: skip


KINDS = program("""
    HIDDEN_KINDS = frozenset({"internal"})

    def visible(blocks):
        return [b["text"] for b in blocks if b["kind"] not in HIDDEN_KINDS]
""")


def test_a_name_of_the_family_a_constant_set_lists_joins_it(repair: Repair) -> None:
    evidence = Evidence(inputs=["internal_note", "text"])
    added = list(missing_member_edits(FileIndex("prog.py", KINDS), evidence))
    assert [e.description for e in added] == [
        'prog.py:1: missing member: `{"internal"}` -> `{"internal", "internal_note"}`'
    ]
    run = repair(Scenario({"prog.py": KINDS}, {"prog.py": KINDS.replace('"internal"}', '"internal", "internal_note"}')},
             failing=["visible([{'kind': 'internal_note', 'text': 'x'}, {'kind': 'text', 'text': 'y'}])"],
             passing=["visible([])", "visible([{'kind': 'internal', 'text': 'a'}])"],
             hidden=["visible([{'kind': 'internal_note', 'text': 'q'}])",
                     "visible([{'kind': 'note', 'text': 'n'}])"]))  # fmt: skip
    fixed_by(run, "missing member")


TWO_PASS = program("""
    def walk_back(graph: dict, start):
        back: dict = {}
        for source, targets in graph.items():
            for target in targets:
                back.setdefault(target, []).append(source)
        seen, todo = set(), [start]
        while todo:
            node = todo.pop()
            if node not in seen:
                seen.add(node)
                todo.extend(graph.get(node, []))
        return sorted(seen)
""")


def test_a_container_built_and_never_read_is_what_a_same_typed_read_meant(
    repair: Repair,
) -> None:
    repaired(repair, TWO_PASS, "unread container", "`graph` -> `back`",
             failing=["walk_back({'a': ['b'], 'b': ['c']}, 'c')"],
             passing=["walk_back({}, 'x')", "walk_back({'a': ['a']}, 'a')"],
             hidden=["walk_back({'a': ['b', 'c'], 'c': ['d'], 'x': ['d']}, 'd')"])  # fmt: skip


CALLS = program("""
    def route(call):
        arguments = call.get("arguments") or {}
        if not isinstance(arguments, dict):
            raise TypeError("arguments must be an object")
        return list(arguments)
""")


def test_arguments_the_code_insists_are_a_mapping_are_decoded_from_json(repair: Repair) -> None:
    run = repair(Scenario({"prog.py": CALLS}, {"prog.py": CALLS.replace(
                 "{}\n", "{}\n    arguments = json.loads(arguments) if isinstance(arguments, str) else arguments\n"
             ).replace("def route", "import json\n\n\ndef route")},
             failing=["route({'arguments': '{\"b\": 1, \"a\": 2}'})"],
             passing=["route({})", "route({'arguments': {'x': 1}})"],
             hidden=["route({'arguments': '{}'})", "route({'arguments': '{\"q\": [1]}'})"]))  # fmt: skip
    fixed_by(run, "decode JSON string")


SPOOL = program("""
    class Spool:
        def __init__(self):
            self.items = {}
            self.size = 0

        def add(self, key, text):
            self.items[key] = text
            self.size += len(text)

        def drop(self, key):
            text = self.items.pop(key)
            self.size -= len(text)

        def drop_prefix(self, prefix):
            gone = 0
            for key in [k for k in self.items if k.startswith(prefix)]:
                gone += len(self.items.pop(key))
            return gone
""")


def test_a_loop_that_removes_and_totals_books_the_total_as_its_sibling_does(
    repair: Repair,
) -> None:
    check = "[(s := Spool()), s.add('a1', 'xx'), s.add('a2', 'yyy'), s.add('b', 'z'), {step}, s.size][-1]"
    repaired(repair, SPOOL, "missing statement", "insert `self.size -= gone` after",
             failing=[check.format(step="s.drop_prefix('a')")],
             passing=[check.format(step="s.drop('b')"), check.format(step="s.drop_prefix('q')")],
             hidden=[check.format(step="s.drop_prefix('')"), check.format(step="s.drop_prefix('a2')")])  # fmt: skip


POOL = program("""
    class Pool:
        def __init__(self, names):
            self.workers = [{"name": n, "busy": False, "retired": False} for n in names]

        def retire(self, name):
            for worker in self.workers:
                if worker["name"] == name:
                    worker["retired"] = True

        def active(self):
            return [w["name"] for w in self.workers if not w["retired"]]

        def idle(self):
            return [w["name"] for w in self.workers if not w["busy"]]
""")


def test_a_comprehension_takes_the_filter_its_sibling_applies_to_the_same_items(
    repair: Repair,
) -> None:
    check = "[(p := Pool(['a', 'b', 'c'])), {step}, p.idle()][-1]"
    repaired(repair, POOL, "missing condition", 'not w["busy"] and not w["retired"]',
             failing=[check.format(step="p.retire('b')")],
             passing=[check.format(step="0"), check.format(step="p.active()")],
             hidden=[check.format(step="p.retire('a'), p.retire('c')"),
                     check.format(step="p.retire('z')")])  # fmt: skip


RULER = program('''
    def lowest_set(k):
        """The lowest set bit of k + 1, as a power of two."""
        return k & -k


    def highest_set(k):
        return 1 << (k.bit_length() - 1) if k else 0
''')


def test_an_offset_the_docstring_spells_is_given_to_every_read_of_the_name(
    repair: Repair,
) -> None:
    repaired(repair, RULER, "off-by-one", "`k` -> `k + 1` (at each of 2 copies)",
             failing=["lowest_set(0)", "lowest_set(2)"],
             passing=["highest_set(12)"],
             hidden=["[lowest_set(k) for k in range(12)]"])  # fmt: skip
    undocumented = RULER.replace("of k + 1", "of k")
    assert not [e for e in edits_of(undocumented) if "`k + 1` (at each" in e.description]


def test_a_parameter_never_read_fills_the_place_of_the_callee_parameter_it_is_named_for(
    repair: Repair,
) -> None:
    buggy = program("""
        def key_for(names, request):
            return tuple(request.get(name, "") for name in names)


        def remember(cache, names, request, response):
            cache[key_for(names, response["headers"])] = response["body"]
            return cache
    """)
    repaired(repair, buggy, "wrong argument", "`response[\"headers\"]` -> `request`",
             failing=["remember({}, ['lang'], {'lang': 'de'}, {'headers': {'lang': 'en'}, 'body': 1})"],
             passing=["remember({}, [], {}, {'headers': {}, 'body': 2})"],
             hidden=["remember({}, ['a', 'b'], {'a': 1}, {'headers': {'b': 2}, 'body': 3})"])  # fmt: skip
