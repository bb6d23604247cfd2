"""Kill switches in front of feature-flag rollouts.

The rollout decision for a (flag, user) pair is expensive to compute (it may call the
flag service), so it is memoised. An operator can kill a flag during an incident, which
turns it off for everybody at once, and revive it afterwards, which restores the
normal rollout decisions.
"""


class KillSwitchBoard:
    def __init__(self, rollout):
        """rollout(flag, user_id) -> bool is the normal, un-killed decision."""
        self._rollout = rollout
        self._killed = {}  # flag -> reason
        self._memo = {}  # (flag, user_id) -> bool

    def enabled(self, flag, user_id):
        key = (flag, user_id)
        if key not in self._memo:
            self._memo[key] = flag not in self._killed and bool(self._rollout(flag, user_id))
        return self._memo[key]

    def kill(self, flag, reason=""):
        self._killed[flag] = reason
        self._forget(flag)

    def revive(self, flag):
        self._killed.pop(flag, None)

    def killed(self):
        """{flag: reason} for every flag currently killed."""
        return dict(self._killed)

    def _forget(self, flag):
        for key in [key for key in self._memo if key[0] == flag]:
            del self._memo[key]
