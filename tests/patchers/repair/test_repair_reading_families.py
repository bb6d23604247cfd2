"""Families whose cue is what the code says about itself elsewhere: a parameter refused below 1,
an empty container that should stay a leaf, a None test that defeats itself, a failing test's
name, a key written under one name and read under another, a pair of unpacked names shifted by
half, a recurrence that reads one cell twice, one quantity held against one bound in two
methods, a field kept for a call that never gets it, a sweep's cursor over unsorted input,
stable sorts layered key by key, and a stack written out bottom first. Each runs on a small
program of its own, none of them a benchmark program."""

from __future__ import annotations

from pathlib import Path

from repair_edits import applied, edits_of, only, repaired
from repair_fake import Repair, Scenario, fixed_by, program

from selfpatch.patchers.repair._evidence import Evidence


def test_a_parameter_refused_below_one_counts_from_one_as_an_exponent(repair: Repair) -> None:
    buggy = program("""
        def wait_before(attempt, base=2.0, factor=3.0):
            if attempt < 1:
                raise ValueError("attempts are numbered from 1")
            return base * factor ** attempt


        def schedule(count):
            return [wait_before(n) for n in range(1, count + 1)]
    """)
    repaired(repair, buggy, "off-by-one", "`(attempt - 1)`",
             failing=["wait_before(1)", "schedule(3)"],
             passing=["schedule(0)"],
             hidden=["wait_before(4, base=1.0, factor=2.0)", "schedule(5)"])  # fmt: skip


def test_an_empty_mapping_is_kept_as_a_leaf_not_walked(repair: Repair) -> None:
    buggy = program("""
        def leaves(tree, prefix=""):
            out = {}
            for key, value in tree.items():
                if isinstance(value, dict):
                    out.update(leaves(value, prefix + key + "/"))
                else:
                    out[prefix + key] = value
            return out
    """)
    repaired(repair, buggy, "missing condition", "`isinstance(value, dict) and value`",
             failing=["leaves({'a': {}, 'b': 1})"],
             passing=["leaves({'a': {'x': 2}})", "leaves({})"],
             hidden=["leaves({'p': {'q': {}, 'r': {'s': 3}}})"])  # fmt: skip


def test_a_none_test_that_reads_the_value_it_found_none_joins_with_or(repair: Repair) -> None:
    buggy = program("""
        def all_present(index, words, doc):
            for word in words:
                found = index.get(word)
                if found is None and doc not in found:
                    return False
            return True
    """)
    fixed = buggy.replace("found is None and", "found is None or")
    edits = edits_of(buggy)
    assert only(edits, "boolean operator", "found is None or").structural
    run = repair(Scenario(
        {"prog.py": buggy}, {"prog.py": fixed},
        failing=["all_present({'a': {1}}, ['a', 'b'], 1)", "all_present({'a': {2}}, ['a'], 1)"],
        passing=["all_present({'a': {1}}, ['a'], 1)", "all_present({}, [], 3)"],
        hidden=["all_present({'a': {1}, 'b': {1, 2}}, ['a', 'b'], 1)",
                "all_present({'a': {1}, 'b': {2}}, ['b', 'a'], 2)"],
    ))  # fmt: skip
    fixed_by(run, "found is None or")


def test_a_failing_tests_name_promises_case_insensitivity() -> None:
    buggy = program("""
        import re


        def tokens(text):
            return re.findall(r"\\w+", text)
    """)
    claim = Evidence(claims=["search is case insensitive"])
    edit = only(edits_of(buggy, claim), "missing function call", "`text.lower()`")
    assert 're.findall(r"\\w+", text.lower())' in applied(buggy, edit)
    assert not [e for e in edits_of(buggy) if "text.lower()" in e.description]


def test_a_failing_tests_name_is_read_as_words(tmp_path: Path) -> None:
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_x.py").write_text("def test_query_is_case_insensitive(): pass\n")
    evidence = Evidence()
    evidence.add_tests(tmp_path, ["tests/test_x.py::test_query_is_case_insensitive[a]", "k(1)"])
    assert evidence.claims == ["query is case insensitive"]


