import numpy as np


def bleu(candidate, references, max_n=4):
    """BLEU of one tokenised candidate against tokenised references: clipped n-gram precisions, geometric mean, brevity penalty."""
    # TODO: your implementation
    raise NotImplementedError
