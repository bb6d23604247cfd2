"""Decide when a long conversation should be summarized.

A session is summarized once its token count reaches a fraction of the
model's context window, or once too many turns have passed since the last
summary.  Right after a summary there is a cool-down of a few turns, so a
session whose summary is still large is not summarized over and over.
"""

from dataclasses import dataclass, field


@dataclass
class SummaryPolicy:
    context_window: int
    fill_ratio: float = 0.75
    max_turns: int = 40
    cooldown_turns: int = 3

    def token_threshold(self):
        return int(self.context_window * self.fill_ratio)


@dataclass
class SessionTracker:
    policy: SummaryPolicy
    tokens: int = 0
    turn: int = 0
    last_summary_turn: int = 0
    summaries: list = field(default_factory=list)

    def record_turn(self, tokens_added):
        self.turn += 1
        self.tokens += tokens_added

    def turns_since_summary(self):
        return self.turn - self.last_summary_turn

    def should_summarize(self):
        since = self.turns_since_summary()
        if since < self.policy.cooldown_turns:
            return False
        if self.tokens >= self.policy.token_threshold():
            return True
        return since >= self.policy.max_turns

    def apply_summary(self, text, summary_tokens):
        """Replace the history by its summary; the summary's size is the new token count."""
        self.summaries.append(text)
        self.tokens = summary_tokens
        self.last_summary_turn = self.turn

    def step(self, tokens_added, summarize):
        """Record a turn and summarize with `summarize(tracker)` if due; return True if it ran."""
        self.record_turn(tokens_added)
        if not self.should_summarize():
            return False
        text, size = summarize(self)
        self.apply_summary(text, size)
        return True
