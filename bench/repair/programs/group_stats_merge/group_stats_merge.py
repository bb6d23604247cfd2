"""Group-by roll-ups of numeric fields that can be computed in shards and merged.

Each ingest worker feeds records into its own ``GroupStats``; the coordinator
merges the shards and reports count, sum, mean, min and max per group.
"""


class GroupStats:
    def __init__(self, key_fields, value_field):
        self.key_fields = tuple(key_fields)
        self.value_field = value_field
        self.groups = {}

    def _slot(self, key):
        if key not in self.groups:
            self.groups[key] = {"count": 0, "total": 0.0, "min": None, "max": None}
        return self.groups[key]

    def add(self, record):
        value = record.get(self.value_field)
        if value is None:
            return
        key = tuple(record[name] for name in self.key_fields)
        slot = self._slot(key)
        slot["count"] += 1
        slot["total"] += value
        slot["min"] = value if slot["min"] is None else min(slot["min"], value)
        slot["max"] = value if slot["max"] is None else max(slot["max"], value)

    def add_all(self, records):
        for record in records:
            self.add(record)
        return self

    def merge(self, other):
        """Fold another shard's groups into this one."""
        if other.key_fields != self.key_fields or other.value_field != self.value_field:
            raise ValueError("cannot merge stats over different fields")
        for key, theirs in other.groups.items():
            if theirs["count"] == 0:
                continue
            slot = self._slot(key)
            slot["total"] += theirs["total"]
            slot["min"] = theirs["min"] if slot["min"] is None else min(slot["min"], theirs["min"])
            slot["max"] = theirs["max"] if slot["max"] is None else max(slot["max"], theirs["max"])
        return self

    def summary(self):
        """Rows sorted by key: the key fields plus count, sum, mean, min, max."""
        rows = []
        for key in sorted(self.groups):
            slot = self.groups[key]
            row = dict(zip(self.key_fields, key))
            row.update(
                count=slot["count"],
                sum=slot["total"],
                mean=slot["total"] / slot["count"],
                min=slot["min"],
                max=slot["max"],
            )
            rows.append(row)
        return rows
