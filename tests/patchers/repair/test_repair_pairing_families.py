"""Families whose cue is how two pieces of code belong together: a record made before the check
it makes always true, two containers indexed alike and written side by side, an in-place
operator the function uses on the same target elsewhere, a guard's answer of the declared
return type, and a JSON string decoded where its name gets its value. Each runs on a small
program of its own, none of them a benchmark program."""

from __future__ import annotations

from repair_edits import applied, edits_of, only
from repair_fake import Repair, Scenario, fixed_by, program

from selfpatch.patchers.repair._evidence import Evidence

DEDUPE = program("""
    def first_repeat(items):
        seen = set()
        for position, item in enumerate(items):
            seen.add(item)
            if item is None:
                continue
            if item in seen:
                return position
        return -1
""")


def test_a_record_made_before_the_check_it_makes_always_true(repair: Repair) -> None:
    edit = only(edits_of(DEDUPE), "statement order", "always true")
    assert edit.structural
    assert applied(DEDUPE, edit).splitlines()[5:8] == [
        "        if item in seen:",
        "            return position",
        "        seen.add(item)",
    ]
    fixed = applied(DEDUPE, edit)
    run = repair(Scenario(
        {"prog.py": DEDUPE}, {"prog.py": fixed},
        failing=["first_repeat([1, 2, 1])", "first_repeat([3, 4])"],
        passing=["first_repeat([])"],
        hidden=["first_repeat([5, 6, 7, 6, 5])", "first_repeat([None, None, 2])", "first_repeat(['a'])"],
    ))  # fmt: skip
    fixed_by(run, "always true")


def test_no_move_when_the_check_reads_another_container() -> None:
    other = DEDUPE.replace("if item in seen:", "if item in banned:").replace(
        "def first_repeat(items):", "def first_repeat(items, banned=()):"
    )
    assert not [e for e in edits_of(other) if "always true" in e.description]


ROUTES = program("""
    def cheapest(costs, source):
        best, via = {}, {}
        best[source] = 0
        via[source] = None
        frontier = [source]
        while frontier:
            node = frontier.pop()
            for neighbour, cost in costs.get(node, {}).items():
                total = best[node] + cost
                if neighbour not in best or total < best[neighbour]:
                    best[neighbour] = total
                    frontier.append(neighbour)
        return best, via


    def path_to(costs, source, target):
        best, via = cheapest(costs, source)
        if target not in via:
            return []
        path = [target]
        while via[path[-1]] is not None:
            path.append(via[path[-1]])
        return path[::-1]
""")


def test_a_write_to_one_of_two_parallel_containers_gets_its_companion() -> None:
    updates = [e for e in edits_of(ROUTES) if e.kind == "missing parallel update"]
    assert updates and all(e.structural for e in updates)
    after = ROUTES.splitlines().index("                best[neighbour] = total") + 1
    inserted = {applied(ROUTES, e).splitlines()[after].strip() for e in updates}
    assert "via[neighbour] = node" in inserted  # the index the value's read uses
    assert "via[neighbour] = None" in inserted  # the companion's own value, renamed


def test_the_missing_back_pointer_is_repaired_end_to_end(repair: Repair) -> None:
    fixed = ROUTES.replace(
        "best[neighbour] = total\n",
        "best[neighbour] = total\n                via[neighbour] = node\n",
    )
    graph = '{"a": {"b": 1, "c": 5}, "b": {"c": 1}}'
    run = repair(Scenario(
        {"prog.py": ROUTES}, {"prog.py": fixed},
        failing=[f'path_to({graph}, "a", "c")'],
        passing=[f'path_to({graph}, "a", "a")', f'path_to({graph}, "a", "z")'],
        hidden=[f'path_to({graph}, "a", "b")', 'path_to({"x": {"y": 2}, "y": {"z": 2}}, "x", "z")'],
    ))  # fmt: skip
    fixed_by(run, "missing parallel update")


HALVING = program("""
    def shrink(budget, rounds, share):
        for _ in range(rounds):
            budget -= budget // share
        if budget > 100:
            budget = budget // share
        return budget
""")


def test_an_assignment_gets_the_in_place_operator_used_on_its_target() -> None:
    edits = [e for e in edits_of(HALVING) if e.kind == "assignment operator" and e.line == 5]
    priors = {applied(HALVING, e).splitlines()[4].strip(): e.prior for e in edits}
    assert priors["budget -= budget // share"] > priors["budget += budget // share"]


def test_an_initial_assignment_is_not_turned_into_an_update() -> None:
    source = program("""
        def total(values):
            count = 100
            for value in values:
                count -= value
            return count
    """)
    edits = [e for e in edits_of(source) if e.kind == "assignment operator" and e.line == 2]
    assert [e.prior for e in edits] == [0.3]  # only the old default `+=`, no analogy boost


def test_an_update_that_changes_nothing_is_never_offered() -> None:
    source = program("""
        def total(values):
            count = 0
            for value in values:
                count += 1
            return count
    """)
    updates = [applied(source, e) for e in edits_of(source) if e.kind == "assignment operator"]
    assert not [u for u in updates if "count += 0" in u or "count *= 1" in u]
    assert any("count -= 1" in u for u in updates)


SECONDS = program("""
    def seconds(text: str | None) -> float:
        value, unit = float(text[:-1]), text[-1]
        return value * {"s": 1.0, "m": 60.0}[unit]


    def total(parts) -> float:
        return sum(seconds(p) for p in parts)
""")


def test_a_guard_answers_with_the_empty_value_of_the_declared_type() -> None:
    evidence = Evidence()
    evidence.messages = ["TypeError: 'NoneType' object is not subscriptable"]
    guards = [
        e for e in edits_of(SECONDS, evidence, raised=True) if e.kind == "guard" and e.line == 2
    ]
    priors = {e.description.split("insert `", 1)[1].split("`", 1)[0]: e.prior for e in guards}
    assert priors["if text is None: return 0.0"] > priors["if text is None: return None"]


TOOL_CALL = program("""
    def call_args(call, required):
        raw = call["function"].get("arguments") or {}
        missing = [name for name in required if name not in raw]
        if missing:
            raise ValueError(f"missing {missing}")
        merged = {"timeout": 30}
        merged.update(raw)
        return merged
""")


def test_a_json_string_is_decoded_where_its_name_gets_its_value(repair: Repair) -> None:
    evidence = Evidence()
    evidence.messages = ["ValueError: dictionary update sequence element #0 has length 1"]
    decode = only(edits_of(TOOL_CALL, evidence, raised=True), "decode JSON string", "after `raw")
    assert "raw = json.loads(raw) if isinstance(raw, str) else raw" in applied(TOOL_CALL, decode)
    fixed = TOOL_CALL.replace(
        "or {}\n", "or {}\n    raw = json.loads(raw) if isinstance(raw, str) else raw\n"
    )
    run = repair(Scenario(
        {"prog.py": TOOL_CALL}, {"prog.py": "import json\n" + fixed},
        failing=["call_args({'function': {'arguments': '{\"path\": \"a\"}'}}, ['path'])"],
        passing=["call_args({'function': {}}, [])"],
        hidden=[
            "call_args({'function': {'arguments': '{\"p\": 1, \"timeout\": 5}'}}, ['p'])",
            "call_args({'function': {'arguments': '{\"a\": [1]}'}}, ['a'])",
        ],
    ))  # fmt: skip
    fixed_by(run, "decode JSON string")
