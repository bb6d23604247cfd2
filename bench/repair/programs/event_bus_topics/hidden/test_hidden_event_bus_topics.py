from event_bus_topics import EventBus


class Recorder:
    def __init__(self):
        self.calls = []

    def __call__(self, topic, payload):
        self.calls.append((topic, payload))


def test_topic_disappears_with_its_last_subscriber():
    bus = EventBus()
    first = bus.subscribe("tool.start", Recorder())
    second = bus.subscribe("tool.start", Recorder())
    bus.subscribe("turn.end", Recorder())
    bus.unsubscribe(first)
    assert bus.topics() == ["tool.start", "turn.end"]
    bus.unsubscribe(second)
    assert bus.topics() == ["turn.end"]


def test_remove_middle_of_three_keeps_order():
    bus = EventBus()
    order = []
    bus.subscribe("step", lambda t, p: order.append("a"))
    middle = bus.subscribe("step", lambda t, p: order.append("b"))
    bus.subscribe("step", lambda t, p: order.append("c"))
    assert bus.unsubscribe(middle)
    assert bus.publish("step", {}) == 2
    assert order == ["a", "c"]


def test_once_handler_next_to_permanent_one():
    bus, once, always = EventBus(), Recorder(), Recorder()
    bus.subscribe("tool.end", once, once=True)
    bus.subscribe("tool.end", always)
    assert bus.publish("tool.end", {"i": 1}) == 2
    assert bus.publish("tool.end", {"i": 2}) == 1
    assert len(once.calls) == 1
    assert [p["i"] for _, p in always.calls] == [1, 2]
    assert bus.topics() == ["tool.end"]


def test_once_handler_alone_leaves_no_topic():
    bus = EventBus()
    bus.subscribe("boot", Recorder(), once=True)
    bus.publish("boot", {})
    assert bus.topics() == []


def test_wildcard_after_topic_handlers_and_unsubscribe():
    bus = EventBus()
    order = []
    wildcard = bus.subscribe("*", lambda t, p: order.append("any"))
    bus.subscribe("*", lambda t, p: order.append("any2"))
    bus.subscribe("x", lambda t, p: order.append("x"))
    bus.publish("x", {})
    assert order == ["x", "any", "any2"]
    bus.unsubscribe(wildcard)
    order.clear()
    assert bus.publish("y", {}) == 1
    assert order == ["any2"]


def test_tokens_are_unique_and_unknown_ones_rejected():
    bus = EventBus()
    tokens = {bus.subscribe(f"t{i % 3}", Recorder()) for i in range(9)}
    assert len(tokens) == 9
    assert not bus.unsubscribe(max(tokens) + 1)
    for token in tokens:
        assert bus.unsubscribe(token)
    assert bus.topics() == []
