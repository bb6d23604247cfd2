"""Families whose cue is the code's shape or the failure's words: a number table with one entry
written twice, swapped indices of a nested subscript, a key mistyped against the file's own
vocabulary, a missing conversion (declared return type, or a type the error names), a list
filled backwards and used forwards, a container stored while still changed in place, a
lookup that should consume its entry, and a sort key that leads with the item itself. Each runs on a small program of its own, none of them a
benchmark program."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from repair_edits import applied, edits_of, only, repaired
from repair_fake import Repair, Scenario, fixed_by, program

from selfpatch.patchers.repair._evidence import Evidence, strings_in_tests

DIAGONALS = program("""
    STEPS = [(1, 1), (1, 1), (-1, 1), (-1, -1)]


    def diagonal_marks(grid, r, c):
        count = 0
        for dr, dc in STEPS:
            nr, nc = r + dr, c + dc
            if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] == "x":
                count += 1
        return count
""")


def test_a_number_table_entry_written_twice_becomes_its_missing_mirror() -> None:
    mirrors = [e for e in edits_of(DIAGONALS) if e.kind == "duplicated table entry"]
    assert len(mirrors) == 2 and all(e.structural for e in mirrors)
    rendered = {applied(DIAGONALS, e).splitlines()[0] for e in mirrors}
    assert rendered == {
        "STEPS = [(1, -1), (1, 1), (-1, 1), (-1, -1)]",
        "STEPS = [(1, 1), (1, -1), (-1, 1), (-1, -1)]",
    }


def test_the_duplicated_entry_is_repaired_end_to_end(repair: Repair) -> None:
    fixed = DIAGONALS.replace("(1, 1), (1, 1)", "(1, 1), (1, -1)")
    run = repair(Scenario(
        {"prog.py": DIAGONALS}, {"prog.py": fixed},
        failing=['diagonal_marks(["...", ".x.", "x.."], 1, 1)'],
        passing=['diagonal_marks(["...", "...", "..."], 1, 1)', 'diagonal_marks(["x"], 0, 0)'],
        hidden=['diagonal_marks(["x.x", "...", "x.x"], 1, 1)', 'diagonal_marks(["...", "..x"], 0, 1)'],
    ))  # fmt: skip
    fixed_by(run, "duplicated table entry")


COLUMNS = program("""
    def column_sums(matrix):
        sums = []
        for c in range(len(matrix[0])):
            total = 0
            for r in range(len(matrix)):
                total += matrix[c][r]
            sums.append(total)
        return sums
""")


def test_the_indices_of_a_nested_subscript_are_swapped() -> None:
    edit = only(edits_of(COLUMNS), "swapped indices")
    assert "total += matrix[r][c]" in applied(COLUMNS, edit)


TOKENS = program("""
    def tokens_used(response):
        usage = response.get("usage", {})
        prompt_tokens = usage.get("prompt_tokens", 0)
        completion_tokens = usage.get("output_tokens", 0)
        return prompt_tokens + completion_tokens
""")


def test_a_key_is_tried_against_the_names_the_file_uses() -> None:
    keys = [e for e in edits_of(TOKENS) if e.kind == "wrong key or literal"]
    fixed = 'usage.get("completion_tokens", 0)'
    assert [e for e in keys if '"output_tokens"' in e.description and fixed in applied(TOKENS, e)]
    assert not any('"self"' in applied(TOKENS, e) for e in keys)


def test_strings_of_test_helpers_are_evidence(tmp_path: Path) -> None:
    (tmp_path / "test_stream.py").write_text(
        program("""
        def chunk(text, finish_reason=None):
            return {"delta": {"content": text}, "finish_reason": finish_reason}


        def test_stop():
            assert chunk("x")


        def test_unrelated():
            assert "not_evidence"
    """)
    )
    found = strings_in_tests(tmp_path, ["test_stream.py::test_stop"])
    assert "finish_reason" in found and "delta" in found
    assert "not_evidence" not in found


TEMPLATE = program("""
    import re


    def render(template, values):
        def fill(match) -> str:
            return values[match.group(1)]

        return re.sub(r"\\{(\\w+)\\}", fill, template)
