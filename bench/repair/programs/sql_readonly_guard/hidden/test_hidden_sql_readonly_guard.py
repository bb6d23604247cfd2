import pytest

from sql_readonly_guard import check, run_query


@pytest.mark.parametrize("sql", [
    "SELECT 1;;",
    "SELECT 1;; SELECT 2",
    ";SELECT 1",
    "SELECT 1; -- that's all",
    "SELECT 1; /* done */",
    "SELECT 1;\n\n",
    "EXPLAIN SELECT * FROM t;",
    "SELECT 'a;b' AS x; SELECT \"delete\" FROM t;",
    "(SELECT 1) UNION (SELECT 2);",
    "SELECT updated_at, deleted FROM t;",
])
def test_read_only_queries_pass(sql):
    assert check(sql) is None


@pytest.mark.parametrize("sql,word", [
    ("SELECT 1;; DROP TABLE t", "DROP"),
    ("SELECT 1; ; INSERT INTO t VALUES (1)", "INSERT"),
    ("SELECT 1; -- comment\n; ALTER TABLE t ADD c int", "ALTER"),
    ("; ;CREATE TABLE x (a int);", "CREATE"),
    ("select 1; update t set a = 2;", "UPDATE"),
    ("EXPLAIN ANALYZE DELETE FROM t;", "DELETE"),
    ("GRANT ALL ON t TO bob;", "GRANT"),
])
def test_writes_after_empty_statements_are_refused(sql, word):
    reason = check(sql)
    assert reason is not None
    assert word in reason


@pytest.mark.parametrize("sql", [";", " ; ; ", "-- nothing\n;", "/* */;", "''"])
def test_nothing_to_run_is_empty(sql):
    assert check(sql) == "the query is empty"


def test_run_query_with_trailing_semicolons():
    seen = []

    def execute(sql):
        seen.append(sql)
        return [("ok",)]

    assert run_query(execute, "SELECT 'ok';;") == {"rows": [("ok",)]}
    assert "error" in run_query(execute, "SELECT 1; DELETE FROM t;")
    assert seen == ["SELECT 'ok';;"]
