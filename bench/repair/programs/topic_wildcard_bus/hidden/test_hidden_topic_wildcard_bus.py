from topic_wildcard_bus import Bus, topic_matches


def test_hash_matches_parent_level():
    assert topic_matches("agents/#", "agents")
    assert topic_matches("#", "anything/at/all")


def test_plus_does_not_match_missing_level():
    assert not topic_matches("agents/+", "agents")
    assert not topic_matches("agents/+", "agents/a/b")


def test_handler_subscribed_twice_gets_message_once():
    bus = Bus()
    got = []
    handler = lambda t, p: got.append(p)
    bus.subscribe("a/#", handler)
    bus.subscribe("a/+", handler)
    assert bus.publish("a/b", "m") == 1
    assert got == ["m"]
    bus.unsubscribe(handler)
    assert bus.publish("a/b", "n") == 0


def test_replay_filters_then_keeps_newest():
    bus = Bus()
    bus.publish("a/x", 1)
    bus.publish("b/x", 2)
    bus.publish("a/y", 3)
    bus.publish("b/y", 4)
    bus.publish("a/z", 5)
    assert bus.replay("a/+", 2) == [("a/y", 3), ("a/z", 5)]
    assert bus.replay("b/#", 10) == [("b/x", 2), ("b/y", 4)]


def test_replay_limit_zero_and_exact():
    bus = Bus()
    for i in range(3):
        bus.publish("t", i)
    assert bus.replay("t", 0) == []
    assert bus.replay("t", 3) == [("t", 0), ("t", 1), ("t", 2)]
    assert bus.replay("t", 1) == [("t", 2)]
