"""Families that know the standard library and the shape of common code: a keyword a well-known
call needs, a value the evidence shows one library call short (a JSON text for a mapping, a
square for its root), an attribute of a library value confused with its neighbour, a window
given by a start and a length, which match wins, state that starts afresh for each item. Each
runs on a small program of its own, none of them a benchmark program."""

from __future__ import annotations

from collections import Counter

from repair_edits import applied, edits_of, only, repaired
from repair_fake import Repair, Scenario, fixed_by, program

from selfpatch.patchers.repair._evidence import Evidence, wanted_calls, wanted_scales

PAYLOAD = program("""
    import json

    def to_request(call):
        return {"name": call["name"], "input": call["arguments"]}

    def tool_name(call):
        return to_request(call)["name"]
""")


def test_a_json_text_where_a_mapping_was_expected_is_decoded(repair: Repair) -> None:
    evidence = Evidence(keyed_calls=Counter({("input", "json.loads"): 1}))
    repaired(repair, PAYLOAD, "missing function call", "`json.loads(call[\"arguments\"])`",
             evidence,
             failing=["to_request({'name': 'f', 'arguments': '{\"a\": 1}'})"],
             passing=["tool_name({'name': 'g', 'arguments': '{}'})"],
             hidden=["to_request({'name': 'h', 'arguments': '[1, 2]'})"])  # fmt: skip


def test_a_square_where_its_root_was_expected_asks_for_a_square_root() -> None:
    assert list(wanted_calls(25.0, 5.0)) == ["math.sqrt"]
    assert list(wanted_calls(2.0, 1.4142135623730951)) == ["math.sqrt"]
    assert not list(wanted_calls(1.0, 1.0)) and not list(wanted_calls(4, 2))
    assert not list(wanted_calls(0.25, 0.5))  # below 1 a square is smaller: seldom a norm


DISTANCE = program("""
    def distance(a, b):
        return sum((x - y) ** 2 for x, y in zip(a, b))

    def nearest(point, others):
        return min(others, key=lambda o: distance(point, o))
""")


def test_the_root_is_imported_where_the_file_lacks_it(repair: Repair) -> None:
    evidence = Evidence(calls=Counter({"math.sqrt": 1}))
    repaired(repair, DISTANCE, "missing function call", "`math.sqrt(sum(", evidence,
             failing=["distance((0, 0), (3, 4))"],
             passing=["nearest((0, 0), [(5, 5), (1, 1)])", "distance((1, 1), (1, 1))"],
             hidden=["distance((1, 2, 3), (4, 6, 15))", "distance((0,), (9,))"])  # fmt: skip
    edit = only(edits_of(DISTANCE, evidence), "missing function call", "`math.sqrt(sum(")
    assert applied(DISTANCE, edit).startswith("import math\n")


DECODED = program("""
    def preview(data: bytes, limit: int = 20) -> str:
        text = data.decode("utf-8")
        return text[:limit]
""")


def test_bytes_that_are_not_utf8_are_decoded_with_replacement(repair: Repair) -> None:
    repaired(repair, DECODED, "missing keyword argument", 'errors="replace"',
             failing=["preview(b'ok \\xff')"],
             passing=["preview(b'hello')", "preview(b'abcdef', 3)"],
             hidden=["preview(b'\\xfe\\xfeab')", "preview(b'caf\\xc3\\xa9')"])  # fmt: skip


def test_replacement_that_leaves_a_mark_goes_before_silently_dropping(repair: Repair) -> None:
    # the failing case reads only text both choices keep: "ignore" passes it as well
    repaired(repair, DECODED, "missing keyword argument", 'errors="replace"',
             failing=["preview(b'abc\\xff', 3)"],
             passing=["preview(b'hello')"],
             hidden=["preview(b'\\xffab')", "preview(b'a\\xfe\\xfeb')"])  # fmt: skip


TOP = program("""
    import heapq

    def top_terms(counts: dict[str, int], k: int) -> list[str]:
        return heapq.nlargest(k, counts)

    def first_term(counts):
        return min(counts)
""")


