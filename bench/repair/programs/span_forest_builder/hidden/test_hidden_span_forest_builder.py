from span_forest_builder import build_forest, render, walk


def span(span_id, parent_id, name, start, end):
    return {"span_id": span_id, "parent_id": parent_id, "name": name, "start": start, "end": end}


def test_children_sorted_by_start_even_if_events_arrive_late():
    events = [
        span("x3", "top", "c", 0.7, 0.9),
        span("top", None, "plan", 0.0, 1.0),
        span("x1", "top", "a", 0.1, 0.2),
        span("x2", "top", "b", 0.4, 0.5),
    ]
    roots = build_forest(events)
    assert [r.name for r in roots] == ["plan"]
    assert [c.name for c in roots[0].children] == ["a", "b", "c"]


def test_orphans_become_roots_in_start_order():
    events = [
        span("k", "missing", "late_child", 0.5, 0.6),
        span("r", None, "main", 0.0, 1.0),
        span("q", "r", "step", 0.2, 0.3),
    ]
    roots = build_forest(events)
    assert [r.name for r in roots] == ["main", "late_child"]
    assert [c.name for c in roots[0].children] == ["step"]


def test_self_time_subtracts_direct_children():
    events = [
        span("r", None, "turn", 0.0, 2.0),
        span("a", "r", "llm", 0.0, 1.0),
        span("b", "r", "tool", 1.0, 1.5),
        span("c", "b", "http", 1.1, 1.4),
    ]
    root = build_forest(events)[0]
    assert abs(root.self_time - 0.5) < 1e-9
    tool = root.children[1]
    assert abs(tool.self_time - 0.2) < 1e-9


def test_render_nested_tree():
    events = [
        span("r", None, "turn", 0.0, 2.0),
        span("a", "r", "llm_call", 0.0, 1.25),
        span("b", "r", "tool_call", 1.25, 1.75),
        span("c", "b", "fetch", 1.3, 1.7),
    ]
    assert render(build_forest(events)) == (
        "turn 2000ms\n  llm_call 1250ms\n  tool_call 500ms\n    fetch 400ms"
    )


def test_two_traces_in_one_batch():
    events = [
        span("b1", None, "second", 5.0, 6.0),
        span("a1", None, "first", 1.0, 2.0),
        span("a2", "a1", "first_child", 1.5, 1.6),
        span("b2", "b1", "second_child", 5.5, 5.9),
    ]
    assert [(d, n.name) for d, n in walk(build_forest(events))] == [
        (0, "first"), (1, "first_child"), (0, "second"), (1, "second_child"),
    ]


def test_self_parented_span_is_a_root():
    roots = build_forest([span("s", "s", "loop", 0.0, 1.0)])
    assert [r.name for r in roots] == ["loop"]
