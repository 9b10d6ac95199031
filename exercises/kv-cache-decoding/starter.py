import numpy as np


def decode_with_kv_cache(x, w_q, w_k, w_v):
    """Single-head causal self-attention computed token by token with a growing K/V cache. Returns (outputs, k_cache, v_cache)."""
    # TODO: your implementation
    raise NotImplementedError
