from hooks import HookPipeline, add_default_timeout, strip_strings


def fetch(url, timeout=None, token=None):
    return {"url": url, "timeout": timeout}


def test_no_hooks_passes_arguments_through():
    pipeline = HookPipeline()
    assert pipeline.call(fetch, {"url": "https://a.example"}) == {
        "url": "https://a.example",
        "timeout": None,
    }


def test_post_hook_transforms_result():
    pipeline = HookPipeline()
    pipeline.post_hooks.append(lambda r: r["url"])
    assert pipeline.call(fetch, {"url": "u"}) == "u"


def test_default_timeout_reaches_the_tool():
    pipeline = HookPipeline()
    pipeline.pre_hooks.append(add_default_timeout)
    assert pipeline.call(fetch, {"url": "u"})["timeout"] == 30


def test_audit_redacts_secrets():
    pipeline = HookPipeline()
    pipeline.call(fetch, {"url": "u", "token": "s3cret"})
    assert pipeline.audit == [{"tool": "fetch", "args": {"url": "u", "token": "***"}}]
