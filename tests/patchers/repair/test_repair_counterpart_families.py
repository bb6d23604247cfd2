"""Families that read one part of the code against its counterpart: a key read that nothing writes
beside a key written that nothing reads, an update undone by its inverse, a refresh re-run after
its input changes, a running bound that keeps its extreme, a tracker's start from the opposite
extreme, a flag field as a clause, the step cost of a table filled cell by cell, a canonical
order for a serialized payload, one clause of a chain negated, an undoing kept above zero, a
counter of changes that an undoing moves on, an undoing that reads the value stored under its
key, an offset a decoder adds back, a key the docstring quotes, a rate nothing reads taken by
the quantity named like it. Each runs on a small program of its own, none of them a benchmark
program."""

from __future__ import annotations

from repair_edits import applied, edits_of, only
from repair_fake import Repair, Scenario, fixed_by, program

from selfpatch.patchers.repair._evidence import Evidence

LEDGER = program("""
    def entry(account, amount, refunded=False):
        return {"account": account, "amount": amount, "refunded": refunded}


    def balance(entries):
        total = 0
        for item in entries:
            if item.get("refund"):
                total -= item["amount"]
            else:
                total += item["amount"]
        return total


    def accounts(entries):
        return sorted({item["account"] for item in entries})
""")


def test_a_key_nothing_writes_becomes_the_key_nothing_reads(repair: Repair) -> None:
    edits = edits_of(LEDGER)
    edit = only(edits, "wrong key or literal", '`"refund"` -> `"refunded"`')
    bare = [
        e for e in edits if e.kind == "wrong key or literal" and '`"refund"` ->' in e.description
    ]
    assert edit.prior == max(e.prior for e in bare)
    run = repair(Scenario(
        {"prog.py": LEDGER}, {"prog.py": applied(LEDGER, edit)},
        failing=["balance([entry('a', 5), entry('a', 2, True)])"],
        passing=["balance([entry('a', 5)])", "balance([])"],
        hidden=["balance([entry('b', 9, True), entry('b', 1)])", "balance([entry('c', 3, True)])"],
    ))  # fmt: skip
    fixed_by(run, '`"refund"` -> `"refunded"`')
    # once the evidence shows the data really carries "refund", the key is not suspect
    shown = edits_of(LEDGER, Evidence(strings=["refund"]))
    again = only(shown, "wrong key or literal", '`"refund"` -> `"refunded"`')
    assert again.prior < edit.prior
    # the boost is the unread key's alone: every other replacement keeps its prior
    others = {e.description: e.prior for e in bare if e is not edit}
    unboosted = {e.description: e.prior for e in shown if e.description in others}
    assert others and others == unboosted


ROSTER = program("""
    class Roster:
        def __init__(self):
            self.members = {}
            self.by_team = {}

        def join(self, name, team):
            self.members[name] = team
            self.by_team.setdefault(team, []).append(name)

        def leave(self, name):
            team = self.members.pop(name)
            return team

        def team_of(self, name):
            return self.members.get(name)

        def team(self, team):
            return list(self.by_team.get(team, []))
""")


def roster_calls(*steps: str) -> str:
    return "(lambda r: (" + ", ".join(f"r.{s}" for s in steps) + ", r.team('red'))[-1])(Roster())"


def test_leave_undoes_what_join_added_to_a_grouped_list(repair: Repair) -> None:
    edit = only(edits_of(ROSTER), "missing inverse update", "before `return team`")
    assert "self.by_team[team].remove(name)" in applied(ROSTER, edit)
    run = repair(Scenario(
        {"prog.py": ROSTER}, {"prog.py": applied(ROSTER, edit)},
        failing=[roster_calls("join('ann', 'red')", "leave('ann')")],
        passing=[roster_calls("join('bob', 'red')")],
        hidden=[roster_calls("join('a', 'red')", "join('b', 'red')", "leave('a')")],
    ))  # fmt: skip
    fixed_by(run, "self.by_team[team].remove(name)")


