from tool_result_markdown import render_tool_result


def test_text_result():
    assert render_tool_result("echo", "text", "hi") == "#### `echo`\n\nhi"


def test_small_json_result_is_a_code_block():
    out = render_tool_result("weather", "json", {"temp": 21, "city": "Oslo"})
    assert out == '#### `weather`\n\n```json\n{\n  "city": "Oslo",\n  "temp": 21\n}\n```'


def test_long_json_is_clipped_inside_a_closed_block():
    payload = {"items": list(range(500))}
    out = render_tool_result("list", "json", payload, limit=200)
    assert len(out) < 400
    assert "more characters]" in out
    assert out.endswith("\n```")


def test_table():
    rows = [{"name": "a.py", "size": 10}, {"name": "b|c.py", "size": 7}]
    out = render_tool_result("ls", "table", rows)
    assert out.splitlines()[2:] == [
        "| name | size |",
        "| --- | --- |",
        "| a.py | 10 |",
        "| b\\|c.py | 7 |",
    ]


def test_error_and_unknown_kind():
    assert render_tool_result("x", "error", "boom").endswith("**Error:** boom")
    assert render_tool_result("x", "image", 123).endswith("\n\n123")