def test_a_key_written_under_one_name_and_read_under_another_is_renamed_where_written(
    repair: Repair,
) -> None:
    buggy = program("""
        class Ring:
            def __init__(self, key):
                self.current = {"id": key}
                self.old = None

            def rotate(self, key, now, grace=10):
                self.old = dict(self.current, expires=now + grace)
                self.current = {"id": key}

            def accepts(self, key, now):
                if key == self.current["id"]:
                    return True
                old = self.old
                return old is not None and key == old["id"] and now < old["valid_until"]

            def live(self, now):
                ids = [self.current["id"]]
                if self.old is not None and now < self.old["valid_until"]:
                    ids.append(self.old["id"])
                return ids


        def check(now):
            ring = Ring("a")
            ring.rotate("b", 100)
            return ring.accepts("a", now), ring.live(now)
    """)
    repaired(repair, buggy, "wrong key or literal", "`expires=` -> `valid_until=`",
             failing=["check(105)", "check(120)"],
             passing=["Ring('a').accepts('a', 0)", "Ring('a').live(3)"],
             hidden=["check(109)", "check(110)"])  # fmt: skip


def test_a_pair_unpacked_together_gets_the_shift_its_partner_got(repair: Repair) -> None:
    buggy = program("""
        def mark(text, spans):
            out, last = [], 0
            for start, end in spans:
                out.append(text[last:start] + "[" + text[start:end] + "]")
                last = end
            return "".join(out) + text[last:]


        def excerpt(text, spans, lo, hi):
            return mark(text[lo:hi], [(s - lo, e) for s, e in spans])
    """)
    repaired(repair, buggy, "missing arithmetic", "`e - lo`",
             failing=["excerpt('hello world', [(6, 8)], 4, 11)"],
             passing=["excerpt('abc', [(0, 1)], 0, 3)", "mark('abc', [(1, 2)])"],
             hidden=["excerpt('one two three', [(4, 7), (8, 10)], 2, 13)"])  # fmt: skip


def test_a_recurrence_that_reads_one_cell_twice_reads_the_other_table(repair: Repair) -> None:
    buggy = program("""
        def distance(a, b):
            previous = list(range(len(b) + 1))
            for i in range(1, len(a) + 1):
                current = [i] + [0] * len(b)
                for j in range(1, len(b) + 1):
                    cost = 0 if a[i - 1] == b[j - 1] else 1
                    current[j] = min(
                        previous[j] + 1,
                        previous[j - 1] + 1,
                        previous[j - 1] + cost,
                    )
                previous = current
            return previous[-1]
    """)
    # the plain wrong-variable family offers the same edit too, without the structural mark
    cells = [e for e in edits_of(buggy) if e.structural and e.kind == "wrong variable"]
    assert sorted(e.line for e in cells) == [9, 10]
    fixed = buggy.replace("previous[j - 1] + 1,", "current[j - 1] + 1,")
    run = repair(Scenario(
        {"prog.py": buggy}, {"prog.py": fixed},
        failing=["distance('ab', 'abc')", "distance('a', 'ab')"],
        passing=["distance('abc', 'abc')", "distance('ab', 'a')", "distance('', 'xy')"],
        hidden=["distance('kitten', 'sitting')", "distance('abc', 'xabcx')"],
    ))  # fmt: skip
    fixed_by(run, "`previous` -> `current`")


