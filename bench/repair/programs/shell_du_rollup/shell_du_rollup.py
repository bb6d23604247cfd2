"""Directory sizes from a recorded shell session (a `$ cd` / `$ ls` transcript)."""


def _key(parts):
    return "/" + "/".join(parts)


def directory_sizes(lines):
    """Map every directory seen to the total size of all files below it.

    Listing the same directory twice does not count its files twice.
    """
    sizes = {"/": 0}
    seen = set()
    cwd = []
    for raw in lines:
        line = raw.strip()
        if not line or line == "$ ls":
            continue
        if line.startswith("$ cd "):
            target = line[5:].strip()
            if target == "/":
                cwd = []
            elif target == "..":
                if cwd:
                    cwd.pop()
            else:
                cwd.append(target)
            sizes.setdefault(_key(cwd), 0)
        elif line.startswith("dir "):
            sizes.setdefault(_key(cwd + [line[4:]]), 0)
        else:
            size, name = line.split(maxsplit=1)
            path = _key(cwd + [name])
            if path in seen:
                continue
            seen.add(path)
            for depth in range(len(cwd) + 1):
                sizes[_key(cwd[:depth])] = int(size)
    return sizes


def small_directories_total(sizes, limit=100_000):
    """Sum of the sizes of all directories no larger than limit."""
    return sum(size for size in sizes.values() if size <= limit)


def directory_to_delete(sizes, disk_size, needed):
    """Smallest directory whose removal leaves at least `needed` free.

    Returns None when enough space is already free or nothing is big enough.
    """
    missing = needed - (disk_size - sizes["/"])
    if missing <= 0:
        return None
    candidates = [(size, path) for path, size in sizes.items() if size >= missing]
    return min(candidates)[1] if candidates else None
