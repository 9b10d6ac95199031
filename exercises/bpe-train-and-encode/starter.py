import numpy as np


def bpe(corpus, num_merges, words):
    """Learn num_merges BPE merges from corpus (list of words, characters as initial symbols); encode words. Returns dict merges and tokens."""
    # TODO: your implementation
    raise NotImplementedError
