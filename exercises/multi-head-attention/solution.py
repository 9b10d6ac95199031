import numpy as np


def multi_head_attention(x, w_q, w_k, w_v, w_o, num_heads, causal=False):
    L, D = x.shape
    dh = D // num_heads
    def heads(w):
        return (x @ w).reshape(L, num_heads, dh).transpose(1, 0, 2)
    q, k, v = heads(w_q), heads(w_k), heads(w_v)
    scores = q @ k.transpose(0, 2, 1) / np.sqrt(dh)
    if causal:
        scores = np.where(np.tril(np.ones((L, L), dtype=bool)), scores, -np.inf)
    scores = scores - scores.max(axis=-1, keepdims=True)
    w = np.exp(scores)
    w = w / w.sum(axis=-1, keepdims=True)
    out = (w @ v).transpose(1, 0, 2).reshape(L, D)
    return out @ w_o
