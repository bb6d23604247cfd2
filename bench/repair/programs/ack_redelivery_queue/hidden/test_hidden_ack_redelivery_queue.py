from ack_redelivery_queue import AckQueue


def test_pending_counts_a_nacked_job_once():
    q = AckQueue(visibility_timeout=5)
    q.publish("a", 1)
    q.publish("b", 2)
    r = q.receive(now=0)
    assert q.pending() == 2
    q.nack(r[0])
    assert q.pending() == 2


def test_old_receipt_is_dead_after_nack():
    q = AckQueue(visibility_timeout=5)
    q.publish("a", 1)
    r = q.receive(now=0)
    assert q.nack(r[0]) is True
    assert q.nack(r[0]) is False
    assert q.ack(r[0]) is False


def test_nacked_job_is_not_duplicated_when_old_deadline_passes():
    q = AckQueue(visibility_timeout=5, max_deliveries=5)
    q.publish("a", 1)
    r1 = q.receive(now=0)
    q.nack(r1[0])
    r2 = q.receive(now=1)
    assert r2[1] == "a"
    # the first delivery's deadline (5) passes while the second (6) is still live
    assert q.receive(now=5) is None
    r3 = q.receive(now=6)
    assert r3[1] == "a"
    assert q.ack(r3[0]) is True
    assert q.receive(now=50) is None
    assert q.pending() == 0
    assert q.dead_letters == []


def test_nack_counts_towards_dead_lettering():
    q = AckQueue(visibility_timeout=100, max_deliveries=2)
    q.publish("a", "p")
    q.nack(q.receive(now=0)[0])
    q.nack(q.receive(now=1)[0])
    assert q.dead_letters == [("a", "p")]
    assert q.receive(now=2) is None
    assert q.pending() == 0
    assert q.receive(now=500) is None


def test_other_jobs_unaffected_by_nack():
    q = AckQueue(visibility_timeout=10)
    q.publish("a", 1)
    q.publish("b", 2)
    ra = q.receive(now=0)
    rb = q.receive(now=0)
    q.nack(ra[0])
    assert q.ack(rb[0]) is True
    ra2 = q.receive(now=1)
    assert ra2[1] == "a"
    assert q.ack(ra2[0]) is True
    assert q.receive(now=30) is None
    assert q.pending() == 0
