# Uses 1 / (fan_in + fan_out) for the Xavier variance instead of 2 / (fan_in + fan_out).
import numpy as np


def init_weight(fan_in, fan_out, scheme, seed=0):
    rng = np.random.default_rng(seed)
    var = 1.0 / (fan_in + fan_out) if scheme.startswith("xavier") else 2.0 / fan_in
    if scheme.endswith("uniform"):
        a = np.sqrt(3.0 * var)
        return rng.uniform(-a, a, size=(fan_in, fan_out))
    return rng.normal(0.0, np.sqrt(var), size=(fan_in, fan_out))
