"""Assemble a Markdown release section from conventional-commit messages."""

import re

HEADER = re.compile(r"^(?P<type>[A-Za-z]+)(?:\((?P<scope>[^)]*)\))?(?P<bang>!)?: (?P<subject>.+)$")
SECTIONS = (
    ("breaking", "Breaking changes"),
    ("feat", "Features"),
    ("fix", "Bug fixes"),
    ("perf", "Performance"),
)
SECTION_KEYS = {key for key, _ in SECTIONS}


def classify(message):
    """Return (section, scope, subject) for a commit message, or None if it is not listed."""
    lines = message.strip().splitlines()
    match = HEADER.match(lines[0].strip()) if lines else None
    if match is None:
        return None
    kind = match["type"].lower()
    if kind not in SECTION_KEYS:
        return None
    footer_breaks = any(line.startswith(("BREAKING CHANGE:", "BREAKING-CHANGE:")) for line in lines[1:])
    if match["bang"] or footer_breaks:
        kind = "breaking"
    return kind, (match["scope"] or "").strip(), match["subject"].strip()


def assemble(version, date, messages):
    groups = {key: [] for key, _ in SECTIONS}
    seen = set()
    for message in messages:
        entry = classify(message)
        if entry is None:
            continue
        kind, scope, subject = entry
        line = f"- **{scope}:** {subject}" if scope else f"- {subject}"
        if line in seen:
            continue
        seen.add(line)
        groups[kind].append(line)
    out = [f"## {version} ({date})"]
    for key, title in SECTIONS:
        if groups[key]:
            out += ["", f"### {title}", "", *groups[key]]
    if len(out) == 1:
        out += ["", "_No notable changes._"]
    return "\n".join(out) + "\n"
