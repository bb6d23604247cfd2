import random

from session_state import Message, Session


def _check(s):
    assert s.total_tokens == sum(m.tokens for m in s.messages)
    assert s.remaining() == s.max_tokens - s.total_tokens


def test_random_operations_keep_invariant():
    rng = random.Random(1)
    for _ in range(50):
        s = Session(200)
        for _ in range(40):
            op = rng.choice(["add", "pop", "drop", "clear"])
            if op == "add":
                tokens = rng.randint(1, 40)
                if tokens <= s.remaining():
                    s.add(Message(rng.choice(["system", "user", "assistant"]), "x", tokens))
            elif op == "pop" and s.messages:
                s.pop()
            elif op == "drop":
                s.drop_oldest()
            elif op == "clear":
                s.clear(keep_system=rng.random() < 0.5)
            _check(s)


def test_clear_without_keeping_system():
    s = Session(30)
    s.add(Message("system", "x", 10))
    s.clear(keep_system=False)
    assert s.messages == [] and s.total_tokens == 0


def test_drop_oldest_only_system():
    s = Session(30)
    s.add(Message("system", "x", 10))
    assert s.drop_oldest() is None
    assert s.total_tokens == 10
