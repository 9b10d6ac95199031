# Counts pairs once per distinct word, ignoring how often each word occurs in the corpus.
from collections import Counter


def _merge(symbols, pair):
    out, i = [], 0
    while i < len(symbols):
        if i + 1 < len(symbols) and (symbols[i], symbols[i + 1]) == pair:
            out.append(symbols[i] + symbols[i + 1])
            i += 2
        else:
            out.append(symbols[i])
            i += 1
    return out


def bpe(corpus, num_merges, words):
    vocab = [list(w) for w in dict.fromkeys(corpus)]
    merges = []
    for _ in range(num_merges):
        pairs = Counter()
        for symbols in vocab:
            for a, b in zip(symbols, symbols[1:]):
                pairs[(a, b)] += 1
        if not pairs:
            break
        best = min(pairs, key=lambda p: (-pairs[p], p))
        merges.append(list(best))
        vocab = [_merge(s, best) for s in vocab]
    tokens = []
    for w in words:
        symbols = list(w)
        for a, b in merges:
            symbols = _merge(symbols, (a, b))
        tokens.append(symbols)
    return {"merges": merges, "tokens": tokens}
