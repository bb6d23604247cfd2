"""Families that restore a consistency the rest of the code keeps: one index per sequence, a run's
state reset together when the run restarts, copies on the way out of a container filled with
copies, a limit the object is given and never checks, and an index rebased past all the ranges a
chain tested. Each runs on a small program of its own, none of them a benchmark program."""

from __future__ import annotations

from repair_edits import applied, edits_of, only, repaired
from repair_fake import Repair, Scenario, fixed_by, program

UNMATCHED = program("""
    def unmatched(expected, actual):
        missing, extra = [], []
        a = b = 0
        while a < len(expected) and b < len(actual):
            if expected[a] == actual[b]:
                a += 1
                b += 1
            elif expected[a] < actual[b]:
                missing.append(expected[a])
                a += 1
            else:
                extra.append(actual[b])
                b += 1
        missing.extend(expected[a:])
        extra.extend(actual[a:])
        return missing, extra
""")


def test_a_sequence_indexed_by_the_other_sequences_index(repair: Repair) -> None:
    substitutions = {}
    for edit in edits_of(UNMATCHED):
        text = applied(UNMATCHED, edit)
        kept, tail = "extra.extend(actual[a:])" in text, text.partition("extra.extend(actual[")[2]
        if edit.kind == "wrong variable" and not kept and tail:
            substitutions[tail.split(":")[0]] = edit.prior
    assert substitutions["b"] > 0.5
    assert substitutions["b"] > 2 * substitutions["expected"]  # a sequence, not an index
    fix = only(edits_of(UNMATCHED), "wrong variable", "15: wrong variable: `a` -> `b`")
    run = repair(Scenario(
        {"prog.py": UNMATCHED}, {"prog.py": applied(UNMATCHED, fix)},
        failing=["unmatched([1, 2], [0, 1, 2, 3])", "unmatched([5], [1, 2, 5, 7])"],
        passing=["unmatched([], [])", "unmatched([1], [])"],
        hidden=["unmatched([2, 9], [1, 2, 3])", "unmatched([1, 4, 9], [4, 10, 11])"],
    ))  # fmt: skip
    fixed_by(run, "wrong variable")


BATCHES = program("""
    def batches(sizes, limit):
        spans = []
        first = 0
        total = 0
        for index, size in enumerate(sizes):
            if total + size > limit and index > first:
                spans.append((first, index))
                first = index
            total += size
        spans.append((first, len(sizes)))
        return spans
""")


def test_a_run_restarts_without_resetting_its_total(repair: Repair) -> None:
    reset = only(edits_of(BATCHES), "missing reset")
    assert reset.structural and "first = index\n            total = 0\n" in applied(BATCHES, reset)
    run = repair(Scenario(
        {"prog.py": BATCHES}, {"prog.py": applied(BATCHES, reset)},
        failing=["batches([3, 3, 3, 3], 6)"],
        passing=["batches([], 5)", "batches([1, 1], 5)"],
        hidden=["batches([4, 4, 1, 1, 4], 6)", "batches([7, 7], 6)"],
    ))  # fmt: skip
    fixed_by(run, "missing reset")


def test_a_reset_takes_the_restarts_position() -> None:
    source = program("""
        def rising_runs(values):
            runs = []
            start = 0
            top = values[0]
            for i in range(1, len(values)):
                if values[i] < values[i - 1]:
                    runs.append((start, top))
                    start = i
                else:
                    top = max(top, values[i])
            runs.append((start, top))
            return runs
    """)
    resets = [applied(source, e) for e in edits_of(source) if e.kind == "missing reset"]
    assert "start = i\n            top = values[i]\n" in resets[0]
    assert "start = i\n            top = values[0]\n" in resets[1]
    already = source.replace("start = i\n", "start = i\n            top = values[i]\n")
    assert not [e for e in edits_of(already) if e.kind == "missing reset"]


STORE = program("""
    import copy


    class Store:
        def __init__(self):
            self._docs = {}

        def save(self, key, doc):
            self._docs[key] = copy.deepcopy(doc)

        def load(self, key):
            return self._docs[key]
""")


STORE_DRIVER = """
from prog import *


def changed_after_load(doc, change):
    store = Store()
    store.save("key", doc)
    change(store.load("key"))
    return store.load("key")
"""


def test_a_container_of_copies_hands_out_copies(repair: Repair) -> None:
    edit = only(edits_of(STORE), "missing copy")
    assert edit.structural and "return copy.deepcopy(self._docs[key])" in applied(STORE, edit)
    run = repair(Scenario(
        {"prog.py": STORE}, {"prog.py": applied(STORE, edit)},
        failing=["changed_after_load([1], lambda doc: doc.append(2))"],
        passing=["changed_after_load({'x': 1}, lambda doc: None)"],
        hidden=["changed_after_load({'n': [1]}, lambda doc: doc['n'].append(5))"],
        setup=STORE_DRIVER,
    ))  # fmt: skip
    fixed_by(run, "missing copy")
    shared = STORE.replace("copy.deepcopy(doc)", "doc")
    assert not [e for e in edits_of(shared) if e.kind == "missing copy"]


