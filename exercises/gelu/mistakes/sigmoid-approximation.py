# Uses the x * sigmoid(1.702 x) approximation for the exact GELU.
import math

import numpy as np


def gelu(x, approximate='none'):
    x = np.asarray(x, dtype=np.float64)
    if approximate == 'tanh':
        return 0.5 * x * (1.0 + np.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * x**3)))
    return x / (1.0 + np.exp(-1.702 * x))
