"""Compact overview of a repository for an agent's first look at a workspace."""

import posixpath


def summarize(files, top=3):
    """files: iterable of (path, size_in_bytes). Returns counts and the largest files."""
    files = [(path.strip("/"), size) for path, size in files]
    total = 0
    by_ext = {}
    dirs = set()
    for path, size in files:
        total += size
        ext = posixpath.splitext(posixpath.basename(path))[1].lower() or "(none)"
        entry = by_ext.setdefault(ext, {"files": 0, "bytes": 0})
        entry["files"] += 1
        parent = posixpath.dirname(path)
        while parent:
            dirs.add(parent)
            parent = posixpath.dirname(parent)
    largest = sorted(files, key=lambda f: (-f[1], f[0]))[:top]
    return {
        "files": len(files),
        "dirs": len(dirs),
        "bytes": total,
        "by_ext": by_ext,
        "largest": [path for path, _ in largest],
    }


def _count_files(node):
    return sum(_count_files(child) if child else 1 for child in node.values())


def render_tree(paths, max_depth=2, indent="  "):
    """Indented tree, directories first; deeper levels collapse to a file count."""
    tree = {}
    for path in paths:
        node = tree
        for part in path.strip("/").split("/"):
            node = node.setdefault(part, {})
    lines = []

    def walk(node, depth):
        prefix = indent * depth
        for name in sorted(node, key=lambda n: (not node[n], n)):
            child = node[name]
            if not child:
                lines.append(prefix + name)
                continue
            lines.append(f"{prefix}{name}/")
            if depth + 1 <= max_depth:
                walk(child, depth + 1)
            else:
                lines.append(f"{prefix}{indent}... {_count_files(child)} files")

    walk(tree, 0)
    return "\n".join(lines)
