from span_forest_builder import build_forest, render, walk


def span(span_id, parent_id, name, start, end):
    return {"span_id": span_id, "parent_id": parent_id, "name": name, "start": start, "end": end}


def test_single_root_span():
    roots = build_forest([span("a", None, "request", 0.0, 0.25)])
    assert [r.name for r in roots] == ["request"]
    assert roots[0].children == []
    assert abs(roots[0].duration - 0.25) < 1e-9


def test_children_attach_to_parent():
    events = [
        span("root", None, "agent_turn", 0.0, 2.0),
        span("c1", "root", "llm_call", 0.1, 1.2),
        span("c2", "root", "tool_call", 1.3, 1.9),
    ]
    roots = build_forest(events)
    assert len(roots) == 1
    assert [c.name for c in roots[0].children] == ["llm_call", "tool_call"]


def test_walk_yields_depths_in_order():
    events = [
        span("r", None, "turn", 0.0, 1.0),
        span("t", "r", "tool", 0.2, 0.8),
        span("h", "t", "http", 0.3, 0.6),
    ]
    assert [(d, n.name) for d, n in walk(build_forest(events))] == [(0, "turn"), (1, "tool"), (2, "http")]


def test_render_single_span():
    assert render(build_forest([span("a", None, "boot", 1.0, 1.5)])) == "boot 500ms"
