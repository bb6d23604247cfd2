"""Map the tool name a model asked for onto a registered tool.

Models often get tool names slightly wrong ("Read-File", "read_fle"). Exact and
normalized matches are accepted silently; a single close spelling is accepted
too; otherwise the model gets an error message it can act on.
"""
import difflib


class ToolNameResolver:
    def __init__(self, tool_names, cutoff=0.8):
        self.tool_names = list(tool_names)
        self.cutoff = cutoff
        self._by_key = {self.normalize(name): name for name in self.tool_names}

    @staticmethod
    def normalize(name):
        return name.strip().lower().replace("-", "_").replace(" ", "_").replace(".", "_")

    def resolve(self, requested):
        """(tool_name, None) when the request maps onto one tool, else (None, error)."""
        if requested in self.tool_names:
            return requested, None
        key = self.normalize(requested)
        if key in self._by_key:
            return self._by_key[key], None
        close = difflib.get_close_matches(key, list(self._by_key), n=3)
        if len(close) == 1:
            return self._by_key[close[0]], None
        if close:
            options = ", ".join(self._by_key[k] for k in close)
            return None, f"Unknown tool '{requested}'. Did you mean one of: {options}?"
        available = ", ".join(sorted(self.tool_names))
        return None, f"Unknown tool '{requested}'. Available tools: {available}."

    def fix_call(self, call):
        """Copy of a {"name", "arguments"} tool call with its name resolved.

        Raises LookupError with the message for the model when it cannot be resolved.
        """
        name, error = self.resolve(call.get("name", ""))
        if error:
            raise LookupError(error)
        return {**call, "name": name}
