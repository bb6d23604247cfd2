"""Layered application settings: defaults < config file < environment < command-line flags."""

import copy

LAYER_ORDER = ("defaults", "file", "env", "flags")


def deep_merge(base, override):
    """Return a new dict: ``override`` on top of ``base``, merging nested dicts key by key."""
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = deep_merge(merged[key], value)
        else:
            merged[key] = copy.deepcopy(value)
    return merged


def _lookup(tree, dotted_key):
    node = tree
    for part in dotted_key.split("."):
        if not isinstance(node, dict) or part not in node:
            raise KeyError(dotted_key)
        node = node[part]
    return node


class LayeredSettings:
    def __init__(self, defaults=None):
        self._layers = {name: {} for name in LAYER_ORDER}
        self._layers["defaults"] = copy.deepcopy(defaults or {})
        self._resolved = None

    def load_layer(self, name, values):
        """Replace a whole layer, e.g. the parsed config file or the environment."""
        if name not in self._layers:
            raise KeyError(f"unknown settings layer: {name}")
        self._layers[name] = copy.deepcopy(values)
        self._resolved = None

    def set_flag(self, dotted_key, value):
        """Record one command-line override such as ``--set db.port=5433``."""
        *parents, leaf = dotted_key.split(".")
        node = self._layers["flags"]
        for part in parents:
            child = node.get(part)
            if not isinstance(child, dict):
                child = node[part] = {}
            node = child
        node[leaf] = value

    def resolved(self):
        if self._resolved is None:
            merged = {}
            for name in LAYER_ORDER:
                merged = deep_merge(merged, self._layers[name])
            self._resolved = merged
        return self._resolved

    def get(self, dotted_key, default=None):
        try:
            return _lookup(self.resolved(), dotted_key)
        except KeyError:
            return default

    def source_of(self, dotted_key):
        """Name of the highest layer that sets ``dotted_key``, or None."""
        for name in reversed(LAYER_ORDER):
            try:
                _lookup(self._layers[name], dotted_key)
            except KeyError:
                continue
            return name
        return None
