"""Families that restore what the code assumes and never ensures: a list searched by bisection
that was never sorted, a previous value that never moves, a running value kept under a
modulus, a word compared in another case, a clause a sibling function keeps, a map only a
helper reads and nothing fills, a split that keeps its rest whole, and ``0.0`` where None was
promised. Each runs on a small program of its own, none of them a benchmark program."""

from __future__ import annotations

from collections import Counter

from repair_edits import applied, edits_of, only, repaired
from repair_fake import Repair, Scenario, fixed_by, program

from selfpatch.patchers.repair._evidence import Evidence, keyed_calls

COLLAPSE = program("""
    def collapse(items):
        out = []
        previous = None
        for item in items:
            if item == previous:
                out[-1][1] += 1
                continue
            out.append([item, 1])
        return out
""")


def test_a_previous_value_that_never_moves_is_kept_at_the_end_of_the_pass(
    repair: Repair,
) -> None:
    repaired(repair, COLLAPSE, "missing statement", "`previous = item` at the end of the loop",
             failing=["collapse(['a', 'a', 'b'])"],
             passing=["collapse([])", "collapse(['a'])"],
             hidden=["collapse(['x', 'x', 'x', 'y', 'x'])", "collapse([1, 2, 2])"])  # fmt: skip


BISECTED = program("""
    from bisect import bisect_left

    def first_at_least(values, targets):
        pool = [v * 2 for v in values]
        found = []
        for target in targets:
            i = bisect_left(pool, target)
            found.append(pool[i] if i < len(pool) else None)
        return found
""")


def test_a_list_searched_by_bisection_is_sorted_where_it_is_built(repair: Repair) -> None:
    repaired(repair, BISECTED, "missing function call", "sorted([v * 2 for v in values])",
             failing=["first_at_least([5, 1, 3], [2])"],
             passing=["first_at_least([], [1])", "first_at_least([1, 2], [3])"],
             hidden=["first_at_least([9, 4, 7, 1], [3, 8, 20])"])  # fmt: skip


def test_a_sort_routine_is_never_repaired_by_calling_sorted() -> None:
    routine = program("""
        def insertion_sort(items):
            out = list(items)
            for i in range(1, len(out)):
                j = i
                while j > 1 and out[j - 1] > out[j]:
                    out[j - 1], out[j] = out[j], out[j - 1]
                    j -= 1
            return out
    """)
    evidence = Evidence(calls=Counter({"sorted": 1}), reordered=1)
    assert not [e for e in edits_of(routine, evidence) if "sorted(" in e.description]
    renamed = routine.replace("insertion_sort", "arrange")
    assert [e for e in edits_of(renamed, evidence) if "sorted(" in e.description]


MODULAR = program("""
    def weighted_sum_mod(values, weights, modulus):
        total = 0
        for value, weight in zip(values, weights):
            total = (value * weight) % modulus
        return total
""")


def test_an_accumulator_under_a_modulus_goes_inside_it(repair: Repair) -> None:
    # ``total += (value * weight) % modulus`` passes the visible checks and not the hidden ones
    repaired(repair, MODULAR, "assignment operator", "(total + value * weight) % modulus",
             failing=["weighted_sum_mod([1, 2], [3, 4], 100)"],
             passing=["weighted_sum_mod([], [], 7)", "weighted_sum_mod([5], [5], 7)"],
             hidden=["weighted_sum_mod([50, 60], [1, 1], 100)"])  # fmt: skip


METHODS = program("""
    SAFE = frozenset({"GET", "HEAD"})

    def cacheable(method, path):
        return method in SAFE and not path.startswith("/admin")
""")


def test_a_word_compared_in_another_case_is_folded_to_the_words_case(repair: Repair) -> None:
    repaired(repair, METHODS, "missing function call", "`method` -> `method.upper()`",
             Evidence(inputs=["get"]),
             failing=["cacheable('get', '/a')"],
             passing=["cacheable('GET', '/b')", "cacheable('POST', '/c')"],
             hidden=["cacheable('head', '/d')", "cacheable('post', '/e')"])  # fmt: skip
    plain = edits_of(METHODS, Evidence(inputs=["GET", "post"]))
    assert not [e for e in plain if ".upper()" in e.description]  # no word in another case


WORKDAYS = program("""
    WEEKEND = {5, 6}

    def is_working(day, holidays=()):
        return day % 7 not in WEEKEND and day not in holidays

    def working_days(first, last, holidays=()):
        count = 0
        for day in range(first, last + 1):
            if day % 7 not in WEEKEND:
                count += 1
        return count
""")


