"""Hard spending cap for an agent: reserve before each model call, settle after."""


class BudgetExceeded(Exception):
    pass


class BudgetGuard:
    def __init__(self, limit_cents):
        self.limit = limit_cents
        self.spent = 0
        self.reserved = 0
        self._holds = {}
        self._next_id = 1

    @property
    def available(self):
        return self.limit - self.spent - self.reserved

    def reserve(self, estimate_cents):
        """Hold the estimated cost of a call; returns a hold id."""
        if estimate_cents <= 0:
            raise ValueError("estimate must be positive")
        if estimate_cents > self.available:
            raise BudgetExceeded(f"need {estimate_cents}, {self.available} available")
        hold_id = self._next_id
        self._next_id += 1
        self._holds[hold_id] = estimate_cents
        self.reserved += estimate_cents
        return hold_id

    def settle(self, hold_id, actual_cents):
        """The call finished: replace its hold by what it really cost."""
        self.reserved -= self._holds.pop(hold_id)
        self.spent += actual_cents
        return self.available

    def release(self, hold_id):
        """The call failed before anything was billed: drop its hold."""
        self._holds.pop(hold_id)
        return self.available

    def charge(self, estimate_cents, call):
        """Run ``call()`` under a hold; ``call`` returns the actual cost in cents."""
        hold_id = self.reserve(estimate_cents)
        try:
            actual = call()
        except Exception:
            self.release(hold_id)
            raise
        self.settle(hold_id, actual)
        return actual

    def summary(self):
        return {
            "limit": self.limit,
            "spent": self.spent,
            "reserved": self.reserved,
            "available": self.available,
            "open_holds": len(self._holds),
        }
