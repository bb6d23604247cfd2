"""Route user messages to handlers by weighted keywords, falling back when unsure."""

import re
from collections import Counter

WORD = re.compile(r"[a-z0-9']+")


class IntentRouter:
    def __init__(self, fallback="clarify", min_score=1.0, min_margin=0.5):
        self.routes = {}
        self.fallback = fallback
        self.min_score = min_score
        self.min_margin = min_margin
        self.hits = Counter()
        self.log = []

    def add_route(self, name, keywords):
        self.routes[name] = {word.lower(): weight for word, weight in keywords.items()}

    def scores(self, message):
        words = WORD.findall(message.lower())
        result = {}
        for name, weights in self.routes.items():
            score = sum(weights.get(word, 0.0) for word in words)
            if score > 0:
                result[name] = score
        return result

    def route(self, message):
        ranked = sorted(self.scores(message).items(), key=lambda kv: (-kv[1], kv[0]))
        choice = self.fallback
        if ranked and ranked[0][1] >= self.min_score:
            runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
            if ranked[0][1] - runner_up >= self.min_margin:
                choice = ranked[0][0]
        self.hits[choice] += 1
        self.log.append({"message": message, "route": choice, "corrected": False})
        return choice

    def correct(self, index, right_route):
        """A human says log entry `index` should have gone to right_route."""
        if right_route not in self.routes and right_route != self.fallback:
            raise KeyError(right_route)
        entry = self.log[index]
        if entry["route"] == right_route:
            return
        self.hits[right_route] += 1
        entry["route"] = right_route
        entry["corrected"] = True

    def share(self):
        """Fraction of routed messages that ended at each route, current corrections included."""
        total = sum(self.hits.values())
        return {name: count / total for name, count in self.hits.items() if count} if total else {}

    def accuracy(self):
        """Share of messages whose route was never corrected."""
        if not self.log:
            return 1.0
        return sum(not e["corrected"] for e in self.log) / len(self.log)