def test_a_clause_a_sibling_function_keeps_is_added(repair: Repair) -> None:
    repaired(repair, WORKDAYS, "missing condition", "`day % 7 not in WEEKEND and day not in",
             failing=["working_days(0, 6, [2])"],
             passing=["working_days(0, 6)", "is_working(2, [2])"],
             hidden=["working_days(7, 20, [8, 13, 15])", "working_days(3, 3, [3])"])  # fmt: skip


ROUTE = program("""
    def _path(parents, goal):
        route = [goal]
        while route[-1] in parents:
            route.append(parents[route[-1]])
        return route[::-1]

    def bfs_route(graph, start, goal):
        parents: dict[str, str] = {}
        seen = {start}
        queue = [start]
        while queue:
            node = queue.pop(0)
            if node == goal:
                return _path(parents, goal)
            for nxt in graph.get(node, []):
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
        return None
""")


def test_a_map_only_a_helper_reads_gets_the_missing_write(repair: Repair) -> None:
    edit = only(edits_of(ROUTE), "missing update", "`parents[nxt] = node` after `seen.add")
    run = repair(Scenario(
        {"prog.py": ROUTE}, {"prog.py": applied(ROUTE, edit)},
        failing=["bfs_route({'a': ['b'], 'b': ['c']}, 'a', 'c')"],
        passing=["bfs_route({}, 'a', 'a')", "bfs_route({'a': []}, 'a', 'z')"],
        hidden=["bfs_route({'s': ['l', 'r'], 'l': ['t'], 'r': ['t']}, 's', 't')"],
    ))  # fmt: skip
    fixed_by(run, "parents[nxt] = node")  # after ``seen.add`` or after ``queue.append``


COMMAND = program("""
    def parse_command(text):
        name, target, *rest = text.strip().split()
        note = rest[0] if rest else ""
        return name, target, note
""")


def test_a_split_keeps_the_rest_whole_after_the_named_parts(repair: Repair) -> None:
    repaired(repair, COMMAND, "missing keyword argument", "split(maxsplit=2)",
             failing=["parse_command('approve 12 looks good to me')"],
             passing=["parse_command('deny 3')"],
             hidden=["parse_command('hold 9 wait  for  it')"])  # fmt: skip


DELAYS = program("""
    def parse_delay(header: str) -> float | None:
        text = header.strip()
        if text.replace(".", "", 1).isdigit():
            return float(text)
        return 0.0

    def wait_for(header, fallback):
        delay = parse_delay(header)
        return fallback if delay is None else delay
""")


def test_a_float_zero_where_the_function_promises_none(repair: Repair) -> None:
    repaired(repair, DELAYS, "return constant", "`0.0` -> `None`",
             failing=["wait_for('soon', 5.0)", "wait_for('later', 1.0)"],
             passing=["wait_for('2', 5.0)"],
             hidden=["wait_for('', 1.5)", "parse_delay('x')"])  # fmt: skip


POSTFIX = program("""
    def drain(tokens):
        output, pending = [], []
        for token in tokens:
            if token == ")":
                while pending and pending[-1] != "(":
                    output.append(pending.pop())
                pending.pop()
            elif token in "(+":
                pending.append(token)
            else:
                output.append(token)
        while pending:
            output.append(pending.pop(0))
        return output
""")


def test_a_list_used_as_a_stack_elsewhere_pops_its_end_here_too(repair: Repair) -> None:
    # ``pending`` names a queue; the code's own pops and peeks say it is a stack
    repaired(repair, POSTFIX, "pop end", "`pending.pop(0)` -> `pending.pop()`",
             failing=["drain(['a', '+', '(', 'b'])"],
             passing=["drain(['a'])", "drain(['(', 'a', ')'])"],
             hidden=["drain(['x', '(', '+', 'y'])"])  # fmt: skip


MEETING = program("""
    class Node:
        def __init__(self, value, next=None):
            self.value, self.next = value, next

    def chain(n, loop_to=None):
        nodes = [Node(i) for i in range(n)]
        for a, b in zip(nodes, nodes[1:]):
            a.next = b
        if nodes and loop_to is not None:
            nodes[-1].next = nodes[loop_to]
        return nodes[0] if nodes else None

    def has_cycle(head):
        slow = fast = head
        while fast is not None:
            slow = slow.next
            fast = fast.next.next
            if slow is fast:
                return True
        return False
""")