def test_a_bound_test_reads_the_field_its_complement_reads_elsewhere(repair: Repair) -> None:
    buggy = program("""
        class Worker:
            def __init__(self, now):
                self.joined = now
                self.seen = now


        class Pool:
            def __init__(self, timeout=10):
                self.timeout = timeout
                self.workers = {}

            def join(self, name, now):
                self.workers[name] = Worker(now)

            def ping(self, name, now):
                self.workers[name].seen = now

            def alive(self, name, now):
                w = self.workers[name]
                return now - w.seen < self.timeout

            def expired(self, now):
                return sorted(n for n, w in self.workers.items() if now - w.joined >= self.timeout)


        def run(events, now):
            pool = Pool()
            for kind, name, at in events:
                getattr(pool, kind)(name, at)
            ages = {n: now - w.joined for n, w in pool.workers.items()}
            return pool.expired(now), ages
    """)
    twins = [e for e in edits_of(buggy) if e.structural and e.kind == "wrong attribute"]
    assert sorted(e.description for e in twins) == [  # either test may be the wrong one
        "prog.py:20: wrong attribute: `now - w.seen` -> `now - w.joined`",
        "prog.py:23: wrong attribute: `now - w.joined` -> `now - w.seen`",
    ]
    fixed = buggy.replace("if now - w.joined >=", "if now - w.seen >=")
    run = repair(Scenario(
        {"prog.py": buggy}, {"prog.py": fixed},
        failing=["run([('join', 'a', 0), ('ping', 'a', 8)], 12)"],
        passing=["run([('join', 'a', 0)], 12)", "run([('join', 'a', 5)], 6)",
                 "run([('join', 'a', 0), ('ping', 'a', 1)], 30)"],
        hidden=["run([('join', 'a', 0), ('join', 'b', 0), ('ping', 'b', 15)], 20)"],
    ))  # fmt: skip
    fixed_by(run, "`now - w.joined` -> `now - w.seen`")


def test_a_field_stored_and_never_read_is_handed_to_the_call_it_was_kept_for(
    repair: Repair,
) -> None:
    buggy = program("""
        import difflib


        class Resolver:
            def __init__(self, names, cutoff=0.9):
                self.names = list(names)
                self.cutoff = cutoff

            def resolve(self, name):
                close = difflib.get_close_matches(name, self.names, n=1)
                return close[0] if close else None
    """)
    repaired(repair, buggy, "missing keyword argument", "cutoff=self.cutoff",
             failing=["Resolver(['search', 'fetch']).resolve('serch_x')"],
             passing=["Resolver(['search']).resolve('search')", "Resolver([]).resolve('a')"],
             hidden=["Resolver(['alpha'], cutoff=0.5).resolve('alpah_zz')",
                     "Resolver(['alpha']).resolve('alphx')"])  # fmt: skip


def test_negating_a_condition_with_a_negated_clause_is_a_suspect() -> None:
    buggy = program("""
        def keep(replace, old, new):
            if not replace and old <= new:
                return old
            return new
    """)
    edits = edits_of(buggy)
    assert only(edits, "negate condition").suspect
    assert not only(edits, "drop negation", "`not replace`").suspect


def test_a_quoted_query_value_encodes_its_slashes(repair: Repair) -> None:
    buggy = program("""
        from urllib.parse import quote


        def canonical_query(params):
            pairs = sorted((quote(k), quote(str(v))) for k, v in params.items())
            return "&".join(f"{k}={v}" for k, v in pairs)
    """)
    repaired(repair, buggy, "missing keyword argument", '`quote(str(v), safe="")`',
             failing=["canonical_query({'path': 'a/b'})"],
             passing=["canonical_query({'b': 1, 'a': 'x y'})", "canonical_query({})"],
             hidden=["canonical_query({'k/1': '/', 'z': 'q=1&r'})"])  # fmt: skip


def test_a_literal_key_written_and_never_read_leans_to_the_key_read_and_never_written() -> None:
    buggy = program("""
        def rotate(current, now):
            return {"id": current["id"], "expires": now + 10, "note": "old"}


        def valid(old, now):
            return now < old["valid_until"] and old["note"] == "old"
    """)
    edits = edits_of(buggy)
    partner = only(edits, "wrong key or literal", '`"expires"` -> `"valid_until"`')
    other = only(edits, "wrong key or literal", '`"expires"` -> `"note"`')
    assert partner.prior > other.prior


