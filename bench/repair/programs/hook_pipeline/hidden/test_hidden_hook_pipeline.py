from hooks import HookPipeline, add_default_timeout, strip_strings


def echo(**kwargs):
    return kwargs


def test_pre_hooks_run_in_order_before_the_tool():
    pipeline = HookPipeline()
    pipeline.pre_hooks.append(strip_strings)
    pipeline.pre_hooks.append(lambda a: {**a, "q": a["q"].upper()})
    assert pipeline.call(echo, {"q": "  hi "}) == {"q": "HI"}


def test_audit_matches_what_the_tool_saw():
    pipeline = HookPipeline()
    pipeline.pre_hooks.append(add_default_timeout)
    seen = pipeline.call(echo, {"password": "pw"})
    assert seen == {"password": "pw", "timeout": 30}
    assert pipeline.audit[-1]["args"] == {"password": "***", "timeout": 30}


def test_caller_dict_not_mutated():
    pipeline = HookPipeline()
    pipeline.pre_hooks.append(lambda a: a.update(x=1) or a)
    original = {"y": 2}
    assert pipeline.call(echo, original) == {"y": 2, "x": 1}
    assert original == {"y": 2}