SUBSCRIPTIONS = program("""
    class Subscriptions:
        def __init__(self):
            self._topics = {}
            self._log = []

        def _note(self, user, topic, action):
            self._log.append((action, user, topic))

        def subscribe(self, user, topic):
            topic = topic.strip().lower()
            self._note(user, topic, "sub")
            self._topics.setdefault(user, set()).add(topic)

        def unsubscribe(self, user, topic):
            topic = topic.strip().lower()
            self._note(user, topic, "unsub")

        def topics(self, user):
            return sorted(self._topics.get(user, ()))


    def after(*steps):
        subscriptions = Subscriptions()
        for action, user, topic in steps:
            getattr(subscriptions, action)(user, topic)
        return {user: subscriptions.topics(user) for user in ("ann", "bob")}
""")


def test_a_method_named_as_the_undoing_of_another_undoes_its_updates(repair: Repair) -> None:
    inverses = [e for e in edits_of(SUBSCRIPTIONS) if e.kind == "missing inverse update"]
    assert inverses and not any("before `topic = " in e.description for e in inverses)
    edit = only(inverses, "missing inverse update", 'after `self._note(user, topic, "unsub")`')
    fixed = applied(SUBSCRIPTIONS, edit)
    assert "self._topics.get(user, set()).discard(topic)" in fixed
    run = repair(Scenario(
        {"prog.py": SUBSCRIPTIONS}, {"prog.py": fixed},
        failing=["after(('subscribe', 'ann', 'news'), ('unsubscribe', 'ann', 'news'))"],
        passing=["after(('subscribe', 'ann', 'News'))",
                 "after(('subscribe', 'ann', 'a'), ('subscribe', 'bob', 'a'))"],
        hidden=["after(('unsubscribe', 'bob', 'x'))",
                "after(('subscribe', 'ann', ' Sports '), ('unsubscribe', 'ann', 'SPORTS'))"],
    ))  # fmt: skip
    fixed_by(run, ".discard(topic)")


QUEUE = program("""
    class Clinic:
        def __init__(self, slot):
            self.slot = slot
            self.clock = 0
            self.waiting = []
            self.arrivals = []

        def book(self, name, at):
            self.arrivals.append((at, name))
            self.arrivals.sort()

        def _let_in(self):
            while self.arrivals and self.arrivals[0][0] <= self.clock:
                self.waiting.append(self.arrivals.pop(0)[1])

        def run(self):
            seen = []
            while self.arrivals or self.waiting:
                self._let_in()
                if not self.waiting:
                    self.clock = self.arrivals[0][0]
                    continue
                seen.append((self.clock, self.waiting.pop(0)))
                self.clock += self.slot
                if len(seen) > 50:
                    break
            return seen
""")


def test_a_refresh_runs_again_after_the_state_it_reads_moves() -> None:
    edits = [e for e in edits_of(QUEUE) if e.kind == "missing refresh"]
    assert {e.description.split("after ")[1] for e in edits} == {
        "`self.clock = self.arrivals[0][0]`",
        "`self.clock += self.slot`",
    }
    assert all("insert `self._let_in()`" in e.description for e in edits)
    # a method that refreshes nothing before the update offers nothing
    plain = QUEUE.replace("self._let_in()\n", "pass\n")
    assert not [e for e in edits_of(plain) if e.kind == "missing refresh"]


MERGE = program("""
    def merged(spans):
        spans = sorted(spans)
        out = []
        start, end = spans[0]
        for lo, hi in spans[1:]:
            if lo <= end:
                end = hi
            else:
                out.append((start, end))
                start, end = lo, hi
        out.append((start, end))
        return out
""")


