import itertools
import random

from skill_assignment import assign, idle_workers, unassigned


def _max_matching_size(tasks, workers):
    task_names = list(tasks)
    worker_names = list(workers)
    best = 0
    for k in range(min(len(task_names), len(worker_names)), 0, -1):
        for chosen in itertools.combinations(task_names, k):
            for people in itertools.permutations(worker_names, k):
                if all(workers[w] >= tasks[t] for t, w in zip(chosen, people)):
                    return k
    return best


def _reference(tasks, workers):
    pool = sorted((skill, name) for name, skill in workers.items())
    result = {}
    for level, task in sorted((level, name) for name, level in tasks.items()):
        fits = [entry for entry in pool if entry[0] >= level]
        if not fits:
            break
        pool.remove(fits[0])
        result[task] = fits[0][1]
    return result


def test_random_against_reference_and_optimum():
    rng = random.Random(99)
    for _ in range(150):
        tasks = {f"t{i}": rng.randint(1, 8) for i in range(rng.randint(0, 5))}
        names = [f"w{i}" for i in range(rng.randint(0, 5))]
        rng.shuffle(names)
        workers = {name: rng.randint(1, 8) for name in names}
        result = assign(tasks, workers)
        assert result == _reference(tasks, workers)
        assert len(result) == _max_matching_size(tasks, workers)
        assert len(set(result.values())) == len(result)
        assert all(workers[w] >= tasks[t] for t, w in result.items())


def test_workers_listed_strongest_first():
    tasks = {"a": 2, "b": 4, "c": 6}
    workers = {"pat": 7, "kim": 5, "lee": 3, "ola": 1}
    result = assign(tasks, workers)
    assert result == {"a": "lee", "b": "kim", "c": "pat"}
    assert idle_workers(workers, result) == ["ola"]
    assert unassigned(tasks, result) == []


def test_equal_skills_broken_by_name():
    workers = {"zoe": 3, "abe": 3, "max": 3}
    assert assign({"x": 3, "y": 1}, workers) == {"y": "abe", "x": "max"}


def test_no_tasks():
    assert assign({}, {"a": 1}) == {}
