import itertools

from exposure_dedup_logger import ExposureLogger

_ids = itertools.count(1000)


def event(user, experiment, variant="control"):
    return {"id": f"e{next(_ids)}", "experiment": experiment, "variant": variant,
            "user_id": user, "ts": 12.5}


def test_same_user_counted_once_per_experiment():
    batches = []
    logger = ExposureLogger(batches.append, batch_size=10)
    results = [logger.log(event(u, x)) for u, x in [
        ("alice", "pricing"), ("alice", "pricing"), ("alice", "search"),
        ("bob", "pricing"), ("alice", "search"), ("bob", "pricing"),
    ]]
    assert results == [True, False, True, True, False, False]
    assert logger.duplicates == 3
    assert logger.flush() == 3
    assert [(e["user_id"], e["experiment"]) for e in batches[0]] == [
        ("alice", "pricing"), ("alice", "search"), ("bob", "pricing")]


def test_duplicates_dropped_across_flushes():
    batches = []
    logger = ExposureLogger(batches.append, batch_size=2)
    logger.log(event("carol", "pricing"))
    logger.log(event("dave", "pricing"))
    assert logger.log(event("carol", "pricing")) is False
    assert logger.flush() == 0
    assert len(batches) == 1


def test_different_variant_same_user_still_a_duplicate():
    logger = ExposureLogger(lambda batch: None)
    assert logger.log(event("erin", "pricing", variant="A"))
    assert not logger.log(event("erin", "pricing", variant="B"))
    assert logger.duplicates == 1


def test_unenrolled_then_enrolled_is_logged():
    logger = ExposureLogger(lambda batch: None)
    assert not logger.log(event("frank", "pricing", variant=None))
    assert logger.log(event("frank", "pricing"))
    assert logger.duplicates == 0
