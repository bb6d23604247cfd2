from rag_context_packer import ContextPacker, Passage


def passage(doc, position, tokens=10, text=None):
    return Passage(doc, position, text or f"{doc}#{position}", tokens)


def test_takes_passages_that_fit():
    packer = ContextPacker(budget=30)
    assert packer.offer(passage("a", 0, tokens=10))
    assert packer.offer(passage("b", 0, tokens=10))
    assert packer.used == 24


def test_skips_a_passage_that_does_not_fit_but_keeps_going():
    packer = ContextPacker(budget=30)
    assert packer.offer(passage("a", 0, tokens=15))
    assert not packer.offer(passage("b", 0, tokens=20))
    assert packer.offer(passage("c", 0, tokens=5))
    assert packer.used == 24


def test_at_most_per_doc_passages_from_one_document():
    packer = ContextPacker(budget=500, per_doc=2)
    assert packer.offer(passage("a", 0))
    assert packer.offer(passage("a", 3))
    assert not packer.offer(passage("a", 5))
    assert packer.offer(passage("b", 1))


def test_render_groups_and_orders_by_position():
    packer = ContextPacker(budget=500, per_doc=3)
    for doc, position in [("guide", 4), ("faq", 1), ("guide", 2), ("guide", 3)]:
        packer.offer(passage(doc, position))
    assert packer.render() == "[guide]\nguide#2 guide#3 guide#4\n\n[faq]\nfaq#1"


def test_render_marks_skipped_chunks():
    packer = ContextPacker(budget=500)
    packer.offer(passage("guide", 7))
    packer.offer(passage("guide", 2))
    assert packer.render() == "[guide]\nguide#2 [...] guide#7"


def test_dropping_a_document_frees_its_budget_and_slots():
    packer = ContextPacker(budget=40, per_doc=2)
    packer.offer(passage("old", 0))
    packer.offer(passage("old", 1))
    assert packer.drop_document("old") == 24
    assert packer.used == 0
    assert packer.offer(passage("old", 2))
    assert packer.render() == "[old]\nold#2"
