import random

from memory_recall import Note, recall


def test_newer_note_wins_a_tie():
    notes = [Note("cat named Tom", 1), Note("cat food brand", 5), Note("cat allergy", 3)]
    assert recall(notes, "cat", k=2) == [notes[1], notes[2]]


def test_k_larger_than_matches():
    notes = [Note("alpha", 1), Note("beta", 2)]
    assert recall(notes, "alpha beta gamma", k=10) == [notes[1], notes[0]]


def test_random_ranking_is_sorted_best_first():
    rng = random.Random(17)
    vocabulary = ["red", "green", "blue", "cyan", "pink", "gray"]
    for _ in range(200):
        notes = [Note(" ".join(rng.sample(vocabulary, rng.randint(1, 4))), turn)
                 for turn in range(rng.randint(1, 8))]
        query = " ".join(rng.sample(vocabulary, 3))
        query_words = set(query.split())
        chosen = recall(notes, query, k=3)
        keys = [(len(query_words & set(n.text.split())), n.turn) for n in chosen]
        assert keys == sorted(keys, reverse=True)
        everything = sorted(((len(query_words & set(n.text.split())), n.turn) for n in notes
                             if query_words & set(n.text.split())), reverse=True)
        assert keys == everything[:3]