SESSIONS = program("""
    from dataclasses import dataclass


    @dataclass
    class Session:
        user: str
        tick: int


    class Sessions:
        def __init__(self, ttl):
            self.ttl = ttl
            self.tick = 0
            self._by_token = {}

        def advance(self):
            self.tick += 1

        def open(self, token, user):
            self._by_token[token] = Session(user, self.tick)

        def user(self, token):
            session = self._by_token.get(token)
            if session is not None:
                return session.user
            return None
""")


SESSIONS_DRIVER = """
from prog import *


def user_after(ttl, ticks):
    sessions = Sessions(ttl)
    sessions.open("token", "ann")
    for _ in range(ticks):
        sessions.advance()
    return sessions.user("token")
"""


def test_a_limit_the_object_never_reads(repair: Repair) -> None:
    edit = only(edits_of(SESSIONS), "missing condition", "self.ttl")
    assert "if session is not None and self.tick - session.tick <= self.ttl:" in applied(
        SESSIONS, edit
    )
    run = repair(Scenario(
        {"prog.py": SESSIONS}, {"prog.py": applied(SESSIONS, edit)},
        failing=["user_after(ttl=1, ticks=2)"],
        passing=["user_after(ttl=1, ticks=0)", "Sessions(3).user('nope')"],
        hidden=["user_after(ttl=2, ticks=2)", "user_after(ttl=2, ticks=3)",
                "user_after(ttl=0, ticks=1)"],
        setup=SESSIONS_DRIVER,
    ))  # fmt: skip
    fixed_by(run, "missing condition")
    checked = SESSIONS.replace("self.ttl = ttl\n", "self.ttl = ttl\n        print(self.ttl)\n")
    assert not [e for e in edits_of(checked) if "<= self.ttl" in e.description]


def test_a_sibling_assignment_goes_through_the_same_call(repair: Repair) -> None:
    source = program("""
        def middle_corner(points):
            lows = sorted(p[0] for p in points)
            highs = [p[1] for p in points]
            mid = len(points) // 2
            return lows[mid], highs[mid]
    """)
    edit = only(edits_of(source), "missing function call", "sorted(p[1] for p in points)")
    assert edit.structural
    run = repair(Scenario(
        {"prog.py": source}, {"prog.py": applied(source, edit)},
        failing=["middle_corner([(1, 9), (2, 1), (3, 5)])"],
        passing=["middle_corner([(4, 4)])"],
        hidden=["middle_corner([(0, 3), (5, 2), (9, 8), (1, 1), (2, 0)])"],
    ))  # fmt: skip
    fixed_by(run, "missing function call")


def test_a_lookup_with_a_fresh_default_that_was_meant_to_store_it(repair: Repair) -> None:
    source = program("""
        def by_initial(words):
            groups = {}
            for word in words:
                bucket = groups.get(word[0], [])
                bucket.append(word)
            return groups
    """)
    edit = only(edits_of(source), "wrong method", "setdefault")
    run = repair(Scenario(
        {"prog.py": source}, {"prog.py": applied(source, edit)},
        failing=["by_initial(['ant', 'bee', 'asp'])"],
        passing=["by_initial([])"],
        hidden=["by_initial(['x'])", "by_initial(['cat', 'cow', 'dog', 'cub'])"],
    ))  # fmt: skip
    fixed_by(run, "setdefault")
    plain = source.replace("groups.get(word[0], [])", "groups.get(word[0], None)")
    assert not [e for e in edits_of(plain) if "setdefault" in e.description]


def test_a_look_behind_gets_the_clause_that_keeps_it_in_the_range(repair: Repair) -> None:
    source = program("""
        def distinct_runs(values, start):
            runs = 0
            for i in range(start, len(values)):
                if values[i] != values[i - 1]:
                    runs += 1
            return runs
    """)
    clauses = [applied(source, e) for e in edits_of(source) if e.kind == "missing condition"]
    assert "if i > start and values[i] != values[i - 1]:" in clauses[0]
    assert "if i > 0 and values[i] != values[i - 1]:" in clauses[1]
    fix = only(edits_of(source), "missing condition", "i > start")
    run = repair(Scenario(
        {"prog.py": source}, {"prog.py": applied(source, fix)},
        failing=["distinct_runs([1, 2, 3], 0)", "distinct_runs([1, 2, 3], 1)"],
        passing=["distinct_runs([], 0)"],
        hidden=["distinct_runs([5, 5, 6, 6, 5], 1)", "distinct_runs([3, 4, 3], 2)"],
    ))  # fmt: skip
    fixed_by(run, "i > start")


