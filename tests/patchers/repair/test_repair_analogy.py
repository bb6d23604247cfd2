"""Wrong-output bugs without a traceback: a state update a sibling method keeps and this one
forgets, and functions registered in the wrong order. Each has an end-to-end repair on a small
program of its own and a check that the right edit is ranked ahead of its look-alikes."""

from __future__ import annotations

from collections import Counter

from repair_edits import applied, edits_of, only, repaired
from repair_fake import Repair, Scenario, fixed_by, program

from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._evidence import Evidence
from selfpatch.patchers.repair._index import FileIndex
from selfpatch.patchers.repair._transforms import Ctx, site_edits

PLAYLIST = program("""
    class Playlist:
        def __init__(self):
            self.songs = {}
            self.minutes = 0

        def add(self, title, minutes):
            self.songs[title] = minutes
            self.minutes = sum(length for length in self.songs.values())

        def drop(self, title):
            if title in self.songs:
                del self.songs[title]
            return title

        def empty(self):
            self.songs.clear()
            self.minutes = 0


    def build(adds, drops):
        playlist = Playlist()
        for title, minutes in adds:
            playlist.add(title, minutes)
        for title in drops:
            playlist.drop(title)
        return {"titles": sorted(playlist.songs), "total_minutes": playlist.minutes}
""")

PIPELINE = program("""
    import re


    class Pipeline:
        def __init__(self):
            self.steps = []

        def use(self, step):
            self.steps.append(step)

        def run(self, text):
            for step in self.steps:
                text = step(text)
            return text


    def strip_tags(text):
        return re.sub(r"<[^>]+>", "", text)


    def clip(text):
        return text[:10]


    def make():
        pipeline = Pipeline()
        pipeline.use(clip)
        pipeline.use(strip_tags)
        return pipeline


    def clean(text):
        return make().run(text)
""")


def edits_at(source: str, line_text: str, evidence: Evidence) -> list[Edit]:
    index = FileIndex("prog.py", source)
    line = source.splitlines().index(line_text) + 1
    [site] = [s for s in index.sites_at(line) if s.block is not None]
    return list(site_edits(Ctx(index, site, evidence, frozenset(), [])))


def test_forgotten_companion_update_with_a_generator_expression(repair: Repair) -> None:
    fixed = PLAYLIST.replace(
        "            del self.songs[title]\n",
        "            del self.songs[title]\n"
        "        self.minutes = sum(length for length in self.songs.values())\n",
    )
    run = repair(Scenario(
        {"prog.py": PLAYLIST}, {"prog.py": fixed},
        failing=['build([("a", 3), ("b", 4)], ["a"])', 'build([("a", 5)], ["a"])'],
        passing=['build([("a", 3)], [])', 'build([], ["x"])', 'build([("a", 2), ("b", 2)], [])'],
        hidden=['build([("a", 1), ("b", 2), ("c", 4)], ["b", "c"])',
                'build([("a", 1)], ["zzz"])', 'build([("x", 9), ("y", 1)], ["y"])'],
    ))  # fmt: skip
    best = run.best
    assert run.hidden_ok(best), best.description
    assert "missing statement" in best.description
    assert "self.minutes = sum(length for length in self.songs.values())" in best.description


def test_companion_update_ranks_first_among_sibling_statements() -> None:
    evidence = Evidence(fields=Counter({"total_minutes": 2}))
    edits = edits_at(PLAYLIST, "        return title", evidence)
    inserts = sorted((e for e in edits if e.kind == "missing statement"), key=lambda e: -e.prior)
    assert inserts, "no sibling statement was offered"
    assert "self.minutes = " in inserts[0].description
    unrelated = [e for e in inserts if "self.songs.clear()" in e.description]
    assert unrelated and inserts[0].prior > max(e.prior for e in unrelated)
    plain = edits_at(PLAYLIST, "        return title", Evidence())
    plain_best = max(e.prior for e in plain if e.kind == "missing statement")
    assert inserts[0].prior > plain_best  # named like the wrong output field: likelier still


def test_registration_order(repair: Repair) -> None:
    fixed = PIPELINE.replace(
        "pipeline.use(clip)\n    pipeline.use(strip_tags)",
        "pipeline.use(strip_tags)\n    pipeline.use(clip)",
    )
    run = repair(Scenario(
        {"prog.py": PIPELINE}, {"prog.py": fixed},
        failing=['clean("<b>hello</b> world")', 'clean("<p>one two three</p>")'],
        passing=['clean("short")', 'clean("<i>x</i>")', 'clean("plain")'],
        hidden=['clean("<em>abcdefghijkl</em>")', 'clean("no tags but long text")',
                'clean("<a href=x>link</a>")'],
    ))  # fmt: skip
    best = run.best
    assert run.hidden_ok(best), best.description
    text = best.files["prog.py"]
    assert text.index("pipeline.use(strip_tags)") < text.index("pipeline.use(clip)")


