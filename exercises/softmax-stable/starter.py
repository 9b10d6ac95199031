import numpy as np


def softmax(x, axis=-1):
    """Softmax of x along axis, stable for large logits. Returns an array of x's shape."""
    # TODO: your implementation
    raise NotImplementedError