def test_one_value_named_twice_measures_from_another_parameter(repair: Repair) -> None:
    buggy = program("""
        def share_left(price, start, end, today):
            whole = end - today
            left = end - today
            return round(price * left / whole, 2)
    """)
    marked = {e.description for e in edits_of(buggy) if e.structural}
    assert {"prog.py:2: wrong variable: `today` -> `start`",
            "prog.py:3: wrong variable: `today` -> `start`"} <= marked  # fmt: skip
    fixed = buggy.replace("whole = end - today", "whole = end - start")
    run = repair(Scenario(
        {"prog.py": buggy}, {"prog.py": fixed},
        failing=["share_left(30, 0, 30, 10)"],
        passing=["share_left(30, 0, 30, 0)", "share_left(8, 4, 8, 4)"],
        hidden=["share_left(60, 10, 40, 25)", "share_left(9, 0, 3, 2)"],
    ))  # fmt: skip
    fixed_by(run, "`today` -> `start`")


def test_a_stack_pop_is_guarded_against_the_marker_the_other_branch_pushes(
    repair: Repair,
) -> None:
    buggy = program("""
        def collapse(path):
            stack = []
            for part in path.split("/"):
                if part == "up":
                    if stack:
                        stack.pop()
                    else:
                        stack.append("up")
                elif part:
                    stack.append(part)
            return "/".join(stack)
    """)
    repaired(repair, buggy, "missing condition", '`stack and stack[-1] != "up"`',
             failing=["collapse('up/up/a')"],
             passing=["collapse('a/b/up/c')", "collapse('up/a')", "collapse('')"],
             hidden=["collapse('a/up/up/up/b')", "collapse('up/up/up')"])  # fmt: skip


def test_a_set_of_documented_values_takes_in_the_one_no_code_names(repair: Repair) -> None:
    buggy = program('''
        """Judge a job from its attempts' states ("done", "failed", "crashed", "queued")."""

        BAD = {"failed"}


        def verdict(states):
            if any(s in BAD for s in states):
                return "bad"
            return "ok" if "done" in states else "pending"
    ''')
    repaired(repair, buggy, "missing member", '`{"failed", "crashed"}`',
             failing=["verdict(['queued', 'crashed'])"],
             passing=["verdict(['failed'])", "verdict(['done'])", "verdict(['queued'])"],
             hidden=["verdict(['done', 'crashed'])"])  # fmt: skip


def test_merging_into_the_last_item_kept_walks_the_input_sorted(repair: Repair) -> None:
    buggy = program("""
        def merge(spans):
            merged = []
            for start, end in spans:
                if merged and start <= merged[-1][1]:
                    merged[-1][1] = max(merged[-1][1], end)
                else:
                    merged.append([start, end])
            return merged
    """)
    repaired(repair, buggy, "missing function call", "`sorted(spans)`",
             failing=["merge([(5, 8), (1, 6)])"],
             passing=["merge([(1, 2), (3, 4)])", "merge([])", "merge([(1, 5), (2, 3)])"],
             hidden=["merge([(7, 9), (1, 3), (2, 8)])", "merge([(4, 5), (0, 1)])"])  # fmt: skip


def test_a_sweep_with_a_cursor_at_the_furthest_end_walks_the_input_sorted(
    repair: Repair,
) -> None:
    buggy = program("""
        def idle(busy, until):
            free, cursor = [], 0
            for start, end in busy:
                if start > cursor:
                    free.append((cursor, start))
                cursor = max(cursor, end)
            if cursor < until:
                free.append((cursor, until))
            return free
    """)
    repaired(repair, buggy, "missing function call", "`sorted(busy)`",
             failing=["idle([(5, 6), (1, 2)], 9)"],
             passing=["idle([(1, 2), (3, 4)], 5)", "idle([], 3)", "idle([(0, 9)], 9)"],
             hidden=["idle([(7, 8), (0, 3), (2, 5)], 10)", "idle([(4, 5), (0, 1)], 5)"])  # fmt: skip


def test_stable_sorts_layered_key_by_key_take_the_first_key_last(repair: Repair) -> None:
    buggy = program("""
        def order(rows, columns):
            \"\"\"Rows sorted by ``columns``, the first column first.\"\"\"
            ordered = list(rows)
            for column in columns:
                ordered.sort(key=lambda row: row[column])
            return ordered
    """)
    repaired(repair, buggy, "missing function call", "`reversed(columns)`",
             failing=["order([(2, 'a'), (1, 'b'), (1, 'a')], [0, 1])"],
             passing=["order([(2, 'x'), (1, 'y')], [0])", "order([], [0, 1])"],
             hidden=["order([(1, 'b'), (0, 'z'), (1, 'a')], [0, 1])",
                     "order([(1, 2, 3), (1, 1, 9), (0, 5, 5)], [0, 1])"])  # fmt: skip


