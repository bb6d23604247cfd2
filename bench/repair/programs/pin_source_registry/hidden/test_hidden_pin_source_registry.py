from pin_source_registry import PinRegistry


def test_unpin_last_package_removes_source():
    reg = PinRegistry()
    reg.pin("docs", "sphinx", "7.2.6")
    reg.pin("api", "flask", "3.0.0")
    reg.unpin("docs", "Sphinx")
    assert reg.sources() == ["api"]
    assert reg.declared_by("docs") == []


def test_unpin_resolves_conflict_but_keeps_other_sources():
    reg = PinRegistry()
    reg.pin("api", "pydantic", "2.5.3")
    reg.pin("worker", "pydantic", "1.10.13")
    reg.pin("worker", "celery", "5.3.6")
    reg.unpin("worker", "pydantic")
    assert reg.conflicts() == {}
    assert reg.resolved() == {"celery": "5.3.6", "pydantic": "2.5.3"}
    assert reg.declared_by("worker") == [("celery", "5.3.6")]
    assert reg.declared_by("api") == [("pydantic", "2.5.3")]


def test_unpin_then_repin_elsewhere():
    reg = PinRegistry()
    reg.pin("api", "attrs", "23.1.0")
    reg.pin("api", "six", "1.16.0")
    reg.unpin("api", "attrs")
    reg.pin("cli", "attrs", "23.2.0")
    assert reg.declared_by("api") == [("six", "1.16.0")]
    assert reg.declared_by("cli") == [("attrs", "23.2.0")]
    assert reg.conflicts() == {}


def test_unpin_then_drop_source():
    reg = PinRegistry()
    reg.pin("api", "rich", "13.7.0")
    reg.pin("api", "click", "8.1.7")
    reg.unpin("api", "rich")
    reg.pin("cli", "rich", "13.6.0")
    reg.drop_source("api")
    assert reg.resolved() == {"rich": "13.6.0"}
    assert reg.sources() == ["cli"]


def test_unpin_unknown_is_harmless():
    reg = PinRegistry()
    reg.pin("api", "idna", "3.6")
    reg.unpin("api", "nothing-here")
    reg.unpin("ghost", "idna")
    assert reg.declared_by("api") == [("idna", "3.6")]
    assert reg.sources() == ["api"]