def test_a_running_bound_keeps_its_extreme(repair: Repair) -> None:
    edit = only(edits_of(MERGE), "running bound overwritten", "max(end, hi)")
    run = repair(Scenario(
        {"prog.py": MERGE}, {"prog.py": applied(MERGE, edit)},
        failing=["merged([(1, 10), (2, 3)])"],
        passing=["merged([(1, 2), (5, 6)])", "merged([(1, 3), (2, 4)])"],
        hidden=["merged([(0, 9), (1, 2), (3, 4), (10, 11)])", "merged([(4, 8), (1, 20)])"],
    ))  # fmt: skip
    fixed_by(run, "running bound overwritten")
    # a name the loop does not walk is not a bound it extends
    cursor = MERGE.replace("end = hi\n", "end = start\n")
    assert not [e for e in edits_of(cursor) if e.kind == "running bound overwritten"]


BOX = program("""
    import math


    def box(points):
        low_x = low_y = math.inf
        high_x = high_y = 0
        for x, y in points:
            low_x, high_x = min(low_x, x), max(high_x, x)
            low_y, high_y = min(low_y, y), max(high_y, y)
        return low_x, low_y, high_x, high_y
""")


def test_a_chained_tracker_starts_from_the_opposite_extreme() -> None:
    edits = [e for e in edits_of(BOX) if e.kind == "sentinel"]
    assert [e.description.split(": ", 1)[1] for e in edits][:1] == ["sentinel: `0` -> `-math.inf`"]
    assert "high_x = high_y = -math.inf" in applied(BOX, edits[0])


DIGEST = program("""
    def split(history, recent):
        keep, fold = [], []
        for message in history:
            if message.role == "system":
                keep.append(message)
            else:
                fold.append(message)
        return fold[:-recent] if recent else fold, keep + fold[-recent:]


    def since_digest(history):
        for distance, message in enumerate(reversed(history)):
            if message.is_digest:
                return distance
        return len(history)
""")


def test_a_flag_field_the_file_branches_on_joins_a_condition() -> None:
    clauses = [e.description for e in edits_of(DIGEST) if e.kind == "missing condition"]
    assert any('`not message.is_digest and message.role == "system"`' in c for c in clauses)


COMMON = program("""
    def common_length(a, b):
        table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
        for i in range(1, len(a) + 1):
            for j in range(1, len(b) + 1):
                if a[i - 1] == b[j - 1]:
                    table[i][j] = table[i - 1][j - 1]
                else:
                    table[i][j] = max(table[i - 1][j], table[i][j - 1])
        return table[len(a)][len(b)]
""")


def test_a_table_cell_copied_without_the_cost_of_the_step(repair: Repair) -> None:
    edit = only(edits_of(COMMON), "missing step cost", "table[i - 1][j - 1] + 1")
    assert "table[i][j] = table[i - 1][j - 1] + 1" in applied(COMMON, edit)
    run = repair(Scenario(
        {"prog.py": COMMON}, {"prog.py": applied(COMMON, edit)},
        failing=["common_length('abc', 'abd')", "common_length('x', 'x')"],
        passing=["common_length('ab', 'cd')", "common_length('', 'a')"],
        hidden=["common_length('kitten', 'sitting')", "common_length('aaa', 'aa')"],
    ))  # fmt: skip
    fixed_by(run, "missing step cost")


KEYS = program("""
    import hashlib
    import json
    from typing import Sequence


    def request_key(model: str, scopes: Sequence[str] = ()) -> str:
        payload = {"model": model.lower(), "scopes": scopes}
        blob = json.dumps(payload, sort_keys=True)
        return hashlib.sha256(blob.encode()).hexdigest()[:12]
""")


def test_a_serialized_payload_gets_its_collections_in_canonical_order() -> None:
    edit = only(edits_of(KEYS), "missing function call", "sorted(scopes)")
    assert '"scopes": sorted(scopes)' in applied(KEYS, edit)
    unsorted = KEYS.replace("sort_keys=True", "indent=2")
    assert not [e for e in edits_of(unsorted) if "sorted(scopes)" in e.description]


GATE = program("""
    def check(name, known, strict=False):
        if name not in known and strict:
            raise KeyError(name)
        return name
""")


