import pytest

from idempotent_tool_retry import ToolClient, TransientToolError


def flaky(failures, result="ok"):
    calls = []

    def handler(args):
        calls.append(dict(args))
        if len(calls) <= failures:
            raise TransientToolError("timeout")
        return result

    return handler, calls


@pytest.mark.parametrize("method", ["put", "Delete", "head", "options", "GET"])
def test_idempotent_methods_in_any_case_are_retried(method):
    sleeps = []
    client = ToolClient(max_attempts=4, base_delay=1.0, sleep=sleeps.append)
    handler, calls = flaky(3)
    client.register("tool", method, handler)
    assert client.call("tool", {"id": 7}) == "ok"
    assert len(calls) == 4
    assert sleeps == [1.0, 2.0, 4.0]


@pytest.mark.parametrize("method", ["post", "PATCH", "Post"])
def test_unsafe_methods_in_any_case_are_not_retried(method):
    client = ToolClient(sleep=lambda _: None)
    handler, calls = flaky(1)
    client.register("tool", method, handler)
    with pytest.raises(TransientToolError):
        client.call("tool", {})
    assert len(calls) == 1


def test_lowercase_registration_is_idempotent():
    client = ToolClient(sleep=lambda _: None)
    client.register("t", "put", lambda args: None)
    client.register("u", "patch", lambda args: None)
    assert client.tools["t"].idempotent
    assert not client.tools["u"].idempotent


def test_handler_mutations_do_not_leak_between_attempts():
    client = ToolClient(sleep=lambda _: None)
    seen = []

    def handler(args):
        seen.append(args.pop("page", None))
        if len(seen) < 2:
            raise TransientToolError("reset")
        return "done"

    client.register("list", "get", handler)
    original = {"page": 2}
    assert client.call("list", original) == "done"
    assert seen == [2, 2]
    assert original == {"page": 2}


def test_paths_table_with_several_paths():
    client = ToolClient(max_attempts=2, sleep=lambda _: None)
    update, update_calls = flaky(1, result="updated")
    remove, remove_calls = flaky(2)
    client.register_operations({"/items/{id}": {"put": update}, "/items": {"delete": remove}})
    assert client.call("put /items/{id}", {"id": 1}) == "updated"
    assert len(update_calls) == 2
    with pytest.raises(TransientToolError):
        client.call("delete /items", {})
    assert len(remove_calls) == 2
