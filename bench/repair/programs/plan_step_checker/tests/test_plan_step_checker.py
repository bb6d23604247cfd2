from plan_step_checker import check_plan

ALLOWED = {
    "search": {"required": ["query"], "optional": ["limit"], "max_calls": 2},
    "read_file": {"required": ["path"]},
    "send_email": {"required": ["to", "body"], "needs_approval": True},
}


def test_valid_plan_has_no_problems():
    plan = [
        {"id": "s1", "tool": "search", "args": {"query": "q3 revenue", "limit": 5}},
        {"id": "s2", "tool": "read_file", "args": {"path": "report.md"}, "after": ["s1"]},
    ]
    assert check_plan(plan, ALLOWED) == []


def test_unknown_tool():
    plan = [{"id": "s1", "tool": "shell", "args": {"cmd": "rm -rf /"}}]
    assert check_plan(plan, ALLOWED) == ["s1: tool 'shell' is not allowed"]


def test_argument_problems():
    plan = [{"id": "a", "tool": "search", "args": {"q": "typo"}}]
    assert check_plan(plan, ALLOWED) == [
        "a: missing argument 'query'",
        "a: unexpected argument 'q'",
    ]


def test_call_limit():
    plan = [{"tool": "search", "args": {"query": str(n)}} for n in range(3)]
    assert check_plan(plan, ALLOWED) == ["3: search used more than 2 times"]


def test_approval_required_for_email():
    email = {"to": "cfo@example.com", "body": "numbers attached"}
    unapproved = [{"id": "mail", "tool": "send_email", "args": email}]
    approved = [{"id": "mail", "tool": "send_email", "args": email, "approved": True}]
    assert check_plan(unapproved, ALLOWED) == ["mail: send_email needs approval"]
    assert check_plan(approved, ALLOWED) == []


def test_dependency_must_come_first():
    plan = [
        {"id": "s1", "tool": "read_file", "args": {"path": "a"}, "after": ["s2"]},
        {"id": "s2", "tool": "read_file", "args": {"path": "b"}},
    ]
    assert check_plan(plan, ALLOWED) == ["s1: depends on 's2', which has not run yet"]
