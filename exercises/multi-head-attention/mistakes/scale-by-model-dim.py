# Scales the scores by 1/sqrt(D) (the model width) instead of 1/sqrt(d_head).
import numpy as np


def multi_head_attention(x, w_q, w_k, w_v, w_o, num_heads, causal=False):
    L, D = x.shape
    dh = D // num_heads
    q, k, v = ((x @ w).reshape(L, num_heads, dh).transpose(1, 0, 2) for w in (w_q, w_k, w_v))
    scores = q @ k.transpose(0, 2, 1) / np.sqrt(D)
    if causal:
        scores = np.where(np.tril(np.ones((L, L), dtype=bool)), scores, -np.inf)
    w = np.exp(scores - scores.max(axis=-1, keepdims=True))
    w = w / w.sum(axis=-1, keepdims=True)
    return (w @ v).transpose(1, 0, 2).reshape(L, D) @ w_o
