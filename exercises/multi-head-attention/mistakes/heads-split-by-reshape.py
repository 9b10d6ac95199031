# Splits heads with reshape(num_heads, L, dh) directly, which mixes tokens and features instead of slicing columns.
import numpy as np


def multi_head_attention(x, w_q, w_k, w_v, w_o, num_heads, causal=False):
    L, D = x.shape
    dh = D // num_heads
    q, k, v = ((x @ w).reshape(num_heads, L, dh) for w in (w_q, w_k, w_v))
    scores = q @ k.transpose(0, 2, 1) / np.sqrt(dh)
    if causal:
        scores = np.where(np.tril(np.ones((L, L), dtype=bool)), scores, -np.inf)
    w = np.exp(scores - scores.max(axis=-1, keepdims=True))
    w = w / w.sum(axis=-1, keepdims=True)
    return (w @ v).reshape(L, D) @ w_o
