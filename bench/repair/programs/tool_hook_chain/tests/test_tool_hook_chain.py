from tool_hook_chain import HookChain


def add(a, b):
    return a + b


def test_no_hooks_calls_the_tool():
    assert HookChain().call("add", {"a": 2, "b": 3}, add) == 5


def test_pre_hook_rewrites_arguments():
    chain = HookChain()

    @chain.before()
    def double_a(name, args):
        return {**args, "a": args["a"] * 2}

    assert chain.call("add", {"a": 2, "b": 3}, add) == 7


def test_post_hook_rewrites_result():
    chain = HookChain()

    @chain.after()
    def stringify(name, args, result):
        return f"{name} -> {result}"

    assert chain.call("add", {"a": 1, "b": 1}, add) == "add -> 2"


def test_higher_priority_pre_hook_runs_first():
    chain = HookChain()
    seen = []

    @chain.before(priority=0)
    def log(name, args):
        seen.append(("log", dict(args)))
        return args

    @chain.before(priority=10)
    def clamp(name, args):
        seen.append(("clamp", dict(args)))
        return {**args, "b": min(args["b"], 100)}

    assert chain.call("add", {"a": 1, "b": 500}, add) == 101
    assert seen == [("clamp", {"a": 1, "b": 500}), ("log", {"a": 1, "b": 100})]


def test_post_hooks_lowest_priority_first():
    chain = HookChain()
    chain.after(priority=5)(lambda name, args, result: result * 10)
    chain.after(priority=1)(lambda name, args, result: result + 1)
    assert chain.call("add", {"a": 1, "b": 1}, add) == 30
