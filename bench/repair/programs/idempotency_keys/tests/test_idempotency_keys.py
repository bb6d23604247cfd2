from idempotency_keys import IdempotentRunner, ToolCall


def make_runner():
    sent = []

    def send_email(to, subject):
        sent.append((to, subject))
        return f"queued #{len(sent)}"

    return IdempotentRunner(tools={"send_email": send_email}), sent


def test_retry_does_not_send_twice():
    runner, sent = make_runner()
    call = ToolCall("send_email", {"to": "ana@example.com", "subject": "Hi"}, "s1")
    assert runner.run(call) == "queued #1"
    assert runner.run(call) == "queued #1"
    assert sent == [("ana@example.com", "Hi")]


def test_different_arguments_run_again():
    runner, sent = make_runner()
    runner.run(ToolCall("send_email", {"to": "ana@example.com", "subject": "Hi"}, "s1"))
    runner.run(ToolCall("send_email", {"to": "bo@example.com", "subject": "Hi"}, "s1"))
    assert len(sent) == 2


def test_argument_order_from_the_model_does_not_matter():
    runner, sent = make_runner()
    runner.run(ToolCall("send_email", {"to": "ana@example.com", "subject": "Hi"}, "s1"))
    runner.run(ToolCall("send_email", {"subject": "Hi", "to": "ana@example.com"}, "s1"))
    assert len(sent) == 1


def test_forget_session():
    runner, _ = make_runner()
    runner.run(ToolCall("send_email", {"to": "a", "subject": "x"}, "s1"))
    runner.run(ToolCall("send_email", {"to": "a", "subject": "x"}, "s2"))
    assert runner.forget_session("s1") == 1
    assert len(runner.results) == 1
