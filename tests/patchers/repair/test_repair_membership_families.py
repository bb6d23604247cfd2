"""Families for membership tests that leave out part of what they test against: a raw probe
held against members that went in normalised, and a hierarchy test that leaves out the name
itself. Each runs on a small program of its own, none of them a benchmark program."""

from __future__ import annotations

from repair_edits import applied, edits_of, only
from repair_fake import Repair, Scenario, fixed_by, program

BLOCKLIST = program("""
    def _clean(word):
        return word.strip().casefold()

    class Blocklist:
        def __init__(self, words):
            self.words = {_clean(w) for w in words}

        def blocks(self, word):
            return word in self.words

        def size(self):
            return len(self.words)
""")


def test_a_raw_probe_goes_through_what_the_members_went_through(repair: Repair) -> None:
    edit = only(edits_of(BLOCKLIST), "missing function call", "`word` -> `_clean(word)`")
    run = repair(Scenario(
        {"prog.py": BLOCKLIST}, {"prog.py": applied(BLOCKLIST, edit)},
        failing=["Blocklist(['Spam']).blocks('Spam')"],
        passing=["Blocklist(['eggs']).blocks('eggs')", "Blocklist(['a']).blocks('b')"],
        hidden=["Blocklist(['x']).blocks(' X ')", "Blocklist([' Ham']).blocks('HAM')",
                "Blocklist(['ham']).blocks('jam')"],
    ))  # fmt: skip
    fixed_by(run, "_clean(word)")


def test_members_that_went_in_raw_leave_the_probe_alone() -> None:
    raw = BLOCKLIST.replace("{_clean(w) for w in words}", "set(words)")
    assert not [e for e in edits_of(raw) if "`word` -> `_clean(word)`" in e.description]


TOPICS = program("""
    def subscribers(subscriptions, topic):
        found = []
        for prefix, who in subscriptions:
            if topic.startswith(prefix + "/"):
                found.append(who)
        return sorted(found)
""")


def test_a_hierarchy_test_takes_in_the_name_itself(repair: Repair) -> None:
    edit = only(edits_of(TOPICS), "missing condition", "topic == prefix or")
    run = repair(Scenario(
        {"prog.py": TOPICS}, {"prog.py": applied(TOPICS, edit)},
        failing=["subscribers([('a', 'x'), ('a/b', 'y')], 'a/b')"],
        passing=["subscribers([('a', 'x')], 'a/c')", "subscribers([('b', 'x')], 'a/b')"],
        hidden=["subscribers([('a', 'x')], 'a')", "subscribers([('a/b', 'x')], 'a/bc')",
                "subscribers([('a', 'x'), ('a/b', 'y'), ('a/b/c', 'z')], 'a/b/c')"],
    ))  # fmt: skip
    fixed_by(run, "topic == prefix or")


def test_a_test_that_already_takes_in_the_name_is_left_alone() -> None:
    whole = TOPICS.replace("if topic.startswith", "if topic == prefix or topic.startswith")
    clauses = [e for e in edits_of(whole) if e.kind == "missing condition"]
    assert not [e for e in clauses if applied(whole, e).count("topic == prefix") > 1]
