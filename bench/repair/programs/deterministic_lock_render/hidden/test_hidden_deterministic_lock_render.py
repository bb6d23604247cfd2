import json

from deterministic_lock_render import render_lock, write_lock


def test_exact_text_of_small_lock():
    resolved = {
        "Zope.Interface": {"version": "6.1", "markers": "python_version >= '3.8'",
                           "requires": {"setuptools": "*"}, "hashes": ["sha256:2", "sha256:1"]},
        "setuptools": {"version": "69.0.3"},
    }
    text = render_lock(resolved, generator="pinlock 1.0")
    data = json.loads(text)
    expected = json.dumps(data, indent=2, sort_keys=True) + "\n"
    assert text == expected
    lines = text.splitlines()
    assert lines[0] == "{"
    assert lines[1] == '  "lock-version": 2,'
    assert lines[2] == '  "metadata": {'
    assert lines[3].startswith('    "content-hash": "sha256:')
    assert lines[4] == '    "generator": "pinlock 1.0"'
    zope = lines.index('    "zope-interface": {')
    assert lines[zope + 1:zope + 6] == [
        '      "hashes": [',
        '        "sha256:1",',
        '        "sha256:2"',
        "      ],",
        '      "markers": "python_version >= \'3.8\'",',
    ]
    assert lines.index('    "setuptools": {') < zope


def test_nested_requires_order_does_not_matter():
    a = {"app": {"version": "1.0", "requires": {"b-lib": ">=1", "a_lib": "<2"}}}
    b = {"app": {"version": "1.0", "requires": {"a_lib": "<2", "b-lib": ">=1"}}}
    assert render_lock(a) == render_lock(b)


def test_entry_field_order_does_not_matter():
    a = {"x": {"version": "1.0", "hashes": ["sha256:9"], "markers": "os_name == 'nt'"}}
    b = {"x": {"markers": "os_name == 'nt'", "hashes": ["sha256:9"], "version": "1.0"}}
    assert render_lock(a) == render_lock(b)


def test_write_lock_unchanged_when_only_order_differs(tmp_path):
    path = tmp_path / "pins.lock"
    first = {"b": {"version": "2.0", "requires": {"a": ">=1"}}, "a": {"version": "1.0"}}
    second = {"a": {"version": "1.0"}, "b": {"requires": {"a": ">=1"}, "version": "2.0"}}
    assert write_lock(path, first) is True
    mtime = path.stat().st_mtime_ns
    assert write_lock(path, second) is False
    assert path.stat().st_mtime_ns == mtime
