"""The pitfalls family: slips whose correct spelling is a convention (a ceiling division, the
leap year rule, a ``while`` loop that walks an index to one end). Each runs on a small program
of its own, none of them a benchmark program."""

from __future__ import annotations

from repair_edits import edits_of, repaired
from repair_fake import Repair, program

PAGES = program("""
    PER_PAGE = 10


    def pages(items):
        return (len(items) + PER_PAGE) // PER_PAGE


    def page(items, number):
        start = number * PER_PAGE
        return items[start:start + PER_PAGE]
""")


def test_a_ceiling_division_adds_one_less_than_the_divisor(repair: Repair) -> None:
    repaired(
        repair, PAGES, "ceiling division", "`(len(items) + PER_PAGE - 1) // PER_PAGE`",
        failing=["pages(list(range(10)))", "pages([])"],
        passing=["pages(list(range(15)))", "page(list(range(15)), 1)"],
        hidden=["pages(list(range(20)))", "pages(list(range(21)))", "pages([1])"],
    )  # fmt: skip


RUNS = program("""
    def run_around(s, i):
        \"\"\"The bounds of the run of equal characters around s[i].\"\"\"
        lo = hi = i
        while s[lo - 1] == s[i] and lo > 0:
            lo -= 1
        while s[hi] == s[i]:
            hi += 1
            if hi == len(s):
                break
        return lo, hi

    def matched(s, i):
        lo = i
        while lo >= 0 and s[lo] == s[i]:
            lo -= 1
        end = i
        while s[end] == s[i]:
            end -= 1
        return lo, end
""")


def test_a_walk_down_is_bounded_below(repair: Repair) -> None:
    repaired(
        repair, RUNS, "missing bound", "`end >= 0 and s[end] == s[i]`",
        failing=["matched('aba', 0)"],
        passing=["matched('bab', 2)", "matched('xyz', 1)"],
        hidden=["matched('aaa', 2)", "matched('a', 0)", "matched('bba', 1)"],
    )  # fmt: skip
    guards = [e.description for e in edits_of(RUNS) if e.kind == "missing bound"]
    # indexes the test compares already (``lo >= 0``, ``lo > 0``) get no second guard
    assert not any("lo >= 0 and lo >= 0" in d or "lo >= 0 and s[lo - 1]" in d for d in guards)
    assert any("hi < len(s) and s[hi] == s[i]" in d for d in guards)


CALENDAR = program("""
    def february_days(year):
        leap = year % 4 == 0 and year % 100 != 0
        return 29 if leap else 28
""")


def test_a_leap_year_keeps_every_fourth_century(repair: Repair) -> None:
    repaired(
        repair, CALENDAR, "leap year rule", "(year % 100 != 0 or year % 400 == 0)",
        failing=["february_days(2000)"],
        passing=["february_days(2024)", "february_days(2023)", "february_days(1900)"],
        hidden=["february_days(2400)", "february_days(2100)", "february_days(1600)"],
    )  # fmt: skip
