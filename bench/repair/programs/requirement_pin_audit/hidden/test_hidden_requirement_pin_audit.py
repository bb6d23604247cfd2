from requirement_pin_audit import audit, is_clean

LOCK = {"typing_extensions": "4.9.0", "Jinja2": "3.1.3", "ruamel.yaml": "0.18.5", "attrs": "23.2.0"}


def test_case_and_separator_variants_all_found():
    text = "\n".join([
        "Typing-Extensions==4.9.0",
        "jinja2==3.1.3",
        "ruamel_yaml==0.18.5",
        "ATTRS==23.2.0",
    ])
    assert is_clean(audit(text, LOCK))


def test_mismatch_keeps_requirement_spelling():
    report = audit("JINJA2==3.1.2\nRuamel-YAML==0.18.5", LOCK)
    assert report == {
        "unpinned": [], "missing": [], "mismatched": [("JINJA2", "3.1.2", "3.1.3")], "duplicate": [],
    }


def test_lock_keys_with_odd_spelling_and_extras():
    report = audit("attrs[tests]==23.2.0 ; python_version > '3.7'\ntyping.extensions==4.8.0", LOCK)
    assert report["mismatched"] == [("typing.extensions", "4.8.0", "4.9.0")]
    assert report["missing"] == []


def test_missing_entries_only_for_absent_packages():
    report = audit("jinja2==3.1.3\nmarkupsafe==2.1.5\n", LOCK)
    assert report["missing"] == ["markupsafe"]


def test_range_and_arbitrary_equality_are_unpinned():
    report = audit("attrs===23.2.0\njinja2>=3,<4\nruamel.yaml~=0.18\n", LOCK)
    assert report["unpinned"] == ["attrs", "jinja2", "ruamel.yaml"]


def test_duplicates_compared_by_canonical_name():
    report = audit("Jinja2==3.1.3\njinja2==3.1.2\nattrs>=23\nATTRS==23.2.0\n", LOCK)
    assert report["duplicate"] == ["jinja2", "ATTRS"]
    assert report["mismatched"] == []
    assert report["unpinned"] == ["attrs"]
