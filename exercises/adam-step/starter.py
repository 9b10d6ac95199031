import numpy as np


def adam_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    """One Adam update with bias correction. Returns (new_param, new_m, new_v)."""
    # TODO: your implementation
    raise NotImplementedError
