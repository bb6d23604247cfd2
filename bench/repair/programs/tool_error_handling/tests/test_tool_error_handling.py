import pytest

from tool_error_handling import ToolError, execute, run_all


def read_file(path):
    if path == "missing.txt":
        raise ToolError("no such file: missing.txt")
    return f"contents of {path}"


def test_success():
    assert execute(read_file, {"path": "a.txt"}) == {"ok": True, "content": "contents of a.txt"}


def test_tool_error_becomes_result():
    result = execute(read_file, {"path": "missing.txt"})
    assert result == {"ok": False, "error": "ToolError: no such file: missing.txt", "retryable": False}


def test_wrong_argument_name_is_reported_to_the_model():
    result = execute(read_file, {"filename": "a.txt"})
    assert result["ok"] is False
    assert "filename" in result["error"]


def test_bugs_still_crash():
    def broken():
        return 1 / 0

    with pytest.raises(ZeroDivisionError):
        execute(broken, {})


def test_run_all():
    assert [r["ok"] for r in run_all([(read_file, {"path": "x"})])] == [True]
