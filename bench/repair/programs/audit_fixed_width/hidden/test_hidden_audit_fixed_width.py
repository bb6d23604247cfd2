import pytest

from audit_fixed_width import RECORD_WIDTH, dump, format_record, load, parse_record


def test_parse_known_line():
    line = "00042sub agent ls -la        timeout0009999\n"
    assert parse_record(line) == {
        "step": 42, "agent": "sub agent", "tool": "ls -la",
        "status": "timeout", "ms": 9999,
    }


def test_missing_fields_default_to_blank_and_zero():
    line = format_record({"tool": "noop"})
    assert parse_record(line) == {"step": 0, "agent": "", "tool": "noop", "status": "", "ms": 0}


def test_round_trip_with_truncation():
    rec = {"step": 7, "agent": "research_agent_2", "tool": "fetch", "status": "ok", "ms": 31}
    (back,) = load(dump([rec]))
    assert back == {"step": 7, "agent": "research_a", "tool": "fetch", "status": "ok", "ms": 31}


def test_many_records_round_trip():
    recs = [
        {"step": i, "agent": f"ag{i % 3}", "tool": f"tool_{i}", "status": "ok" if i % 2 else "fail", "ms": i * 37}
        for i in range(1, 60)
    ]
    text = dump(recs)
    assert all(len(l) == RECORD_WIDTH for l in text.splitlines())
    assert load(text + "\n\n") == recs


def test_bad_lines_and_values():
    with pytest.raises(ValueError):
        parse_record("00001short")
    with pytest.raises(ValueError):
        format_record({"step": -1})