""")


def test_a_value_returned_where_the_declared_type_is_str(repair: Repair) -> None:
    fixed = TEMPLATE.replace("return values[match.group(1)]", "return str(values[match.group(1)])")
    run = repair(Scenario(
        {"prog.py": TEMPLATE}, {"prog.py": fixed},
        failing=['render("{n} items", {"n": 3})'],
        passing=['render("hi {a}", {"a": "x"})', 'render("plain", {})'],
        hidden=['render("{x}/{y}", {"x": 1.5, "y": None})', 'render("{a}{a}", {"a": 7})'],
    ))  # fmt: skip
    fixed_by(run, "missing conversion")


GREETING = program("""
    def banner(name, count):
        return "hi " + name + ", you have " + count + " new"
""")


def test_a_conversion_to_the_type_the_error_names() -> None:
    evidence = Evidence(messages=['can only concatenate str (not "int") to str'])
    conversions = [
        e for e in edits_of(GREETING, evidence, raised=True) if e.kind == "missing conversion"
    ]
    assert any('" + str(count) + "' in applied(GREETING, e) for e in conversions)
    assert not [e for e in edits_of(GREETING, evidence) if e.kind == "missing conversion"]


LAST_WORDS = program("""
    def last_words(text, limit):
        kept = []
        for word in reversed(text.split()):
            if len(kept) == limit:
                break
            kept.append(word)
        return " ".join(kept)
""")


def test_a_list_filled_backwards_is_used_forwards(repair: Repair) -> None:
    fixed = LAST_WORDS.replace('" ".join(kept)', '" ".join(kept[::-1])')
    run = repair(Scenario(
        {"prog.py": LAST_WORDS}, {"prog.py": fixed},
        failing=['last_words("a b c", 2)'],
        passing=['last_words("a", 1)', 'last_words("", 3)'],
        hidden=['last_words("one two three four", 3)', 'last_words("x y", 5)'],
    ))  # fmt: skip
    fixed_by(run, "missing reversal")


PREFIXES = program("""
    def prefixes(items):
        out = []
        current = []
        for item in items:
            current.append(item)
            out.append(current)
        return out
""")


def test_a_container_stored_while_still_changed_in_place(repair: Repair) -> None:
    fixed = PREFIXES.replace("out.append(current)", "out.append(list(current))")
    run = repair(Scenario(
        {"prog.py": PREFIXES}, {"prog.py": fixed},
        failing=["prefixes([1, 2])"],
        passing=["prefixes([])"],
        hidden=['prefixes("abc")', "prefixes([0, 0, 1])"],
    ))  # fmt: skip
    fixed_by(run, "missing copy")


def test_a_container_never_changed_in_place_is_not_copied() -> None:
    frozen = PREFIXES.replace("current.append(item)", "current = current + [item]")
    assert not [e for e in edits_of(frozen) if e.kind == "missing copy"]


QUEUE = program("""
    class Approvals:
        def __init__(self):
            self.waiting = {}

        def ask(self, call_id, call):
            self.waiting[call_id] = call

        def approve(self, call_id):
            return self.waiting[call_id]
""")


def test_a_lookup_in_a_container_nothing_ever_leaves() -> None:
    edit = only(edits_of(QUEUE), "lookup that should remove")
    assert edit.structural
    assert "return self.waiting.pop(call_id)" in applied(QUEUE, edit)
    emptied = QUEUE + "\n    def cancel(self, call_id):\n        del self.waiting[call_id]\n"
    assert not only(edits_of(emptied), "lookup that should remove").structural


SLOTS = program("""
    class Slots:
        def __init__(self):
            self.busy = 0
            self.by_owner = {}

        def take(self, owner):
            self.busy += 1
            self.by_owner[owner] = self.by_owner.get(owner, 0) + 1

        def give_back(self, owner):
            self.busy -= 1

        def held(self, owner):
            return self.by_owner.get(owner, 0)