def test_what_a_stack_still_owes_is_written_top_first(repair: Repair) -> None:
    buggy = program("""
        PAIRS = {"(": ")", "[": "]", "{": "}"}


        def balance(text):
            stack = []
            for ch in text:
                if ch in PAIRS:
                    stack.append(PAIRS[ch])
                elif stack and ch == stack[-1]:
                    stack.pop()
            return text + "".join(stack)
    """)
    repaired(repair, buggy, "missing function call", "`reversed(stack)`",
             failing=["balance('([')"],
             passing=["balance('(')", "balance('()')", "balance('')"],
             hidden=["balance('{[(')", "balance('[()')"])  # fmt: skip


def test_a_first_match_on_lower_bounds_sorted_ascending_walks_them_from_the_top(
    repair: Repair,
) -> None:
    buggy = program("""
        class Tiers:
            def __init__(self):
                self.tiers = []

            def add(self, minimum, name):
                self.tiers.append((minimum, name))
                self.tiers.sort(key=lambda tier: tier[0])

            def tier(self, points):
                for minimum, name in self.tiers:
                    if points >= minimum:
                        return name
                return "none"


        def rank(points, *tiers):
            table = Tiers()
            for minimum, name in tiers:
                table.add(minimum, name)
            return table.tier(points)
    """)
    # the keyword table offers ``reverse=True`` for any sort too, without the structural mark
    marked = [e for e in edits_of(buggy) if e.structural and "reverse=True" in e.description]
    assert [e.line for e in marked] == [7]
    fixed = buggy.replace("tier[0])", "tier[0], reverse=True)")
    run = repair(Scenario(
        {"prog.py": buggy}, {"prog.py": fixed},
        failing=["rank(50, (10, 'bronze'), (40, 'gold'))"],
        passing=["rank(5, (10, 'bronze'), (40, 'gold'))", "rank(12, (10, 'bronze'))"],
        hidden=["rank(25, (40, 'gold'), (20, 'silver'), (10, 'bronze'))",
                "rank(99, (1, 'a'), (50, 'b'), (90, 'c'))"],
    ))  # fmt: skip
    fixed_by(run, "reverse=True")


def test_two_limits_the_docstring_says_either_may_reach_first_join_with_or(
    repair: Repair,
) -> None:
    buggy = program('''
        class Saver:
            """Saves after every ``max_edits`` edits or every ``max_age`` seconds, whichever
            comes first."""

            def __init__(self, max_edits=3, max_age=10.0):
                self.max_edits, self.max_age = max_edits, max_age
                self.edits, self.saved_at, self.saves = 0, 0.0, 0

            def edit(self, now):
                self.edits += 1
                if self.edits >= self.max_edits and now - self.saved_at >= self.max_age:
                    self.edits, self.saved_at, self.saves = 0, now, self.saves + 1
                return self.saves


        def saves(times):
            saver = Saver()
            return [saver.edit(t) for t in times]
    ''')
    edits = edits_of(buggy)
    assert only(edits, "boolean operator", "self.edits >= self.max_edits or").structural
    fixed = buggy.replace("self.max_edits and now", "self.max_edits or now")
    run = repair(Scenario(
        {"prog.py": buggy}, {"prog.py": fixed},
        failing=["saves([1, 2, 3])", "saves([20])"],
        passing=["saves([])"],
        hidden=["saves([1, 2, 3, 4, 5, 6, 30])", "saves([11, 12])"],
    ))  # fmt: skip
    fixed_by(run, "boolean operator")


