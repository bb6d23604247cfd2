"""In-process message bus with hierarchical topics.

Topics are slash-separated (``"agents/planner/status"``).  A subscription
pattern may use ``+`` for exactly one level and a trailing ``#`` for any
number of remaining levels, including none.  The bus keeps a log of every
message so that a late subscriber can replay the most recent ones.
"""


def topic_matches(pattern, topic):
    wanted = pattern.split("/")
    levels = topic.split("/")
    for i, part in enumerate(wanted):
        if part == "#":
            return True
        if i >= len(levels):
            return False
        if part != "+" and part != levels[i]:
            return False
    return len(wanted) == len(levels)


class Bus:
    def __init__(self):
        self._subscribers = []  # (pattern, handler)
        self._log = []  # (topic, payload)

    def subscribe(self, pattern, handler):
        self._subscribers.append((pattern, handler))

    def unsubscribe(self, handler):
        self._subscribers = [(p, h) for p, h in self._subscribers if h is not handler]

    def publish(self, topic, payload):
        """Deliver to every matching handler once; return how many got it."""
        self._log.append((topic, payload))
        delivered = []
        for pattern, handler in self._subscribers:
            if handler not in delivered and topic_matches(pattern, topic):
                handler(topic, payload)
                delivered.append(handler)
        return len(delivered)

    def replay(self, pattern, limit):
        """The last ``limit`` logged messages matching ``pattern``, oldest first."""
        if limit <= 0:
            return []
        matched = [(t, p) for t, p in self._log if topic_matches(pattern, t)]
        return matched[:limit]
