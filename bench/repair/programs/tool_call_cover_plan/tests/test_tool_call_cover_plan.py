from tool_call_cover_plan import cheapest_cover, missing_capabilities

REGISTRY = [
    {"name": "web_search", "provides": ["search", "fetch"], "cost": 3},
    {"name": "http_get", "provides": ["fetch"], "cost": 1},
    {"name": "read_file", "provides": ["read"], "cost": 1},
    {"name": "shell", "provides": ["read", "write", "exec"], "cost": 5},
    {"name": "write_file", "provides": ["write"], "cost": 1},
    {"name": "python", "provides": ["exec", "math"], "cost": 2},
]


def test_empty_plan_needs_no_calls():
    assert cheapest_cover([], []) == (0, [])


def test_no_tools():
    assert cheapest_cover(["read"], []) is None


def test_single_capability():
    assert cheapest_cover(["read"], REGISTRY) == (1, ["read_file"])


def test_separate_tools_cheaper_than_shell():
    assert cheapest_cover(["read", "write", "exec"], REGISTRY) == (
        4, ["read_file", "write_file", "python"])


def test_uncoverable_plan():
    assert cheapest_cover(["search", "deploy"], REGISTRY) is None


def test_missing_capabilities():
    assert missing_capabilities(["deploy", "read", "alert"], REGISTRY) == ["alert", "deploy"]