def test_one_truth_test_of_a_chain_is_negated() -> None:
    edit = only(edits_of(GATE), "negate clause")
    assert "if name not in known and not strict:" in applied(GATE, edit)


BUFFER = program("""
    class Buffer:
        def __init__(self):
            self.text = ""

        def write(self, chunk):
            self.text += chunk

        def drain(self) -> str | None:
            out = self.text.strip()
            self.text = ""
            return out


    def drained(*chunks):
        buffer = Buffer()
        for chunk in chunks:
            buffer.write(chunk)
        return buffer.drain()
""")


def test_a_function_that_promises_none_gets_its_early_return(repair: Repair) -> None:
    edit = only(edits_of(BUFFER), "missing guard", "if not self.text: return None")
    run = repair(Scenario(
        {"prog.py": BUFFER}, {"prog.py": applied(BUFFER, edit)},
        failing=["drained()"],
        passing=["drained('a', 'b ')"],
        hidden=["drained('', '')", "drained(' x ')"],
    ))  # fmt: skip
    fixed_by(run, "if not self.text: return None")
    never = BUFFER.replace("-> str | None", "-> str")
    assert not [e for e in edits_of(never) if e.kind == "missing guard"]


METER = program("""
    class Meter:
        def __init__(self, users):
            self._totals = {user: {"count": 0, "amount": 0} for user in users}

        def record(self, user, amount):
            totals = self._totals[user]
            totals["count"] += 1
            totals["amount"] += amount

        def cancel(self, user, amount):
            totals = self._totals[user]
            totals["amount"] = max(0, totals["amount"] - amount)

        def totals(self, user):
            return dict(self._totals[user])


    def after(*steps):
        meter = Meter(["ann"])
        for action, amount in steps:
            getattr(meter, action)("ann", amount)
        return meter.totals("ann")
""")


def test_an_undoing_kept_above_zero_undoes_the_others_the_same_way(repair: Repair) -> None:
    edit = only(edits_of(METER), "missing inverse update", 'after `totals["amount"] = max(')
    assert 'totals["count"] = max(0, totals["count"] - 1)' in edit.description
    run = repair(Scenario(
        {"prog.py": METER}, {"prog.py": applied(METER, edit)},
        failing=["after(('record', 5), ('cancel', 5))"],
        passing=["after(('record', 5),)", "after(('record', 2), ('record', 3))"],
        hidden=["after(('cancel', 4),)", "after(('record', 1), ('cancel', 1), ('cancel', 1))"],
    ))  # fmt: skip
    fixed_by(run, 'totals["count"] = max(0, totals["count"] - 1)')


PROFILES = program("""
    \"\"\"Profiles are dicts: {"name": str, optional "nickname": str}.\"\"\"


    def label(profile):
        return profile.get("nick") or profile["name"]


    def person(name, **extra):
        return {"name": name, **extra}
""")


def test_a_key_read_misspelled_becomes_the_key_the_docstring_quotes(repair: Repair) -> None:
    edit = only(edits_of(PROFILES), "wrong key or literal", '`"nick"` -> `"nickname"`')
    # the inputs build the key from parts, so only the docstring spells it
    run = repair(Scenario(
        {"prog.py": PROFILES}, {"prog.py": applied(PROFILES, edit)},
        failing=["label(person('Ann', **dict([('nick' + 'name', 'A')])))"],
        passing=["label(person('Bob'))"],
        hidden=["label(person('Cy', **dict([('nick' + 'name', 'C')])))"],
    ))  # fmt: skip
    fixed_by(run, '`"nick"` -> `"nickname"`')


PAY = program("""
    RATES = {"day": 100, "night": 150, "weekend": 200}


    def shift_pay(day_hours, night_hours):
        return day_hours * RATES["day"] + night_hours * RATES["day"]
""")


