"""The ledger: SQLite (WAL, synchronous=FULL) through SQLAlchemy 2, or any SQLAlchemy URL."""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.orm import Session, sessionmaker

from selfpatch.ledger._schema import (
    Base,
    BatchRow,
    CycleRow,
    DecisionRow,
    EpisodeRow,
    ProposalRow,
    VerificationRow,
)
from selfpatch.types import Episode, Outcome

LEDGER_DIR = ".selfpatch"
_ROWS_BY_PREFIX: dict[str, type[Base]] = {
    "ep": EpisodeRow,
    "cy": CycleRow,
    "ba": BatchRow,
    "pr": ProposalRow,
    "ve": VerificationRow,
}


def new_id(prefix: str) -> str:
    return f"{prefix}-{secrets.token_hex(4)}"


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    # Promotion and consent records must survive a power loss, so every commit is durable.
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def ledger_dir(root: Path) -> Path:
    """``.selfpatch/`` at the repository root, created git-ignored on first use."""
    path = root / LEDGER_DIR
    if not path.exists():
        path.mkdir()
        (path / ".gitignore").write_text("*\n", encoding="utf-8")
    return path


class Ledger:
    def __init__(self, url: str) -> None:
        self.engine: Engine = create_engine(url)
        if url.startswith("sqlite"):
            event.listen(self.engine, "connect", _sqlite_pragmas)
        Base.metadata.create_all(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @classmethod
    def at(cls, root: Path) -> Ledger:
        return cls(f"sqlite:///{ledger_dir(root) / 'ledger.db'}")

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self._sessions() as session, session.begin():
            yield session

    def add(self, *rows: Base) -> None:
        with self.session() as s:
            s.add_all(rows)

    def get(self, record_id: str) -> Base | None:
        row_type = _ROWS_BY_PREFIX.get(record_id.split("-", 1)[0])
        if row_type is None:
            return None
        with self.session() as s:
            return s.get(row_type, record_id)

    def update(self, row_type: type[Base], record_id: str, **values: Any) -> None:
        with self.session() as s:
            row = s.get(row_type, record_id)
            if row is None:
                raise KeyError(record_id)
            for key, value in values.items():
                setattr(row, key, value)

    # --- episodes -----------------------------------------------------------------------

    def record_episodes(self, run_id: str, version: str, episodes: Sequence[Episode]) -> None:
        now = time.time()
        self.add(*(episode_row(run_id, version, e, now) for e in episodes))

    def latest_episodes(self, kind: str = "task") -> list[Episode]:
        """The most recent episode of every task (one per task id)."""
        with self.session() as s:
            rows = s.scalars(
                select(EpisodeRow).where(EpisodeRow.kind == kind).order_by(EpisodeRow.created_at)
            ).all()
        latest: dict[str, EpisodeRow] = {}
        for row in rows:
            latest[row.task_id] = row
        return [row_episode(r) for r in latest.values()]

    def episodes(self, ids: Sequence[str]) -> list[Episode]:
        with self.session() as s:
            rows = s.scalars(select(EpisodeRow).where(EpisodeRow.id.in_(ids))).all()
        by_id = {r.id: row_episode(r) for r in rows}
        return [by_id[i] for i in ids if i in by_id]

    def mark_reproducible(self, verdicts: dict[str, bool]) -> None:
        """Record the reproduction check of many episodes in one durable transaction."""
        with self.session() as s:
            for episode_id, reproducible in verdicts.items():
                row = s.get(EpisodeRow, episode_id)
                if row is not None:
                    row.reproducible = reproducible

    # --- history ------------------------------------------------------------------------

    def recent(self, row_type: type[Base], limit: int = 20) -> list[Any]:
        with self.session() as s:
            column = row_type.created_at if hasattr(row_type, "created_at") else row_type.started_at  # type: ignore[attr-defined]
            return list(s.scalars(select(row_type).order_by(column.desc()).limit(limit)).all())

    def where(self, row_type: type[Base], **equal: Any) -> list[Any]:
        with self.session() as s:
            query = select(row_type)
            for key, value in equal.items():
                query = query.where(getattr(row_type, key) == value)
            return list(s.scalars(query).all())

    def decide(
        self, proposal_id: str, decision: str, by: str, content_hash: str, reason: str = ""
    ) -> None:
        self.add(
            DecisionRow(
                proposal_id=proposal_id,
                decision=decision,
                by=by,
                content_hash=content_hash,
                reason=reason,
                created_at=time.time(),
            )
        )


def episode_row(run_id: str, version: str, episode: Episode, now: float) -> EpisodeRow:
    o = episode.outcome
    return EpisodeRow(
        id=episode.id,
        run_id=run_id,
        task_id=episode.task_id,
        kind="test" if episode.task.get("kind") == "test" else "task",
        version=version,
        task=episode.task,
        outcome=o.to_json(),
        score=o.score,
        passed=o.passed,
        status=o.status,
        reproducible=episode.reproducible,
        created_at=now,
    )


def row_episode(row: EpisodeRow) -> Episode:
    return Episode(
        id=row.id,
        task=row.task,
        version=row.version,
        outcome=Outcome.from_json(row.outcome),
        reproducible=row.reproducible,
    )
