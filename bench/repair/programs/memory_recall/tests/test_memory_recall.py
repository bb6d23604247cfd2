from memory_recall import Note, memory_block, recall, relevance


def test_relevance():
    assert relevance(Note("User prefers Python.", 1), "python or rust?") == 1 / 3


def test_unrelated_notes_are_left_out():
    notes = [Note("likes tea", 1), Note("lives in Oslo", 2)]
    assert recall(notes, "what is the weather in oslo") == [notes[1]]
    assert memory_block(notes, "favourite band") == ""


def test_most_relevant_first():
    notes = [
        Note("project uses postgres", 1),
        Note("project deploys with docker on postgres", 2),
        Note("the user likes docker", 3),
    ]
    assert recall(notes, "docker postgres project", k=2) == [notes[1], notes[0]]


def test_memory_block_lists_best_note():
    notes = [Note("timezone is CET", 4), Note("timezone and locale are CET and de_DE", 9)]
    block = memory_block(notes, "locale timezone", k=1)
    assert block == "Relevant notes:\n- timezone and locale are CET and de_DE"
