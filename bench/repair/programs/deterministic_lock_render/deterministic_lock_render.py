"""Write a resolved dependency set as a lockfile whose text only changes when the pins do."""

import hashlib
import json
import re

LOCK_VERSION = 2


def normalize(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def content_hash(resolved):
    """Digest of the pins alone, so tooling can tell whether a lock is stale."""
    pins = {normalize(name): info["version"] for name, info in resolved.items()}
    payload = json.dumps(pins, sort_keys=True, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(payload.encode("utf-8")).hexdigest()


def lock_document(resolved, generator="pinlock"):
    packages = {}
    for name, info in resolved.items():
        entry = {"version": info["version"]}
        if info.get("hashes"):
            entry["hashes"] = sorted(set(info["hashes"]))
        if info.get("requires"):
            entry["requires"] = {normalize(dep): spec for dep, spec in info["requires"].items()}
        if info.get("markers"):
            entry["markers"] = info["markers"]
        packages[normalize(name)] = entry
    return {
        "lock-version": LOCK_VERSION,
        "metadata": {"generator": generator, "content-hash": content_hash(resolved)},
        "packages": packages,
    }


def render_lock(resolved, generator="pinlock"):
    return json.dumps(lock_document(resolved, generator), indent=2) + "\n"


def write_lock(path, resolved, generator="pinlock"):
    """Write the lockfile; returns False (and leaves the file alone) when nothing changed."""
    text = render_lock(resolved, generator)
    try:
        with open(path, encoding="utf-8") as fh:
            if fh.read() == text:
                return False
    except FileNotFoundError:
        pass
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    return True
