from ack_redelivery_queue import AckQueue


def test_receive_and_ack():
    q = AckQueue(visibility_timeout=30)
    q.publish("j1", {"n": 1})
    receipt, job_id, payload = q.receive(now=0)
    assert (job_id, payload) == ("j1", {"n": 1})
    assert q.receive(now=1) is None
    assert q.ack(receipt) is True
    assert q.pending() == 0


def test_jobs_come_out_in_publish_order():
    q = AckQueue()
    for i in range(3):
        q.publish(f"j{i}", i)
    assert [q.receive(now=0)[1] for _ in range(3)] == ["j0", "j1", "j2"]


def test_unacked_job_is_redelivered_after_timeout():
    q = AckQueue(visibility_timeout=10)
    q.publish("j1", "x")
    q.receive(now=0)
    assert q.receive(now=5) is None
    again = q.receive(now=10)
    assert again is not None and again[1] == "j1"


def test_job_goes_to_dead_letters_after_max_deliveries():
    q = AckQueue(visibility_timeout=10, max_deliveries=2)
    q.publish("j1", "x")
    q.receive(now=0)
    q.receive(now=10)
    assert q.receive(now=20) is None
    assert q.dead_letters == [("j1", "x")]
    assert q.pending() == 0


def test_nacked_job_is_handed_out_again_and_can_be_acked():
    q = AckQueue(visibility_timeout=10)
    q.publish("j1", "x")
    first = q.receive(now=0)
    assert q.nack(first[0]) is True
    second = q.receive(now=1)
    assert second[1] == "j1"
    assert q.ack(second[0]) is True
    assert q.receive(now=100) is None


def test_ack_unknown_receipt():
    q = AckQueue()
    assert q.ack(12345) is False
    assert q.nack(12345) is False
