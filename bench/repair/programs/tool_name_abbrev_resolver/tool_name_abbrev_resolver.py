"""Map the tool name a model wrote to a registered tool: exact, alias, then unique prefix."""


class UnknownTool(LookupError):
    pass


class AmbiguousTool(LookupError):
    def __init__(self, typed, candidates):
        super().__init__(f"{typed!r} could be any of: {', '.join(candidates)}")
        self.candidates = candidates


def normalize(name):
    return name.strip().lower().replace("-", "_").replace(" ", "_")


class ToolNameResolver:
    def __init__(self, tools, aliases=None, min_prefix=3):
        self.tools = {normalize(t): t for t in tools}
        self.aliases = {}
        for alias, target in (aliases or {}).items():
            if normalize(target) not in self.tools:
                raise ValueError(f"alias {alias!r} points at unknown tool {target!r}")
            self.aliases[normalize(alias)] = self.tools[normalize(target)]
        self.min_prefix = min_prefix

    def _prefix_matches(self, key):
        found = {tool for norm, tool in self.tools.items() if norm.startswith(key)}
        found |= {tool for alias, tool in self.aliases.items() if alias.startswith(key)}
        return sorted(found)

    def resolve(self, typed):
        key = normalize(typed)
        if key in self.tools:
            return self.tools[key]
        if key in self.aliases:
            return self.aliases[key]
        matches = self._prefix_matches(key)
        if len(matches) == 1:
            return matches[0]
        if matches:
            raise AmbiguousTool(typed, matches)
        raise UnknownTool(typed)

    def try_resolve(self, typed):
        """(tool, None) on success, else (None, message suitable to send back to the model)."""
        try:
            return self.resolve(typed), None
        except AmbiguousTool as err:
            return None, f"Tool name {typed!r} is ambiguous; use one of: {', '.join(err.candidates)}"
        except UnknownTool:
            known = ", ".join(sorted(self.tools.values()))
            return None, f"No tool named {typed!r}. Available tools: {known}"
