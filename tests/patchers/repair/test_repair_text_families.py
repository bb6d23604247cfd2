"""Values short of what the code compares or returns: case folding the comparisons assume, a
character class one predicate widens and another forgets, the builtin (``sorted``, ``int``) that
the failing output shows is missing, the ``len()`` of a collection used as a number, and a
replacement callback that erases what it cannot replace. Each runs on a small program of its
own, none of them a benchmark program."""

from __future__ import annotations

from collections import Counter

from repair_edits import applied, edits_of, only
from repair_fake import Repair, Scenario, fixed_by, program

from selfpatch.patchers.repair._evidence import Evidence, asserted_values, wanted_calls
from selfpatch.patchers.repair._index import FileIndex
from selfpatch.patchers.repair._literals import literal_edits

VOTE = program("""
    def vote(raw):
        answer = raw.strip()
        if answer in ("yes", "y"):
            return 1
        if answer in ("no", "n"):
            return -1
        return 0
""")


def test_text_compared_in_lower_case_is_folded_when_inputs_carry_capitals(
    repair: Repair,
) -> None:
    assert not [e for e in edits_of(VOTE) if ".lower()" in e.description]  # no capitals seen
    edits = edits_of(VOTE, Evidence(characters=Counter(" Yes ")))
    edit = only(edits, "missing function call", "`raw.strip().lower()`")
    run = repair(Scenario(
        {"prog.py": VOTE}, {"prog.py": applied(VOTE, edit)},
        failing=["vote(' Yes ')"],
        passing=["vote('no')", "vote('maybe')"],
        hidden=["vote('NO')", "vote(' y')", "vote('Maybe')"],
    ))  # fmt: skip
    fixed_by(run, ".lower()")


WORDS = program("""
    def words(text):
        found = []
        i = 0
        while i < len(text):
            if text[i].isalpha() or text[i] == "'":
                end = i + 1
                while end < len(text) and text[end].isalpha():
                    end += 1
                found.append(text[i:end])
                i = end
            else:
                i += 1
        return found
""")


def test_a_character_class_widened_once_is_widened_everywhere(repair: Repair) -> None:
    edits = edits_of(WORDS)
    edit = only(edits, "missing condition", """`(text[end].isalpha() or text[end] == "'")`""")
    assert edit.structural
    run = repair(Scenario(
        {"prog.py": WORDS}, {"prog.py": applied(WORDS, edit)},
        failing=["words(\"don't stop\")"],
        passing=["words('go on')", "words('')", "words('a1b')"],
        hidden=["words(\"it's o'clock\")", "words('x y z')"],
    ))  # fmt: skip
    fixed_by(run, 'text[end] == "\'"')


OWNERS = program("""
    def owners(files):
        found = {}
        for name, owner in files:
            found.setdefault(owner, []).append(name)
        return list(found)
""")


def test_the_builtin_that_turns_the_output_into_the_expected_one_is_applied(
    repair: Repair,
) -> None:
    assert list(wanted_calls(["zed", "amy"], ["amy", "zed"])) == ["sorted"]
    assert list(wanted_calls({"n": "3"}, {"n": 3})) == ["int"]
    assert list(wanted_calls([1, 2], [1, 3])) == []  # different items: no builtin does that
    assert list(wanted_calls([3, 1, 5], [5, 1, 3])) == []  # an order, but not the sorted one
    assert not [e for e in edits_of(OWNERS) if "sorted(list(found))" in e.description]
    edits = edits_of(OWNERS, Evidence(calls=Counter({"sorted": 1})))
    edit = only(edits, "missing function call", "`list(found)` -> `sorted(list(found))`")
    run = repair(Scenario(
        {"prog.py": OWNERS}, {"prog.py": applied(OWNERS, edit)},
        failing=["owners([('a', 'zed'), ('b', 'amy')])"],
        passing=["owners([])", "owners([('x', 'bob'), ('y', 'bob')])"],
        hidden=["owners([('q', 'm'), ('r', 'c'), ('s', 'm')])", "owners([('z', 'b'), ('y', 'a')])"],
    ))  # fmt: skip
    fixed_by(run, "sorted(")


def test_a_failing_assert_names_the_expected_value() -> None:
    assert list(asserted_values("assert 0.0 == 1.0\n +  where 0.0 = rate(3)")) == [(0.0, 1.0)]
    assert list(asserted_values("assert 0.1 == 0.3 ± 3.0e-07")) == [(0.1, 0.3)]
    assert list(asserted_values("assert ['b', 'a'] == ['a', 'b']")) == [(["b", "a"], ["a", "b"])]
    assert list(asserted_values("assert f(x) == 3")) == []  # not a literal: nothing to learn


ROOM = program("""
    def room_left(queue, capacity):
        waiting = queue
        return max(capacity - waiting, 0)
""")


