"""Cancellation tokens for agent runs: a stop request or an expired deadline cancels a
token and every token derived from it; derived tokens never outlive their parent's deadline."""

from collections.abc import Callable


class Cancelled(Exception):
    pass


class CancelToken:
    def __init__(self, deadline: float | None = None, parent: "CancelToken | None" = None) -> None:
        if parent is not None and parent.deadline is not None:
            deadline = parent.deadline if deadline is None else min(deadline, parent.deadline)
        self.deadline: float | None = deadline
        self.reason: str | None = None
        self._callbacks: list[Callable[[], None]] = []
        self._children: list[CancelToken] = []
        if parent is not None:
            parent._children.append(self)
            if parent.reason is not None:
                self.cancel(parent.reason)

    @property
    def cancelled(self) -> bool:
        return self.reason is not None

    def child(self, timeout: float | None = None, *, now: float = 0.0) -> "CancelToken":
        """A token for a sub-task: cancelled with this one, expiring at now + timeout at most."""
        return CancelToken(None if timeout is None else now + timeout, parent=self)

    def on_cancel(self, callback: Callable[[], None]) -> None:
        if self.cancelled:
            callback()
        else:
            self._callbacks.append(callback)

    def cancel(self, reason: str = "cancelled") -> bool:
        """Cancel this token and its children; False if it was already cancelled."""
        if self.reason is not None:
            return False
        callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()
        self.reason = reason
        for child in self._children:
            child.cancel(reason)
        return True

    def check(self, now: float) -> None:
        """Raise Cancelled if the token was cancelled or its deadline has passed."""
        if self.deadline is not None and now >= self.deadline:
            self.cancel("deadline exceeded")
        if self.reason is not None:
            raise Cancelled(self.reason)
