# Picks the most frequent pair with max(), so ties go to the pair seen first instead of the lexicographically smallest.
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
    vocab = {tuple(w): c for w, c in Counter(corpus).items()}
    merges = []
    for _ in range(num_merges):
        pairs = Counter()
        for symbols, count in vocab.items():
            for a, b in zip(symbols, symbols[1:]):
                pairs[(a, b)] += count
        if not pairs:
            break
        best = max(pairs, key=pairs.get)
        merges.append(list(best))
        vocab = {tuple(_merge(list(s), best)): c for s, c in vocab.items()}
    tokens = []
    for w in words:
        symbols = list(w)
        for a, b in merges:
            symbols = _merge(symbols, (a, b))
        tokens.append(symbols)
    return {"merges": merges, "tokens": tokens}
