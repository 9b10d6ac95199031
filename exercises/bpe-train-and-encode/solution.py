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
        new_vocab = Counter()
        for symbols, count in vocab.items():
            new_vocab[tuple(_merge(list(symbols), best))] += count
        vocab = dict(new_vocab)
    tokens = []
    for w in words:
        symbols = list(w)
        for a, b in merges:
            symbols = _merge(symbols, (a, b))
        tokens.append(symbols)
    return {"merges": merges, "tokens": tokens}
