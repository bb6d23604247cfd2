"""Per-tenant spend caps with a one-time soft warning per billing period."""


class SpendCapExceeded(Exception):
    pass


class TenantSpendTracker:
    def __init__(self, caps, warn_ratio=0.8, notify=None):
        self.caps = dict(caps)
        self.warn_ratio = warn_ratio
        self.notify = notify or (lambda tenant, message: None)
        self.spent = {}
        self.warned = set()

    def remaining(self, tenant):
        return round(self.caps[tenant] - self.spent.get(tenant, 0.0), 6)

    def charge(self, tenant, amount):
        """Record spend for a tenant; refuse it if it would pass the hard cap."""
        if tenant not in self.caps:
            raise KeyError(f"unknown tenant {tenant!r}")
        if amount < 0:
            raise ValueError("amount must be non-negative")
        cap = self.caps[tenant]
        total = self.spent.get(tenant, 0.0) + amount
        if total > cap:
            raise SpendCapExceeded(f"{tenant}: {total:.2f} would exceed cap {cap:.2f}")
        self.spent[tenant] = total
        if tenant not in self.warned and total >= self.warn_ratio * cap:
            self.warned.add(tenant)
            self.notify(tenant, f"{tenant} has used {total / cap:.0%} of its {cap:.2f} cap")
        return self.remaining(tenant)

    def set_cap(self, tenant, cap):
        self.caps[tenant] = cap
        self.warned.discard(tenant)

    def start_period(self, tenant=None):
        """Begin a new billing period for one tenant, or for all of them."""
        if tenant is None:
            self.spent.clear()
            self.warned.clear()
        else:
            self.spent.pop(tenant, None)
