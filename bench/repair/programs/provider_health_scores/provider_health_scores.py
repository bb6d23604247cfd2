"""Send each request to the cheapest provider whose recent success rate is good enough."""

from dataclasses import dataclass


@dataclass
class ProviderHealth:
    price: float                       # dollars per million tokens
    score: float = 1.0                 # exponentially weighted success rate
    last_failure: float | None = None  # clock time of the latest failed call


class HealthRouter:
    def __init__(self, prices: dict[str, float], alpha: float = 0.3,
                 threshold: float = 0.6, probe_after: float = 30.0) -> None:
        if not prices:
            raise ValueError("need at least one provider")
        self.alpha = alpha
        self.threshold = threshold
        self.probe_after = probe_after
        self._providers = {name: ProviderHealth(price) for name, price in prices.items()}

    def record(self, name: str, ok: bool, now: float) -> None:
        health = self._providers[name]
        outcome = 1.0 if ok else 0.0
        health.score = self.alpha * outcome + (1 - self.alpha) * health.score
        if not ok:
            health.last_failure = now

    def score(self, name: str) -> float:
        return self._providers[name].score

    def usable(self, name: str, now: float) -> bool:
        """Healthy, or unhealthy but quiet long enough that a probe request is worth it."""
        health = self._providers[name]
        if health.score >= self.threshold:
            return True
        return health.last_failure is not None and now - health.last_failure >= self.probe_after

    def pick(self, now: float) -> str:
        """Cheapest usable provider (the healthier one on a price tie)."""
        usable = [name for name in self._providers if self.usable(name, now)]
        if usable:
            return min(usable, key=lambda name: (self._providers[name].price,
                                                 -self._providers[name].score))
        # nobody is usable: the least bad provider still beats failing the request
        return max(self._providers, key=lambda name: self._providers[name].price)
