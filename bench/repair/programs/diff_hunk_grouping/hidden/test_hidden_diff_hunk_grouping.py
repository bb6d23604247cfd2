import difflib
import random
import re

from diff_hunk_grouping import diff_ops, group_hunks, unified_diff


def lines(count):
    return [f"line {n}" for n in range(1, count + 1)]


def with_changes(old, positions):
    new = list(old)
    for pos in positions:
        new[pos] = f"changed {pos}"
    return new


def headers(diff):
    return [row for row in diff if row.startswith("@@")]


def reference_headers(old, new, context):
    def full(header):
        return re.sub(r"([-+]\d+)(?= |$)", r"\1,1", header)
    rows = difflib.unified_diff(old, new, lineterm="", n=context)
    return [full(row) for row in rows if row.startswith("@@")]


def test_gap_boundary_for_several_contexts():
    old = lines(40)
    for context in (1, 2, 3, 4):
        joined = with_changes(old, [10, 10 + 2 * context + 1])
        split = with_changes(old, [10, 10 + 2 * context + 2])
        assert len(headers(unified_diff(old, joined, context))) == 1, context
        assert len(headers(unified_diff(old, split, context))) == 2, context


def test_adjacent_changes_with_zero_context():
    old = lines(8)
    new = with_changes(old, [2, 3])
    assert unified_diff(old, new, context=0) == [
        "@@ -3,2 +3,2 @@", "-line 3", "-line 4", "+changed 2", "+changed 3",
    ]
    gapped = with_changes(old, [2, 4])
    assert headers(unified_diff(old, gapped, context=0)) == ["@@ -3,1 +3,1 @@", "@@ -5,1 +5,1 @@"]


def test_group_hunks_ranges():
    ops = [(" ", "a")] * 3 + [("-", "b")] + [(" ", "c")] * 2 + [("+", "d")] + [(" ", "e")] * 5
    assert group_hunks(ops, context=1) == [(2, 8)]
    assert group_hunks(ops, context=0) == [(3, 4), (6, 7)]
    assert group_hunks([(" ", "x")] * 4, context=2) == []


def test_headers_match_difflib_for_substitutions():
    rng = random.Random(1919)
    for _ in range(400):
        old = lines(rng.randint(1, 35))
        positions = rng.sample(range(len(old)), rng.randint(1, min(5, len(old))))
        new = with_changes(old, positions)
        context = rng.randint(0, 4)
        assert headers(unified_diff(old, new, context)) == reference_headers(old, new, context)


def test_hunks_rebuild_the_new_text():
    rng = random.Random(7)
    for _ in range(300):
        old = [rng.choice("abcdef") for _ in range(rng.randint(0, 25))]
        new = [x for x in old if rng.random() < 0.85]
        for _ in range(rng.randint(0, 3)):
            new.insert(rng.randint(0, len(new)), rng.choice("xyz"))
        context = rng.randint(0, 3)
        rebuilt, pos = [], 0
        for row in unified_diff(old, new, context):
            if row.startswith("@@"):
                start, length = map(int, row.split()[1][1:].split(","))
                target = start - 1 if length else start
                rebuilt += old[pos:target]
                pos = target
            elif row[0] in " -":
                assert old[pos] == row[1:]
                if row[0] == " ":
                    rebuilt.append(row[1:])
                pos += 1
            else:
                rebuilt.append(row[1:])
        rebuilt += old[pos:]
        assert rebuilt == new


def test_deletion_at_end():
    assert unified_diff(["a", "b", "c"], ["a", "b"], context=1) == ["@@ -2,2 +2,1 @@", " b", "-c"]
    assert diff_ops([], ["x"]) == [("+", "x")]
