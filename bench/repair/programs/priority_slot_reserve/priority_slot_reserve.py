"""Concurrency slots for agent runs, with part of the pool held back for priority work."""


class SlotPool:
    """`capacity` slots in all; normal runs may only use `capacity - reserved` of them,
    priority runs may use any free slot."""

    def __init__(self, capacity, reserved=0):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        if not 0 <= reserved <= capacity:
            raise ValueError("reserved must be between 0 and capacity")
        self.capacity = capacity
        self.reserved = reserved
        self.in_use = {"priority": 0, "normal": 0}

    @staticmethod
    def _kind(priority):
        return "priority" if priority else "normal"

    @property
    def used(self):
        return self.in_use["priority"] + self.in_use["normal"]

    def available(self, priority=False):
        """Slots a run of this kind could take right now."""
        limit = self.capacity if priority else self.capacity - self.reserved
        return max(0, limit - self.used)

    def try_acquire(self, priority=False):
        """Take a slot if one is allowed; return whether it was taken."""
        if self.used >= self.capacity and (not priority and self.used >= self.capacity - self.reserved):
            return False
        self.in_use[self._kind(priority)] += 1
        return True

    def release(self, priority=False):
        kind = self._kind(priority)
        if self.in_use[kind] == 0:
            raise RuntimeError(f"release of a {kind} slot that was never acquired")
        self.in_use[kind] -= 1

    def snapshot(self):
        return {
            "capacity": self.capacity,
            "reserved": self.reserved,
            "priority": self.in_use["priority"],
            "normal": self.in_use["normal"],
        }
