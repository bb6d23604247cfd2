"""Ask a chain of model backends in order, moving on when one has a transient failure."""

from collections.abc import Callable
from dataclasses import dataclass, field


class RateLimited(Exception):
    """HTTP 429 from the provider."""


class Overloaded(Exception):
    """HTTP 529/503: the provider is temporarily over capacity."""


class AllBackendsFailed(Exception):
    def __init__(self, errors: list[tuple[str, Exception]]) -> None:
        super().__init__("; ".join(f"{name}: {type(err).__name__}" for name, err in errors))
        self.errors = errors


Backend = Callable[[str], str]


@dataclass
class FallbackChain:
    backends: list[tuple[str, Backend]]
    log: list[str] = field(default_factory=list)

    def complete(self, prompt: str) -> str:
        """First answer from the chain.

        Rate limits, overload and timeouts move on to the next backend; any other error
        (a malformed request, say) is the caller's problem and propagates at once.
        """
        errors: list[tuple[str, Exception]] = []
        for name, backend in self.backends:
            try:
                reply = backend(prompt)
            except (RateLimited, TimeoutError) as err:
                errors.append((name, err))
                self.log.append(f"{name}: {type(err).__name__}")
                continue
            self.log.append(f"{name}: ok")
            return reply
        raise AllBackendsFailed(errors)
