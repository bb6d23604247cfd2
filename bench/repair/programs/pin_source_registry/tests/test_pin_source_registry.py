from pin_source_registry import PinRegistry


def test_agreeing_pins_resolve():
    reg = PinRegistry()
    reg.pin("api/requirements.txt", "requests", "2.31.0")
    reg.pin("worker/requirements.txt", "requests", "2.31.0")
    assert reg.conflicts() == {}
    assert reg.resolved() == {"requests": "2.31.0"}


def test_conflict_lists_sources_per_version():
    reg = PinRegistry()
    reg.pin("api", "requests", "2.31.0")
    reg.pin("worker", "requests", "2.28.2")
    reg.pin("cli", "requests", "2.31.0")
    assert reg.conflicts() == {"requests": {"2.28.2": ["worker"], "2.31.0": ["api", "cli"]}}


def test_names_are_normalised():
    reg = PinRegistry()
    reg.pin("a", "Typing_Extensions", "4.9.0")
    reg.pin("b", "typing-extensions", "4.8.0")
    assert list(reg.conflicts()) == ["typing-extensions"]


def test_repin_replaces_previous_version():
    reg = PinRegistry()
    reg.pin("api", "flask", "2.3.3")
    reg.pin("api", "flask", "3.0.0")
    assert reg.declared_by("api") == [("flask", "3.0.0")]
    assert reg.conflicts() == {}


def test_unpin():
    reg = PinRegistry()
    reg.pin("api", "flask", "3.0.0")
    reg.pin("api", "gunicorn", "21.2.0")
    reg.unpin("api", "gunicorn")
    assert reg.declared_by("api") == [("flask", "3.0.0")]
    assert reg.resolved() == {"flask": "3.0.0"}


def test_drop_source_clears_its_conflicts():
    reg = PinRegistry()
    reg.pin("api", "numpy", "1.26.2")
    reg.pin("legacy", "numpy", "1.21.0")
    reg.drop_source("legacy")
    assert reg.conflicts() == {}
    assert reg.sources() == ["api"]
