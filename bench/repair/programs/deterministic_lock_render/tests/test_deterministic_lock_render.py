import json

from deterministic_lock_render import content_hash, lock_document, render_lock, write_lock

RESOLVED = {
    "requests": {"version": "2.31.0", "requires": {"idna": ">=2.5,<4", "urllib3": ">=1.21.1,<3"}},
    "urllib3": {"version": "2.1.0", "hashes": ["sha256:b", "sha256:a", "sha256:b"]},
    "idna": {"version": "3.6"},
}


def test_document_contents():
    doc = lock_document(RESOLVED)
    assert doc["lock-version"] == 2
    assert doc["packages"]["urllib3"] == {"version": "2.1.0", "hashes": ["sha256:a", "sha256:b"]}
    assert doc["metadata"]["content-hash"] == content_hash(RESOLVED)


def test_render_round_trips():
    assert json.loads(render_lock(RESOLVED)) == lock_document(RESOLVED)
    assert render_lock(RESOLVED).endswith("}\n")


def test_content_hash_ignores_artifact_hashes():
    changed = dict(RESOLVED, idna={"version": "3.6", "hashes": ["sha256:c"]})
    assert content_hash(changed) == content_hash(RESOLVED)
    bumped = dict(RESOLVED, idna={"version": "3.7"})
    assert content_hash(bumped) != content_hash(RESOLVED)


def test_same_pins_render_identically_whatever_the_order():
    reordered = {name: RESOLVED[name] for name in ["idna", "urllib3", "requests"]}
    assert render_lock(reordered) == render_lock(RESOLVED)


def test_write_lock_skips_unchanged(tmp_path):
    path = tmp_path / "pins.lock"
    assert write_lock(path, RESOLVED) is True
    assert write_lock(path, RESOLVED) is False
    assert write_lock(path, dict(RESOLVED, idna={"version": "3.7"})) is True
