# Divides the probabilities by the temperature after the softmax, which changes nothing once renormalised.
import numpy as np


def sample_tokens(logits, u, temperature=1.0, top_k=0, top_p=1.0):
    logits = np.asarray(logits, dtype=np.float64)
    out = np.zeros(logits.shape[0], dtype=np.int64)
    for row in range(logits.shape[0]):
        z = logits[row] - logits[row].max()
        p = np.exp(z) / np.exp(z).sum() / temperature
        p = p / p.sum()
        order = np.argsort(-p, kind='stable')
        if top_k > 0:
            order = order[:top_k]
        cum = np.cumsum(p[order])
        keep = int(np.searchsorted(cum, top_p - 1e-12) + 1)
        order = order[:max(1, min(keep, len(order)))]
        c = np.cumsum(p[order] / p[order].sum())
        out[row] = order[min(int(np.searchsorted(c, u[row], side='right')), len(order) - 1)]
    return out