def test_the_largest_entries_of_a_mapping_are_ordered_by_value(repair: Repair) -> None:
    repaired(repair, TOP, "missing keyword argument", "nlargest(k, counts, key=counts.get)",
             failing=["top_terms({'a': 9, 'b': 1, 'c': 3}, 2)"],
             passing=["top_terms({}, 3)", "first_term({'b': 1, 'a': 2})"],
             hidden=["top_terms({'x': 9, 'y': 10, 'z': 1}, 1)", "top_terms({'q': 2}, 5)"])  # fmt: skip


def test_a_sequence_that_is_not_a_mapping_gets_no_value_key() -> None:
    listed = TOP.replace("counts: dict[str, int]", "counts: list[str]")
    assert not [e for e in edits_of(listed) if "key=counts.get" in e.description]


PAGER = program("""
    def page(lines: list[str], offset: int, limit: int) -> list[str]:
        return lines[offset:limit]

    def first_page(lines):
        return page(lines, 0, 3)
""")


def test_a_window_of_a_length_ends_that_far_after_its_start(repair: Repair) -> None:
    repaired(repair, PAGER, "incorrect array slice", "`offset + limit`",
             failing=["page(list('abcdefgh'), 2, 3)"],
             passing=["first_page(list('abcdef'))", "page(list('ab'), 0, 5)"],
             hidden=["page(list('abcdefghij'), 5, 2)", "page(list('abc'), 1, 10)"])  # fmt: skip


OVERRIDES = program("""
    RULES = []  # appended as policies change; a later rule wins over an earlier one

    def decide(tool, rules):
        for name, verdict in rules:
            if name == tool:
                return verdict
        return "ask"
""")


def test_a_loop_walks_backwards_where_later_entries_win(repair: Repair) -> None:
    repaired(repair, OVERRIDES, "missing function call", "reversed(rules)",
             failing=["decide('rm', [('rm', 'allow'), ('rm', 'deny')])"],
             passing=["decide('ls', [('ls', 'allow')])", "decide('cp', [])"],
             hidden=["decide('x', [('x', 'deny'), ('y', 'allow'), ('x', 'allow')])"])  # fmt: skip


def test_without_words_for_it_walking_backwards_is_a_weak_guess() -> None:
    plain = OVERRIDES.replace("; a later rule wins over an earlier one", "")
    backwards = only(edits_of(plain), "missing function call", "reversed(rules)")
    worded = only(edits_of(OVERRIDES), "missing function call", "reversed(rules)")
    assert backwards.prior < worded.prior and worded.structural and not backwards.structural


HOSTS = program("""
    from urllib.parse import urlsplit

    BLOCKED = {"internal.example"}

    def allowed(url: str) -> bool:
        parts = urlsplit(url)
        return parts.scheme == "https" and parts.netloc not in BLOCKED
""")


def test_a_host_is_read_without_its_port(repair: Repair) -> None:
    repaired(repair, HOSTS, "wrong attribute", "`parts.hostname`",
             failing=["allowed('https://internal.example:8443/x')"],
             passing=["allowed('https://ok.example/')", "allowed('http://ok.example/')",
                      "allowed('https://internal.example/')"],
             hidden=["allowed('https://user@internal.example/')",
                     "allowed('https://ok.example:443/a')"])  # fmt: skip


MATCHING = program("""
    def reachable(graph, starts):
        counts = {}
        seen = set()
        for start in starts:
            stack = [start]
            while stack:
                node = stack.pop()
                if node in seen:
                    continue
                seen.add(node)
                stack.extend(graph.get(node, ()))
            counts[start] = len(seen)
        return counts
""")


def test_state_set_up_once_starts_afresh_for_each_item(repair: Repair) -> None:
    repaired(repair, MATCHING, "statement order", "into the loop",
             failing=["reachable({'a': ['b'], 'b': []}, ['a', 'b'])"],
             passing=["reachable({}, ['x'])", "reachable({'a': ['b']}, ['a'])"],
             hidden=["reachable({'a': ['b'], 'b': ['c'], 'c': []}, ['c', 'a', 'b'])"])  # fmt: skip


