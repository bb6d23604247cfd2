import pytest

from run_resource_meter import LimitExceeded, Limits, RunMeter


def test_killed_child_no_longer_reports():
    meter = RunMeter()
    meter.spawn(5)
    meter.report_cpu(5, 3.0)
    meter.killed(5, "timeout")
    with pytest.raises(KeyError):
        meter.report_cpu(5, 4.0)
    assert meter.cpu_seconds == pytest.approx(3.0)
    assert meter.live == 0


def test_kill_and_respawn_many_times_under_a_small_limit():
    meter = RunMeter(Limits(live_processes=2))
    for pid in range(1, 21, 2):
        meter.spawn(pid)
        meter.spawn(pid + 1)
        meter.killed(pid, "timeout")
        meter.exited(pid + 1, 0.0)
    assert meter.live == 0
    assert meter.peak_processes == 2
    assert len(meter.kills) == 10


def test_reused_pid_after_kill_starts_from_zero():
    meter = RunMeter(Limits(live_processes=3))
    meter.spawn(42)
    meter.report_cpu(42, 2.0)
    meter.killed(42, "oom")
    meter.spawn(42)
    meter.report_cpu(42, 0.5)
    assert meter.cpu_seconds == pytest.approx(2.5)
    assert meter.live == 1


def test_limit_still_enforced_after_kills():
    meter = RunMeter(Limits(live_processes=2))
    meter.spawn(1)
    meter.spawn(2)
    meter.killed(2, "timeout")
    meter.spawn(3)
    with pytest.raises(LimitExceeded) as info:
        meter.spawn(4)
    assert info.value.resource == "processes"


def test_exit_over_cpu_limit_still_frees_the_slot():
    meter = RunMeter(Limits(cpu_seconds=1, live_processes=1))
    meter.spawn(1)
    with pytest.raises(LimitExceeded):
        meter.exited(1, 2.0)
    assert meter.live == 0
    meter.spawn(2)


def test_summary_counts_live_children():
    meter = RunMeter()
    for pid in (1, 2, 3):
        meter.spawn(pid)
    meter.killed(2, "timeout")
    meter.write_output(b"x" * 10)
    summary = meter.summary()
    assert summary["live"] == 2
    assert summary["kills"] == 1
    assert summary["peak_processes"] == 3