def test_a_count_read_twice_is_shifted_where_it_is_bound(repair: Repair) -> None:
    buggy = program("""
        LIMITS = {1: 10.8, 2: 13.8, 3: 16.3}


        def threshold(samples):
            if len(samples) < 2:
                return None
            degrees = len(samples)
            if degrees not in LIMITS:
                raise ValueError(f"too many samples: {len(samples)}")
            return LIMITS[degrees]
    """)
    edits = edits_of(buggy)
    at_read = only(edits, "off-by-one", "`degrees` -> `degrees - 1`")
    at_binding = only(edits, "off-by-one", "7: off-by-one: `len(samples)` -> `len(samples) - 1`")
    assert at_read.suspect and not at_binding.suspect and not at_binding.breaks_idiom
    looped = program("""
        def table(rows):
            out = [[0] * 3 for _ in range(len(rows) + 1)]
            for i in range(1, len(rows) + 1):
                out[i][0] = out[i][1] + rows[i - 1]
            return out
    """)
    shifts = [e for e in edits_of(looped) if "4: off-by-one: `i` -> `i - 1`" in e.description]
    assert shifts and not any(e.suspect for e in shifts)  # a loop variable is no bound count
    repaired(repair, buggy, "off-by-one", "7: off-by-one: `len(samples)` -> `len(samples) - 1`",
             failing=["threshold([1, 2])", "threshold([1, 2, 3])"],
             passing=["threshold([1])"],
             hidden=["threshold([1, 2, 3, 4])"])  # fmt: skip


def test_an_object_built_by_its_own_class_gets_the_dependency_its_builder_holds(
    repair: Repair,
) -> None:
    buggy = program("""
        import time


        class Budget:
            def __init__(self, seconds, clock=time.monotonic):
                self._clock = clock
                self.ends = clock() + seconds

            def left(self):
                return max(0.0, self.ends - self._clock())

            def split(self, share):
                return Budget(self.left() * share)


        def left_after(share, spent):
            now = [100.0]
            budget = Budget(10.0, clock=lambda: now[0])
            part = budget.split(share) if share else budget
            now[0] += spent
            return round(part.left(), 3)
    """)
    repaired(repair, buggy, "missing keyword argument", "clock=self._clock",
             failing=["left_after(0.5, 2.0)"],
             passing=["left_after(0, 2.0)", "left_after(0, 20.0)"],
             hidden=["left_after(0.2, 2.0)", "left_after(1.0, 3.0)"])  # fmt: skip


def test_a_value_measured_from_one_end_is_divided_by_the_span_to_the_other(
    repair: Repair,
) -> None:
    buggy = program("""
        def fraction(value, lo, hi):
            if hi <= lo:
                raise ValueError("empty range")
            return min(1.0, max(0.0, (value - lo) / hi))
    """)
    repaired(repair, buggy, "missing arithmetic", "`hi` -> `(hi - lo)`",
             failing=["fraction(15, 10, 20)"],
             passing=["fraction(0, 0, 4)", "fraction(4, 0, 4)", "fraction(-1, 0, 4)"],
             hidden=["fraction(12, 10, 14)", "fraction(30, 10, 20)"])  # fmt: skip


def test_a_value_read_bare_where_another_method_reads_it_clamped_is_clamped(
    repair: Repair,
) -> None:
    buggy = program("""
        class Lane:
            def __init__(self):
                self._free_at = 0.0

            def book(self, now, duration):
                start = self._free_at
                self._free_at = start + duration
                return start

            def wait(self, now):
                return max(self._free_at, now) - now


        def starts(*jobs):
            lane = Lane()
            return [lane.book(now, duration) for now, duration in jobs]
    """)
    repaired(repair, buggy, "missing function call", "`self._free_at` -> `max(self._free_at, now)`",
             failing=["starts((0, 2), (5, 1))"],
             passing=["starts((0, 2), (1, 2))", "starts((0, 1))"],
             hidden=["starts((3, 1), (3, 1), (10, 2))"])  # fmt: skip


def test_a_set_built_from_the_data_of_a_narrowed_set_is_narrowed_alike(repair: Repair) -> None:
    buggy = program("""
        def next_courses(prereqs, done=()):
            done = set(done)
            todo = set(prereqs)
            todo -= done
            return sorted(course for course in todo if not set(prereqs[course]))
    """)
    repaired(repair, buggy, "missing arithmetic", "`set(prereqs[course]) - done`",
             failing=["next_courses({'a': [], 'b': ['a']}, ['a'])"],
             passing=["next_courses({'a': [], 'b': ['a']})", "next_courses({})"],
             hidden=["next_courses({'a': [], 'b': ['a'], 'c': ['a', 'b']}, ['a'])"])  # fmt: skip


