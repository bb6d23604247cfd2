"""Search a chat transcript and return highlighted snippets around the hits."""


def text_of(message):
    """Plain text of a message whose content is a string or a list of parts."""
    content = message.get("content") or ""
    if isinstance(content, str):
        return content
    return " ".join(part.get("text", "") for part in content if part.get("type") == "text")


def find_spans(text, terms):
    """Sorted, merged (start, end) spans where any term occurs, case-insensitively."""
    lowered = text.lower()
    spans = []
    for term in terms:
        needle = term.lower()
        start = lowered.find(needle)
        while start != -1:
            spans.append((start, start + len(needle)))
            start = lowered.find(needle, start + len(needle))
    spans.sort()
    merged = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def highlight(text, spans, mark="**"):
    pieces, last = [], 0
    for start, end in spans:
        pieces.append(text[last:start])
        pieces.append(mark + text[start:end] + mark)
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def search_transcript(messages, query, roles=("user", "assistant"), context=20):
    """One hit per matching message: its index, role and a highlighted snippet.

    The snippet runs from `context` characters before the first match to
    `context` characters after the last one, with "..." where text was cut.
    """
    terms = query.split()
    hits = []
    for index, message in enumerate(messages):
        if message.get("role") not in roles:
            continue
        text = text_of(message)
        spans = find_spans(text, terms)
        if not spans:
            continue
        lo = max(0, spans[0][0] - context)
        hi = min(len(text), spans[-1][1] + context)
        snippet = highlight(text[lo:hi], [(s - lo, e) for s, e in spans])
        if lo > 0:
            snippet = "..." + snippet
        if hi < len(text):
            snippet += "..."
        hits.append({"index": index, "role": message["role"], "snippet": snippet})
    return hits
