"""Per-run spending caps for model calls: price each call and refuse one that would overspend."""

from dataclasses import dataclass, field

# model -> (input, output) price in USD per million tokens
PRICES_PER_MTOK: dict[str, tuple[float, float]] = {
    "small": (0.5, 2.0),
    "large": (4.0, 16.0),
}


class SpendCapExceeded(RuntimeError):
    pass


@dataclass
class Charge:
    model: str
    input_tokens: int
    output_tokens: int
    usd: float


@dataclass
class RunSpend:
    cap_usd: float | None  # None: the run is not capped
    charges: list[Charge] = field(default_factory=list)

    @property
    def spent_usd(self) -> float:
        return sum(charge.usd for charge in self.charges)

    def remaining_usd(self) -> float | None:
        return max(0.0, self.cap_usd - self.spent_usd)


@dataclass
class SpendTracker:
    default_cap_usd: float | None = None
    runs: dict[str, RunSpend] = field(default_factory=dict)

    def start_run(self, run_id: str, cap_usd: float | None = None) -> RunSpend:
        cap = cap_usd if cap_usd is not None else self.default_cap_usd
        self.runs[run_id] = RunSpend(cap)
        return self.runs[run_id]

    def charge(self, run_id: str, model: str, input_tokens: int, output_tokens: int) -> Charge:
        run = self.runs[run_id]
        input_price, output_price = PRICES_PER_MTOK[model]
        usd = (input_tokens * input_price + output_tokens * output_price) / 1_000_000
        remaining = run.remaining_usd()
        if remaining is not None and usd > remaining:
            raise SpendCapExceeded(f"run {run_id}: {usd:.4f} USD is over the remaining budget")
        charge = Charge(model, input_tokens, output_tokens, usd)
        run.charges.append(charge)
        return charge

    def most_expensive(self, run_id: str) -> Charge | None:
        charges = self.runs[run_id].charges
        if not charges:
            return None
        return max(charges, key=lambda charge: charge.usd)

    def total_usd(self) -> float:
        return sum(run.spent_usd for run in self.runs.values())
