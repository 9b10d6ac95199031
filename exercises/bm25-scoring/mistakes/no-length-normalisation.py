# Forgets the document-length normalisation: the denominator is f + k1, as if b were 0.
import math
from collections import Counter

import numpy as np


def bm25_scores(documents, query, k1=1.5, b=0.75):
    n = len(documents)
    tfs = [Counter(d) for d in documents]
    scores = np.zeros(n)
    for q in query:
        n_q = sum(1 for tf in tfs if q in tf)
        idf = math.log((n - n_q + 0.5) / (n_q + 0.5) + 1)
        for i, tf in enumerate(tfs):
            f = tf[q]
            scores[i] += idf * f * (k1 + 1) / (f + k1)
    return scores
