from csv_query_tool import run_query

TABLES = {
    "people": "name,city,age\nann,oslo,31\nbob,rome,45\ncy,oslo,27\n",
}


def test_where_and_columns():
    call = {"name": "query_csv", "arguments": {
        "table": "people", "columns": ["name"], "where": {"city": "oslo"}}}
    assert run_query(call, TABLES) == {
        "ok": True, "rows": [{"name": "ann"}, {"name": "cy"}], "matched": 2}


def test_arguments_as_json_string():
    call = {"name": "query_csv", "arguments": '{"table": "people", "limit": 1}'}
    result = run_query(call, TABLES)
    assert result["rows"] == [{"name": "ann", "city": "oslo", "age": "31"}]


def test_unknown_table_is_reported():
    result = run_query({"arguments": {"table": "pets"}}, TABLES)
    assert result["ok"] is False
    assert "pets" in result["error"]


def test_malformed_json_arguments_are_reported():
    result = run_query({"arguments": '{"table": "people", '}, TABLES)
    assert result["ok"] is False
