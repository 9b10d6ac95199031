import numpy as np


def init_weight(fan_in, fan_out, scheme, seed=0):
    """A (fan_in, fan_out) weight matrix drawn with the given scheme using np.random.default_rng(seed)."""
    # TODO: your implementation
    raise NotImplementedError
