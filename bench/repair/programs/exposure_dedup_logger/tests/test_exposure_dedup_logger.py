import itertools

from exposure_dedup_logger import ExposureLogger

_ids = itertools.count(1)


def exposure(user, experiment="onboarding-copy", variant="B"):
    return {"id": f"evt-{next(_ids)}", "experiment": experiment, "variant": variant,
            "user_id": user, "ts": 1_700_000_000.0}


def test_first_exposure_is_queued():
    batches = []
    logger = ExposureLogger(batches.append)
    assert logger.log(exposure("u1"))
    assert logger.pending == 1
    assert batches == []


def test_full_batch_is_sent():
    batches = []
    logger = ExposureLogger(batches.append, batch_size=3)
    for user in ("u1", "u2", "u3", "u4"):
        logger.log(exposure(user))
    assert [[e["user_id"] for e in batch] for batch in batches] == [["u1", "u2", "u3"]]
    assert logger.pending == 1


def test_unenrolled_users_are_not_logged():
    logger = ExposureLogger(lambda batch: None)
    assert not logger.log(exposure("u1", variant=None))
    assert logger.pending == 0


def test_repeat_exposure_is_dropped():
    logger = ExposureLogger(lambda batch: None)
    assert logger.log(exposure("u1"))
    assert not logger.log(exposure("u1"))
    assert logger.pending == 1


def test_flush_with_nothing_pending():
    batches = []
    logger = ExposureLogger(batches.append)
    assert logger.flush() == 0
    assert batches == []
