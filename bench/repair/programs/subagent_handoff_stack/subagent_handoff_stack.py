"""Pass control of a conversation between a coordinator and its sub-agents.

The router keeps a stack of agents.  `hand_off` starts a sub-agent with a
brief made of its task and the last few user/assistant turns of the current
agent; `hand_back` ends the sub-agent, files its result in the parent's
history as a tool message and gives control back to the parent.  Every
agent's history is kept after it finishes, for the transcript.
"""


class HandoffError(RuntimeError):
    pass


class AgentRouter:
    def __init__(self, root, max_depth=3, context_turns=4):
        self.stack = [root]
        self.current = root
        self.histories = {root: []}
        self.max_depth = max_depth
        self.context_turns = context_turns
        self.events = []

    def say(self, role, content):
        self.histories[self.current].append({"role": role, "content": content})

    def hand_off(self, agent, task):
        if agent in self.stack:
            raise HandoffError(f"{agent} is already active")
        if len(self.stack) > self.max_depth:
            raise HandoffError(f"hand-off depth {self.max_depth} reached")
        turns = [m for m in self.histories[self.current] if m["role"] in ("user", "assistant")]
        brief = [{"role": "system", "content": f"You are {agent}. Task: {task}"}]
        brief += [dict(m) for m in turns[-self.context_turns:]]
        self.histories[agent] = brief
        self.events.append(("handoff", self.current, agent))
        self.stack.append(agent)
        self.current = agent
        return brief

    def hand_back(self, result):
        if len(self.stack) == 1:
            raise HandoffError("the root agent has nobody to hand back to")
        agent = self.stack.pop()
        parent = self.stack[-1]
        self.histories[parent].append({"role": "tool", "name": agent, "content": result})
        self.events.append(("return", agent, parent))
        return parent

    def depth(self):
        return len(self.stack) - 1
