# Computes the brevity penalty against the shortest reference instead of the one closest in length.
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
        best = Counter()
        for ref in references:
            for g, k in _ngrams(ref, n).items():
                best[g] = max(best[g], k)
        clipped = sum(min(k, best[g]) for g, k in cand.items())
        if total == 0 or clipped == 0:
            return 0.0
        log_sum += math.log(clipped / total)
    r = min(len(ref) for ref in references)
    bp = 1.0 if c > r else math.exp(1 - r / c)
    return bp * math.exp(log_sum / max_n)
