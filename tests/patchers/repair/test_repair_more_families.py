"""Families added for missing conditions on unused bindings, missing function calls, missing
mirrored statements, missing step costs, assignment operators on subscripts, hangs, test-input
strings and the stack/queue discipline of ``pop``: each on a small program of its own."""

from __future__ import annotations

from pathlib import Path

from repair_fake import Repair, RepairRun, Scenario, program

from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._evidence import Evidence, strings_in_tests
from selfpatch.patchers.repair._hangs import loop_progress_lines
from selfpatch.patchers.repair._index import FileIndex
from selfpatch.patchers.repair._transforms import Ctx, site_edits


def fixed_and_general(run: RepairRun, kind: str) -> None:
    best = run.best
    assert run.hidden_ok(best), best.description
    assert kind in best.description


def all_edits(source: str) -> list[Edit]:
    index = FileIndex("prog.py", source)
    edits: list[Edit] = []
    for site in index.sites:
        edits += site_edits(Ctx(index, site, Evidence(), frozenset(), []))
    return edits


def test_missing_condition_on_unused_parameter(repair: Repair) -> None:
    buggy = program("""
        def visible(items: list[str], hidden: set[str], muted: set[str]) -> list[str]:
            return [item for item in items if item not in hidden]
    """)
    fixed = buggy.replace("not in hidden]", "not in hidden and item not in muted]")
    run = repair(Scenario(
        {"prog.py": buggy}, {"prog.py": fixed},
        failing=['visible(["a", "b", "c"], {"a"}, {"c"})'],
        passing=['visible(["a", "b"], {"b"}, set())', "visible([], set(), set())"],
        hidden=['visible(["x", "y", "z"], set(), {"x", "z"})', 'visible(["q"], {"q"}, {"q"})'],
    ))  # fmt: skip
    fixed_and_general(run, "missing condition")


def test_no_clause_without_an_unused_container() -> None:
    source = program("""
        def visible(items: list[str], hidden: set[str]) -> list[str]:
            return [item for item in items if item not in hidden]
    """)
    assert not [e for e in all_edits(source) if e.kind == "missing condition"]


def test_missing_call_like_its_sibling_value(repair: Repair) -> None:
    buggy = program("""
        def canon(name):
            return name.strip().lower()


        def same_user(a, b):
            left, right = canon(a), b
            return left == right
    """)
    fixed = buggy.replace("canon(a), b", "canon(a), canon(b)")
    run = repair(Scenario(
        {"prog.py": buggy}, {"prog.py": fixed},
        failing=['same_user("Ann", "ann ")', 'same_user("bob", "BOB")'],
        passing=['same_user("x", "x")', 'same_user("x", "y")'],
        hidden=['same_user("  Zed", "zED")', 'same_user("a", "b ")', 'same_user("Q", "q")'],
    ))  # fmt: skip
    fixed_and_general(run, "missing function call")


def test_recursion_into_a_nested_value_is_proposed() -> None:
    source = program("""
        def leaves(tree):
            out = []
            for key, child in tree.items():
                if isinstance(child, dict):
                    out.extend(child)
                else:
                    out.append(key)
            return out
    """)
    wraps = [e.description for e in all_edits(source) if e.kind == "missing function call"]
    assert any("`child` -> `leaves(child)`" in d for d in wraps), wraps


def test_missing_mirrored_statement(repair: Repair) -> None:
    buggy = program("""
        def split_by_sign(values):
            negative, positive = [], []
            for value in values:
                if value < 0:
                    negative.append(value)
                else:
                    positive.append(value)
            negative.reverse()
            return [negative, positive]
    """)
    fixed = buggy.replace("negative.reverse()\n", "negative.reverse()\n    positive.reverse()\n")
    run = repair(Scenario(
        {"prog.py": buggy}, {"prog.py": fixed},
        failing=["split_by_sign([3, -2, 1, 5, -5])"],
        passing=["split_by_sign([])", "split_by_sign([-1, -3])"],
        hidden=["split_by_sign([2, 9, -7, 4])", "split_by_sign([2, 1])", "split_by_sign([0])"],
    ))  # fmt: skip
    mirrored = [e for e in all_edits(buggy) if e.kind == "missing mirrored statement"]
    assert any("insert `positive.reverse()`" in e.description for e in mirrored)
    # ``positive.insert(0, value)`` (prepend) is an equally general fix of the same failure
    assert any(kind in run.best.description for kind in ("mirrored", "insert(0, value)"))
    fixed_and_general(run, "")