def test_registration_swaps_outrank_other_statement_swaps() -> None:
    edits = edits_at(PIPELINE, "    pipeline.use(clip)", Evidence())
    swaps = {e.description.split(": ", 1)[1]: e.prior for e in edits if e.kind == "statement order"}
    registrations = [p for d, p in swaps.items() if "pipeline.use(strip_tags)" in d]
    others = [p for d, p in swaps.items() if "Pipeline()" in d]
    assert registrations and others
    assert min(registrations) > max(others)


def test_function_list_order_ranks_like_registrations() -> None:
    source = program("""
        def strip(text):
            return text.strip()


        def shout(text):
            return text.upper()


        STEPS = [shout, strip]
        LIMITS = [10, 20]
    """)
    functions = edits_at(source, "STEPS = [shout, strip]", Evidence())
    numbers = edits_at(source, "LIMITS = [10, 20]", Evidence())
    [function_order] = [e.prior for e in functions if e.kind == "element order"]
    [number_order] = [e.prior for e in numbers if e.kind == "element order"]
    assert function_order > number_order


def test_evidence_names_the_wrong_fields() -> None:
    from selfpatch.types import Batch, Episode, Outcome

    outcome = Outcome(key="k", status="ok", output={"titles": ["b"], "total_minutes": 7})
    task = {"id": "k", "expected": {"titles": ["b"], "total_minutes": 4}}
    batch = Batch("b", "s", [Episode(id="k", task=task, version="v", outcome=outcome)])
    evidence = Evidence.from_batch(batch)
    assert set(evidence.fields) == {"total_minutes"}
    assert evidence.names_field("self.minutes")
    assert evidence.names_field("self.totalMinutes")
    assert not evidence.names_field("self.titles")
    assert not evidence.names_field("self.songs")


TASKS = program("""
    class Tasks:
        def __init__(self):
            self.open = {}
            self.parent = {}

        def start(self, name, parent=None):
            self.open[name] = 0
            self.parent[name] = parent
            if parent is not None:
                self.open[parent] += 1

        def finish(self, name):
            parent = self.parent.pop(name)
            if parent is not None:
                self.open[parent] -= 1
            return self.open.pop(name)

        def cancel(self, name):
            parent = self.parent.pop(name)
            return self.open.pop(name)
""")


def test_a_guarded_sibling_update_is_copied_with_its_guard(repair: Repair) -> None:
    guarded = "insert `if parent is not None: self.open[parent] -= 1`"
    edits = edits_of(TASKS)
    edit = only(edits, "missing statement", f"prog.py:19: missing statement: {guarded} after")
    assert any(guarded in e.description for e in edits if e.kind == "missing inverse update")
    run = repair(Scenario(
        {"prog.py": TASKS}, {"prog.py": applied(TASKS, edit)},
        failing=["(lambda t: (t.start('a'), t.start('b', 'a'), t.cancel('b'), t.open)[3])(Tasks())"],
        passing=["(lambda t: (t.start('a'), t.start('b', 'a'), t.finish('b'), t.open)[3])(Tasks())"],
        hidden=["(lambda t: (t.start('a'), t.cancel('a'), t.open)[2])(Tasks())",
                "(lambda t: (t.start('a'), t.start('b', 'a'), t.start('c', 'a'), t.cancel('c'), t.open)[4])(Tasks())"],
    ))  # fmt: skip
    assert guarded in run.best.description and run.hidden_ok(run.best), run.best.description


SESSIONS = program("""
    class Sessions:
        def __init__(self):
            self.active = {}
            self.closed = []

        def open(self, sid, user):
            self.active[sid] = user

        def close(self, sid):
            self.closed.append(sid)
            del self.active[sid]

        def expire(self, sid):
            self.closed.append(sid)

        def count(self):
            return len(self.active)
""")


def test_a_deletion_a_sibling_makes_is_a_state_update_too(repair: Repair) -> None:
    # close() deletes after its append, so the copy goes after expire()'s append too
    repaired(repair, SESSIONS, "missing statement",
             "prog.py:14: missing statement: insert `del self.active[sid]` after",
             failing=["(lambda s: (s.open('a', 'u'), s.expire('a'), s.count())[2])(Sessions())"],
             passing=["(lambda s: (s.open('a', 'u'), s.close('a'), s.count())[2])(Sessions())"],
             hidden=["(lambda s: (s.open('a', 'u'), s.open('b', 'v'), s.expire('b'), s.active)[3])(Sessions())"])  # fmt: skip


CHUNKER = program("""
    class Chunker:
        def __init__(self, limit):
            self.limit = limit
            self.parts = []
            self.chars = 0

        def add(self, text):
            self.parts.append(text)
            self.chars += len(text)
            if self.chars >= self.limit:
                return self.flush()
            return None

        def drop_last(self):
            self.parts = self.parts[:-1]

        def flush(self):
            out = "".join(self.parts)
            self.parts = []
            self.chars = 0
            return out
""")


