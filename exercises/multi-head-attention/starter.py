import numpy as np


def multi_head_attention(x, w_q, w_k, w_v, w_o, num_heads, causal=False):
    """Self-attention with num_heads heads: project, split heads, attend, merge heads, project. x (L, D) → (L, D)."""
    # TODO: your implementation
    raise NotImplementedError
