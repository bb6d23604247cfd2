"""Keep one test case per prompt in an eval set, however the prompt was typed.

Prompts are compared after normalisation (Unicode NFKC, case-folded, whitespace
collapsed). A duplicate whose expected answer differs from the kept case is recorded
as a conflict, because one of the two labels must be wrong.
"""

import unicodedata
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Case:
    case_id: str
    prompt: str
    expected: str


def normalise(prompt: str) -> str:
    text = unicodedata.normalize("NFKC", prompt)
    return " ".join(text.lower().split())


@dataclass
class CaseSet:
    _cases: dict[str, Case] = field(default_factory=dict)  # by case id, insertion order
    _owner: dict[str, str] = field(default_factory=dict)  # normalised prompt -> case id
    conflicts: list[tuple[str, str]] = field(default_factory=list)

    def add(self, case: Case) -> bool:
        """Keep case unless its prompt is already present; True if it was kept."""
        if case.case_id in self._cases:
            raise ValueError(f"duplicate case id {case.case_id!r}")
        key = normalise(case.prompt)
        owner = self._owner.get(key)
        if owner is not None:
            kept = self._cases[owner]
            if kept.expected.strip() != case.expected.strip():
                self.conflicts.append((kept.case_id, case.case_id))
            return False
        self._cases[case.case_id] = case
        self._owner[key] = case.case_id
        return True

    def remove(self, case_id: str) -> Case:
        """Drop a kept case, e.g. one whose label turned out to be wrong."""
        case = self._cases.pop(case_id)
        return case

    def cases(self) -> list[Case]:
        return list(self._cases.values())

    def __len__(self) -> int:
        return len(self._cases)


def dedupe(cases: list[Case]) -> tuple[list[Case], list[tuple[str, str]]]:
    """Kept cases in input order, and (kept id, duplicate id) pairs whose answers differ."""
    case_set = CaseSet()
    for case in cases:
        case_set.add(case)
    return case_set.cases(), case_set.conflicts
