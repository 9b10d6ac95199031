import numpy as np


def cross_entropy(logits, targets, ignore_index=-100):
    """Mean cross-entropy over the targets that are not ignore_index. logits (N, C), targets (N,) int."""
    # TODO: your implementation
    raise NotImplementedError
