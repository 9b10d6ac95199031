import numpy as np


def adamw_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.01):
    """One AdamW update: decoupled weight decay on the parameter. Returns (new_param, new_m, new_v)."""
    # TODO: your implementation
    raise NotImplementedError
