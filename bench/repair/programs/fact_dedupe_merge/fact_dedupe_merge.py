"""Deduplicate facts extracted from a conversation before they are written to memory.

A fact is a dict with "subject", "relation", "value", "confidence" (0-1) and "ts" (when it
was stated). Facts about the same subject and relation fill one slot, compared without
regard to case, extra spaces or a trailing full stop. In a slot the most recently stated
value wins; a fact older than the slot's current value is ignored. Restating the slot's
current value merges the two: the higher confidence and the later time are kept and the
mention count grows.
"""


def _norm(text: str) -> str:
    return " ".join(text.lower().split()).rstrip(".")


def slot_of(fact: dict) -> tuple[str, str]:
    return _norm(fact["subject"]), _norm(fact["value"])


def merge_facts(facts: list[dict]) -> list[dict]:
    """Return one fact per slot, each with a "mentions" count, oldest first."""
    slots: dict[tuple[str, str], dict] = {}
    for fact in facts:
        slot = slot_of(fact)
        current = slots.get(slot)
        if current is None:
            slots[slot] = {**fact, "mentions": 1}
        elif _norm(current["value"]) == _norm(fact["value"]):
            current["confidence"] = max(current["confidence"], fact["confidence"])
            current["ts"] = max(current["ts"], fact["ts"])
            current["mentions"] += 1
        elif fact["ts"] >= current["ts"]:
            slots[slot] = {**fact, "mentions": 1}
    return sorted(slots.values(), key=lambda f: f["ts"])


def facts_about(facts: list[dict], subject: str) -> dict[str, str]:
    """The current value of every relation known about `subject`."""
    wanted = _norm(subject)
    return {f["relation"]: f["value"] for f in merge_facts(facts)
            if _norm(f["subject"]) == wanted}
