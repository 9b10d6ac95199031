# Applies the mask after the softmax (zeroing weights), so the remaining weights no longer sum to 1.
import numpy as np


def attention(q, k, v, mask=None, causal=False):
    q, k, v = (np.asarray(a, dtype=np.float64) for a in (q, k, v))
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    w = e / e.sum(axis=-1, keepdims=True)
    allowed = np.ones(scores.shape, dtype=bool)
    if mask is not None:
        allowed = allowed & np.asarray(mask, dtype=bool)
    if causal:
        allowed = allowed & np.tril(np.ones(scores.shape[-2:], dtype=bool))
    return np.where(allowed, w, 0.0) @ v
