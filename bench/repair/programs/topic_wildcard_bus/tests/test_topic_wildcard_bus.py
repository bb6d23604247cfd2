from topic_wildcard_bus import Bus, topic_matches


def test_exact_and_single_level_wildcard():
    assert topic_matches("agents/planner/status", "agents/planner/status")
    assert topic_matches("agents/+/status", "agents/coder/status")
    assert not topic_matches("agents/+/status", "agents/coder/log")


def test_multi_level_wildcard():
    assert topic_matches("agents/#", "agents/coder/log/stderr")
    assert not topic_matches("tools/#", "agents/coder")


def test_publish_reaches_matching_subscribers():
    bus = Bus()
    got = []
    bus.subscribe("agents/+/status", lambda t, p: got.append((t, p)))
    bus.subscribe("tools/#", lambda t, p: got.append(("tools", p)))
    assert bus.publish("agents/coder/status", "busy") == 1
    assert got == [("agents/coder/status", "busy")]


def test_late_subscriber_replays_recent_messages():
    bus = Bus()
    for i in range(5):
        bus.publish("agents/coder/status", i)
    assert bus.replay("agents/+/status", 2) == [
        ("agents/coder/status", 3),
        ("agents/coder/status", 4),
    ]
