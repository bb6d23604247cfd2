"""Northwind Electronics' support bot: route the conversation, run the hooks, and loop
model -> tool calls -> tool results until the model replies."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from shop_agent.cart_tools import CART_TOOLS
from shop_agent.hooks import (
    capture_order_ref,
    normalize_order_refs,
    redact_card_numbers,
    tidy_reply,
)
from shop_agent.model import complete
from shop_agent.routing import route
from shop_agent.state import CartError, Session
from shop_agent.tools import TOOLS

Message = dict[str, Any]
Model = Callable[[list[Message]], Message]
Hook = Callable[[Session, str], str]

MAX_STEPS = 6
GIVE_UP_REPLY = "Sorry, I got stuck on that one. A colleague will get back to you by email."


def system_prompt(session: Session) -> Message:
    context = json.dumps(session.context, sort_keys=True)
    return {"role": "system",
            "content": f"You are the {session.department} assistant of Northwind Electronics. "
                       f"Answer briefly and use the tools.\nKnown context: {context}"}


def describe_action(name: str, args: dict[str, Any]) -> str:
    key = args.get("order_id") or args.get("product_id") or args.get("department")
    return f"{name}:{key}" if key else name


class Agent:
    def __init__(self, model: Model) -> None:
        self.model = model
        self.before_hooks: list[Hook] = []
        self.after_hooks: list[Hook] = []

    def before(self, hook: Hook) -> None:
        self.before_hooks.append(hook)

    def after(self, hook: Hook) -> None:
        self.after_hooks.append(hook)

    def respond(self, session: Session, text: str) -> str:
        for hook in self.before_hooks:
            text = hook(session, text)
        if session.department is None:
            session.department = route(text)
        session.messages.append({"role": "user", "content": text})
        reply = GIVE_UP_REPLY
        for _ in range(MAX_STEPS):
            message = self.model([system_prompt(session), *session.messages])
            session.messages.append(message)
            calls = message.get("tool_calls") or []
            if not calls:
                reply = message["content"]
                break
            for call in calls:
                result = self.run_tool_call(session, call)
                session.messages.append({"role": "tool", "tool_call_id": call["id"],
                                         "content": json.dumps(result)})
        for hook in self.after_hooks:
            reply = hook(session, reply)
        return reply

    def run_tool_call(self, session: Session, call: dict[str, Any]) -> Any:
        name = call["function"]["name"]
        arguments = call["function"]["arguments"]
        if name == "transfer_to":
            return self.transfer(session, arguments)
        args = json.loads(arguments)
        session.actions.append(describe_action(name, args))
        if name in CART_TOOLS:
            try:
                return CART_TOOLS[name](session, **args)
            except CartError as exc:
                return {"error": str(exc)}
        return TOOLS[name](**args)

    def transfer(self, session: Session, arguments: dict[str, Any]) -> dict[str, Any]:
        department = arguments["department"]
        session.actions.append(describe_action("transfer_to", {"department": department}))
        session.department = department
        return {"transferred_to": department}


def build_agent() -> Agent:
    agent = Agent(model=complete)
    agent.before(redact_card_numbers)
    agent.before(capture_order_ref)
    agent.before(normalize_order_refs)
    agent.after(tidy_reply)
    return agent


def handle(task_input: Any) -> dict[str, Any]:
    """Run one customer conversation: a message, or a list of messages sent one after another."""
    if isinstance(task_input, str):
        task_input = {"message": task_input}
    turns = task_input.get("messages") or [task_input["message"]]
    session = Session(customer=task_input.get("customer", "guest"))
    agent = build_agent()
    reply = ""
    for text in turns:
        reply = agent.respond(session, text)
    return {"department": session.department, "reply": reply, "actions": session.actions,
            "cart_total": session.cart.total_cents / 100}