def test_a_rate_nothing_reads_is_taken_by_the_quantity_named_like_it(repair: Repair) -> None:
    keyed = [e for e in edits_of(PAY) if e.kind == "wrong key or literal" and e.structural]
    assert len(keyed) == 1 and '`"day"` -> `"night"`' in keyed[0].description
    edit = keyed[0]
    assert 'night_hours * RATES["night"]' in applied(PAY, edit)
    run = repair(Scenario(
        {"prog.py": PAY}, {"prog.py": applied(PAY, edit)},
        failing=["shift_pay(0, 2)", "shift_pay(1, 1)"],
        passing=["shift_pay(3, 0)"],
        hidden=["shift_pay(2, 5)", "shift_pay(0, 0)"],
    ))  # fmt: skip
    fixed_by(run, '`"day"` -> `"night"`')


PLAYLIST = program("""
    class Playlist:
        def __init__(self):
            self.tracks = []
            self.revision = 0

        def add_track(self, title):
            self.tracks.append(title)
            self.revision += 1

        def remove_track(self, title):
            self.tracks.remove(title)

        def state(self):
            return self.revision, list(self.tracks)


    def after(*steps):
        playlist = Playlist()
        for action, title in steps:
            getattr(playlist, action)(title)
        return playlist.state()
""")


def test_a_counter_of_changes_moves_on_when_a_change_is_undone(repair: Repair) -> None:
    inverses = [e for e in edits_of(PLAYLIST) if e.kind == "missing inverse update"]
    assert not any("self.revision -= 1" in e.description for e in inverses)
    edit = only(inverses, "missing inverse update", "`self.revision += 1` after")
    run = repair(Scenario(
        {"prog.py": PLAYLIST}, {"prog.py": applied(PLAYLIST, edit)},
        failing=["after(('add_track', 'a'), ('remove_track', 'a'))"],
        passing=["after(('add_track', 'a'),)"],
        hidden=["after(('add_track', 'a'), ('add_track', 'b'), ('remove_track', 'b'))"],
    ))  # fmt: skip
    fixed_by(run, "self.revision += 1")


BLOBS = program("""
    class BlobCache:
        def __init__(self):
            self._blobs = {}
            self._bytes = 0

        def put(self, key, data):
            blob = bytes(data)
            self._blobs[key] = blob
            self._bytes += len(blob)

        def drop(self, key):
            del self._blobs[key]

        def size(self):
            return self._bytes


    def after(*steps):
        cache = BlobCache()
        for action, *args in steps:
            getattr(cache, action)(*args)
        return cache.size()
""")


def test_an_undoing_reads_the_stored_value_before_it_goes(repair: Repair) -> None:
    edit = only(
        edits_of(BLOBS), "missing inverse update", "`self._bytes -= len(self._blobs[key])` before"
    )
    run = repair(Scenario(
        {"prog.py": BLOBS}, {"prog.py": applied(BLOBS, edit)},
        failing=["after(('put', 'a', b'xyz'), ('drop', 'a'))"],
        passing=["after(('put', 'a', b'xyz'),)"],
        hidden=["after(('put', 'a', b'xy'), ('put', 'b', b'z'), ('drop', 'a'))"],
    ))  # fmt: skip
    fixed_by(run, "self._bytes -= len(self._blobs[key])")


LEVELS = program("""
    FLOOR = 100


    def encode_level(level, step):
        return (level - FLOOR) * 4 + step


    def decode_level(code):
        return code // 4, code % 4
""")


def test_a_decoder_adds_back_the_offset_its_encoder_takes_off(repair: Repair) -> None:
    edit = only(edits_of(LEVELS), "missing arithmetic expression", "-> `(code // 4) + FLOOR`")
    run = repair(Scenario(
        {"prog.py": LEVELS}, {"prog.py": applied(LEVELS, edit)},
        failing=["decode_level(encode_level(130, 1))"],
        passing=["encode_level(101, 2)", "decode_level(7)[1]"],
        hidden=["decode_level(encode_level(100, 3))", "decode_level(encode_level(257, 0))"],
    ))  # fmt: skip
    fixed_by(run, "(code // 4) + FLOOR")
