"""Families where the code beside the bug shows the whole shape and the bug keeps part of it:
a clamp a neighbour applies, a value a sibling keeps from the same call, a prefix another
recursive call hands on, a part the function adds up elsewhere, an entry a sibling takes out,
a measured count used as a position, and the text/file twin of a library call. Each runs on a
small program of its own, none of them a benchmark program."""

from __future__ import annotations

from repair_edits import applied, edits_of, only, repaired
from repair_fake import Repair, program

GAPS = program("""
    def free_space(box, used):
        spare_w = max(0, box[0] - used[0])
        spare_h = box[1] - used[1]
        return spare_w * spare_h
""")


def test_a_neighbours_clamp_with_a_constant_argument_is_applied(repair: Repair) -> None:
    repaired(repair, GAPS, "missing function call", "`max(0, box[1] - used[1])`",
             failing=["free_space((4, 2), (1, 5))"],
             passing=["free_space((4, 4), (1, 1))"],
             hidden=["free_space((3, 1), (1, 9))", "free_space((5, 5), (2, 2))"])  # fmt: skip


def test_a_neighbour_with_two_non_constant_arguments_gives_no_wrap() -> None:
    source = program("""
        def sizes(a, b, c):
            low = min(a, b - c)
            high = b - a
            return low, high
    """)
    assert not [
        e for e in edits_of(source) if "`min(" in e.description and "b - a" in e.description
    ]


WALLET = program("""
    class Wallet:
        def __init__(self):
            self.held = 0
            self._holds = {}

        def hold(self, key, amount):
            self._holds[key] = amount
            self.held += amount

        def capture(self, key):
            self.held -= self._holds.pop(key)

        def cancel(self, key):
            self._holds.pop(key)

        def report(self):
            return {"held": self.held, "open": len(self._holds)}


    def run(holds, cancels):
        wallet = Wallet()
        for key, amount in holds:
            wallet.hold(key, amount)
        for key in cancels:
            wallet.cancel(key)
        return wallet.report()
""")


def test_a_dropped_value_that_a_sibling_keeps_is_kept(repair: Repair) -> None:
    repaired(repair, WALLET, "missing state update", "`self.held -= self._holds.pop(key)`",
             failing=["run([('a', 5)], ['a'])"],
             passing=["run([('a', 5)], [])"],
             hidden=["run([('a', 5), ('b', 7)], ['b'])", "run([('x', 1), ('y', 2)], ['x', 'y'])"])  # fmt: skip


def test_a_value_kept_only_in_a_local_is_not_offered() -> None:
    source = program("""
        class Queue:
            def __init__(self):
                self.items = {}

            def take(self, key):
                item = self.items.pop(key)
                return item

            def drop(self, key):
                self.items.pop(key)
    """)
    assert not [e for e in edits_of(source) if e.kind == "missing state update"
                and "keep the value" in e.description]  # fmt: skip


TREE = program("""
    def leaves(node, path=""):
        if isinstance(node, dict):
            found = []
            for key, child in node.items():
                found += leaves(child, f"{path}/{key}")
            return found
        if isinstance(node, list):
            found = []
            for index, child in enumerate(node):
                found += leaves(child, f"#{index}")
            return found
        return [path]
""")


def test_a_recursive_call_that_drops_the_prefix_it_was_handed_gets_it_back(
    repair: Repair,
) -> None:
    repaired(repair, TREE, "variable prepend", '`f"{path}#{index}"`',
             failing=["leaves({'a': [1, 2]})"],
             passing=["leaves({'a': 1, 'b': {'c': 2}})", "leaves([1])"],
             hidden=["leaves({'x': {'y': [0, {'z': 1}]}})", "leaves({'a': [[1]]})"])  # fmt: skip


def test_no_prefix_is_offered_when_no_recursive_call_hands_the_parameter_on() -> None:
    source = program("""
        def depth(node, level=0):
            if isinstance(node, list):
                return max((depth(child, 1) for child in node), default=level)
            return level
    """)
    assert not [e for e in edits_of(source) if e.kind == "variable prepend"]


CLIP = program("""
    def clip(items, head, tail, note="..."):
        if len(items) <= head + tail:
            return list(items), 0
        hidden = len(items) - head
        return [*items[:head], note, *items[len(items) - tail:]], hidden
""")


