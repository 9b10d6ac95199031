import numpy as np


def beam_search(log_probs, bos, eos, beam_width, max_len):
    """Beam search over a bigram model: log_probs[prev, next] (V, V). Returns dict tokens (best sequence without bos) and score."""
    # TODO: your implementation
    raise NotImplementedError
