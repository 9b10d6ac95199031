# Uses the classic idf log((N - n + 0.5) / (n + 0.5)) without the +1, which goes negative for common terms.
import math
from collections import Counter

import numpy as np


def bm25_scores(documents, query, k1=1.5, b=0.75):
    n = len(documents)
    avgdl = sum(len(d) for d in documents) / n
    tfs = [Counter(d) for d in documents]
    scores = np.zeros(n)
    for q in query:
        n_q = sum(1 for tf in tfs if q in tf)
        idf = math.log((n - n_q + 0.5) / (n_q + 0.5))
        for i, (doc, tf) in enumerate(zip(documents, tfs)):
            f = tf[q]
            scores[i] += idf * f * (k1 + 1) / (f + k1 * (1 - b + b * len(doc) / avgdl))
    return scores
