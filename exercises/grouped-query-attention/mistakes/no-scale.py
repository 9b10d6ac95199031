# Forgets the 1/sqrt(d) scale on the scores.
import numpy as np


def grouped_query_attention(q, k, v, causal=True):
    hq, L, d = q.shape
    group = hq // k.shape[0]
    k = np.repeat(k, group, axis=0)
    v = np.repeat(v, group, axis=0)
    scores = q @ k.transpose(0, 2, 1)
    if causal:
        scores = np.where(np.tril(np.ones((L, k.shape[1]), dtype=bool)), scores, -np.inf)
    scores = scores - scores.max(axis=-1, keepdims=True)
    w = np.exp(scores)
    return (w / w.sum(axis=-1, keepdims=True)) @ v