def test_a_collection_used_as_a_number_gets_its_length(repair: Repair) -> None:
    assert not [e for e in edits_of(ROOM, raised=True) if "len(waiting)" in e.description]
    message = "unsupported operand type(s) for -: 'int' and 'list'"
    edits = edits_of(ROOM, Evidence(messages=[message]), raised=True)
    edit = only(edits, "missing function call", "`waiting` -> `len(waiting)`")
    run = repair(Scenario(
        {"prog.py": ROOM}, {"prog.py": applied(ROOM, edit)},
        failing=["room_left(['a', 'b'], 5)"],
        passing=[],
        hidden=["room_left([], 3)", "room_left(['x'] * 9, 4)"],
    ))  # fmt: skip
    fixed_by(run, "len(")


def test_literals_from_asserts_rank_lower_and_never_duplicate_an_entry() -> None:
    source = program("""
        DAYS = ["Mon", "Tue", "Wed"]


        def label(i):
            return "day " + DAYS[i]
    """)
    index = FileIndex("prog.py", source)
    lines = frozenset(range(1, 6))

    def shown(actual: str, expected: str) -> list[str]:
        evidence = Evidence(differences=[(actual, expected)])
        return [e.description for e in literal_edits(index, lines, evidence)]

    assert [d for d in shown("Tue", "Thu") if '`"Tue"` -> `"Thu"`' in d]
    assert not [d for d in shown("Tue", "Wed") if '`"Tue"` -> `"Wed"`' in d]  # already an entry
    recorded = Evidence(differences=[("day Tue", "night Tue")])
    assert [e.description for e in literal_edits(index, lines, recorded)] == [
        'prog.py:5: literal from expected output: `"day "` -> `"night "`'
    ]
    # a label in a failing assert is a symptom more often than the bug: not used
    assert not list(literal_edits(index, lines, Evidence(asserted=[("day Tue", "night Tue")])))
    numbers = program("""
        def share(used, limit):
            return 0.0 if limit is None else min(used / limit, 1.0)
    """)
    index = FileIndex("prog.py", numbers)
    [strong] = literal_edits(index, lines, Evidence(differences=[(0.0, 1.0)]))
    [weak] = literal_edits(index, lines, Evidence(asserted=[(0.0, 1.0)]))
    assert strong.description == weak.description and weak.prior < strong.prior
    # 1.0 is spelt nowhere in the file: only a recorded expected output may bring it in
    index = FileIndex("prog.py", numbers.replace("min(used / limit, 1.0)", "used / limit"))
    assert literal_edits(index, lines, Evidence(differences=[(0.0, 1.0)]))
    assert not list(literal_edits(index, lines, Evidence(asserted=[(0.0, 1.0)])))
    assert list(wanted_calls(-3, 3)) == []  # reversed operands, more often than a missing abs


def test_keys_that_come_out_in_another_case_than_expected_are_folded(repair: Repair) -> None:
    buggy = program("""
        def header_index(line):
            names = [cell.strip() for cell in line.split(",")]
            return {name: i for i, name in enumerate(names) if name}
    """)
    assert list(asserted_values("assert {'Id': 0} == {'id': 0}")) == [({"Id": 0}, {"id": 0})]
    run = repair(Scenario(
        {"prog.py": buggy}, {"prog.py": buggy.replace("cell.strip()", "cell.strip().lower()")},
        failing=["header_index(' Id , Name')"],
        passing=["header_index('id,name')", "header_index('')"],
        hidden=["header_index('ID,,Total ')", "header_index('a,B')"],
    ))  # fmt: skip
    fixed_by(run, "cell.strip().lower()")


def test_text_looked_up_in_a_table_keyed_in_lower_case_is_folded(repair: Repair) -> None:
    buggy = program("""
        UNITS = {"kb": 1024, "mb": 1024 ** 2, "gb": 1024 ** 3}


        def to_bytes(text):
            number, unit = text.split()
            return int(number) * UNITS.get(unit.strip(), 1)
    """)
    run = repair(Scenario(
        {"prog.py": buggy}, {"prog.py": buggy.replace("unit.strip()", "unit.strip().lower()")},
        failing=["to_bytes('2 MB')"],
        passing=["to_bytes('3 kb')", "to_bytes('5 b')"],
        hidden=["to_bytes(' 1 Gb ')", "to_bytes('4 kB')"],
    ))  # fmt: skip
    fixed_by(run, "`unit.strip()` -> `unit.strip().lower()`")


EXPAND = program("""
    import re

    VARIABLE = re.compile(r"\\$(\\w+)")


    def expand(text, env):
        \"\"\"``$NAME`` replaced by its value; an unknown name is left as written.\"\"\"

        def substitute(match):
            name = match.group(1)
            if name in env:
                return env[name]
            return ""

        return VARIABLE.sub(substitute, text)
""")


def test_a_replacement_callback_leaves_what_it_cannot_replace_as_written(repair: Repair) -> None:
    edit = only(edits_of(EXPAND), "incorrect default or return constant", "-> `match.group(0)`")
    run = repair(Scenario(
        {"prog.py": EXPAND}, {"prog.py": applied(EXPAND, edit)},
        failing=["expand('$A and $B', {'A': '1'})"],
        passing=["expand('$A', {'A': 'x'})", "expand('plain', {})"],
        hidden=["expand('$Z-$Y', {'Y': 'y'})", "expand('cost: $5', {})"],
    ))  # fmt: skip
    fixed_by(run, "match.group(0)")
