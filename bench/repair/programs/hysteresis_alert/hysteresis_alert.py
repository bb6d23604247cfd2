"""Threshold alert with hysteresis, so a noisy metric does not flap.

The alert FIRES after ``fire_after`` consecutive samples at or above ``high`` and RESOLVES
after ``resolve_after`` consecutive samples below ``low``. A sample between the two
thresholds keeps the current state but breaks both streaks.
"""


class HysteresisAlert:
    def __init__(self, high, low, fire_after=1, resolve_after=1):
        if low >= high:
            raise ValueError("low must be below high")
        self.high = high
        self.low = low
        self.fire_after = fire_after
        self.resolve_after = resolve_after
        self.firing = False
        self.transitions = []
        self._above = 0
        self._below = 0

    def observe(self, ts, value):
        """Feed one sample; return whether the alert is firing afterwards."""
        if value > self.high:
            self._above += 1
            self._below = 0
        elif value < self.low:
            self._below += 1
        else:
            self._above = 0
            self._below = 0
        if not self.firing and self._above >= self.fire_after:
            self.firing = True
            self.transitions.append((ts, "firing"))
        elif self.firing and self._below >= self.resolve_after:
            self.firing = False
            self.transitions.append((ts, "resolved"))
        return self.firing

    def feed(self, samples):
        """Observe (ts, value) samples in order and return the new transitions."""
        before = len(self.transitions)
        for ts, value in samples:
            self.observe(ts, value)
        return self.transitions[before:]
