"""Merge the hits that several retrieval tools returned for one query.

Scores from different tools are not comparable, so each tool's scores are
min-max normalised first. A chunk found by more than one tool appears once,
with its best normalised score and the list of tools that found it.
Whole-document hits carry no "chunk_id" and are treated as chunk 0.
"""


def normalise_scores(hits):
    if not hits:
        return []
    scores = [hit["score"] for hit in hits]
    low, high = min(scores), max(scores)
    spread = high - low
    return [dict(hit, score=(hit["score"] - low) / spread if spread else 1.0) for hit in hits]


def merge_hits(results, top_n=None):
    """results: mapping tool name -> list of hit dicts (doc_id, chunk_id?, score, text)."""
    merged = {}
    for tool, hits in results.items():
        for hit in normalise_scores(hits):
            key = (hit["doc_id"], hit.get("chunk", 0))
            entry = merged.get(key)
            if entry is None:
                merged[key] = dict(hit, sources=[tool])
                continue
            if tool not in entry["sources"]:
                entry["sources"].append(tool)
            if hit["score"] > entry["score"]:
                entry["score"] = hit["score"]
                entry["text"] = hit.get("text", entry.get("text"))
    ranked = sorted(merged.values(), key=lambda e: (-e["score"], -len(e["sources"])))
    return ranked if top_n is None else ranked[:top_n]


def as_context(merged, max_chars=2000):
    """Render merged hits as numbered context blocks within a character budget."""
    blocks, used = [], 0
    for n, entry in enumerate(merged, start=1):
        block = f"[{n}] ({entry['doc_id']}) {entry.get('text', '')}"
        if used + len(block) > max_chars:
            break
        blocks.append(block)
        used += len(block)
    return "\n".join(blocks)
