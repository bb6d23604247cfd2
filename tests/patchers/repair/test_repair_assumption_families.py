"""Families that restore what the code assumes and never ensures: a list searched by bisection that
was never sorted, a previous value that never moves (a chain's link to the item before
included), a latch never released, a running value kept under a modulus, a word compared in
another case, a clause a sibling function keeps, a map only a helper reads and nothing fills, a
split that keeps its rest whole, ``0.0`` where None was promised, and a plain assignment to a
value the function takes amounts off. Each runs on a small program of its own, none of them a
benchmark program."""

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


def test_a_previous_value_a_delta_starts_from_moves_with_the_loop(repair: Repair) -> None:
    buggy = program("""
        def deltas(values, start=0):
            out = []
            last = start
            for value in values:
                out.append(value - last)
            return out
    """)
    repaired(repair, buggy, "missing statement", "`last = value` at the end of the loop",
             failing=["deltas([3, 5])"],
             passing=["deltas([])", "deltas([4], start=1)"],
             hidden=["deltas([1, 1, 4, 2], start=1)", "deltas([-2, 7, 7])"])  # fmt: skip


RECEIPTS = program("""
    import hashlib

    START = "-"


    def seal(texts):
        chain, prev = [], START
        for text in texts:
            digest = hashlib.sha1((prev + text).encode()).hexdigest()[:8]
            chain.append({"text": text, "link": prev, "digest": digest})
            prev = digest
        return chain


    def broken_at(chain):
        prev = START
        for index, receipt in enumerate(chain):
            if receipt["link"] != prev:
                return index
            expected = hashlib.sha1((prev + receipt["text"]).encode()).hexdigest()[:8]
            if expected != receipt["digest"]:
                return index
        return None
""")


def test_a_chain_checked_link_by_link_moves_its_previous_item_on(repair: Repair) -> None:
    repaired(repair, RECEIPTS, "missing statement",
             '`prev = receipt["digest"]` at the end of the loop',
             failing=["broken_at(seal(['a', 'b', 'c']))"],
             passing=["broken_at([])", "broken_at(seal(['a']))"],
             hidden=["broken_at(seal(['x', 'y']) + [{'text': 'z', 'link': 'bad', 'digest': ''}])",
                     "broken_at(seal(['p', 'q', 'r', 's']))"])  # fmt: skip


def test_a_latch_is_released_when_the_span_it_opened_is_handed_on(repair: Repair) -> None:
    buggy = program("""
        def bracketed(text):
            spans = []
            depth = 0
            start = None
            for i, ch in enumerate(text):
                if start is None:
                    if ch != "(":
                        continue
                    start = i
                if ch == "(":
                    depth += 1
                elif ch == ")":
                    depth -= 1
                    if depth == 0:
                        spans.append(text[start:i + 1])
            return spans
    """)
    repaired(repair, buggy, "missing statement", "insert `start = None` after `spans.append",
             failing=["bracketed('(a) (b)')"],
             passing=["bracketed('')", "bracketed('x(y(z))')"],
             hidden=["bracketed('(1)x(2)(3)')", "bracketed('((a)(b)) c (d')"])  # fmt: skip


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


SESSIONS = program("""
    class Sessions:
        def __init__(self, idle_ttl, clock):
            self.idle_ttl = idle_ttl
            self.clock = clock
            self.entries = {}

        def get(self, key):
            entry = self.entries.get(key)
            if entry is None:
                return None
            now = self.clock()
            if now >= entry.expires_at:
                del self.entries[key]
                return None
            return entry.value

    class Entry:
        def __init__(self, value, expires_at):
            self.value, self.expires_at = value, expires_at

    def reads(times, ttl):
        ticks = iter(times)
        sessions = Sessions(ttl, lambda: next(ticks))
        sessions.entries["k"] = Entry("v", next(ticks) + ttl)
        return [sessions.get("k") for _ in times[1:]]
""")


def test_a_deadline_read_and_never_pushed_back_slides_on_each_read(repair: Repair) -> None:
    repaired(repair, SESSIONS, "missing statement", "`entry.expires_at = now + self.idle_ttl`",
             failing=["reads([0, 8, 16], 10)"],
             passing=["reads([0, 5], 10)", "reads([0, 11], 10)"],
             hidden=["reads([0, 9, 18, 27, 40], 10)", "reads([0, 3, 20], 10)"])  # fmt: skip


ESCAPE = program("""
    def field(text, delimiter=","):
        if delimiter in text or "\\n" in text:
            return '"' + text.replace('"', '""') + '"'
        return text
""")