def test_a_part_the_function_adds_up_elsewhere_is_subtracted_too(repair: Repair) -> None:
    repaired(repair, CLIP, "missing term", "`len(items) - head - tail`",
             failing=["clip(list(range(10)), 2, 3)"],
             passing=["clip([1, 2], 2, 3)"],
             hidden=["clip(list(range(7)), 1, 1)", "clip(list(range(20)), 5, 0)"])  # fmt: skip


INBOX = program("""
    class Inbox:
        def __init__(self):
            self.unread = {}
            self.archive = []

        def read(self, key):
            message = self.unread.pop(key, None)
            return message

        def file(self, key):
            message = self.unread.get(key)
            if message is not None:
                self.archive.append(message)
            return message is not None


    def session(new, filed):
        inbox = Inbox()
        for key, text in new:
            inbox.unread[key] = text
        for key in filed:
            inbox.file(key)
        return sorted(inbox.unread), inbox.archive
""")


def test_a_sibling_that_takes_the_entry_out_ranks_its_version_high() -> None:
    edits = edits_of(INBOX)
    taking = only(edits, "sibling's version", "-> `message = self.unread.pop(key, None)`")
    assert taking.structural
    assert "message = self.unread.pop(key, None)" in applied(INBOX, taking)
    plain = [e for e in edits if e.kind == "missing statement"]
    assert all(e.prior < taking.prior for e in plain)


def test_a_measured_count_handed_on_as_a_position_is_shifted(repair: Repair) -> None:
    source = program("""
        def top_bit(value):
            return max(value.bit_length(), 0)

        def bucket_counts(values, size=8):
            counts = [0] * size
            for value in values:
                counts[min(top_bit(value), size - 1)] += 1
            return counts
    """)
    repaired(repair, source, "off-by-one", "`value.bit_length() - 1`",
             failing=["top_bit(1)", "top_bit(8)"],
             passing=["top_bit(0)"],
             hidden=["bucket_counts([1, 2, 3, 4, 300])", "top_bit(1023)"])  # fmt: skip


def test_json_load_given_a_text_becomes_loads(repair: Repair) -> None:
    source = program("""
        import json

        def parse_args(raw):
            text = raw.strip()
            if not text:
                return {}
            return json.load(text)
    """)
    repaired(repair, source, "wrong method", "`json.loads`",
             failing=["parse_args(' {\"a\": 1} ')"],
             passing=["parse_args('   ')"],
             hidden=["parse_args('[1, 2]')", "parse_args('{\"b\": {\"c\": null}}')"])  # fmt: skip


RUNNERS_UP = program("""
    def runners_up(scores, k):
        order = sorted(range(len(scores)), key=lambda i: scores[i])
        return order[:k]
""")


def test_a_shift_that_makes_the_first_index_read_the_last_item_is_ranked_after_a_keyword(
    repair: Repair,
) -> None:
    shifted = only(edits_of(RUNNERS_UP), "off-by-one", "`i` -> `i - 1`")
    assert shifted.suspect == "index 0 reads the last item"
    repaired(repair, RUNNERS_UP, "missing keyword argument", "reverse=True",
             failing=["runners_up([0.1, 0.3, 0.2], 1)"],
             passing=["runners_up([0.5], 1)"],
             hidden=["runners_up([0.4, 0.9, 0.1, 0.7], 2)", "runners_up([0.3, 0.1, 0.2], 3)"])  # fmt: skip


def test_an_index_that_starts_above_zero_is_shifted_without_a_mark() -> None:
    source = program("""
        def steps(xs):
            return [xs[i] - xs[i] for i in range(1, len(xs))]
    """)
    shifted = [
        e for e in edits_of(source) if e.kind == "off-by-one" and "`i` -> `i - 1`" in e.description
    ]
    assert shifted and not any(e.suspect for e in shifted)


PAUSES = program("""
    class TooSlow(Exception):
        pass


    class Timer:
        def __init__(self, start, gap=5, limit=60):
            self.start = start
            self.last = None
            self.gap = gap
            self.limit = limit

        def tick(self, now):
            if now - self.start > self.limit:
                raise TooSlow(now - self.start)
            if self.last is not None and now - self.start > self.gap:
                raise TooSlow(now - self.last)
            self.last = now
            return now


    def watch(start, times):
        timer = Timer(start)
        try:
            for now in times:
                timer.tick(now)
        except TooSlow as exc:
            return "slow", exc.args[0]
        return "ok", None
""")


