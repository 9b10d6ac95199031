import numpy as np


def accumulated_gradient(x, y, w, micro_batch_size):
    """Gradient of the mean squared error of a linear model over all N samples, computed micro-batch by micro-batch."""
    # TODO: your implementation
    raise NotImplementedError
