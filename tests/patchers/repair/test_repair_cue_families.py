"""Families whose cue is in the code's own text: a regular expression that asks for a flag, a
clause the file already puts in front of a test of the same variable, a difference compared as
a distance, a substitution that would pass one value twice, a bound the docstring words as
inclusive, and rival streaks each branch of a chain extends and breaks. Each runs on a small
program of its own, none of them a benchmark program."""

from __future__ import annotations

from repair_edits import applied, edits_of, only, repaired
from repair_fake import Repair, Scenario, fixed_by, program


def flags_of(source: str) -> dict[str, float]:
    return {
        applied(source, e).split("flags=")[1].split(")")[0]: e.prior
        for e in edits_of(source)
        if e.kind == "missing keyword argument" and "flags=" in e.description
    }


def test_regex_flags_follow_the_pattern() -> None:
    dotted = program("""
        import re


        def block(text):
            return re.search(r"<<(.*)>>", text)
    """)
    anchored = dotted.replace('r"<<(.*)>>"', 'r"^key: (\\w+)$"')
    plain = dotted.replace('r"<<(.*)>>"', 'r"a\\.b[.]"')
    assert flags_of(dotted)["re.DOTALL"] > flags_of(dotted)["re.IGNORECASE"]
    assert "re.MULTILINE" in flags_of(anchored) and "re.DOTALL" not in flags_of(anchored)
    assert set(flags_of(plain)) == {"re.IGNORECASE"}  # escaped dots match one character
    given = dotted.replace(", text)", ", text, re.S)")
    assert flags_of(given) == {}


CELLS = program("""
    def filled(cells):
        return [c for c in cells if c != 0 and c > 0]


    def repeats(cells):
        seen = set()
        for c in cells:
            if c in seen:
                return True
            seen.add(c)
        return False
""")


def test_a_clause_the_file_puts_before_a_test_of_the_same_variable(repair: Repair) -> None:
    clauses = [applied(CELLS, e) for e in edits_of(CELLS) if e.kind == "missing condition"]
    assert any("if c != 0 and c in seen:" in c for c in clauses)
    fixed = CELLS.replace("if c in seen:", "if c != 0 and c in seen:")
    run = repair(Scenario(
        {"prog.py": CELLS}, {"prog.py": fixed},
        failing=["repeats([0, 1, 0, 2])"],
        passing=["repeats([1, 1])", "repeats([])"],
        hidden=["repeats([0, 0, 0])", "repeats([3, 0, 3])", "repeats([0, 5, 6, 0])"],
    ))  # fmt: skip
    assert "missing condition" in run.best.description, run.best.description
    assert run.hidden_ok(run.best), run.best.description


def test_a_difference_compared_with_another_is_tried_as_a_distance() -> None:
    source = program("""
        def same_diagonal(a, b):
            return a[0] - b[0] == a[1] - b[1]
    """)
    wrapped = [applied(source, e) for e in edits_of(source) if "abs(" in e.description]
    assert "return a[0] - b[0] == abs(a[1] - b[1])" in "".join(wrapped)
    assert "return abs(a[0] - b[0]) == a[1] - b[1]" in "".join(wrapped)


def test_a_substitution_that_passes_one_value_twice_ranks_lower() -> None:
    source = program("""
        def allowed(rules, tool, header):
            return check(tool, header) and rules

        def check(name, grants):
            return name in grants.split()
    """)
    priors = {
        applied(source, e).splitlines()[1].strip(): e.prior
        for e in edits_of(source)
        if e.kind == "wrong variable" and e.line == 2
    }
    assert (
        priors["return check(tool, tool) and rules"] < priors["return check(tool, rules) and rules"]
    )


def test_turning_a_default_into_an_always_empty_value_ranks_as_a_deletion() -> None:
    source = program("""
        def names(message):
            return [c["name"] for c in message.get("calls") or []]
    """)
    flips = [e for e in edits_of(source) if e.kind == "boolean operator"]
    assert len(flips) == 1 and flips[0].deletes