def test_text_tested_for_digits_is_used_as_its_number(repair: Repair) -> None:
    buggy = program("""
        def part_key(part):
            if part.isdigit():
                return (0, part, "")
            return (1, 0, part)


        def ordered(parts):
            return sorted(parts, key=part_key)
    """)
    repaired(repair, buggy, "missing conversion", "`part` -> `int(part)`",
             failing=["ordered(['10', '9', 'b', 'a'])"],
             passing=["ordered(['b', 'a'])", "ordered(['1', 'x'])"],
             hidden=["ordered(['100', '20', '3', 'rc'])"])  # fmt: skip


def test_a_walk_over_shared_keys_that_handles_a_missing_one_walks_every_key(
    repair: Repair,
) -> None:
    buggy = program("""
        def changed(old, new):
            out = {}
            for key in set(old) & set(new):
                a, b = old.get(key), new.get(key)
                if a is None:
                    out[key] = "added"
                elif b is None:
                    out[key] = "removed"
                elif a != b:
                    out[key] = "changed"
            return dict(sorted(out.items()))
    """)
    repaired(repair, buggy, "incorrect method called", "`set(old) | set(new)`",
             failing=["changed({'x': 1}, {'x': 1, 'y': 2})"],
             passing=["changed({'x': 1}, {'x': 2})", "changed({}, {})"],
             hidden=["changed({'a': 1, 'b': 2}, {'b': 3, 'c': 4})"])  # fmt: skip


def test_an_operator_symbol_paired_with_another_operators_function_gets_its_own(
    repair: Repair,
) -> None:
    buggy = program("""
        import operator

        TESTS = {"<": operator.lt, "<=": operator.lt, ">": operator.gt, "==": operator.eq}


        def holds(left, symbol, right):
            return TESTS[symbol](left, right)
    """)
    repaired(repair, buggy, "wrong function", "`operator.lt` -> `operator.le`",
             failing=["holds(2, '<=', 2)"],
             passing=["holds(1, '<', 2)", "holds(3, '>', 2)", "holds(2, '==', 2)"],
             hidden=["holds(3, '<=', 2)", "holds(1, '<=', 2)"])  # fmt: skip


def test_an_extreme_documented_as_a_magnitude_is_taken_of_the_absolute_value(
    repair: Repair,
) -> None:
    buggy = program("""
        def loudest(samples):
            \"\"\"Index of the sample largest in magnitude.\"\"\"
            return max(range(len(samples)), key=lambda i: samples[i])
    """)
    repaired(repair, buggy, "missing function call", "`samples[i]` -> `abs(samples[i])`",
             failing=["loudest([1, -5, 3])"],
             passing=["loudest([1, 4, 2])", "loudest([0])"],
             hidden=["loudest([-9, 8])", "loudest([2, -1])"])  # fmt: skip


def test_a_part_of_a_composite_key_is_not_the_key_the_container_is_read_by(
    repair: Repair,
) -> None:
    buggy = program("""
        class Seen:
            def __init__(self):
                self._marks = {}

            def mark(self, room, user):
                key = (room, user)
                if key in self._marks:
                    return False
                self._marks[user] = True
                return True


        def marks(*pairs):
            seen = Seen()
            return [seen.mark(room, user) for room, user in pairs]
    """)
    edit = only(edits_of(buggy), "wrong key", "`user` -> `key`")
    assert edit.structural
    repaired(repair, buggy, "wrong key", "`user` -> `key`",
             failing=["marks(('a', 'u'), ('a', 'u'))"],
             passing=["marks(('a', 'u'))", "marks(('a', 'u'), ('b', 'v'))"],
             hidden=["marks(('a', 'u'), ('b', 'u'), ('a', 'u'))"])  # fmt: skip
