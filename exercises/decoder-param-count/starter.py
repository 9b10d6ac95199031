import numpy as np


def count_parameters(config):
    """Parameter counts of a decoder-only Transformer described by config (a dict). Returns a dict of ints."""
    # TODO: your implementation
    raise NotImplementedError
