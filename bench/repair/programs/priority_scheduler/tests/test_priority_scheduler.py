from priority_scheduler import Job, Slot, average_wait, schedule, waiting_times


def test_no_jobs():
    assert schedule([]) == []
    assert average_wait([]) == 0.0


def test_worker_idles_until_first_arrival():
    assert schedule([Job("report", 5, 3, 1)]) == [Slot("report", 5, 8)]


def test_all_queued_at_start_run_by_priority():
    jobs = [Job("backup", 0, 4, 3), Job("deploy", 0, 2, 1), Job("lint", 0, 1, 2)]
    assert [slot.job for slot in schedule(jobs)] == ["deploy", "lint", "backup"]


def test_same_priority_keeps_submission_order():
    jobs = [Job("a", 0, 1, 1), Job("b", 0, 1, 1), Job("c", 0, 1, 1)]
    assert schedule(jobs) == [Slot("a", 0, 1), Slot("b", 1, 2), Slot("c", 2, 3)]


def test_urgent_job_jumps_the_queue():
    jobs = [Job("index", 0, 5, 2), Job("cleanup", 1, 3, 5), Job("hotfix", 2, 1, 0)]
    assert schedule(jobs) == [Slot("index", 0, 5), Slot("hotfix", 5, 6), Slot("cleanup", 6, 9)]


def test_waiting_times():
    jobs = [Job("backup", 0, 4, 3), Job("deploy", 0, 2, 1), Job("lint", 0, 1, 2)]
    assert waiting_times(jobs, schedule(jobs)) == {"deploy": 0, "lint": 2, "backup": 3}
    assert average_wait(jobs) == 5 / 3
