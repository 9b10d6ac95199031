import numpy as np


def bm25_scores(documents, query, k1=1.5, b=0.75):
    """BM25 score of each tokenised document for a tokenised query. Returns an array (N,)."""
    # TODO: your implementation
    raise NotImplementedError