def test_a_test_that_measures_another_quantity_than_its_body_reports_is_aligned(
    repair: Repair,
) -> None:
    repaired(repair, PAUSES, "wrong variable", "`self.start` -> `self.last`",
             failing=["watch(0, [1, 3, 7, 10])"],
             passing=["watch(0, [1, 2, 20])", "watch(0, [4, 70])"],
             hidden=["watch(10, [11, 15, 19, 23, 27])", "watch(0, [1, 2, 3, 9])"])  # fmt: skip


def test_adding_the_two_ends_of_a_range_is_marked_as_a_slip() -> None:
    source = program("""
        def sizes(lo, hi, self_end, start, total, spent):
            width = hi - lo
            half = (hi - lo) // 2
            length = self_end - start
            left = total - spent
            return width, half, length, left
    """)
    summed = {
        e.description.split(": ", 2)[-1]: e.suspect
        for e in edits_of(source)
        if e.kind == "arithmetic operator" and "->" in e.description and " + " in e.description
    }
    assert summed["`hi - lo` -> `hi + lo`"] == "adds the two ends of a range"
    assert summed["`self_end - start` -> `self_end + start`"] == "adds the two ends of a range"
    assert summed["`(hi - lo)` -> `(hi + lo)`"] == ""
    assert summed["`total - spent` -> `total + spent`"] == ""


def test_a_register_shifted_without_the_mask_the_file_keeps_it_in_gets_it(
    repair: Repair,
) -> None:
    buggy = program("""
        def checksum(data, value=0x1D0F):
            for byte in data:
                value = (value << 4) ^ byte
                value = ((value << 1) | (value >> 15)) & 0xFFFF
            return value
    """)
    repaired(repair, buggy, "missing mask", "`((value << 4) & 0xFFFF)`",
             failing=["checksum(b'abcdef')"],
             passing=["checksum(b'')", "checksum(b'', 5)"],
             hidden=["checksum(b'hello world', 0)", "checksum(bytes(range(40)))"])  # fmt: skip


def test_a_level_that_refills_stops_at_the_ceiling_its_class_declares(repair: Repair) -> None:
    buggy = program("""
        class Allowance:
            def __init__(self, capacity, per_second):
                self.capacity = capacity
                self.per_second = per_second
                self.level = capacity
                self.stamp = 0.0

            def take(self, now):
                self.level = self.level + (now - self.stamp) * self.per_second
                self.stamp = now
                if self.level < 1:
                    return False
                self.level -= 1
                return True


        def granted(capacity, times):
            allowance = Allowance(capacity, 1.0)
            return [allowance.take(t) for t in times]
    """)
    repaired(repair, buggy, "missing function call", "`self.level` stops at `self.capacity`",
             failing=["granted(1, [10, 10, 10])"],
             passing=["granted(2, [0, 0, 0])", "granted(1, [0, 1])"],
             hidden=["granted(3, [100, 100, 100, 100, 101])", "granted(2, [5, 5, 5, 6, 6])"])  # fmt: skip


def test_a_bound_that_ignores_what_the_function_took_before_it_subtracts_it(
    repair: Repair,
) -> None:
    buggy = program("""
        def shared_head(a, b):
            n = 0
            while n < min(len(a), len(b)) and a[n] == b[n]:
                n += 1
            return n


        def middle(a, b):
            head = shared_head(a, b)
            limit = min(len(a), len(b))
            tail = 0
            while tail < limit and a[-1 - tail] == b[-1 - tail]:
                tail += 1
            return a[head:len(a) - tail], len(a) - head - tail
    """)
    repaired(repair, buggy, "missing arithmetic", "`min(len(a), len(b)) - head`",
             failing=["middle('aa', 'aaa')"],
             passing=["middle('abc', 'xbz')", "middle('', 'q')"],
             hidden=["middle('abab', 'ababab')", "middle('xyx', 'xyyx')"])  # fmt: skip


def test_a_cut_to_a_length_leaves_room_for_what_is_joined_after_it(repair: Repair) -> None:
    buggy = program("""
        def clip(text, width=10):
            if len(text) <= width:
                return text
            return text[:width] + "..."
    """)
    repaired(repair, buggy, "missing term", "`width` -> `width - 3`",
             failing=["clip('abcdefghijkl', 8)"],
             passing=["clip('short')", "clip('')"],
             hidden=["clip('abcdefghijklmnop')", "clip('0123456789A', 10)"])  # fmt: skip
