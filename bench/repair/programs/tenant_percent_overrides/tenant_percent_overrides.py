"""Per-tenant rollout-percentage overrides for feature flags.

Every flag has a global rollout percentage. A tenant can save its own settings (a JSON
object of flag -> percent) to roll a flag out faster or slower for its users. Settings
are user-edited, so they are validated: anything that is not a number (or numeric
string) within 0..100 is rejected, recorded, and the global default applies instead.
"""


class TenantOverrides:
    def __init__(self, defaults):
        self._defaults = dict(defaults)  # flag -> percent
        self._tenants = {}  # tenant -> {flag: percent}
        self.rejected = []  # (tenant, flag, raw value)

    def load(self, tenant, settings):
        """Replace the tenant's overrides with the valid entries of `settings`."""
        accepted = {}
        for flag, raw in settings.items():
            try:
                percent = float(raw)
            except ValueError:
                self.rejected.append((tenant, flag, raw))
                continue
            if not 0 <= percent <= 100:
                self.rejected.append((tenant, flag, raw))
                continue
            accepted[flag] = percent
        self._tenants[tenant] = accepted
        return accepted

    def percent(self, tenant, flag):
        overrides = self._tenants.get(tenant, {})
        if flag in overrides:
            return overrides[flag]
        return float(self._defaults.get(flag, 0))

    def enabled(self, tenant, flag, bucket):
        """bucket is the user's stable bucket in 0..99."""
        return bucket < self.percent(tenant, flag)
