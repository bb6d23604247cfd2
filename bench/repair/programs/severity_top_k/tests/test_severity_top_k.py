import pytest

from severity_top_k import Record, SevereTail


def test_keeps_the_newest_when_all_equal():
    tail = SevereTail(3)
    tail.extend(Record(n, "info", f"tick {n}") for n in range(1, 6))
    assert [r.seq for r in tail.most_severe()] == [5, 4, 3]


def test_critical_beats_newer_info():
    tail = SevereTail(1)
    tail.extend([Record(1, "critical", "disk full"), Record(2, "info", "heartbeat")])
    assert tail.most_severe() == [Record(1, "critical", "disk full")]


def test_error_beats_newer_warning():
    tail = SevereTail(2)
    tail.extend([
        Record(1, "error", "tool crashed"),
        Record(2, "warning", "slow response"),
        Record(3, "warning", "retrying"),
    ])
    assert [r.message for r in tail.most_severe()] == ["tool crashed", "retrying"]


def test_offer_reports_whether_kept():
    tail = SevereTail(1)
    assert tail.offer(Record(1, "warning", "a"))
    assert not tail.offer(Record(2, "debug", "b"))
    assert tail.offer(Record(3, "critical", "c"))


def test_level_names_are_case_insensitive():
    tail = SevereTail(2)
    tail.extend([Record(1, "WARNING", "x"), Record(2, "Debug", "y"), Record(3, "Info", "z")])
    assert [r.seq for r in tail.most_severe()] == [1, 3]


def test_k_must_be_positive():
    with pytest.raises(ValueError):
        SevereTail(0)
