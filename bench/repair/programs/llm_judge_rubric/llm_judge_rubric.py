"""Turn an LLM judge's reply into a weighted rubric score.

The judge is asked to answer with JSON such as
    {"scores": {"correctness": 8, "style": 6}, "rationale": "..."}
optionally wrapped in a ```json fence. Each rubric criterion has a weight and
a maximum; the final score is the weighted mean of score / max, in [0, 1].
"""

import json


def strip_fence(text):
    body = text.strip()
    if body.startswith("```"):
        body = body.strip("`").strip()
        if body.lower().startswith("json"):
            body = body[4:]
    return body.strip()


def parse_judge_output(text):
    """Return the judge's {criterion: number} scores, or None if unusable."""
    try:
        data = json.loads(strip_fence(text))
    except TypeError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("scores"), dict):
        return None
    scores = {}
    for name, value in data["scores"].items():
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            scores[name] = float(value)
    return scores


def grade(rubric, judge_text):
    """Grade one judge reply against ``rubric`` = [{"name", "weight", "max"}]."""
    scores = parse_judge_output(judge_text)
    if scores is None:
        return {"score": None, "error": "unparseable judge output"}
    total_weight = sum(c["weight"] for c in rubric)
    if total_weight <= 0:
        raise ValueError("rubric weights must sum to a positive number")
    earned = 0.0
    missing = []
    for criterion in rubric:
        name = criterion["name"]
        if name not in scores:
            missing.append(name)
            continue
        fraction = scores[name] / criterion.get("max", 10)
        earned += criterion["weight"] * min(1.0, max(0.0, fraction))
    return {"score": round(earned / total_weight, 4), "missing": missing}


def grade_all(rubric, judge_texts):
    """Grade several replies; the mean ignores unparseable ones."""
    results = [grade(rubric, text) for text in judge_texts]
    usable = [r["score"] for r in results if r["score"] is not None]
    mean = round(sum(usable) / len(usable), 4) if usable else None
    return {"results": results, "mean": mean, "failed": len(results) - len(usable)}