""")


def test_the_inverse_of_a_paired_methods_update_is_restored() -> None:
    inverses = [e for e in edits_of(SLOTS) if e.kind == "missing inverse update"]
    assert inverses and all(e.structural for e in inverses)
    assert {e.line for e in inverses} == {11}, [e.description for e in inverses]
    fixed = applied(SLOTS, inverses[0])
    assert "self.by_owner[owner] = self.by_owner.get(owner, 0) - 1" in fixed


def test_no_inverse_without_a_pair_of_methods_undoing_each_other() -> None:
    unpaired = SLOTS.replace("self.busy -= 1", "print(owner)")
    assert not [e for e in edits_of(unpaired) if e.kind == "missing inverse update"]


COST = program("""
    FRAME_BYTES = 16


    def payload_size(chunks):
        return sum(len(c) for c in chunks)


    def packet_size(chunks):
        return payload_size(chunks)
""")


def test_an_unread_number_constant_is_tried_as_a_missing_term(repair: Repair) -> None:
    fixed = COST.replace("return payload_size(chunks)", "return FRAME_BYTES + payload_size(chunks)")
    run = repair(Scenario(
        {"prog.py": COST}, {"prog.py": fixed},
        failing=['packet_size(["ab", "c"])'],
        passing=['payload_size(["ab", "c"])'],
        hidden=["packet_size([])", 'packet_size(["xyz"] * 3)'],
    ))  # fmt: skip
    fixed_by(run, "missing term")
    read = COST.replace("return sum(", "return FRAME_BYTES * 0 + sum(")
    assert not [e for e in edits_of(read) if e.kind == "missing term" and "FRAME" in e.description]


ROTATE = program("""
    def rotate_tail(items, k):
        items = list(items)
        items[k:] = items[k:][::-1]
        return items
""")


def test_a_change_to_repeated_code_is_also_made_at_every_copy(repair: Repair) -> None:
    twins = [e for e in edits_of(ROTATE) if "(at each of 2 copies)" in e.description]
    bumped = [e for e in twins if "`k` -> `k + 1`" in e.description]
    assert len(bumped) == 1
    assert "items[k + 1:] = items[k + 1:][::-1]" in applied(ROTATE, bumped[0])
    fixed = ROTATE.replace("items[k:] = items[k:]", "items[k + 1:] = items[k + 1:]")
    run = repair(Scenario(
        {"prog.py": ROTATE}, {"prog.py": fixed},
        failing=["rotate_tail([1, 2, 3, 4], 1)"],
        passing=["rotate_tail([], 0)", "rotate_tail([5], 3)"],
        hidden=["rotate_tail([1, 2, 3, 4, 5], 0)", "rotate_tail('abcd', 2)"],
    ))  # fmt: skip
    fixed_by(run, "copies")


SIGNATURES = program("""
    def signature(word):
        return tuple(word.lower())


    def same_letters(a, b):
        return signature(a) == signature(b)
""")


def test_a_sequence_built_in_an_order_that_should_be_canonical(repair: Repair) -> None:
    fixed = SIGNATURES.replace("tuple(word.lower())", "tuple(sorted(word.lower()))")
    run = repair(Scenario(
        {"prog.py": SIGNATURES}, {"prog.py": fixed},
        failing=['same_letters("listen", "silent")'],
        passing=['same_letters("abc", "abc")', 'same_letters("ab", "abc")'],
        hidden=['same_letters("Dusty", "study")', 'same_letters("aab", "abb")'],
    ))  # fmt: skip
    fixed_by(run, "missing function call")


ROUTER = program("""
    class Call:
        def __init__(self, name):
            self.name = name


    class Step:
        def __init__(self, name, call=None):
            self.name = name
            self.call = call


    def needs_review(step, risky):
        return step.call is not None and step.name in risky
""")


def test_a_field_read_one_object_too_high_or_too_low() -> None:
    edits = [e for e in edits_of(ROUTER) if e.kind == "field dereference"]
    deeper = [
        applied(ROUTER, e) for e in edits if "`step.name` -> `step.call.name`" in e.description
    ]
    assert len(deeper) == 1 and "step.call.name in risky" in deeper[0]
    shallow = ROUTER.replace("step.name in risky", "step.call.name in risky")
    edits = [e for e in edits_of(shallow) if e.kind == "field dereference"]
    assert any("`step.call.name` -> `step.name`" in e.description for e in edits)


WINDOWS = program("""
    def trailing_sums(values, width):
        sums = []
        for end in range(len(values)):
            start = end - width + 1
            sums.append(sum(values[start:end + 1]))
        return sums
