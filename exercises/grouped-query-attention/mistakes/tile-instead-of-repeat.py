# Expands the KV heads with np.tile, so query head h uses KV head h % Hkv instead of h // group.
import numpy as np


def grouped_query_attention(q, k, v, causal=True):
    hq, L, d = q.shape
    group = hq // k.shape[0]
    k = np.tile(k, (group, 1, 1))
    v = np.tile(v, (group, 1, 1))
    scores = q @ k.transpose(0, 2, 1) / np.sqrt(d)
    if causal:
        scores = np.where(np.tril(np.ones((L, k.shape[1]), dtype=bool)), scores, -np.inf)
    scores = scores - scores.max(axis=-1, keepdims=True)
    w = np.exp(scores)
    return (w / w.sum(axis=-1, keepdims=True)) @ v
