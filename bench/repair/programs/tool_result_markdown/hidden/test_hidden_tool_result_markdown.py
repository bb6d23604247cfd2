import json

from tool_result_markdown import render_tool_result


def test_clipped_json_layout():
    payload = {"rows": [{"id": n, "name": f"row {n}"} for n in range(60)]}
    body = json.dumps(payload, indent=2, sort_keys=True, ensure_ascii=False)
    out = render_tool_result("query", "json", payload, limit=300)
    lines = out.split("\n")
    assert lines[:3] == ["#### `query`", "", "```json"]
    assert lines[-1] == "```"
    assert lines[-2] == f"… [{len(body) - 300} more characters]"
    assert "\n".join(lines[3:-2]) == body[:300]
    assert out.count("```") == 2


def test_json_exactly_at_limit_is_not_clipped():
    payload = ["abc", "def"]
    body = json.dumps(payload, indent=2)
    out = render_tool_result("t", "json", payload, limit=len(body))
    assert out == f"#### `t`\n\n```json\n{body}\n```"


def test_json_list_clipped_with_small_limit():
    out = render_tool_result("t", "json", list(range(100)), limit=10)
    assert out.startswith("#### `t`\n\n```json\n[\n  0,\n  1")
    assert out.endswith("more characters]\n```")


def test_long_text_and_error_clipped():
    assert render_tool_result("t", "text", "x" * 50, limit=20).endswith(
        "x" * 20 + "\n… [30 more characters]"
    )
    assert render_tool_result("t", "error", "e" * 15, limit=5) == (
        "#### `t`\n\n**Error:** eeeee\n… [10 more characters]"
    )


def test_table_clipped_by_rows():
    rows = [{"n": n} for n in range(100)]
    out = render_tool_result("t", "table", rows, limit=60)
    assert out.splitlines()[-1].endswith("more rows]")
    assert render_tool_result("t", "table", []) == "#### `t`\n\n_(no rows)_"