def test_a_collection_started_each_round_and_read_after_the_loop_moves_before_it() -> None:
    gathered = program("""
        def evens(rows):
            for row in rows:
                found = []
                found.extend(x for x in row if x % 2 == 0)
            return found
    """)
    edit = only(edits_of(gathered), "statement order", "before the loop")
    assert "found = []\n    for row in rows:" in applied(gathered, edit)


RATIO = program("""
    def weight(tf: float, length: int, average: float, b: float = 0.75) -> float:
        norm = 1 - b + b * average / length
        return tf / (tf + norm)
""")


def test_a_ratio_inverted_inside_a_product_swaps_its_factors(repair: Repair) -> None:
    repaired(repair, RATIO, "swap operands", "`b * length / average`",
             failing=["round(weight(1.0, 20, 10.0), 6)"],
             passing=["round(weight(2.0, 10, 10.0), 6)", "round(weight(1.0, 5, 5.0, 0.0), 6)"],
             hidden=["round(weight(3.0, 4, 8.0), 6)", "round(weight(1.0, 30, 15.0, 0.5), 6)"])  # fmt: skip


FEES = program("""
    from dataclasses import dataclass

    @dataclass
    class Agent:
        fee: int
        rate: int

    def price(agent: Agent, hours: int) -> int:
        return agent.rate + agent.fee * hours
""")


def test_two_fields_of_one_object_swap_within_a_statement(repair: Repair) -> None:
    repaired(repair, FEES, "swap variables", "`agent.rate` <-> `agent.fee`",
             failing=["price(Agent(fee=10, rate=3), 2)"],
             passing=["price(Agent(fee=4, rate=4), 1)", "price(Agent(fee=5, rate=5), 3)"],
             hidden=["price(Agent(fee=100, rate=7), 0)", "price(Agent(fee=1, rate=9), 4)"])  # fmt: skip


FINISH = program("""
    def finish_times(order, durations, after):
        start = {}
        for task in order:
            start[task] = max((start[p] + durations[p] for p in after.get(task, ())), default=0)
        return max((start[t] for t in order), default=0)
""")


def test_a_table_read_alone_where_the_function_pairs_it_with_another(repair: Repair) -> None:
    repaired(repair, FINISH, "missing term", "`start[t] + durations[t]`",
             failing=["finish_times(['a', 'b'], {'a': 2, 'b': 3}, {'b': ['a']})"],
             passing=["finish_times([], {}, {})", "finish_times(['z'], {'z': 0}, {})"],
             hidden=["finish_times(['a', 'b', 'c'], {'a': 1, 'b': 5, 'c': 2}, {'c': ['a']})"])  # fmt: skip


INSTALMENTS = program('''
    def instalments(total: int, months: int) -> list[int]:
        """Equal monthly parts; the last one takes what rounding left over."""
        part = total // months
        left = total
        plan = []
        for month in range(1, months + 1):
            pay = part
            if pay > left:
                pay = left
            left -= pay
            plan.append(pay)
        return plan
''')


def test_the_last_round_of_a_counted_loop_settles_what_is_left(repair: Repair) -> None:
    repaired(repair, INSTALMENTS, "missing condition", "`month == months or pay > left`",
             failing=["instalments(10, 3)"],
             passing=["instalments(9, 3)", "instalments(4, 4)"],
             hidden=["instalments(11, 2)", "instalments(100, 7)", "instalments(5, 1)"])  # fmt: skip


TREE = program("""
    class PrefixSums:
        def __init__(self, values):
            self.sums = [0]
            for value in values:
                self.sums.append(self.sums[-1] + value)

        def prefix(self, count):
            return self.sums[count]

        def between(self, first, last):
            return self.prefix(last) - self.prefix(first)
""")


def test_an_index_handed_on_where_a_count_is_taken_is_off_by_one(repair: Repair) -> None:
    repaired(repair, TREE, "off-by-one", "`last` -> `last + 1`",
             failing=["PrefixSums([1, 2, 3]).between(0, 2)"],
             passing=["PrefixSums([5]).prefix(1)", "PrefixSums([]).prefix(0)"],
             hidden=["PrefixSums([4, 5, 6, 7]).between(1, 2)", "PrefixSums([9]).between(0, 0)"])  # fmt: skip


