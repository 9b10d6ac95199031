import numpy as np


def rouge_l(candidate, reference, beta=1.0):
    """ROUGE-L from the longest common subsequence of two token lists. Returns dict precision, recall, f."""
    # TODO: your implementation
    raise NotImplementedError