def test_a_walk_two_steps_at_a_time_tests_the_step_between(repair: Repair) -> None:
    repaired(repair, MEETING, "missing condition", "and fast.next is not None",
             raised=True,
             failing=["has_cycle(chain(3))"],
             passing=["has_cycle(chain(0))", "has_cycle(chain(4, 1))"],
             hidden=["has_cycle(chain(5))", "has_cycle(chain(1))", "has_cycle(chain(6, 0))"])  # fmt: skip


RUNS = program("""
    def runs(values):
        if not values:
            return []
        found = []
        current = [values[0]]
        for value in values[1:]:
            if value == current[-1] + 1:
                current = current + [value]
            else:
                current = [value]
        found.append(current)
        return found
""")


def test_a_group_emitted_after_the_loop_is_emitted_when_the_next_starts(repair: Repair) -> None:
    repaired(repair, RUNS, "missing statement", "insert `found.append(current)` before",
             failing=["runs([1, 2, 5])"],
             passing=["runs([])", "runs([3, 4])"],
             hidden=["runs([1, 3, 4, 9, 10, 11])", "runs([7])"])  # fmt: skip


DRAWER = program("""
    class Drawer:
        def __init__(self):
            self.stock = {1: 0, 5: 0}

        def deposit(self, coin, count=1):
            self.stock[coin] += count

        def pay(self, coin, count):
            if self.stock[coin] < count:
                raise ValueError("short")
            self.stock[coin] = count

        def refund(self, coin):
            self.stock[coin] -= 1

    def after(deposits, payments):
        drawer = Drawer()
        for coin, count in deposits:
            drawer.deposit(coin, count)
        for coin, count in payments:
            drawer.pay(coin, count)
        return drawer.stock
""")


def test_state_the_class_only_adjusts_is_adjusted_here_too(repair: Repair) -> None:
    repaired(repair, DRAWER, "assignment operator", "`self.stock[coin] = count` -> `self.stock[coin] -= count`",
             failing=["after([(5, 3)], [(5, 1)])"],
             passing=["after([(1, 1)], [])"],
             hidden=["after([(5, 3), (1, 2)], [(5, 1), (5, 2), (1, 1)])"])  # fmt: skip


MESSAGES = program("""
    import json

    def tool_call_message(call):
        return {
            "id": call["id"],
            "function": {"name": call["name"], "arguments": call["args"]},
        }
""")


def test_a_mapping_where_its_json_text_was_expected_is_serialized_under_its_key() -> None:
    evidence = Evidence(keyed_calls=Counter({("arguments", "json.dumps"): 1}))
    [edit] = [e for e in edits_of(MESSAGES, evidence) if "json.dumps(" in e.description]
    assert 'json.dumps(call["args"])' in edit.description
    assert edit.imports == ("json",)
    assert not [e for e in edits_of(MESSAGES) if "json.dumps(" in e.description]


def test_the_evidence_names_the_key_whose_value_needs_the_call() -> None:
    actual = [{"id": "c1", "function": {"name": "f", "arguments": {"path": "a"}}}]
    expected = [{"id": "c1", "function": {"name": "f", "arguments": '{"path": "a"}'}}]
    assert list(keyed_calls(actual, expected)) == [("arguments", "json.dumps")]
    assert list(keyed_calls({"n": 3}, {"n": "3"})) == [("n", "str")]


RECORDING = program("""
    import json

    def parse_recording(text):
        calls = []
        for number, line in enumerate(text.split("\\n"), start=1):
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:
                raise ValueError(f"line {number}: not JSON") from None
            calls.append(entry["tool"])
        return calls
""")


def test_a_loop_that_parses_lines_skips_the_blank_ones(repair: Repair) -> None:
    repaired(repair, RECORDING, "missing guard", "skip blank `line`",
             failing=["parse_recording('{\"tool\": \"a\"}\\n')"],
             passing=["parse_recording('{\"tool\": \"b\"}')"],
             hidden=["parse_recording('{\"tool\": \"a\"}\\n\\n{\"tool\": \"c\"}\\n')"])  # fmt: skip


def test_a_store_right_after_deleting_the_same_item_is_never_offered() -> None:
    source = program("""
        def drop(table, key, keep):
            if keep:
                del table[key]
            else:
                table[key] = keep
            return table
    """)
    assert not [
        e for e in edits_of(source) if "insert `table[key] = keep` after `del" in e.description
    ]