KEYS = program('''
    """Sorting labels, case ignored."""

    def label_key(text: str) -> list[str]:
        return text.split()
''')


def test_text_is_folded_where_the_docstring_says_case_is_ignored(repair: Repair) -> None:
    repaired(repair, KEYS, "missing function call", "`text` -> `text.lower()`",
             failing=["sorted(['b', 'a', 'B'], key=label_key)"],
             passing=["sorted(['b x', 'a y'], key=label_key)", "label_key(' x ')"],
             hidden=["sorted(['Zed', 'alpha', 'Beta b'], key=label_key)"])  # fmt: skip
    folded = KEYS.replace("return text.split()", "return text.lower().split()")
    assert not [e for e in edits_of(folded) if "`text` -> `text.lower()`" in e.description]


MERGED = program("""
    def covered(spans):
        total = 0
        current = None
        for start, end in sorted(spans):
            if current is not None and start <= current[1]:
                current[1] = end
            else:
                if current is not None:
                    total += current[1] - current[0]
                current = [start, end]
        if current is not None:
            total += current[1] - current[0]
        return total
""")


def test_a_bound_kept_in_a_list_is_extended_not_overwritten(repair: Repair) -> None:
    repaired(repair, MERGED, "running bound overwritten", "`max(current[1], end)`",
             failing=["covered([(0, 10), (2, 3)])"],
             passing=["covered([])", "covered([(0, 1), (5, 7)])", "covered([(0, 2), (1, 4)])"],
             hidden=["covered([(0, 10), (1, 2), (3, 4), (12, 13)])"])  # fmt: skip


BLOCKS = program("""
    def blocks(spans):
        merged = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = end
            else:
                merged.append([start, end])
        return [tuple(block) for block in merged]
""")


def test_a_bound_kept_in_the_last_item_of_a_list_is_extended_not_overwritten(
    repair: Repair,
) -> None:
    repaired(repair, BLOCKS, "running bound overwritten", "`max(merged[-1][1], end)`",
             failing=["blocks([(0, 10), (2, 3)])"],
             passing=["blocks([])", "blocks([(0, 1), (5, 7)])", "blocks([(0, 2), (1, 4)])"],
             hidden=["blocks([(0, 10), (1, 2), (3, 4), (12, 13)])"])  # fmt: skip


WEIGHTS = program("""
    import math

    def idf(n_docs, doc_freq):
        return math.log(n_docs / doc_freq)

    def rank(docs, query):
        scored = []
        for doc in docs:
            words = doc.split()
            hits = [q for q in query if q in words]
            freq = {q: sum(q in d.split() for d in docs) for q in hits}
            score = sum(idf(len(docs), freq[q]) for q in hits)
            scored.append((score, doc))
        return [doc for score, doc in sorted(scored, key=lambda p: -p[0]) if score > 0]
""")


def test_a_logarithm_of_a_ratio_is_smoothed_so_a_common_term_still_counts(
    repair: Repair,
) -> None:
    repaired(repair, WEIGHTS, "missing +1", "`1 + n_docs / doc_freq`",
             failing=["rank(['a b', 'a c'], ['a'])"],
             passing=["rank(['a b', 'c'], ['a'])", "rank(['b', 'b y', 'a x'], ['a', 'b'])"],
             hidden=["rank(['a b', 'a', 'b c'], ['a', 'b'])", "round(idf(4, 1), 6)"])  # fmt: skip
    assert not [
        e for e in edits_of(WEIGHTS.replace("math.log(", "math.log(1 + ")) if e.kind == "missing +1"
    ]


AGES = program("""
    def stale(entries, now, max_age_hours):
        out = []
        for entry in entries:
            age_hours = (now - entry["seen"]) * 3600
            if age_hours > max_age_hours:
                out.append(entry["id"])
        return out
""")