""")


def test_a_slice_start_that_can_go_negative_is_clamped(repair: Repair) -> None:
    fixed = WINDOWS.replace("values[start:end + 1]", "values[max(start, 0):end + 1]")
    run = repair(Scenario(
        {"prog.py": WINDOWS}, {"prog.py": fixed},
        failing=["trailing_sums([1, 2, 3], 2)"],
        passing=["trailing_sums([], 3)", "trailing_sums([4], 1)"],
        hidden=["trailing_sums([1, 1, 1, 1], 3)", "trailing_sums([5, -1, 2], 5)"],
    ))  # fmt: skip
    fixed_by(run, "clamped slice bound")


BILL = program("""
    class Usage:
        def __init__(self, prompt_tokens, cached_tokens):
            self.prompt_tokens = prompt_tokens
            self.cached_tokens = cached_tokens


    def billable(usage):
        fresh = usage.prompt_tokens
        return fresh + usage.cached_tokens // 10
""")


def test_a_quantity_read_whole_where_a_part_was_meant() -> None:
    terms = [e for e in edits_of(BILL) if e.kind == "missing term" and "fresh" not in e.description]
    rendered = [applied(BILL, e) for e in terms]
    assert any("fresh = usage.prompt_tokens - usage.cached_tokens" in r for r in rendered)


SEATS = program("""
    def seat_bill(seats, reserved, price, reserved_price):
        if reserved > seats:
            raise ValueError("more reserved seats than seats")
        open_seats = seats
        return open_seats * price + reserved * reserved_price


    def bill_total(bills):
        return sum(bills)
""")


def test_a_bare_copy_of_a_whole_beside_a_checked_part_leaves_the_remainder(
    repair: Repair,
) -> None:
    edit = only(edits_of(SEATS), "missing arithmetic", "`seats` -> `seats - reserved`")
    run = repair(Scenario(
        {"prog.py": SEATS}, {"prog.py": applied(SEATS, edit)},
        failing=["seat_bill(10, 4, 5, 8)"],
        passing=["seat_bill(3, 0, 5, 8)", "bill_total([1, 2])"],
        hidden=["seat_bill(7, 7, 2, 3)", "seat_bill(9, 1, 4, 1)"],
    ))  # fmt: skip
    fixed_by(run, "seats - reserved")


EXPIRY = program("""
    class Registry:
        def __init__(self):
            self.sessions = {}
            self.per_user = {}

        def open(self, sid, user):
            self.sessions[sid] = user
            self.per_user[user] = self.per_user.get(user, 0) + 1

        def close(self, sid):
            user = self.sessions.pop(sid)
            self.per_user[user] -= 1

        def expire(self, stale):
            for sid, user in stale:
                del self.sessions[sid]
            return len(stale)
""")


def test_an_insertion_never_reads_a_loop_variable_after_its_loop() -> None:
    inserted = [e for e in edits_of(EXPIRY) if "insert `self.per_user[user] -= 1`" in e.description]
    in_expire = {e.description.split(": ")[0] for e in inserted if e.line >= 14}
    assert in_expire == {"prog.py:16"}, [e.description for e in inserted]


SEED_PROBE = """
import sys
from selfpatch.patchers.repair._evidence import Evidence
from selfpatch.patchers.repair._index import FileIndex
from selfpatch.patchers.repair._transforms import Ctx, site_edits
index = FileIndex("prog.py", sys.stdin.read())
found = sorted(
    e.description
    for site in index.sites
    for e in site_edits(Ctx(index, site, Evidence(), frozenset(), []))
)
print("\\n".join(found))
"""


def test_the_candidates_do_not_depend_on_the_hash_seed() -> None:
    """Choices capped by similarity once kept whichever tied names a set listed first, so two
    runs on the same failure could try different patches."""
    many = "".join(f"v{i} = {i}\n" for i in range(30))  # more ties than the cap on choices
    source = many + "\n\ndef pick(x):\n    return x + v0\n"
    runs = [
        subprocess.run(
            [sys.executable, "-c", SEED_PROBE], input=source, capture_output=True, text=True,
            env={**os.environ, "PYTHONHASHSEED": seed}, check=True,
        ).stdout
        for seed in ("1", "2", "3")
    ]  # fmt: skip
    assert runs[0] and runs[0] == runs[1] == runs[2]


BEST_INDEX = program("""
    def best_index(scores, start):
        best = start
        for j in range(start + 1, len(scores)):
            if scores[j] > scores[start]:
                best = j
        return best
