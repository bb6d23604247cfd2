from tool_hook_chain import HookChain


def echo(**kwargs):
    return kwargs


def tagging_pre(tag):
    def hook(name, args):
        return {**args, "trail": args.get("trail", ()) + (tag,)}
    return hook


def tagging_post(tag):
    def hook(name, args, result):
        return result + (tag,)
    return hook


def test_pre_order_many_priorities():
    chain = HookChain()
    for tag, priority in [("p1", 1), ("p9", 9), ("m3", -3), ("p5", 5), ("z0", 0)]:
        chain.before(priority)(tagging_pre(tag))
    assert chain.call("echo", {}, echo)["trail"] == ("p9", "p5", "p1", "z0", "m3")


def test_equal_priorities_keep_registration_order():
    chain = HookChain()
    for tag, priority in [("a", 2), ("b", 7), ("c", 2), ("d", 7), ("e", 2)]:
        chain.before(priority)(tagging_pre(tag))
    assert chain.call("echo", {}, echo)["trail"] == ("b", "d", "a", "c", "e")


def test_pre_order_listing():
    chain = HookChain()
    low = chain.before(-1)(tagging_pre("low"))
    high = chain.before(3)(tagging_pre("high"))
    middle = chain.before()(tagging_pre("middle"))
    assert chain.pre_order() == [high, middle, low]


def test_post_order_with_ties():
    chain = HookChain()
    for tag, priority in [("x", 4), ("y", 0), ("z", 4), ("w", -2)]:
        chain.after(priority)(tagging_post(tag))
    assert chain.call("t", {}, lambda: ()) == ("w", "y", "x", "z")


def test_post_hook_sees_arguments_after_pre_hooks():
    chain = HookChain()
    seen = {}
    chain.before(1)(lambda name, args: {**args, "n": args["n"] + 1})
    chain.before(2)(lambda name, args: {**args, "n": args["n"] * 3})

    @chain.after()
    def record(name, args, result):
        seen.update(args)
        return result

    assert chain.call("echo", {"n": 2}, echo) == {"n": 7}
    assert seen == {"n": 7}