def test_a_value_named_in_hours_divides_seconds_by_the_seconds_in_an_hour(
    repair: Repair,
) -> None:
    flipped = [e for e in edits_of(AGES) if e.structural and e.kind == "arithmetic operator"]
    assert [e.description.split(": ", 2)[2] for e in flipped] == [
        '`(now - entry["seen"]) * 3600` -> `(now - entry["seen"]) / 3600`'
    ]
    run = repair(Scenario(
        {"prog.py": AGES}, {"prog.py": applied(AGES, flipped[0])},
        failing=["stale([{'id': 1, 'seen': 0}], 1800, 1)"],
        passing=["stale([], 5, 1)", "stale([{'id': 2, 'seen': 0}], 36000, 2)"],
        hidden=["stale([{'id': 3, 'seen': 100}, {'id': 4, 'seen': 0}], 3700, 1)"],
    ))  # fmt: skip
    fixed_by(run, "/ 3600")
    seconds = AGES.replace("age_hours", "age_seconds")
    assert not [e for e in edits_of(seconds) if e.structural and e.kind == "arithmetic operator"]


SCOPES = program("""
    def lookup(stack, name):
        if name == ".":
            return stack[-1]
        for scope in stack:
            if name in scope:
                return scope[name]
        return None
""")


def test_a_stack_is_searched_from_its_top(repair: Repair) -> None:
    repaired(repair, SCOPES, "missing function call", "`reversed(stack)`",
             failing=["lookup([{'a': 1}, {'a': 2}], 'a')"],
             passing=["lookup([{'a': 1}], 'a')", "lookup([{}], 'b')", "lookup([{'x': 3}], '.')"],
             hidden=["lookup([{'a': 1}, {'b': 2}, {'a': 3}], 'a')"])  # fmt: skip


RANGES = program("""
    def clamp_range(first: int, last: int, size: int) -> tuple[int, int]:
        return first, min(last, size)
""")


def test_an_index_clamped_to_a_size_stops_at_the_last_index(repair: Repair) -> None:
    repaired(repair, RANGES, "off-by-one", "`size` -> `size - 1`",
             failing=["clamp_range(0, 99, 10)"],
             passing=["clamp_range(2, 5, 10)", "clamp_range(0, 0, 1)"],
             hidden=["clamp_range(3, 10, 10)", "clamp_range(1, 50, 4)"])  # fmt: skip


BANDS = program("""
    def tiered_price(units, tiers):
        price = 0
        for lower, upper, rate in tiers:
            if units <= lower:
                break
            top = units if upper is None else upper
            price += (top - lower) * rate
        return price
""")


def test_only_the_part_of_a_band_below_the_amount_counts(repair: Repair) -> None:
    repaired(repair, BANDS, "missing function call", "`top` -> `min(units, top)`",
             failing=["tiered_price(15, [(0, 10, 2), (10, 20, 1)])"],
             passing=["tiered_price(10, [(0, 10, 2), (10, 20, 1)])", "tiered_price(0, [(0, 10, 2)])",
                      "tiered_price(30, [(0, 10, 2), (10, None, 1)])"],
             hidden=["tiered_price(5, [(0, 10, 3)])", "tiered_price(25, [(0, 10, 1), (10, 20, 2), (20, None, 5)])"])  # fmt: skip


def test_a_number_in_another_unit_asks_for_the_factor() -> None:
    assert list(wanted_scales(0.25, 250.0)) == ["* 1000"]
    assert list(wanted_scales({"pct": 42.0}, {"pct": 0.42})) == ["/ 100"]
    assert not list(wanted_scales(3, 4)) and not list(wanted_scales(0, 0))


TIMING = program("""
    def elapsed_ms(start: float, end: float) -> float:
        return round(end - start, 3)
""")


def test_the_value_is_converted_before_it_is_rounded(repair: Repair) -> None:
    evidence = Evidence(scales=Counter({"* 1000": 1}))
    repaired(repair, TIMING, "missing arithmetic", "`(end - start) * 1000`", evidence,
             failing=["elapsed_ms(1.0, 1.25)"],
             passing=["elapsed_ms(2.0, 2.0)"],
             hidden=["elapsed_ms(0.5, 0.5004567)", "elapsed_ms(10.0, 12.0)"])  # fmt: skip


