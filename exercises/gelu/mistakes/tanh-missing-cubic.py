# Drops the 0.044715 x^3 term from the tanh approximation.
import math

import numpy as np


def gelu(x, approximate='none'):
    x = np.asarray(x, dtype=np.float64)
    if approximate == 'tanh':
        return 0.5 * x * (1.0 + np.tanh(math.sqrt(2.0 / math.pi) * x))
    erf = np.vectorize(math.erf, otypes=[np.float64])
    return 0.5 * x * (1.0 + erf(x / math.sqrt(2.0)))
