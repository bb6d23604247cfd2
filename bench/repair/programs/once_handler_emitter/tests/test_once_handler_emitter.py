from once_handler_emitter import Emitter


def test_handlers_run_by_priority_then_insertion():
    em = Emitter()
    em.on("save", lambda: "low", priority=-1)
    em.on("save", lambda: "first")
    em.on("save", lambda: "high", priority=5)
    em.on("save", lambda: "second")
    assert em.emit("save") == ["high", "first", "second", "low"]


def test_off_removes_handler():
    em = Emitter()
    token = em.on("tick", lambda n: n * 2)
    em.on("tick", lambda n: n + 1)
    assert em.off("tick", token)
    assert not em.off("tick", token)
    assert em.emit("tick", 10) == [11]


def test_once_handler_runs_once():
    em = Emitter()
    em.once("ready", lambda: "setup")
    em.on("ready", lambda: "log")
    assert em.emit("ready") == ["setup", "log"]
    assert em.emit("ready") == ["log"]
    assert em.listener_count("ready") == 1


def test_unknown_event_is_empty():
    em = Emitter()
    assert em.emit("nothing", 1, 2) == []
    assert em.listener_count("nothing") == 0