def test_a_tally_is_recomputed_where_its_container_is_replaced(repair: Repair) -> None:
    repaired(repair, CHUNKER, "missing statement",
             "insert `self.chars = sum(len(item) for item in self.parts)`",
             failing=["(lambda c: (c.add('abc'), c.drop_last(), c.add('de'))[2])(Chunker(5))"],
             passing=["(lambda c: (c.add('abc'), c.add('de')))(Chunker(5))",
                      "(lambda c: (c.add('ab'), c.flush()))(Chunker(5))"],
             hidden=["(lambda c: (c.add('ab'), c.add('c'), c.drop_last(), c.add('xyz'))[3])(Chunker(6))",
                     "(lambda c: (c.add('ab'), c.add('c'), c.drop_last(), c.add('xy'))[3])(Chunker(5))"])  # fmt: skip


SHELF = program("""
    from collections import namedtuple

    Book = namedtuple("Book", "title pages")


    class Shelf:
        def __init__(self, capacity):
            self.capacity = capacity
            self.books = {}
            self.pages = 0

        def add(self, book):
            while self.books and self.pages + book.pages > self.capacity:
                self.drop_thickest()
            self.books[book.title] = book
            self.pages += book.pages

        def remove(self, title):
            book = self.books.pop(title)
            self.pages -= book.pages

        def drop_thickest(self):
            thickest = max(self.books.values(), key=lambda b: b.pages)
            del self.books[thickest.title]


    def shelve(capacity, books, removed=()):
        shelf = Shelf(capacity)
        for title, pages in books:
            shelf.add(Book(title, pages))
        for title in removed:
            shelf.remove(title)
        return sorted(shelf.books), shelf.pages
""")


def test_a_siblings_update_is_adapted_to_the_item_this_function_holds(repair: Repair) -> None:
    """``book`` popped from ``self.books`` in ``remove`` is ``thickest`` here: the largest of
    the same container's values."""
    repaired(repair, SHELF, "missing statement", "`self.pages -= thickest.pages` before `del",
             failing=["shelve(10, [('a', 6), ('b', 6)])"],
             passing=["shelve(10, [('a', 3), ('b', 4)], ['a'])", "shelve(5, [])"],
             hidden=["shelve(10, [('a', 2), ('b', 7), ('c', 5)])",
                     "shelve(9, [('a', 4), ('b', 4), ('c', 4)], ['c'])"])  # fmt: skip


def test_a_key_of_the_container_is_not_taken_for_an_item_of_it() -> None:
    keyed = SHELF.replace(
        "thickest = max(self.books.values(), key=lambda b: b.pages)",
        "thickest = max(self.books, key=lambda t: self.books[t].pages)",
    )
    inserted = [e for e in edits_of(keyed) if e.kind == "missing statement"]
    assert inserted
    assert not [e for e in inserted if "thickest.pages" in e.description]


TAPE = program("""
    class Tape:
        def __init__(self):
            self.pending = ""
            self.written = ""

        def write(self, text):
            lines = (self.pending + text).split("\\n")
            self.pending = lines.pop()
            out = "".join(line + "\\n" for line in lines)
            self.written += out
            return out

        def close(self):
            out = self.pending
            self.pending = ""
            return out


    def record(chunks):
        tape = Tape()
        for chunk in chunks:
            tape.write(chunk)
        tape.close()
        return tape.written
""")


def test_an_update_a_sibling_makes_right_before_the_same_return_outranks_a_bare_copy(
    repair: Repair,
) -> None:
    shared = "insert `self.written += out` before `return out`"
    edit = only(edits_of(TAPE), "missing statement", shared)
    assert edit.structural
    run = repair(Scenario(
        {"prog.py": TAPE}, {"prog.py": applied(TAPE, edit)},
        failing=["record(['a\\nb'])"],
        passing=["record(['a\\n'])", "record([])"],
        hidden=["record(['x', 'y\\nz', 'w'])", "record(['p\\n', 'q'])"],
    ))  # fmt: skip
    fixed_by(run, shared)


JOB = program("""
    class Job:
        def __init__(self, clock):
            self.state = "queued"
            self.reason = None
            self.ended = None
            self._clock = clock

        def _enter(self, state):
            if self.state != "queued":
                raise RuntimeError(f"{self.state} -> {state}")
            self.state = state

        def complete(self):
            self._enter("done")
            self.ended = self._clock()

        def abort(self, reason):
            self._enter("aborted")
            self.reason = reason


    def ended_after(ticks, *moves):
        job = Job(iter(ticks).__next__)
        for name, *args in moves:
            try:
                getattr(job, name)(*args)
            except RuntimeError:
                pass
        return job.ended
""")


def test_an_update_a_sibling_makes_after_a_shared_call_is_not_put_before_it(
    repair: Repair,
) -> None:
    ended = "self.reason = reason\n        self.ended = self._clock()"
    fixed = JOB.replace("self.reason = reason", ended)
    run = repair(Scenario(
        {"prog.py": JOB}, {"prog.py": fixed},
        failing=["ended_after([5.0], ('abort', 'x'))"],
        passing=["ended_after([3.0], ('complete',))"],
        hidden=["ended_after([1.0, 2.0], ('complete',), ('abort', 'x'))",
                "ended_after([4.0, 6.0], ('abort', 'y'), ('complete',))"],
    ))  # fmt: skip
    fixed_by(run, "self.ended = self._clock()")
