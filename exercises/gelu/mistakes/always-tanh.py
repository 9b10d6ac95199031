# Ignores `approximate` and always uses the tanh approximation.
import math

import numpy as np


def gelu(x, approximate='none'):
    x = np.asarray(x, dtype=np.float64)
    return 0.5 * x * (1.0 + np.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * x**3)))
