# Uses the longest common contiguous substring instead of the longest common subsequence.
def rouge_l(candidate, reference, beta=1.0):
    m, n = len(candidate), len(reference)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    lcs = 0
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            if candidate[i - 1] == reference[j - 1]:
                dp[i][j] = dp[i - 1][j - 1] + 1
                lcs = max(lcs, dp[i][j])
    if lcs == 0:
        return {"precision": 0.0, "recall": 0.0, "f": 0.0}
    p, r = lcs / m, lcs / n
    return {"precision": p, "recall": r, "f": (1 + beta**2) * p * r / (r + beta**2 * p)}
