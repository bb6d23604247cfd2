import pytest

from audit_fixed_width import RECORD_WIDTH, dump, format_record, load


RECORDS = [
    {"step": 1, "agent": "planner", "tool": "search", "status": "ok", "ms": 120},
    {"step": 2, "agent": "coder", "tool": "write_file", "status": "error", "ms": 5},
]


def test_format_record_columns():
    line = format_record(RECORDS[0])
    assert len(line) == RECORD_WIDTH
    assert line == "00001planner   search        ok     0000120"


def test_long_text_is_truncated():
    line = format_record({"step": 3, "agent": "a", "tool": "run_shell_command_x", "ms": 1})
    assert line[15:29] == "run_shell_comm"


def test_number_too_wide_raises():
    with pytest.raises(ValueError):
        format_record({"step": 123456, "agent": "a", "tool": "t", "status": "ok", "ms": 0})


def test_dump_and_load_round_trip():
    assert load(dump(RECORDS)) == RECORDS
