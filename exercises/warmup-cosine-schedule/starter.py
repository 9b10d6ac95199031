import numpy as np


def learning_rate(steps, max_lr, min_lr, warmup_steps, total_steps):
    """Learning rate at each step in steps: linear warmup from 0, cosine decay to min_lr at total_steps, then min_lr."""
    # TODO: your implementation
    raise NotImplementedError
