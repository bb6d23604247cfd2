import pytest

from tag_query_eval import QuerySyntaxError, filter_items, matches

ITEMS = {
    "flask": {"python", "web"},
    "click": {"python", "cli"},
    "rocket": {"rust", "web", "beta"},
    "django": {"Python", "Web", "orm"},
}


def test_single_tag_case_insensitive():
    assert matches("PYTHON", {"python"})
    assert not matches("rust", {"python"})


def test_and_both_present():
    assert matches("python AND web", {"python", "web"})


def test_and_first_missing():
    assert not matches("rust AND web", {"python", "web"})


def test_or_and_not():
    assert filter_items("web OR cli", ITEMS) == ["flask", "click", "rocket", "django"]
    assert filter_items("web AND NOT beta", ITEMS) == ["flask", "django"]


def test_parentheses():
    assert filter_items("(rust OR orm) AND web", ITEMS) == ["rocket", "django"]


def test_syntax_errors():
    for query in ["python AND", "(web OR cli", "web cli", ")"]:
        with pytest.raises(QuerySyntaxError):
            matches(query, {"web"})
