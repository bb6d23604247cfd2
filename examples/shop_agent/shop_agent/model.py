"""A deterministic stand-in for the chat model.

It reads the conversation the way an LLM would (system prompt, the customer's latest message,
the tool results since then) and answers with the next assistant message in the OpenAI shape:
either a reply or one tool call. The same conversation always gets the same answer.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import selfpatch

Message = dict[str, Any]

INTENT_CUES: list[tuple[str, tuple[str, ...]]] = [
    ("refunds", ("refund", "money back", "return my", "return the")),
    ("orders", ("where is my order", "where's my order", "track", "status of", "shipped")),
    ("sales", ("add ", "remove ", "cart", "checkout", "do you have", "best rated", "top rated",
               "cheapest", "buy ")),
]
FILLER = frozenset({
    "add", "remove", "the", "a", "an", "to", "from", "my", "cart", "please", "do", "you", "have",
    "any", "in", "stock", "best", "top", "rated", "cheapest", "what", "whats", "s", "is", "your",
    "me", "i", "want", "would", "like", "how", "much", "are", "of", "some", "for", "can", "also",
    "great", "and", "it", "yet", "buy", "get",
})
QUANTITY = re.compile(r"\badd (\d+|one|two|three) ")
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3}
SALES_GREETING = "I can help you find products and manage your cart. What are you looking for?"
ASK_FOR_ORDER = "Could you tell me your order number? It looks like A1234."
NO_ANSWER = ("I'm not sure about that one. "
             "I've passed your question to a colleague who will email you.")


@dataclass
class ToolStep:
    name: str
    args: dict[str, Any]
    result: Any


@dataclass
class Turn:
    """What the model sees of the current turn."""

    request: str
    context: dict[str, Any]
    steps: list[ToolStep]
    call_number: int

    @property
    def last(self) -> ToolStep | None:
        return self.steps[-1] if self.steps else None

    def call(self, name: str, **args: Any) -> Message:
        call = {"id": f"call_{self.call_number}", "type": "function",
                "function": {"name": name, "arguments": json.dumps(args)}}
        return {"role": "assistant", "content": None, "tool_calls": [call]}


def say(text: str) -> Message:
    return {"role": "assistant", "content": text}


def money(cents: int) -> str:
    return f"${cents / 100:,.2f}"


def intent_of(text: str) -> str | None:
    lowered = text.lower()
    for department, cues in INTENT_CUES:
        if any(cue in lowered for cue in cues):
            return department
    return None


def read_turn(messages: list[Message]) -> tuple[str, Turn]:
    prompt = messages[0]["content"]
    department = prompt.split("You are the ", 1)[1].split(" ", 1)[0]
    context = json.loads(prompt.split("Known context: ", 1)[1])
    start = max(i for i, m in enumerate(messages) if m["role"] == "user")
    calls = {c["id"]: c["function"] for m in messages if m.get("tool_calls")
             for c in m["tool_calls"]}
    steps = [ToolStep(calls[m["tool_call_id"]]["name"],
                      json.loads(calls[m["tool_call_id"]]["arguments"]), json.loads(m["content"]))
             for m in messages[start + 1:] if m["role"] == "tool"]
    call_number = 1 + sum(m["role"] == "tool" for m in messages)
    return department, Turn(messages[start]["content"], context, steps, call_number)


def orders(turn: Turn) -> Message:
    ref = turn.context.get("order_ref")
    if turn.last is None:
        return turn.call("get_order_status", order_id=ref) if ref else say(ASK_FOR_ORDER)
    status = turn.last.result
    if "error" in status:
        return say(f"I couldn't find order {turn.last.args['order_id']}. "
                   "Please check the number and try again.")
    return say(describe_order(status))


def describe_order(status: dict[str, Any]) -> str:
    order_id, state = status["order_id"], status["status"]
    if state == "shipped":
        return (f"Order {order_id} shipped on {status['date']} with {status['carrier']}. "
                f"Tracking number: {status['tracking']}.")
    if state == "processing":
        return f"Order {order_id} is being prepared and will ship within 2 business days."
    return f"Order {order_id} was {state} on {status['date']}."


def refunds(turn: Turn) -> Message:
    ref = turn.context.get("order_ref")
    last = turn.last
    if last is None:
        return turn.call("get_order_status", order_id=ref) if ref else say(ASK_FOR_ORDER)
    if last.name == "get_order_status":
        status = last.result
        if "error" in status:
            return say(f"I couldn't find order {last.args['order_id']}. "
                       "Please check the number and try again.")
        if status["status"] != "delivered":
            return say(f"Order {status['order_id']} is {status['status']}, so it can't be "
                       "refunded yet. Refunds are possible once an order is delivered.")
        damaged = any(w in turn.request.lower() for w in ("broken", "damaged", "faulty"))
        return turn.call("issue_refund", order_id=status["order_id"],
                         reason="damaged" if damaged else "customer request")
    refund = last.result
    return say(f"Done: I refunded {money(refund['amount_cents'])} for order {refund['order_id']} "
               f"(reference {refund['refund_id']}). It reaches your account within 5 days.")


def product_query(text: str) -> tuple[str, int]:
    lowered = text.lower()
    match = QUANTITY.search(lowered)
    quantity = 1
    if match:
        quantity = NUMBER_WORDS.get(match.group(1)) or int(match.group(1))
        lowered = lowered.replace(match.group(0), "add ")
    words = [w for w in re.findall(r"[a-z0-9]+", lowered) if w not in FILLER]
    return " ".join(words), quantity


def catalog_sort(text: str) -> str:
    lowered = text.lower()
    if "best rated" in lowered or "top rated" in lowered:
        return "rating"
    return "price" if "cheapest" in lowered else "relevance"


def sales(turn: Turn) -> Message:
    text = turn.request.lower()
    query, quantity = product_query(turn.request)
    sort = catalog_sort(turn.request)
    last = turn.last
    if last is None:
        if "checkout" in text or "check out" in text:
            return turn.call("checkout")
        if "cart" in text and any(w in text for w in ("show", "what's in", "view")):
            return turn.call("view_cart")
        wants_product = any(w in text for w in ("add ", "remove ", "do you have", "in stock"))
        if wants_product or sort != "relevance":
            return turn.call("search_catalog", query=query, sort=sort)
        return say(SALES_GREETING)
    if last.name == "search_catalog":
        return after_search(turn, last.result, query, quantity, sort)
    if "error" in last.result and last.name == "remove_from_cart":
        return say("That item isn't in your cart, so there was nothing to remove.")
    if "error" in last.result:
        return say(f"Sorry, I couldn't do that: {last.result['error']}.")
    return say(describe_cart_change(last))


def after_search(turn: Turn, found: list[dict[str, Any]], query: str, quantity: int,
                 sort: str) -> Message:
    text = turn.request.lower()
    if not found:
        return say(f"Sorry, I couldn't find anything matching '{query}'.")
    top = found[0]
    if "add " in text:
        return turn.call("add_to_cart", product_id=top["id"], quantity=quantity)
    if "remove " in text:
        return turn.call("remove_from_cart", product_id=top["id"])
    if sort == "rating":
        return say(f"Our best rated {query} is the {top['name']} ({top['rating']} stars, "
                   f"{money(top['price_cents'])}).")
    if sort == "price":
        return say(f"Our cheapest {query} is the {top['name']} at {money(top['price_cents'])}.")
    if top["in_stock"]:
        return say(f"Yes, the {top['name']} is in stock at {money(top['price_cents'])}.")
    return say(f"Sorry, the {top['name']} is out of stock at the moment.")


def describe_cart_change(step: ToolStep) -> str:
    result = step.result
    if step.name == "add_to_cart":
        return (f"Added {step.args['quantity']} x {result['name']} to your cart. "
                f"Your cart total is {money(result['cart_total_cents'])}.")
    if step.name == "remove_from_cart":
        return (f"Removed {result['removed']} from your cart. "
                f"Your cart total is {money(result['cart_total_cents'])}.")
    if step.name == "checkout":
        return (f"Your order {result['order_id']} is placed. We charged "
                f"{money(result['total_cents'])} to your card on file.")
    if not result["lines"]:
        return "Your cart is empty."
    lines = ", ".join(f"{line['quantity']} x {line['name']}" for line in result["lines"])
    return f"Your cart: {lines}. Total: {money(result['total_cents'])}."


def general(turn: Turn) -> Message:
    if turn.last is None:
        return turn.call("search_faq", query=turn.request)
    return say(turn.last.result["answer"] or NO_ANSWER)


DEPARTMENTS: dict[str, Callable[[Turn], Message]] = {
    "orders": orders, "refunds": refunds, "sales": sales, "general": general,
}


@selfpatch.model(name="scripted-model")
def complete(messages: list[Message]) -> Message:
    department, turn = read_turn(messages)
    if turn.last is None:
        wanted = intent_of(turn.request)
        if wanted and wanted != department:
            return turn.call("transfer_to", department=wanted)
    elif turn.last.name == "transfer_to":
        turn.steps = []
    return DEPARTMENTS[department](turn)