def test_a_character_the_branch_escapes_is_one_its_test_looks_for(repair: Repair) -> None:
    repaired(repair, ESCAPE, "missing condition", """or '"' in text""",
             failing=["""field('say "hi"')"""],
             passing=["field('a,b')", "field('plain')"],
             hidden=["""field('x"y')""", "field('multi\\nline')"])  # fmt: skip


LEDGER = program("""
    class Ledger:
        def __init__(self, budgets):
            self.budgets = budgets
            self.used = {}

        def remaining(self, budget_name):
            return self.budgets[budget_name] - self.used.get(budget_name, 0)

        def may_retry(self, policy):
            return self.remaining(policy["budget"]) > 0

        def record(self, policy):
            key = policy["tool"]
            self.used[key] = self.used.get(key, 0) + 1

    def retries(budgets, policies):
        ledger = Ledger(budgets)
        allowed = []
        for policy in policies:
            allowed.append(ledger.may_retry(policy))
            if allowed[-1]:
                ledger.record(policy)
        return allowed
""")


def test_a_key_is_what_the_containers_readers_are_handed(repair: Repair) -> None:
    shared = "[{'tool': 'a', 'budget': 'web'}, {'tool': 'b', 'budget': 'web'}]"
    repaired(repair, LEDGER, "wrong key", """`policy["tool"]` -> `policy["budget"]`""",
             failing=[f"retries({{'web': 1}}, {shared})"],
             passing=["retries({'web': 2}, [{'tool': 'a', 'budget': 'web'}])"],
             hidden=[f"retries({{'web': 2}}, {shared} * 2)"])  # fmt: skip


ESTIMATES = program("""
    import math

    def estimate(samples: list[float]) -> float:
        if len(samples) < 3:
            return 0.0
        return sorted(samples)[len(samples) // 2]

    def fastest(models):
        return min(models, key=lambda name: estimate(models[name]))
""")


def test_an_estimate_of_nothing_is_infinite_not_zero(repair: Repair) -> None:
    repaired(repair, ESTIMATES, "return constant", "`0.0` -> `math.inf`",
             failing=["fastest({'a': [], 'b': [2.0, 3.0, 4.0]})"],
             passing=["fastest({'a': [5.0, 5.0, 5.0], 'b': [1.0, 1.0, 1.0]})"],
             hidden=["fastest({'c': [1.0], 'd': [9.0, 9.0, 9.0]})"])  # fmt: skip


ALIGN = program("""
    def window_start(timestamp, width, origin=0):
        return (timestamp - origin) // width * width
""")


def test_a_value_shifted_to_be_rounded_is_shifted_back(repair: Repair) -> None:
    repaired(repair, ALIGN, "missing arithmetic", "`origin + (timestamp - origin) // width * width`",
             failing=["window_start(17, 10, 5)"],
             passing=["window_start(17, 10)", "window_start(3, 5)"],
             hidden=["window_start(4, 10, 5)", "window_start(100, 7, 3)"])  # fmt: skip


GRID = program("""
    def neighbours(grid, row, col):
        rows, cols = len(grid), len(grid[0])
        found = []
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            r, c = row + dr, col + dc
            if 0 <= r < rows and c < cols:
                found.append(grid[r][c])
        return found
""")


def test_a_bound_one_side_of_a_pair_has_is_given_to_the_other(repair: Repair) -> None:
    repaired(repair, GRID, "missing condition", "`c < cols` -> `0 <= c < cols`",
             failing=["neighbours([[1, 2], [3, 4]], 0, 0)"],
             passing=["neighbours([[1, 2], [3, 4]], 1, 1)"],
             hidden=["neighbours([[1, 2, 3]], 0, 0)", "neighbours([[5], [6]], 1, 0)"])  # fmt: skip


DAYS = program("""
    def days_needed(weights, capacity):
        days = 1
        load = 0
        for weight in weights:
            if load + weight > capacity:
                days += 1
            load += weight
        return days
""")


def test_a_counted_restart_resets_what_its_test_measures(repair: Repair) -> None:
    repaired(repair, DAYS, "missing reset", "insert `load = 0` after `days += 1`",
             failing=["days_needed([2, 2, 2, 2, 2], 5)"],
             passing=["days_needed([1, 2], 5)", "days_needed([], 5)"],
             hidden=["days_needed([4, 1, 4, 1, 5], 5)", "days_needed([2, 2, 2, 2], 4)"])  # fmt: skip


CASCADE = program("""
    def cascade(tiers, ask):
        best_answer, best_model, best_score = None, None, -1.0
        for tier in tiers:
            answer, score = ask(tier["model"])
            if score > best_score:
                best_answer, best_model, best_score = answer, tier["model"], score
        return best_answer, tier["model"]

    def scripted(scores):
        return cascade([{"model": m} for m in scores], lambda m: (m.upper(), scores[m]))
""")


