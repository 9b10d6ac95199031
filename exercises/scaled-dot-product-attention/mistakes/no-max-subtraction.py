# Exponentiates the raw scores without subtracting the row max, so large scores overflow to inf/NaN.
import numpy as np


def attention(q, k, v, mask=None, causal=False):
    q, k, v = (np.asarray(a, dtype=np.float64) for a in (q, k, v))
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    allowed = np.ones(scores.shape, dtype=bool)
    if mask is not None:
        allowed = allowed & np.asarray(mask, dtype=bool)
    if causal:
        allowed = allowed & np.tril(np.ones(scores.shape[-2:], dtype=bool))
    with np.errstate(over="ignore", invalid="ignore"):
        e = np.where(allowed, np.exp(scores), 0.0)
        return e / e.sum(axis=-1, keepdims=True) @ v