PARTITION = program("""
    def partition(numbers, k, target):
        sums = [0] * k
        groups = [[] for _ in range(k)]

        def place(index):
            if index == len(numbers):
                return True
            for slot in range(k):
                if sums[slot] + numbers[index] <= target:
                    sums[slot] += numbers[index]
                    groups[slot].append(numbers[index])
                    if place(index + 1):
                        return True
                    sums[slot] -= numbers[index]
            return False

        return groups if place(0) else None
""")


def test_a_choice_is_undone_beside_its_sibling_when_the_recursion_fails(repair: Repair) -> None:
    repaired(repair, PARTITION, "missing statement", "insert `groups[slot].pop()`",
             failing=["partition([3, 1, 3, 5], 2, 6)"],
             passing=["partition([], 1, 0)", "partition([2, 2], 2, 2)", "partition([5], 2, 3)"],
             hidden=["partition([2, 3, 4, 5], 2, 7)", "partition([2, 5, 2, 3, 3], 3, 5)"])  # fmt: skip


JOINED = program("""
    class Calls:
        def __init__(self):
            self.inflight = {}

        def run(self, key, work):
            self.inflight[key] = True
            try:
                result = work()
            except ValueError:
                result = None
            else:
                del self.inflight[key]
            return result
""")


def test_cleanup_one_way_out_of_a_try_takes_is_taken_by_the_other(repair: Repair) -> None:
    cleanup = "prog.py:10: missing statement: insert `del self.inflight[key]` before"
    [edit] = [e for e in edits_of(JOINED) if cleanup in e.description and e.structural]
    run = repair(Scenario(
        {"prog.py": JOINED}, {"prog.py": applied(JOINED, edit)},
        failing=["(lambda c: (c.run('a', lambda: int('x')), c.inflight)[1])(Calls())"],
        passing=["(lambda c: (c.run('a', lambda: 1), c.inflight)[1])(Calls())"],
        hidden=["(lambda c: (c.run('b', lambda: int('?')), c.run('c', lambda: 2), c.inflight)[2])(Calls())"],
    ))  # fmt: skip
    assert "insert `del self.inflight[key]`" in run.best.description, run.best.description
    assert run.hidden_ok(run.best), run.best.description


PARSER = program("""
    class Ands:
        def __init__(self, words):
            self.words = words
            self.pos = 0

        def take(self):
            self.pos += 1
            return self.words[self.pos - 1] == "T"

        def all_true(self):
            value = self.take()
            for _ in self.words[1:]:
                value = value and self.take()
            return value, self.pos
""")


def test_a_call_a_short_circuit_skips_goes_first(repair: Repair) -> None:
    repaired(repair, PARSER, "swap operands", "`self.take() and value`",
             failing=["Ands('FT').all_true()"],
             passing=["Ands('T').all_true()", "Ands('TT').all_true()", "Ands('TTT').all_true()", "Ands('TF').all_true()"],
             hidden=["Ands('FFT').all_true()", "Ands('TFT').all_true()"])  # fmt: skip


CALL_KEYS = program("""
    import inspect

    def cache_key(func, *args, **kwargs):
        bound = inspect.signature(func).bind(*args, **kwargs)
        return tuple(sorted(bound.arguments.items()))

    def area(w, h=1):
        return w * h
""")


def test_bound_arguments_get_their_defaults(repair: Repair) -> None:
    repaired(repair, CALL_KEYS, "missing function call", "insert `bound.apply_defaults()`",
             failing=["cache_key(area, 2) == cache_key(area, 2, 1)"],
             passing=["cache_key(area, 2, 3)", "cache_key(area, 2, 3) == cache_key(area, 2, 4)"],
             hidden=["cache_key(area, w=2) == cache_key(area, 2, h=1)", "cache_key(area, 5)"])  # fmt: skip


RECENT = program("""
    from collections import OrderedDict

    class Recent:
        def __init__(self, size):
            self.size = size
            self.items = OrderedDict()

        def put(self, key, value):
            self.items[key] = value
            self.items.move_to_end(key)
            if len(self.items) > self.size:
                self.items.popitem()
            return list(self.items)
""")


