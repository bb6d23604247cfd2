from sql_readonly_guard import check, run_query


def test_plain_select_is_allowed():
    assert check("SELECT id, name FROM users WHERE active = 1") is None


def test_trailing_semicolon_is_fine():
    assert check("SELECT count(*) FROM orders;") is None


def test_writes_are_refused():
    assert "DELETE" in check("DELETE FROM users")
    assert check("update users set name = 'x'") is not None


def test_write_hidden_in_a_cte_is_refused():
    assert "DELETE" in check("WITH gone AS (DELETE FROM logs RETURNING id) SELECT * FROM gone")


def test_keywords_inside_strings_and_comments_do_not_count():
    assert check("SELECT * FROM notes WHERE body = 'please delete me' -- drop later") is None


def test_second_statement_is_checked_too():
    assert "DROP" in check("SELECT 1; DROP TABLE users")


def test_empty_query():
    assert check("   ") == "the query is empty"


def test_run_query():
    def execute(sql):
        return [(1,)]

    assert run_query(execute, "SELECT 1") == {"rows": [(1,)]}
    assert "error" in run_query(execute, "TRUNCATE sessions")