def test_the_tracked_value_is_returned_not_the_last_iterate(repair: Repair) -> None:
    repaired(repair, CASCADE, "wrong variable", """`tier["model"]` -> `best_model`""",
             failing=["scripted({'a': 0.9, 'b': 0.2})"],
             passing=["scripted({'a': 0.1, 'b': 0.7})"],
             hidden=["scripted({'x': 0.3, 'y': 0.8, 'z': 0.5})"])  # fmt: skip


REPLIES = program("""
    def first_reply(replies):
        for reply in replies:
            if not reply:
                continue
            return reply
        return None
""")


def test_blank_text_is_empty_text_when_the_inputs_hold_whitespace_alone(repair: Repair) -> None:
    repaired(repair, REPLIES, "missing function call", "`reply` -> `reply.strip()`",
             Evidence(inputs=["   "]),
             failing=["first_reply(['   ', 'ok'])"],
             passing=["first_reply(['', 'yes'])", "first_reply([])"],
             hidden=["first_reply(['\\t', '', 'go'])", "first_reply([' '])"])  # fmt: skip
    assert not [e for e in edits_of(REPLIES) if ".strip()" in e.description]


JOBS = program("""
    def totals(events):
        done = {}
        for event in events:
            kind = event["type"]
            if kind == "job.completed":
                done[event["id"]] = event["count"]
        return done
""")


def test_a_kind_the_inputs_carry_and_no_branch_names_joins_its_sibling(repair: Repair) -> None:
    repaired(repair, JOBS, "missing condition", """or kind == "job.partial\"""",
             Evidence(inputs=["job.partial"]),
             failing=["totals([{'type': 'job.partial', 'id': 'a', 'count': 2}])"],
             passing=["totals([{'type': 'job.completed', 'id': 'b', 'count': 1}])",
                      "totals([{'type': 'job.started', 'id': 'c', 'count': 0}])"],
             hidden=["totals([{'type': 'job.partial', 'id': 'x', 'count': 5},"
                     " {'type': 'job.started', 'id': 'y', 'count': 1}])"])  # fmt: skip


TAGS = program("""
    def parse_tags(text):
        tags = {}
        for item in text.split(";"):
            key, _, value = item.partition(":")
            if not key:
                raise ValueError(f"tag without a key: {item!r}")
            tags[key.strip()] = value.strip()
        return tags


    def outcome(text):
        try:
            return parse_tags(text)
        except ValueError:
            return "refused"
""")


def test_a_loop_over_split_pieces_that_refuses_bad_ones_skips_an_empty_one(
    repair: Repair,
) -> None:
    repaired(repair, TAGS, "missing guard", "skip an empty `item`",
             failing=["parse_tags('a:1;b:2;')"],
             passing=["parse_tags('a:1')", "outcome(':x')"],
             hidden=["parse_tags('a:1;;b:2')", "outcome('a:1;:2')", "parse_tags('')"])  # fmt: skip


def test_the_none_a_helper_gives_for_no_value_is_dropped_from_the_set(repair: Repair) -> None:
    buggy = program("""
        def unit_of(reading):
            text = reading.strip()
            if not text:
                return None
            return text.rstrip("0123456789. ") or "count"


        def common_unit(readings):
            units = {unit_of(r) for r in readings}
            if len(units) == 1:
                return units.pop()
            return "mixed" if units else "none"
    """)
    repaired(repair, buggy, "missing statement", "insert `units.discard(None)`",
             failing=["common_unit(['3 kg', ''])"],
             passing=["common_unit(['3 kg', '4 kg'])", "common_unit(['1 m', '2 s'])"],
             hidden=["common_unit(['', ' '])", "common_unit(['', '5', '7 s'])"])  # fmt: skip


def test_a_plain_assignment_to_what_the_function_takes_amounts_off_takes_it_off(
    repair: Repair,
) -> None:
    buggy = program("""
        def spend(prices, wallet):
            bought, left = [], wallet
            for price in prices:
                if left - price >= 0:
                    bought.append(price)
                    left = price
            return bought
    """)
    repaired(repair, buggy, "assignment operator", "`left = price` -> `left -= price`",
             failing=["spend([2, 3, 4], 6)"],
             passing=["spend([5], 4)", "spend([1], 1)", "spend([], 3)"],
             hidden=["spend([1, 1, 1, 1], 3)", "spend([4, 1, 2], 5)"])  # fmt: skip