def test_an_ordered_dict_evicts_its_oldest_entry(repair: Repair) -> None:
    repaired(repair, RECENT, "missing keyword argument", "`self.items.popitem(last=False)`",
             failing=["(lambda r: (r.put('a', 1), r.put('b', 2))[1])(Recent(1))"],
             passing=["Recent(2).put('a', 1)", "(lambda r: (r.put('a', 1), r.put('a', 2))[1])(Recent(1))"],
             hidden=["(lambda r: (r.put('a', 1), r.put('b', 2), r.put('a', 3), r.put('c', 4))[3])(Recent(2))"])  # fmt: skip


def test_a_query_with_list_values_repeats_the_key(repair: Repair) -> None:
    buggy = program("""
        from urllib.parse import urlencode


        def search_url(base, filters):
            params = {k: v for k, v in sorted(filters.items()) if v is not None}
            return base + "?" + urlencode(params)
    """)
    fixed = buggy.replace("urlencode(params)", "urlencode(params, doseq=True)")
    run = repair(Scenario(
        {"prog.py": buggy}, {"prog.py": fixed},
        failing=["search_url('/s', {'tag': ['a', 'b']})"],
        passing=["search_url('/s', {'q': 'x y', 'n': None})"],
        hidden=["search_url('/s', {'tag': ('c',), 'q': 'z', 'page': 2})"],
    ))  # fmt: skip
    fixed_by(run, "doseq=True")


def test_the_index_of_a_bit_is_one_less_than_the_bits_it_needs(repair: Repair) -> None:
    buggy = program("""
        def set_bits(n):
            out = []
            while n:
                low = n & -n
                out.append(low.bit_length())
                n ^= low
            return out
    """)
    fixed = buggy.replace("low.bit_length()", "low.bit_length() - 1")
    run = repair(Scenario(
        {"prog.py": buggy}, {"prog.py": fixed},
        failing=["set_bits(5)"],
        passing=["set_bits(0)"],
        hidden=["set_bits((1 << 70) | 8)", "set_bits(1)"],
    ))  # fmt: skip
    fixed_by(run, "low.bit_length() - 1")


def test_a_json_text_that_keys_a_mapping_sorts_the_keys(repair: Repair) -> None:
    buggy = program("""
        import json


        def request_fingerprint(method, params):
            if isinstance(params, str):
                params = json.loads(params or "{}")
            return method + " " + json.dumps(params, separators=(",", ":"))


        def same(method, a, b):
            return request_fingerprint(method, a) == request_fingerprint(method, b)
    """)
    fixed = buggy.replace(', separators=(",", ":"))', ', separators=(",", ":"), sort_keys=True)')
    run = repair(Scenario(
        {"prog.py": buggy}, {"prog.py": fixed},
        failing=["""same("get", '{"b": 1, "a": 2}', '{"a": 2, "b": 1}')"""],
        passing=['request_fingerprint("get", {"a": 1})', 'same("put", {}, "")'],
        hidden=["""request_fingerprint("get", '{"b": 1, "a": 1}')""",
                'same("get", {"x": [1], "y": 2}, {"y": 2, "x": [1]})'],
    ))  # fmt: skip
    fixed_by(run, "sort_keys=True)")


def test_a_resample_of_every_item_draws_with_replacement(repair: Repair) -> None:
    buggy = program("""
        import random


        def resampled_totals(values, rounds, seed=0):
            rng = random.Random(seed)
            size = len(values)
            return sorted(sum(rng.sample(values, k=size)) for _ in range(rounds))
    """)
    fixed = buggy.replace("rng.sample(", "rng.choices(")
    run = repair(Scenario(
        {"prog.py": buggy}, {"prog.py": fixed},
        failing=["len(set(resampled_totals([1, 2, 3, 4], 20)))"],
        passing=["resampled_totals([5], 3)", "resampled_totals([], 2)"],
        hidden=["resampled_totals([1, 9], 5, seed=3)", "resampled_totals([0, 1, 1, 7], 4, seed=1)"],
    ))  # fmt: skip
    fixed_by(run, "rng.choices")


