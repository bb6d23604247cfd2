"""Track the version pins several manifests declare and report the packages they disagree on."""

import re


def canonical(name):
    """PEP 503 normalisation: 'Foo_Bar.baz' -> 'foo-bar-baz'."""
    return re.sub(r"[-_.]+", "-", name).lower()


class PinRegistry:
    def __init__(self):
        self._pins = {}      # package -> {version: set of sources pinning it}
        self._declared = {}  # source -> set of packages it pins

    def _forget(self, source, name):
        versions = self._pins.get(name, {})
        for version in list(versions):
            versions[version].discard(source)
            if not versions[version]:
                del versions[version]
        if not versions:
            self._pins.pop(name, None)

    def pin(self, source, name, version):
        """Record that `source` pins `name` to `version`, replacing its earlier pin."""
        name = canonical(name)
        self._forget(source, name)
        self._pins.setdefault(name, {}).setdefault(version, set()).add(source)
        self._declared.setdefault(source, set()).add(name)

    def unpin(self, source, name):
        name = canonical(name)
        self._forget(source, name)

    def drop_source(self, source):
        for name in self._declared.pop(source, set()):
            self._forget(source, name)

    def sources(self):
        return sorted(source for source, names in self._declared.items() if names)

    def declared_by(self, source):
        """[(package, version), ...] pinned by one source, sorted by package."""
        pairs = []
        for name in sorted(self._declared.get(source, ())):
            version = next(v for v, srcs in self._pins[name].items() if source in srcs)
            pairs.append((name, version))
        return pairs

    def conflicts(self):
        """{package: {version: [sources]}} for every package pinned to more than one version."""
        return {
            name: {version: sorted(srcs) for version, srcs in sorted(versions.items())}
            for name, versions in sorted(self._pins.items())
            if len(versions) > 1
        }

    def resolved(self):
        """{package: version} for every package all its sources agree on."""
        return {
            name: next(iter(versions))
            for name, versions in sorted(self._pins.items())
            if len(versions) == 1
        }
