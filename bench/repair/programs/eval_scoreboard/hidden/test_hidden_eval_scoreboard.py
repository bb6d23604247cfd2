import pytest

from eval_scoreboard import ModelScore, scoreboard

HEADER = "model,task,passed,score,latency_ms\n"


def test_latencies_of_different_widths():
    rows = "m,a,1,1,9\nm,b,1,1,200\nm,c,1,1,10\n"
    assert scoreboard(HEADER + rows)[0].median_latency_ms == 10.0


def test_even_number_of_runs():
    rows = "m,a,yes,0.5,9\nm,b,no,0.5,10\nm,c,yes,0.5,200\nm,d,no,0.5,31\n"
    entry = scoreboard(HEADER + rows)[0]
    assert entry.median_latency_ms == pytest.approx(20.5)
    assert entry.pass_rate == 0.5


def test_fractional_and_padded_values():
    rows = "x,a,PASS,1, 12.5\nx,b,false,0,7.25\n"
    assert scoreboard(HEADER + rows) == [
        ModelScore(model="x", runs=2, pass_rate=0.5, mean_score=0.5, median_latency_ms=9.875)
    ]


def test_tie_on_pass_rate_broken_by_mean_score_then_name():
    rows = ("b,t,1,0.5,5\nb,u,0,0.5,6\n"
            "a,t,1,0.5,50\na,u,0,0.5,60\n"
            "c,t,1,0.9,500\nc,u,0,0.9,70\n")
    board = scoreboard(HEADER + rows)
    assert [entry.model for entry in board] == ["c", "a", "b"]
    assert [entry.median_latency_ms for entry in board] == [285.0, 55.0, 5.5]


def test_single_run():
    entry = scoreboard(HEADER + "solo,t,0,0.25,3000\n")[0]
    assert (entry.runs, entry.pass_rate, entry.mean_score, entry.median_latency_ms) == (
        1, 0.0, 0.25, 3000.0)
