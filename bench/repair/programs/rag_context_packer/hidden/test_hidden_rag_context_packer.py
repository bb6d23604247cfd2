from rag_context_packer import ContextPacker, Passage


def passage(doc, position, tokens=10):
    return Passage(doc, position, f"{doc}#{position}", tokens)


def test_dropped_document_gets_its_full_quota_back():
    packer = ContextPacker(budget=1000, per_doc=3)
    for position in range(3):
        assert packer.offer(passage("spec", position))
    assert not packer.offer(passage("spec", 3))
    packer.drop_document("spec")
    for position in range(3, 6):
        assert packer.offer(passage("spec", position))
    assert not packer.offer(passage("spec", 6))
    assert packer.render() == "[spec]\nspec#3 spec#4 spec#5"


def test_dropping_one_document_leaves_the_others_alone():
    packer = ContextPacker(budget=1000, per_doc=1)
    packer.offer(passage("a", 0))
    packer.offer(passage("b", 0, tokens=5))
    assert packer.drop_document("a") == 12
    assert packer.used == 7
    assert not packer.offer(passage("b", 1))
    assert packer.offer(passage("a", 1))
    assert packer.render() == "[b]\nb#0\n\n[a]\na#1"


def test_dropping_an_unknown_document():
    packer = ContextPacker(budget=100)
    packer.offer(passage("a", 0))
    assert packer.drop_document("zzz") == 0
    assert packer.used == 12
    assert packer.offer(passage("a", 1))


def test_exact_fit_and_one_token_over():
    packer = ContextPacker(budget=22)
    assert packer.offer(passage("a", 0, tokens=10))
    assert not packer.offer(passage("b", 0, tokens=9))
    assert packer.offer(passage("b", 0, tokens=8))
    assert packer.used == 22


def test_same_passage_twice_is_taken_once():
    packer = ContextPacker(budget=100, per_doc=5)
    assert packer.offer(passage("a", 0))
    assert not packer.offer(passage("a", 0))
    assert packer.used == 12


def test_render_mixed_runs_and_empty():
    assert ContextPacker(budget=10).render() == ""
    packer = ContextPacker(budget=1000, per_doc=5)
    for position in [9, 1, 2, 5, 6]:
        packer.offer(passage("d", position))
    assert packer.render() == "[d]\nd#1 d#2 [...] d#5 d#6 [...] d#9"
