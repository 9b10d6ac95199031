import numpy as np


def grouped_query_attention(q, k, v, causal=True):
    """q (Hq, L, d), k and v (Hkv, L, d) with Hq divisible by Hkv; query head h uses kv head h // (Hq // Hkv)."""
    # TODO: your implementation
    raise NotImplementedError
