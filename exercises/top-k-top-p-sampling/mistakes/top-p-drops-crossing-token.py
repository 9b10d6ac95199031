# Keeps only tokens whose cumulative probability is strictly below top_p, dropping the token that crosses it.
import numpy as np


def sample_tokens(logits, u, temperature=1.0, top_k=0, top_p=1.0):
    logits = np.asarray(logits, dtype=np.float64) / temperature
    out = np.zeros(logits.shape[0], dtype=np.int64)
    for row in range(logits.shape[0]):
        z = logits[row] - logits[row].max()
        p = np.exp(z) / np.exp(z).sum()
        order = np.argsort(-p, kind='stable')
        if top_k > 0:
            order = order[:top_k]
        cum = np.cumsum(p[order])
        order = order[:max(1, int(np.sum(cum < top_p - 1e-12)))]
        c = np.cumsum(p[order] / p[order].sum())
        out[row] = order[min(int(np.searchsorted(c, u[row], side='right')), len(order) - 1)]
    return out
