# Encodes new words by merging whichever learned pair occurs most in the word, not in the order the merges were learned.
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
        best = min(pairs, key=lambda p: (-pairs[p], p))
        merges.append(list(best))
        vocab = {tuple(_merge(list(s), best)): c for s, c in vocab.items()}
    learned = [tuple(m) for m in merges]
    tokens = []
    for w in words:
        symbols = list(w)
        while True:
            present = Counter(p for p in zip(symbols, symbols[1:]) if p in learned)
            if not present:
                break
            symbols = _merge(symbols, min(present, key=lambda p: (-present[p], p)))
        tokens.append(symbols)
    return {"merges": merges, "tokens": tokens}