def test_a_field_one_object_down_named_by_its_keyword() -> None:
    source = program("""
        from dataclasses import dataclass


        @dataclass
        class Owner:
            id: str
            team: str


        @dataclass
        class Repo:
            id: str
            owner: Owner


        def row(repo):
            return dict(team=repo.owner.team, owner_id=repo.id, repo_id=repo.id)
    """)
    priors = {
        keyword: e.prior
        for e in edits_of(source)
        for keyword in ("owner_id", "repo_id")
        if e.kind == "field dereference" and f"{keyword}=repo.owner.id" in applied(source, e)
        and "(at each" not in e.description
    }  # fmt: skip
    assert priors["owner_id"] > 0.5 > priors["repo_id"]  # repo_id= names no owner


def test_a_key_dropped_from_one_of_two_containers_kept_side_by_side_leaves_both(
    repair: Repair,
) -> None:
    buggy = program("""
        class Scores:
            def __init__(self):
                self.total = {}
                self.count = {}

            def add(self, name, value):
                self.total[name] = self.total.get(name, 0) + value
                self.count[name] = self.count.get(name, 0) + 1

            def mean(self, name):
                return self.total[name] / self.count[name]

            def drop(self, name):
                self.total.pop(name, None)

            def known(self):
                return sorted(self.count)
    """)
    repaired(repair, buggy, "missing statement", "insert `self.count.pop(name, None)`",
             failing=["(lambda s: (s.add('a', 2), s.drop('a'), s.known())[2])(Scores())"],
             passing=["(lambda s: (s.add('a', 2), s.add('a', 4), s.mean('a'))[2])(Scores())"],
             hidden=["(lambda s: (s.add('a', 2), s.drop('a'), s.add('a', 6), s.mean('a'))[3])(Scores())",
                     "(lambda s: (s.add('a', 1), s.add('b', 1), s.drop('b'), s.known())[3])(Scores())"])  # fmt: skip


def test_the_folders_os_walk_hands_out_are_pruned_in_place() -> None:
    source = program("""
        import os


        def python_files(root):
            found = []
            for folder, subfolders, files in os.walk(root):
                subfolders = [d for d in subfolders if not d.startswith(".")]
                found += [os.path.join(folder, f) for f in files if f.endswith(".py")]
            return sorted(found)
    """)
    edit = only(edits_of(source), "assignment in place")
    assert edit.structural and "`subfolders` -> `subfolders[:]`" in edit.description
    assert "subfolders[:] = [d for d in subfolders" in applied(source, edit)


def test_a_list_a_function_filters_for_its_caller_is_changed_in_place(repair: Repair) -> None:
    buggy = program("""
        def drop_blank(lines):
            lines = [line for line in lines if line.strip()]


        def cleaned(text):
            lines = text.splitlines()
            drop_blank(lines)
            return lines
    """)
    repaired(repair, buggy, "assignment in place", "`lines` -> `lines[:]`",
             failing=["cleaned('a\\n\\nb')"],
             passing=["cleaned('x')", "cleaned('')"],
             hidden=["cleaned('\\n\\n')", "cleaned(' \\nq\\n ')"])  # fmt: skip


def test_an_index_past_a_chain_of_ranges_is_rebased_by_the_last_bound(repair: Repair) -> None:
    buggy = program("""
        def locate(sizes, n):
            \"\"\"(bucket, offset) of item ``n`` over buckets small, medium and the rest.\"\"\"
            small, medium = sizes
            if n < small:
                return "small", n
            elif n < small + medium:
                return "medium", n - small
            else:
                n -= small
                return "rest", n
    """)
    repaired(repair, buggy, "missing arithmetic expression", "`small` -> `small + medium`",
             failing=["locate((2, 3), 7)"],
             passing=["locate((2, 3), 1)", "locate((2, 3), 4)", "locate((0, 0), 0)"],
             hidden=["locate((1, 1), 5)", "locate((4, 0), 9)"])  # fmt: skip


def test_both_sides_of_a_comparison_read_the_field_the_loop_reads_elsewhere(
    repair: Repair,
) -> None:
    buggy = program("""
        def overlaps(a, b):
            i = j = 0
            out = []
            while i < len(a) and j < len(b):
                lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
                if lo <= hi:
                    out.append((lo, hi))
                if a[i][0] < b[j][0]:
                    i += 1
                else:
                    j += 1
            return out
    """)
    repaired(repair, buggy, "paired index", "`a[i][0]` and `b[j][0]` read field 1",
             failing=["overlaps([(0, 10)], [(1, 2), (3, 4)])"],
             passing=["overlaps([(0, 1)], [(2, 3)])", "overlaps([], [(1, 2)])",
                      "overlaps([(1, 3)], [(2, 5)])", "overlaps([(0, 5), (6, 9)], [(1, 7)])"],
             hidden=["overlaps([(0, 2), (5, 10)], [(1, 5), (8, 12)])"])  # fmt: skip