def test_missing_step_cost_in_a_recurrence(repair: Repair) -> None:
    buggy = program("""
        def fewest_coins(coins, amount):
            best = [0] + [10**9] * amount
            for total in range(1, amount + 1):
                for coin in coins:
                    if coin <= total:
                        best[total] = min(best[total], best[total - coin])
            return best[amount] if best[amount] < 10**9 else -1
    """)
    fixed = buggy.replace("best[total - coin])", "best[total - coin] + 1)")
    run = repair(Scenario(
        {"prog.py": buggy}, {"prog.py": fixed},
        failing=["fewest_coins([1, 2], 3)", "fewest_coins([5], 10)"],
        passing=["fewest_coins([1], 0)", "fewest_coins([4], 3)"],
        hidden=["fewest_coins([1, 3, 4], 6)", "fewest_coins([2], 7)", "fewest_coins([7, 3], 13)"],
    ))  # fmt: skip
    fixed_and_general(run, "missing step cost")


def test_accumulating_into_a_subscript(repair: Repair) -> None:
    buggy = program("""
        def totals(rows):
            sums = {}
            for name, amount in rows:
                sums.setdefault(name, 0)
                sums[name] = amount
            return sums
    """)
    fixed = buggy.replace("sums[name] = amount", "sums[name] += amount")
    run = repair(Scenario(
        {"prog.py": buggy}, {"prog.py": fixed},
        failing=['totals([("a", 1), ("a", 2)])'],
        passing=['totals([("b", 5)])', "totals([])"],
        hidden=['totals([("x", 1), ("y", 2), ("x", 3)])', 'totals([("z", 0), ("z", 4)])'],
    ))  # fmt: skip
    fixed_and_general(run, "assignment operator")


def test_loop_progress_lines_are_the_header_and_its_updates() -> None:
    source = program("""
        def first_at_least(xs, target):
            lo, hi = 0, len(xs)
            while lo < hi:
                mid = (lo + hi) // 2
                if xs[mid] < target:
                    lo = mid
                else:
                    hi = mid
            return lo
    """)
    lines = loop_progress_lines(FileIndex("prog.py", source))
    numbers = {n for n, text in enumerate(source.splitlines(), 1) if "lo = mid" in text}
    assert numbers <= lines
    assert not any("mid = (lo" in source.splitlines()[n - 1] for n in lines)
    assert not any("return lo" in source.splitlines()[n - 1] for n in lines)


def test_strings_in_failing_tests(tmp_path: Path) -> None:
    tests = tmp_path / "tests"
    tests.mkdir()
    source = program("""
        PAYLOAD = '{"tool": "search", "arguments": {"q": "x"}}'

        def test_parses():
            assert parse(PAYLOAD)["arguments"] == {"q": "x"}

        def test_other():
            assert parse("") == "unrelated_key"
    """)
    (tests / "test_p.py").write_text(source)
    found = strings_in_tests(tmp_path, ["tests/test_p.py::test_parses", "missing.py::test_x"])
    assert {"tool", "arguments", "q"} <= set(found)
    assert "unrelated_key" not in found


def test_a_stack_is_not_popped_from_the_front() -> None:
    source = program("""
        def run(tokens, pending):
            stack = []
            for token in tokens:
                stack.append(token)
            a = stack.pop()
            b = pending.pop()
            return a, b
    """)
    pops = [e.description for e in all_edits(source) if e.kind == "pop end"]
    assert not any("stack.pop(0)" in d for d in pops), pops
    assert any("pending.pop(0)" in d for d in pops), pops


def test_renaming_the_target_of_a_self_update_ranks_as_weakening() -> None:
    source = program("""
        def render(template, values, filters):
            text = template.format(**values)
            for apply in filters:
                values = apply(values)
            total = len(text)
            return text, total
    """)
    renames = [e for e in all_edits(source) if e.kind == "wrong variable"]
    target = [e for e in renames if e.spans == [(4, 8, 4, 14)]]
    assert target and all(e.weakens for e in target), [e.description for e in target]
    read = [e for e in renames if e.spans == [(4, 23, 4, 29)]]
    assert read and not any(e.weakens for e in read), [e.description for e in read]
    plain = [e for e in renames if e.spans == [(5, 4, 5, 9)]]
    assert plain and not any(e.weakens for e in plain), [e.description for e in plain]
