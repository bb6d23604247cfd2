"""Head-based sampling decisions for new traces and spans.

Rules, first match wins:
  1. a request with the debug flag is always sampled;
  2. a child span inherits its parent's decision, so traces are never cut in half;
  3. routes in ``drop_routes`` (health checks, metrics scrapes) are not sampled;
  4. otherwise the trace id is hashed to [0, 1) and sampled when below the route's ratio.

Hashing makes the decision deterministic: every service that sees the same trace id and
ratio decides the same way.
"""

import hashlib


def trace_bucket(trace_id):
    digest = hashlib.sha256(trace_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


class HeadSampler:
    def __init__(self, default_ratio, route_ratios=None, drop_routes=()):
        self.default_ratio = min(max(default_ratio, 0.0), 1.0)
        self.route_ratios = dict(route_ratios or {})
        self.drop_routes = set(drop_routes)
        self.decisions = {True: 0, False: 0}

    def ratio_for(self, route):
        return self.route_ratios.get(route, self.default_ratio)

    def should_sample(self, trace_id, route, parent_sampled=None, debug=False):
        decision = self._decide(trace_id, route, parent_sampled, debug)
        self.decisions[decision] += 1
        return decision

    def _decide(self, trace_id, route, parent_sampled, debug):
        if parent_sampled is not None:
            return parent_sampled
        if debug:
            return True
        if route in self.drop_routes:
            return False
        return trace_bucket(trace_id) < self.ratio_for(route)

    def kept_fraction(self):
        total = self.decisions[True] + self.decisions[False]
        return self.decisions[True] / total if total else 0.0