def test_a_mean_divides_by_how_many_the_sum_walked(repair: Repair) -> None:
    buggy = program("""
        def team_means(scores_by_team):
            players = [s for scores in scores_by_team.values() for s in scores]
            count = len(players)
            means = {team: sum(s) / len(s) for team, s in scores_by_team.items()}
            overall = sum(means[team] for team in means) / count
            return means, round(overall, 3)
    """)
    fixed = buggy.replace("/ count", "/ len(means)")
    run = repair(Scenario(
        {"prog.py": buggy}, {"prog.py": fixed},
        failing=["team_means({'a': [1, 3], 'b': [5]})"],
        passing=["team_means({'a': [2]})"],
        hidden=["team_means({'a': [1, 1, 1], 'b': [4], 'c': [0, 9]})"],
    ))  # fmt: skip
    fixed_by(run, "len(means)")


def test_a_rounding_mode_the_file_imports_and_never_uses_goes_to_quantize(repair: Repair) -> None:
    buggy = program("""
        from decimal import ROUND_HALF_UP, Decimal

        CENT = Decimal("0.01")


        def with_tip(amount, percent):
            total = Decimal(str(amount)) * (100 + percent) / 100
            return str(total.quantize(CENT))
    """)
    fixed = buggy.replace("total.quantize(CENT)", "total.quantize(CENT, rounding=ROUND_HALF_UP)")
    run = repair(Scenario(
        {"prog.py": buggy}, {"prog.py": fixed},
        failing=["with_tip('10.95', 10)"],
        passing=["with_tip('10.00', 10)", "with_tip('3', 0)"],
        hidden=["with_tip('1.15', 10)", "with_tip('2.15', 10)"],
    ))  # fmt: skip
    fixed_by(run, "rounding=ROUND_HALF_UP")


def test_one_leading_space_is_removed_as_a_prefix_not_stripped(repair: Repair) -> None:
    buggy = program("""
        def field(line):
            name, _, value = line.partition(":")
            return name, value.lstrip(" ")
    """)
    repaired(repair, buggy, "wrong method", "`value.removeprefix`",
             failing=["field('data:   indented')"],
             passing=["field('data: x')", "field('id:7')"],
             hidden=["field('event:  two')", "field('retry')"])  # fmt: skip


def test_a_week_that_starts_on_monday_counts_back_by_weekday(repair: Repair) -> None:
    buggy = program("""
        from datetime import date, timedelta


        def week_start(d):
            return d - timedelta(days=d.isoweekday())
    """)
    repaired(repair, buggy, "wrong method", "-> `d.weekday`",
             failing=["week_start(date(2026, 11, 24))"],
             passing=["date(2026, 11, 24).year"],
             hidden=["week_start(date(2026, 11, 23))", "week_start(date(2026, 11, 29))"])  # fmt: skip


def test_what_goes_first_is_inserted_at_the_front_not_appended(repair: Repair) -> None:
    buggy = program("""
        def touch(recent, item, limit=3):
            if item in recent:
                recent.remove(item)
            recent.append(item)
            del recent[limit:]
            return recent
    """)
    repaired(repair, buggy, "wrong method", "`recent.insert(0, item)`",
             failing=["touch(['a', 'b'], 'c')"],
             passing=["touch([], 'x')", "touch(['q'], 'q')"],
             hidden=["touch(['a', 'b', 'c'], 'd')", "touch(['a', 'b', 'c'], 'c')"])  # fmt: skip


def test_cut_points_stay_within_the_data_with_the_inclusive_method(repair: Repair) -> None:
    buggy = program("""
        import statistics


        def p90(values):
            return statistics.quantiles(values, n=10)[-1]
    """)
    repaired(repair, buggy, "missing keyword argument", 'method="inclusive"',
             failing=["p90([1, 2, 3, 4, 5])"],
             passing=["p90([3, 3, 3])"],
             hidden=["p90([10, 20])", "p90([5, 1, 9, 7])"])  # fmt: skip
