# Counts every candidate n-gram that appears in a reference, without clipping by the reference count.
import math
from collections import Counter


def _ngrams(tokens, n):
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def bleu(candidate, references, max_n=4):
    c = len(candidate)
    if c == 0:
        return 0.0
    log_sum = 0.0
    for n in range(1, max_n + 1):
        cand = _ngrams(candidate, n)
        total = sum(cand.values())
        seen = set()
        for ref in references:
            seen |= set(_ngrams(ref, n))
        matched = sum(k for g, k in cand.items() if g in seen)
        if total == 0 or matched == 0:
            return 0.0
        log_sum += math.log(matched / total)
    r = min((abs(len(ref) - c), len(ref)) for ref in references)[1]
    bp = 1.0 if c > r else math.exp(1 - r / c)
    return bp * math.exp(log_sum / max_n)
