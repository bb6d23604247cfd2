"""Routes an incoming customer message to the sub-agent that should handle it."""

import re

BILLING = "billing_agent"
TRACKING = "tracking_agent"
SALES = "sales_agent"
GENERAL = "general_agent"


def route(message: str) -> str:
    text = message.lower()
    if re.search(r"\b(refund|money back|chargeback)\b", text):
        return BILLING
    if re.search(r"\b(order|buy|purchase)\b", text):
        return SALES
    if re.search(r"\b(where is|track|tracking)\b.*\border\b", text):
        return TRACKING
    if re.search(r"\b(invoice|receipt|bill)\b", text):
        return BILLING
    return GENERAL


def route_all(messages: list[str]) -> dict[str, list[str]]:
    routed: dict[str, list[str]] = {}
    for message in messages:
        routed.setdefault(route(message), []).append(message)
    return routed
