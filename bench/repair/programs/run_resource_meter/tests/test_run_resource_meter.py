import pytest

from run_resource_meter import LimitExceeded, Limits, RunMeter


def test_cpu_is_charged_by_increase():
    meter = RunMeter()
    meter.spawn(100)
    meter.report_cpu(100, 2.0)
    meter.report_cpu(100, 5.0)
    assert meter.cpu_seconds == pytest.approx(5.0)


def test_cpu_limit_across_children():
    meter = RunMeter(Limits(cpu_seconds=10))
    meter.spawn(1)
    meter.spawn(2)
    meter.report_cpu(1, 6.0)
    with pytest.raises(LimitExceeded) as info:
        meter.report_cpu(2, 5.0)
    assert info.value.resource == "cpu_seconds"


def test_process_limit():
    meter = RunMeter(Limits(live_processes=2))
    meter.spawn(1)
    meter.spawn(2)
    with pytest.raises(LimitExceeded):
        meter.spawn(3)


def test_exit_frees_a_process_slot():
    meter = RunMeter(Limits(live_processes=2))
    meter.spawn(1)
    meter.spawn(2)
    meter.exited(1, 0.5)
    meter.spawn(3)
    assert meter.live == 2
    assert meter.peak_processes == 2


def test_killed_child_frees_its_slot():
    meter = RunMeter(Limits(live_processes=1))
    meter.spawn(1)
    meter.killed(1, "wall clock timeout")
    meter.spawn(2)
    assert meter.kills == [(1, "wall clock timeout")]


def test_output_is_cut_at_the_cap():
    meter = RunMeter(Limits(output_bytes=10))
    assert meter.write_output(b"123456") == b"123456"
    assert meter.write_output(b"789abc") == b"789a"
    assert meter.write_output(b"more") == b""
    assert meter.output_bytes == 10
    assert meter.output_truncated


def test_summary_of_a_run():
    meter = RunMeter()
    meter.spawn(7)
    meter.spawn(8)
    meter.report_cpu(7, 1.5)
    meter.exited(8, 0.25)
    meter.killed(7, "memory")
    meter.write_output(b"ok\n")
    assert meter.summary() == {"cpu_seconds": 1.75, "output_bytes": 3, "truncated": False,
                               "live": 0, "peak_processes": 2, "kills": 1}
