import numpy as np


def route_tokens(x, w_gate, k):
    """Top-k softmax router. Returns dict expert_indices (N, k), expert_weights (N, k), aux_loss (float)."""
    # TODO: your implementation
    raise NotImplementedError