def test_an_elif_check_of_a_sibling_method_is_a_candidate_clause() -> None:
    source = program("""
        def pick(rules, tool):
            for rule in rules:
                if rule.matches(tool):
                    return rule


        def explain(rules, tool):
            for rule in rules:
                if not rule.matches(tool):
                    yield "no match"
                elif rule.blocks(tool):
                    yield "blocked"
    """)
    clauses = [applied(source, e) for e in edits_of(source) if e.kind == "missing condition"]
    assert any("if not rule.blocks(tool) and rule.matches(tool):" in c for c in clauses)


def test_a_raw_field_stored_where_the_declared_element_type_is_a_number() -> None:
    source = program("""
        def latencies(rows):
            by_model: dict[str, list[float]] = {}
            for row in rows:
                by_model.setdefault(row["model"], [])
                by_model[row["model"]].append(row["ms"])
            return by_model
    """)
    converted = [applied(source, e) for e in edits_of(source) if e.kind == "missing conversion"]
    assert any('by_model[row["model"]].append(float(row["ms"]))' in c for c in converted)


DIRECTIVES = program('''
    def directives(text):
        """The directives of a config file, one per line.

        Lines starting with ``%`` or ``!`` are pragmas and are skipped.
        """
        found = []
        for raw in text.splitlines():
            line = raw.strip()
            if not line or line.startswith("%"):
                continue
            found.append(line)
        return found
''')


def test_a_marker_test_takes_in_the_markers_its_docstring_lists_beside_it(
    repair: Repair,
) -> None:
    repaired(repair, DIRECTIVES, "missing condition", '`"%"` -> `("%", "!")`',
             failing=["directives('a\\n!b\\nc')"],
             passing=["directives('a\\n%b')", "directives('')"],
             hidden=["directives('!x\\n%y\\nz\\n ! w')"])  # fmt: skip
    undocumented = DIRECTIVES.replace("``%`` or ``!``", "a percent sign")
    assert not [e for e in edits_of(undocumented) if '("%", "!")' in e.description]


STOCK = program("""
    class Stock:
        def __init__(self):
            self.levels = {}

        def put(self, sku, n=1):
            self.levels[sku] = self.levels.get(sku, 0) + n

        def level(self, sku):
            return self.levels.get(sku, 0)

        def names(self, prefix):
            return sorted(s for s in self.levels if s.startswith(prefix))

        def take(self, sku):
            \"\"\"Take one unit of sku; return False if none is in stock.\"\"\"
            self.levels[sku] -= 1
            return True


    def after(*steps):
        stock, results = Stock(), []
        for name, *args in steps:
            results.append(getattr(stock, name)(*args))
        return results, stock.levels
""")


def test_a_documented_refusal_asks_the_sibling_about_the_same_argument(repair: Repair) -> None:
    repaired(repair, STOCK, "missing guard", "if not self.level(sku): return False",
             failing=["after(('take', 'a'))"],
             passing=["after(('put', 'a'), ('take', 'a'))"],
             hidden=["after(('put', 'ab'), ('take', 'a'), ('take', 'ab'), ('take', 'ab'))"])  # fmt: skip


LEASES = program("""
    class Lease:
        def __init__(self, start, length, ended=None, paused=None):
            self.start, self.length, self.ended, self.paused = start, length, ended, paused


    def usable(lease, now, grace):
        if lease.paused is not None and now < lease.paused + grace:
            return False
        if lease.ended is not None and now >= lease.start + grace:
            return False
        return now < lease.start + lease.length
""")


def test_a_field_tested_for_none_is_the_one_its_clause_reads(repair: Repair) -> None:
    swap = "`lease.start` -> `lease.ended`"
    assert [e for e in edits_of(LEASES) if swap in e.description and e.structural]
    fixed = LEASES.replace("now >= lease.start + grace", "now >= lease.ended + grace")
    run = repair(Scenario(
        {"prog.py": LEASES}, {"prog.py": fixed},
        failing=["usable(Lease(0, 100, ended=50), 52, 5)"],
        passing=["usable(Lease(0, 100), 10, 5)", "usable(Lease(0, 100, ended=50), 60, 5)"],
        hidden=["usable(Lease(0, 100, ended=50), 54, 5)", "usable(Lease(0, 100, ended=50), 55, 5)",
                "usable(Lease(0, 10, paused=3), 4, 2)"],
    ))  # fmt: skip
    fixed_by(run, swap)


