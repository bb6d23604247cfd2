"""Merge streamed chat-completion chunks back into whole assistant messages.

A chunk looks like {"choices": [{"index": 0, "delta": {...}, "finish_reason": None}]}.
A delta may carry the "role", a piece of "content", and pieces of "tool_calls":
each piece has the tool call's "index" and possibly its "id" and a "function"
object whose "name" and "arguments" strings arrive a few characters at a time.
"""


def _new_message():
    return {"role": "assistant", "content": "", "tool_calls": [], "finish_reason": None}


class DeltaAssembler:
    def __init__(self):
        self.messages = {}  # choice index -> message being built

    def add_chunk(self, chunk):
        for choice in chunk.get("choices", []):
            msg = self.messages.setdefault(choice.get("index", 0), _new_message())
            delta = choice.get("delta") or {}
            if delta.get("role"):
                msg["role"] = delta["role"]
            if delta.get("content"):
                msg["content"] += delta["content"]
            for piece in delta.get("tool_calls") or []:
                self._merge_tool_call(msg["tool_calls"], piece)
            if choice.get("finish_reason"):
                msg["finish_reason"] = choice["finish_reason"]

    @staticmethod
    def _merge_tool_call(calls, piece):
        position = piece["index"]
        while len(calls) < position:
            calls.append({"id": None, "type": "function",
                          "function": {"name": "", "arguments": ""}})
        call = calls[position]
        if piece.get("id"):
            call["id"] = piece["id"]
        function = piece.get("function") or {}
        call["function"]["name"] += function.get("name") or ""
        call["function"]["arguments"] += piece.get("arguments") or ""

    def message(self, index=0):
        """The finished message in the shape the chat API expects back."""
        msg = self.messages.get(index, _new_message())
        out = {"role": msg["role"], "content": msg["content"] or None}
        if msg["tool_calls"]:
            out["tool_calls"] = msg["tool_calls"]
        return out

    def finish_reason(self, index=0):
        return self.messages.get(index, _new_message())["finish_reason"]
