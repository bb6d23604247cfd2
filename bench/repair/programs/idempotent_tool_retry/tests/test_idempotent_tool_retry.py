import pytest

from idempotent_tool_retry import ToolClient, TransientToolError


def flaky(failures, result="ok"):
    calls = []

    def handler(args):
        calls.append(args)
        if len(calls) <= failures:
            raise TransientToolError("503")
        return result

    return handler, calls


def make_client():
    sleeps = []
    return ToolClient(max_attempts=3, base_delay=0.5, sleep=sleeps.append), sleeps


def test_get_is_retried_until_it_succeeds():
    client, sleeps = make_client()
    handler, calls = flaky(2, result={"temp": 21})
    client.register("weather", "GET", handler)
    assert client.call("weather", {"city": "Oslo"}) == {"temp": 21}
    assert len(calls) == 3
    assert sleeps == [0.5, 1.0]


def test_post_is_not_retried():
    client, sleeps = make_client()
    handler, calls = flaky(1)
    client.register("send_email", "POST", handler)
    with pytest.raises(TransientToolError):
        client.call("send_email", {"to": "a@b.c"})
    assert len(calls) == 1
    assert sleeps == []


def test_gives_up_after_max_attempts():
    client, _ = make_client()
    handler, calls = flaky(10)
    client.register("search", "GET", handler)
    with pytest.raises(TransientToolError):
        client.call("search", {"q": "x"})
    assert len(calls) == 3


def test_other_errors_are_not_retried():
    client, _ = make_client()
    calls = []

    def handler(args):
        calls.append(args)
        raise ValueError("bad city")

    client.register("weather", "GET", handler)
    with pytest.raises(ValueError):
        client.call("weather", {"city": ""})
    assert len(calls) == 1


def test_operations_from_paths_table():
    client, _ = make_client()
    read, read_calls = flaky(1, result=["doc"])
    create, create_calls = flaky(1)
    client.register_operations({"/documents": {"get": read, "post": create}})
    assert client.call("get /documents", {}) == ["doc"]
    assert len(read_calls) == 2
    with pytest.raises(TransientToolError):
        client.call("post /documents", {"title": "t"})
    assert len(create_calls) == 1
