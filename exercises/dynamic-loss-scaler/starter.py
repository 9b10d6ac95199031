import numpy as np


def simulate_loss_scaler(grads_finite, init_scale=65536.0, growth_factor=2.0, backoff_factor=0.5, growth_interval=3):
    """Simulate a mixed-precision loss scaler over steps. Returns dict scales (scale used at each step) and skipped (bool per step)."""
    # TODO: your implementation
    raise NotImplementedError
