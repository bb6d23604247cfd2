import json

from csv_query_tool import run_query

TABLES = {
    "stock": "sku,shop,qty\na1,north,3\nb2,north,0\na1,south,9\nc3,south,3\n",
    "blank": "sku,qty\n",
}


def call(**args):
    return {"name": "query_csv", "arguments": args}


def test_numeric_where_value_is_compared_as_text():
    result = run_query(call(table="stock", where={"qty": 3}, columns=["sku"]), TABLES)
    assert result == {"ok": True, "rows": [{"sku": "a1"}, {"sku": "c3"}], "matched": 2}


def test_limit_as_string_and_default():
    assert run_query(call(table="stock", limit="2"), TABLES)["matched"] == 2
    assert run_query(call(table="stock"), TABLES)["matched"] == 4


def test_bad_limit_values():
    for bad in ("ten", 0, -1):
        result = run_query(call(table="stock", limit=bad), TABLES)
        assert result["ok"] is False
        assert result["error"].startswith("ValueError")


def test_bad_json_error_names_the_problem():
    result = run_query({"arguments": "{table: stock}"}, TABLES)
    assert result["ok"] is False
    assert "JSONDecodeError" in result["error"]


def test_unknown_columns():
    result = run_query(call(table="stock", columns=["sku", "price"]), TABLES)
    assert result == {"ok": False, "error": "KeyError: 'price'"}
    result = run_query(call(table="stock", where={"colour": "red"}), TABLES)
    assert result["ok"] is False and "colour" in result["error"]


def test_json_string_with_where_and_missing_arguments():
    args = json.dumps({"table": "stock", "where": {"shop": "south", "sku": "a1"}})
    assert run_query({"arguments": args}, TABLES)["rows"] == [
        {"sku": "a1", "shop": "south", "qty": "9"}]
    assert run_query({}, TABLES)["ok"] is False


def test_table_with_header_only():
    assert run_query(call(table="blank"), TABLES) == {"ok": True, "rows": [], "matched": 0}


def test_header_only_table_with_columns():
    result = run_query(call(table="blank", columns=["qty"], where={"sku": "a1"}), TABLES)
    assert result == {"ok": True, "rows": [], "matched": 0}
