from once_handler_emitter import Emitter


def test_consecutive_once_handlers_all_run():
    em = Emitter()
    for label in "abc":
        em.once("boot", lambda label=label: label)
    em.on("boot", lambda: "always")
    assert em.emit("boot") == ["a", "b", "c", "always"]
    assert em.emit("boot") == ["always"]


def test_once_with_priority_and_args():
    em = Emitter()
    em.on("msg", lambda m: "plain:" + m)
    em.once("msg", lambda m: "urgent:" + m, priority=3)
    em.on("msg", lambda m: "tail:" + m, priority=-2)
    assert em.emit("msg", "x") == ["urgent:x", "plain:x", "tail:x"]
    assert em.emit("msg", "y") == ["plain:y", "tail:y"]


def test_handler_added_during_emit_waits_for_next_emit():
    em = Emitter()
    calls = []

    def register():
        calls.append("register")
        em.on("evt", lambda: calls.append("late"))

    em.once("evt", register)
    em.emit("evt")
    assert calls == ["register"]
    em.emit("evt")
    assert calls == ["register", "late"]


def test_reentrant_emit_does_not_rerun_once_handler():
    em = Emitter()
    runs = []

    def handler():
        runs.append("once")
        em.emit("loop")

    em.once("loop", handler)
    em.emit("loop")
    assert runs == ["once"]
    assert em.listener_count("loop") == 0


def test_off_of_once_before_emit():
    em = Emitter()
    token = em.once("e", lambda: "gone")
    em.on("e", lambda: "kept")
    assert em.off("e", token)
    assert em.emit("e") == ["kept"]


def test_removing_other_handler_mid_emit_keeps_snapshot():
    em = Emitter()
    later = []
    tokens = {}
    em.on("x", lambda: em.off("x", tokens["b"]), priority=1)
    tokens["b"] = em.on("x", lambda: later.append("b"))
    em.emit("x")
    assert later == ["b"]
    em.emit("x")
    assert later == ["b"]
