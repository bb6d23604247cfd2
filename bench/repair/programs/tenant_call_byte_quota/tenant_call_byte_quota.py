"""Per-tenant quotas on tool calls and transferred bytes.

Each tenant gets a limit on the number of tool calls and on the total number
of bytes those calls may move.  A call is charged up front; if the tool then
fails before doing any work, the harness refunds the charge.
"""


class QuotaExceeded(Exception):
    def __init__(self, tenant, resource):
        super().__init__(f"tenant {tenant!r} is over its {resource} quota")
        self.tenant = tenant
        self.resource = resource


class TenantQuota:
    def __init__(self, limits):
        # limits: {tenant: {"calls": int, "bytes": int}}
        self._limits = {t: dict(v) for t, v in limits.items()}
        self._used = {t: {"calls": 0, "bytes": 0} for t in limits}

    def charge(self, tenant, nbytes):
        """Record one call moving `nbytes`; raise QuotaExceeded if it does not fit."""
        limit = self._limits[tenant]
        used = self._used[tenant]
        if used["calls"] + 1 > limit["calls"]:
            raise QuotaExceeded(tenant, "calls")
        if used["bytes"] + nbytes > limit["bytes"]:
            raise QuotaExceeded(tenant, "bytes")
        used["calls"] += 1
        used["bytes"] += nbytes

    def refund(self, tenant, nbytes):
        """Undo one earlier charge of `nbytes` (the tool call never ran)."""
        used = self._used[tenant]
        used["bytes"] = max(0, used["bytes"] - nbytes)

    def usage(self, tenant):
        return dict(self._used[tenant])

    def remaining(self, tenant):
        limit = self._limits[tenant]
        used = self._used[tenant]
        return {k: limit[k] - used[k] for k in ("calls", "bytes")}

    def reset(self, tenant=None):
        """Start a new accounting period for one tenant, or for all of them."""
        for t in [tenant] if tenant is not None else list(self._used):
            self._used[t] = {"calls": 0, "bytes": 0}
