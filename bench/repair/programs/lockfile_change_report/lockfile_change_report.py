"""Summarise what changed between two lockfiles (JSON documents with a "packages" table)."""

import json


def _direction_key(version):
    """'1.4.0+local' -> ((1, 4, 0), True); a pre-release sorts below its final release."""
    public = version.split("+", 1)[0]
    release, _, pre = public.partition("-")
    return tuple(int(part) for part in release.split(".")), not pre


def diff_locks(old, new):
    """Classify every package as added, removed, upgraded, downgraded or rehashed."""
    before_all = old.get("packages", {})
    after_all = new.get("packages", {})
    changes = {"added": [], "removed": [], "upgraded": [], "downgraded": [], "rehashed": []}
    for name in sorted(set(before_all).intersection(after_all)):
        before, after = before_all.get(name), after_all.get(name)
        if before is None:
            changes["added"].append((name, after["version"]))
        elif after is None:
            changes["removed"].append((name, before["version"]))
        elif before["version"] != after["version"]:
            newer = _direction_key(after["version"]) > _direction_key(before["version"])
            changes["upgraded" if newer else "downgraded"].append(
                (name, before["version"], after["version"])
            )
        elif before.get("hash") != after.get("hash"):
            changes["rehashed"].append((name, after["version"]))
    return changes


def render(changes):
    """Plain-text lines, the way a CI bot comments on a pull request."""
    lines = [f"+ {name} {version}" for name, version in changes["added"]]
    lines += [f"- {name} {version}" for name, version in changes["removed"]]
    lines += [f"^ {name} {old} -> {new}" for name, old, new in changes["upgraded"]]
    lines += [f"v {name} {old} -> {new}" for name, old, new in changes["downgraded"]]
    lines += [f"# {name} {version} (hash changed)" for name, version in changes["rehashed"]]
    return "\n".join(lines) if lines else "no dependency changes"


def diff_lock_files(old_path, new_path):
    """Read two lockfiles from disk and return the rendered report."""
    with open(old_path, encoding="utf-8") as fh:
        old = json.load(fh)
    with open(new_path, encoding="utf-8") as fh:
        new = json.load(fh)
    return render(diff_locks(old, new))
