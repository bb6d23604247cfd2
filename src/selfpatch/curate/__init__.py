"""Curation: which failures matter, grouped by root cause into batches."""

from selfpatch.curate._batches import episode_signature, group_failures, hold_out, signature

__all__ = ["episode_signature", "group_failures", "hold_out", "signature"]
