"""Multi-agent debate: several agents answer the same question in rounds.

In every round after the first, each agent sees what the *other* agents answered in
the previous round and may revise its answer. The debate stops as soon as a large enough
share of the agents agree, or after `max_rounds`.
"""

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass

# (question, the other agents' answers from the last round) -> answer
Debater = Callable[[str, Mapping[str, str]], str]


@dataclass
class Outcome:
    answer: str
    rounds: int
    converged: bool
    transcript: list[dict[str, str]]  # one {agent: answer} per round


def normalise(answer: str) -> str:
    return " ".join(answer.split()).casefold()


def leader(answers: Mapping[str, str]) -> tuple[str, float]:
    """The most common answer (the first one given on ties) and its share of the agents."""
    counts = Counter(normalise(text) for text in answers.values())
    top, votes = counts.most_common(1)[0]
    first = next(text for text in answers.values() if normalise(text) == top)
    return first, votes / len(answers)


def debate(question: str, debaters: Mapping[str, Debater],
           agreement: float = 2 / 3, max_rounds: int = 3) -> Outcome:
    if not debaters:
        raise ValueError("a debate needs at least one agent")
    transcript: list[dict[str, str]] = []
    previous: dict[str, str] = {}
    for round_no in range(1, max_rounds + 1):
        answers: dict[str, str] = {}
        for name, debater in debaters.items():
            peers = {other: text for other, text in answers.items() if other != name}
            answers[name] = debater(question, peers)
        transcript.append(answers)
        answer, share = leader(answers)
        if share >= agreement:
            return Outcome(answer, round_no, True, transcript)
        previous = answers
    return Outcome(answer, max_rounds, False, transcript)
