import numpy as np


def sample_tokens(logits, u, temperature=1.0, top_k=0, top_p=1.0):
    """Sample one token per row of logits (B, V) with temperature, top-k then top-p filtering, by inverse CDF with the uniform draws u (B,)."""
    # TODO: your implementation
    raise NotImplementedError