def test_a_range_whose_bounds_may_come_reversed_joins_its_ends_with_or(repair: Repair) -> None:
    buggy = program("""
        def in_window(minute, opens, closes):
            if opens <= closes:
                return opens <= minute < closes
            return minute >= opens and minute < closes
    """)
    edit = only(edits_of(buggy), "boolean operator")
    assert edit.structural
    run = repair(Scenario(
        {"prog.py": buggy}, {"prog.py": buggy.replace("opens and minute", "opens or minute")},
        failing=["in_window(1380, 1320, 360)"],
        passing=["in_window(600, 540, 1020)", "in_window(1000, 1320, 360)"],
        hidden=["in_window(100, 1320, 360)", "in_window(360, 1320, 360)", "in_window(1320, 1320, 360)"],
    ))  # fmt: skip
    fixed_by(run, "minute >= opens or minute < closes")


def test_two_tests_of_one_value_against_a_bound_and_its_shift_join_with_or(
    repair: Repair,
) -> None:
    buggy = program("""
        def admit(load, limit, spare, urgent):
            if load >= limit and (not urgent and load >= limit - spare):
                return False
            return True
    """)
    edit = only(edits_of(buggy), "boolean operator", "load >= limit or")
    assert edit.structural
    fixed = buggy.replace("load >= limit and (", "load >= limit or (")
    run = repair(Scenario(
        {"prog.py": buggy}, {"prog.py": fixed},
        failing=["admit(9, 10, 2, False)"],
        passing=["admit(3, 10, 2, False)", "admit(9, 10, 2, True)"],
        hidden=["admit(10, 10, 2, True)", "admit(8, 10, 2, False)", "admit(7, 10, 2, False)"],
    ))  # fmt: skip
    fixed_by(run, "load >= limit or (not urgent")


GRADES = program("""
    def grade(score, pass_mark=50):
        \"\"\"A score at or above ``pass_mark`` passes; a score below ``pass_mark`` fails.\"\"\"
        return "pass" if score > pass_mark else "fail"


    def passed(scores, pass_mark=50):
        return [s for s in scores if grade(s, pass_mark) == "pass"]
""")


def test_a_bound_the_docstring_words_as_inclusive_is_compared_inclusively(repair: Repair) -> None:
    repaired(
        repair, GRADES, "documented bound", "`score > pass_mark` -> `score >= pass_mark`",
        failing=["grade(50)", "passed([40, 60, 70], 60)"],
        passing=["grade(51)", "grade(10)", "passed([])"],
        hidden=["grade(49)", "grade(80, 80)", "passed([80, 79], 80)"],
    )  # fmt: skip
    # strict wording ("below") asks for no change of the strict ``<``
    strict = GRADES.replace("score > pass_mark", "score < pass_mark")
    assert not [e for e in edits_of(strict) if e.kind == "documented bound"]


VOTES = program("""
    class Votes:
        def __init__(self):
            self.yes_run = 0
            self.no_run = 0

        def cast(self, vote):
            \"\"\"Count the current run of equal votes; an abstention breaks both runs.\"\"\"
            if vote == "yes":
                self.yes_run += 1
                self.no_run = 0
            elif vote == "no":
                self.no_run += 1
            else:
                self.yes_run = 0
                self.no_run = 0
            return self.yes_run, self.no_run


    def runs(*votes):
        tally = Votes()
        return [tally.cast(v) for v in votes]
""")


def test_a_branch_that_extends_one_streak_breaks_its_rival(repair: Repair) -> None:
    repaired(
        repair, VOTES, "missing reset", "insert `self.yes_run = 0` after `self.no_run += 1`",
        failing=["runs('yes', 'no')"],
        passing=["runs('no', 'no')", "runs('yes', 'yes', 'skip')", "runs('no', 'yes')"],
        hidden=["runs('yes', 'yes', 'no', 'yes')", "runs('yes', 'no', 'no')"],
    )  # fmt: skip
