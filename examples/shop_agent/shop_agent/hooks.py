"""Hooks run around each turn: before ones rewrite the customer's message, after ones the reply."""

from __future__ import annotations

import re

from shop_agent.state import Session

CARD_NUMBER = re.compile(r"\b(?:\d[ -]?){12,15}\d\b")
LOOSE_ORDER_REF = re.compile(r"(?<![\w-])#?\s?[aA]-?(\d{4})\b")
ORDER_REF = re.compile(r"\bA\d{4}\b")


def redact_card_numbers(session: Session, text: str) -> str:
    """Card numbers never reach the model or the transcript."""
    return CARD_NUMBER.sub("[card removed]", text)


def normalize_order_refs(session: Session, text: str) -> str:
    """Customers write 'a-1002', '#a1002' or '# A1002'; the back office knows 'A1002'."""
    return LOOSE_ORDER_REF.sub(r"A\1", text)


def capture_order_ref(session: Session, text: str) -> str:
    """Remember the order the customer is talking about for the rest of the conversation."""
    match = ORDER_REF.search(text)
    if match:
        session.context["order_ref"] = match.group()
    return text


def tidy_reply(session: Session, reply: str) -> str:
    return " ".join(reply.split())
