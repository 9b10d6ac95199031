import numpy as np


def information_measures(p_xy):
    """From a joint distribution p_xy (n, n) return a dict of h_x, h_y, h_xy, mutual_information, kl_x_y (nats)."""
    # TODO: your implementation
    raise NotImplementedError
