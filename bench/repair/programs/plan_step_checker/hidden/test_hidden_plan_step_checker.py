from plan_step_checker import check_plan

ALLOWED = {
    "fetch": {"required": ["url"], "max_calls": 1},
    "summarize": {"required": ["text"], "optional": ["words"]},
    "post": {"required": ["channel", "text"], "optional": ["thread"], "needs_approval": True,
             "max_calls": 3},
    "delete": {"required": ["id"], "needs_approval": False},
}


def test_limit_counts_per_tool():
    plan = [
        {"id": "f1", "tool": "fetch", "args": {"url": "a"}},
        {"id": "s1", "tool": "summarize", "args": {"text": "x"}},
        {"id": "f2", "tool": "fetch", "args": {"url": "b"}},
        {"id": "s2", "tool": "summarize", "args": {"text": "y"}},
        {"id": "f3", "tool": "fetch", "args": {"url": "c"}},
    ]
    assert check_plan(plan, ALLOWED) == [
        "f2: fetch used more than 1 times",
        "f3: fetch used more than 1 times",
    ]


def test_approved_posts_within_limit_pass():
    plan = [{"id": f"p{n}", "tool": "post", "args": {"channel": "#ops", "text": "hi"},
             "approved": True} for n in range(3)]
    assert check_plan(plan, ALLOWED) == []


def test_mixed_approval_and_limit():
    post = {"channel": "#ops", "text": "hi", "thread": "t1"}
    plan = [
        {"id": "p1", "tool": "post", "args": post, "approved": True},
        {"id": "p2", "tool": "post", "args": post},
        {"id": "p3", "tool": "post", "args": post, "approved": False},
        {"id": "p4", "tool": "post", "args": post, "approved": True},
    ]
    assert check_plan(plan, ALLOWED) == [
        "p2: post needs approval",
        "p3: post needs approval",
        "p4: post used more than 3 times",
    ]


def test_approval_flag_false_or_absent_means_no_approval_needed():
    plan = [
        {"id": "d1", "tool": "delete", "args": {"id": 4}},
        {"id": "s1", "tool": "summarize", "args": {"text": "t", "words": 50}, "approved": True},
    ]
    assert check_plan(plan, ALLOWED) == []


def test_default_ids_and_dependencies():
    plan = [
        {"tool": "fetch", "args": {"url": "u"}},
        {"tool": "summarize", "args": {"text": "t"}, "after": ["1"]},
        {"tool": "summarize", "args": {"text": "t", "style": "bullets"}, "after": ["9"]},
    ]
    assert check_plan(plan, ALLOWED) == [
        "3: unexpected argument 'style'",
        "3: depends on '9', which has not run yet",
    ]