""")


def test_a_running_pick_is_compared_with_itself_not_with_where_it_started(
    repair: Repair,
) -> None:
    fixed = BEST_INDEX.replace("scores[start]:", "scores[best]:")
    run = repair(Scenario(
        {"prog.py": BEST_INDEX}, {"prog.py": fixed},
        failing=["best_index([1, 5, 3], 0)"],
        passing=["best_index([1, 2, 3], 0)", "best_index([3], 0)"],
        hidden=["best_index([4, 9, 2, 7], 0)", "best_index([0, 8, 1, 9, 2], 1)"],
    ))  # fmt: skip
    fixed_by(run, "scores[best]")


TABS = program("""
    from dataclasses import dataclass


    @dataclass
    class Tab:
        guest: str
        total: int
        settled: int = 0


    def collect(cash, tabs):
        paid = []
        for tab in sorted(tabs, key=lambda t: t.guest):
            balance = tab.total
            amount = min(cash, balance)
            if amount > 0:
                paid.append((tab.guest, amount))
                cash -= amount
        return paid, cash
""")


def test_a_name_for_what_is_left_reads_the_whole_less_a_sibling_field(repair: Repair) -> None:
    fixed = TABS.replace("balance = tab.total", "balance = tab.total - tab.settled")
    run = repair(Scenario(
        {"prog.py": TABS}, {"prog.py": fixed},
        failing=["collect(10, [Tab('a', 8, 5), Tab('b', 9)])"],
        passing=["collect(5, [Tab('a', 3)])", "collect(0, [Tab('a', 3)])"],
        hidden=["collect(20, [Tab('b', 4, 4), Tab('a', 6, 1), Tab('c', 9, 2)])"],
    ))  # fmt: skip
    fixed_by(run, "tab.total - tab.settled")


def test_a_key_misspelt_against_a_word_the_inputs_spell_inside_a_value_is_corrected(
    repair: Repair,
) -> None:
    buggy = program("""
        def directives(text):
            out = {}
            for part in text.split(","):
                name, _, value = part.strip().partition("=")
                if name:
                    out[name.lower()] = value
            return out


        def keep_alive(header):
            return int(directives(header).get("time-out", 5))
    """)
    repaired(repair, buggy, "wrong key or literal", '`"timeout"`',
             Evidence(inputs=["timeout=30, max=100"]),
             failing=["keep_alive('timeout=30, max=100')"],
             passing=["keep_alive('max=3')", "directives('a=1')"],
             hidden=["keep_alive('max=1,timeout=7')", "keep_alive('Timeout=9')"])  # fmt: skip


def test_a_sort_key_that_leads_with_the_item_itself_leads_with_what_it_derives(
    repair: Repair,
) -> None:
    buggy = program("""
        def by_priority(names, priority):
            order = {name: i for i, name in enumerate(priority)}
            return sorted(names, key=lambda name: (name, order.get(name, len(order))))
    """)
    edits = edits_of(buggy)
    edit = only(edits, "element order", "-> `(order.get(name, len(order)), name)`")
    assert edit.structural
    run = repair(Scenario(
        {"prog.py": buggy}, {"prog.py": applied(buggy, edit)},
        failing=["by_priority(['b', 'a'], ['b', 'a'])"],
        passing=["by_priority(['a', 'b'], [])", "by_priority([], ['x'])"],
        hidden=["by_priority(['c', 'b', 'a'], ['c'])", "by_priority(['y', 'x', 'z'], ['z', 'y'])"],
    ))  # fmt: skip
    fixed_by(run, "(order.get(name, len(order)), name)")
