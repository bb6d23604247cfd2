import pytest

from tool_glob_router import ToolRouter


def make_router():
    router = ToolRouter(fallback="local")
    router.add("github__*", "mcp-github", exclude=("github__delete_*",))
    router.add("*__delete_*", "needs-approval")
    router.add("browser_*", "sandbox")
    return router


def test_routes_by_pattern():
    router = make_router()
    assert router.route("github__list_issues") == "mcp-github"
    assert router.route("browser_click") == "sandbox"


def test_unmatched_tools_go_to_the_fallback():
    assert make_router().route("read_file") == "local"


def test_no_fallback_raises():
    router = ToolRouter()
    router.add("web_*", "remote")
    with pytest.raises(LookupError):
        router.route("shell")


def test_excluded_tool_falls_through_to_a_later_rule():
    assert make_router().route("github__delete_repo") == "needs-approval"


def test_plan_groups_tools_by_backend():
    plan = make_router().plan(["browser_open", "github__get_pr", "grep", "browser_type"])
    assert plan == {"sandbox": ["browser_open", "browser_type"],
                    "mcp-github": ["github__get_pr"], "local": ["grep"]}


def test_explain():
    assert make_router().explain("browser_click") == [
        "github__*: no match", "*__delete_*: no match", "browser_*: -> sandbox"]
