import pytest

from tool_glob_router import ToolRouter


def test_excluded_tool_reaches_the_fallback():
    router = ToolRouter(fallback="local")
    router.add("fs_*", "fs-server", exclude=("fs_write*", "fs_rm"))
    assert router.route("fs_read") == "fs-server"
    assert router.route("fs_write_text") == "local"
    assert router.route("fs_rm") == "local"
    assert router.route("fs_rmdir") == "fs-server"


def test_excluded_tool_without_fallback_is_unroutable():
    router = ToolRouter()
    router.add("db_*", "postgres", exclude=("db_drop*",))
    assert router.route("db_query") == "postgres"
    with pytest.raises(LookupError):
        router.route("db_drop_table")
    assert router.plan(["db_query", "db_drop_table", "db_insert"]) == {
        "postgres": ["db_query", "db_insert"]}


def test_plan_respects_exclusions():
    router = ToolRouter(fallback="local")
    router.add("slack_*", "slack", exclude=("slack_admin_*",))
    router.add("slack_admin_*", "admin")
    plan = router.plan(["slack_post", "slack_admin_kick", "slack_read"])
    assert plan == {"slack": ["slack_post", "slack_read"], "admin": ["slack_admin_kick"]}


def test_first_matching_rule_wins():
    router = ToolRouter()
    router.add("search_*", "primary")
    router.add("search_web", "secondary")
    assert router.route("search_web") == "primary"


def test_patterns_are_case_sensitive():
    router = ToolRouter(fallback="local")
    router.add("Git*", "git", exclude=("GitPush",))
    assert router.route("GitStatus") == "git"
    assert router.route("gitStatus") == "local"
    assert router.route("GitPush") == "local"


def test_explain_reports_exclusions():
    router = ToolRouter(fallback="local")
    router.add("fs_*", "fs-server", exclude=("fs_rm",))
    router.add("*", "catch-all")
    assert router.explain("fs_rm") == ["fs_*: excluded", "*: -> catch-all"]
    assert router.route("fs_rm") == "catch-all"
