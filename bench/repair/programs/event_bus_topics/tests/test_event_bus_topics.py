from event_bus_topics import EventBus


class Recorder:
    def __init__(self):
        self.calls = []

    def __call__(self, topic, payload):
        self.calls.append((topic, payload))


def test_publish_calls_handler():
    bus, seen = EventBus(), Recorder()
    bus.subscribe("tool.start", seen)
    assert bus.publish("tool.start", {"tool": "grep"}) == 1
    assert seen.calls == [("tool.start", {"tool": "grep"})]


def test_other_topics_not_delivered():
    bus, seen = EventBus(), Recorder()
    bus.subscribe("tool.start", seen)
    assert bus.publish("turn.end", {}) == 0
    assert seen.calls == []


def test_wildcard_receives_everything():
    bus, seen = EventBus(), Recorder()
    bus.subscribe("*", seen)
    bus.publish("tool.start", {"n": 1})
    bus.publish("turn.end", {"n": 2})
    assert [topic for topic, _ in seen.calls] == ["tool.start", "turn.end"]


def test_unsubscribe_stops_delivery():
    bus, seen = EventBus(), Recorder()
    token = bus.subscribe("turn.end", seen)
    assert bus.unsubscribe(token)
    assert bus.publish("turn.end", {}) == 0
    assert seen.calls == []
    assert not bus.unsubscribe(token)


def test_unsubscribe_one_of_two_handlers():
    bus, logger, metrics = EventBus(), Recorder(), Recorder()
    token = bus.subscribe("tool.end", logger)
    bus.subscribe("tool.end", metrics)
    bus.unsubscribe(token)
    bus.publish("tool.end", {"ok": True})
    assert logger.calls == []
    assert metrics.calls == [("tool.end", {"ok": True})]


def test_once_handler_runs_once():
    bus, seen = EventBus(), Recorder()
    bus.subscribe("session.ready", seen, once=True)
    bus.publish("session.ready", {})
    bus.publish("session.ready", {})
    assert len(seen.calls) == 1


def test_topics_sorted():
    bus = EventBus()
    bus.subscribe("turn.end", Recorder())
    bus.subscribe("tool.start", Recorder())
    assert bus.topics() == ["tool.start", "turn.end"]
