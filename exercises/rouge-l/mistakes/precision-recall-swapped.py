# Divides the LCS by the reference length for precision and by the candidate length for recall (swapped).
def rouge_l(candidate, reference, beta=1.0):
    m, n = len(candidate), len(reference)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            dp[i][j] = dp[i - 1][j - 1] + 1 if candidate[i - 1] == reference[j - 1] else max(dp[i - 1][j], dp[i][j - 1])
    lcs = dp[m][n]
    if lcs == 0:
        return {"precision": 0.0, "recall": 0.0, "f": 0.0}
    p, r = lcs / n, lcs / m
    return {"precision": p, "recall": r, "f": (1 + beta**2) * p * r / (r + beta**2 * p)}
