import numpy as np


def perplexity(logits, targets, mask=None):
    """exp of the mean token negative log-likelihood. logits (T, V), targets (T,), mask (T,) of 0/1 (None = all tokens)."""
    # TODO: your implementation
    raise NotImplementedError
