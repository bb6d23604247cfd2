"""The pitfalls family: slips whose correct spelling is a convention (a ceiling division, the
leap year rule, a ``while`` loop that walks an index to one end, a search that resumes past the
match it looked at, a loop that tests a queue's front and drops its back). Each runs on a small program of its own, none of them a benchmark
program."""

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


TAGS = program("""
    def first_closed(text):
        \"\"\"The first ``<...>`` whose body has no ``<`` in it.\"\"\"
        start = text.find("<")
        while start != -1:
            end = text.find(">", start)
            if end == -1:
                return None
            if "<" not in text[start + 1 : end]:
                return text[start : end + 1]
            start = text.find("<", end)
        return None
""")


def test_the_next_search_resumes_just_past_the_match_it_looked_at(repair: Repair) -> None:
    repaired(
        repair, TAGS, "incorrect variable", "`end` -> `start + 1`",
        failing=["first_closed('<a <b>')"],
        passing=["first_closed('x <a> y')", "first_closed('none')", "first_closed('<a')"],
        hidden=["first_closed('<< <c>')", "first_closed('<x <y <z>')"],
    )  # fmt: skip


WINDOW = program("""
    from collections import deque


    class Window:
        def __init__(self, span):
            self.span = span
            self.stamps = deque()

        def hit(self, now):
            self.stamps.append(now)
            while self.stamps and self.stamps[0] <= now - self.span:
                self.stamps.pop()
            return len(self.stamps)


    def hits(span, times):
        window = Window(span)
        return [window.hit(t) for t in times]
""")


def test_a_loop_that_tests_the_front_of_a_queue_drops_the_front(repair: Repair) -> None:
    repaired(
        repair, WINDOW, "incorrect method called", "`self.stamps.popleft()`",
        failing=["hits(10, [1, 5, 12])"],
        passing=["hits(10, [1, 2, 3])", "hits(5, [])"],
        hidden=["hits(3, [1, 2, 3, 4, 5, 9])", "hits(10, [0, 20, 25, 31])"],
    )  # fmt: skip
