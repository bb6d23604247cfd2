import random

from context_keeper import ContextWindow, Message


def msg(content, tokens, role="user", pinned=False):
    return Message(role, content, tokens, pinned)


def test_pop_last_returns_message_and_updates_usage():
    window = ContextWindow(budget=200)
    window.add(msg("a", 12))
    window.add(msg("b", 7))
    popped = window.pop_last()
    assert popped.content == "b"
    assert window.used == 12
    window.pop_last()
    assert window.used == 0
    assert window.messages == []


def test_newest_message_kept_even_if_alone_over_budget():
    window = ContextWindow(budget=10)
    window.add(msg("old", 5))
    dropped = window.add(msg("huge", 50))
    assert [m.content for m in dropped] == ["old"]
    assert [m.content for m in window.messages] == ["huge"]
    assert window.used == 50


def test_evicted_total_counts_all_drops():
    window = ContextWindow(budget=30)
    for i in range(6):
        window.add(msg(str(i), 10))
    assert window.evicted_total == 3


def test_no_spurious_eviction_after_several_undos():
    window = ContextWindow(budget=60)
    window.add(msg("sys", 10, "system", pinned=True))
    window.add(msg("q1", 20))
    window.add(msg("r1", 20, "assistant"))
    window.pop_last()
    window.pop_last()
    assert window.add(msg("q2", 25)) == []
    assert window.add(msg("r2", 25, "assistant")) == []
    assert [m.content for m in window.messages] == ["sys", "q2", "r2"]


def test_random_operations_keep_used_in_sync():
    rng = random.Random(17)
    for _ in range(100):
        window = ContextWindow(budget=rng.randint(20, 120))
        for step in range(30):
            action = rng.random()
            if action < 0.6 or not window.messages:
                window.add(msg(f"m{step}", rng.randint(1, 40), pinned=rng.random() < 0.1))
            elif action < 0.8:
                window.pop_last()
            else:
                index = rng.randrange(len(window.messages))
                window.replace(index, f"r{step}", rng.randint(1, 40))
            assert window.used == sum(m.tokens for m in window.messages)
            unpinned_older = [m for m in window.messages[:-1] if not m.pinned]
            assert window.used <= window.budget or not unpinned_older
