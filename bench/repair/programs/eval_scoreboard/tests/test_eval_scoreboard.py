import pytest

from eval_scoreboard import median, scoreboard

RUNS = """model,task,passed,score,latency_ms
alpha,t1,true,0.9,120
alpha,t2,false,0.4,80
alpha,t3,true,0.8,100
beta,t1,true,1.0,300
beta,t2,true,0.7,250
beta,t3,true,0.7,410
"""


def test_median():
    assert median([3, 1, 2]) == 2
    assert median([4, 1, 3, 2]) == 2.5


def test_ranked_by_pass_rate():
    board = scoreboard(RUNS)
    assert [entry.model for entry in board] == ["beta", "alpha"]
    assert board[0].pass_rate == 1.0
    assert board[1].pass_rate == pytest.approx(2 / 3)


def test_mean_score_and_runs():
    alpha = {entry.model: entry for entry in scoreboard(RUNS)}["alpha"]
    assert alpha.runs == 3
    assert alpha.mean_score == pytest.approx(0.7)


def test_median_latency():
    latency = {entry.model: entry.median_latency_ms for entry in scoreboard(RUNS)}
    assert latency == {"alpha": 100.0, "beta": 300.0}


def test_empty_export():
    assert scoreboard("model,task,passed,score,latency_ms\n") == []
