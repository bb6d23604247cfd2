"""Estimate how many tokens a chat request uses before it is sent.

The estimate is deliberately simple: every run of word characters costs one
token per started group of CHARS_PER_TOKEN characters, every punctuation mark
costs one token, and each message carries a small fixed framing cost.
"""

import re

_PIECES = re.compile(r"\w+|[^\w\s]")

CHARS_PER_TOKEN = 4
TOKENS_PER_MESSAGE = 3
TOKENS_PER_NAME = 1
REPLY_PRIMER = 3


def text_tokens(text):
    total = 0
    for piece in _PIECES.findall(text or ""):
        if piece[0].isalnum() or piece[0] == "_":
            total += (len(piece) + CHARS_PER_TOKEN) // CHARS_PER_TOKEN
        else:
            total += 1
    return total


def message_tokens(message):
    total = TOKENS_PER_MESSAGE + text_tokens(message.get("content"))
    if message.get("name"):
        total += TOKENS_PER_NAME + text_tokens(message["name"])
    for call in message.get("tool_calls") or []:
        function = call["function"]
        total += text_tokens(function["name"]) + text_tokens(function["arguments"])
    return total


def request_tokens(messages):
    """Tokens of a whole request, including the primer for the model's reply."""
    return sum(message_tokens(m) for m in messages) + REPLY_PRIMER


def fits(messages, context_window, max_reply_tokens):
    return request_tokens(messages) + max_reply_tokens <= context_window
