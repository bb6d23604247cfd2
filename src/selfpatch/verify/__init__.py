"""Verification: throwaway copies, sandboxed trial workers, deterministic replay, the gates.

Deliberately imports nothing: the in-sandbox worker (``python -m selfpatch.verify._worker``)
starts through this package, and every import here would slow every trial worker's start.
Import from the modules: ``_sandbox`` (isolation), ``_trials`` (workers, pools, the tests
command), ``_verifier`` (the gates), ``_worktrees``, ``_workspace``.
"""
