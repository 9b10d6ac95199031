# Updates the running max but forgets to rescale the output accumulator by exp(m_old - m_new).
import numpy as np


def flash_attention_forward(q, k, v, block_size):
    lq, d = q.shape
    m = np.full(lq, -np.inf)
    l = np.zeros(lq)
    acc = np.zeros((lq, v.shape[1]))
    for start in range(0, k.shape[0], block_size):
        s = q @ k[start:start + block_size].T / np.sqrt(d)
        m_new = np.maximum(m, s.max(axis=1))
        p = np.exp(s - m_new[:, None])
        l = l * np.exp(m - m_new) + p.sum(axis=1)
        acc = acc + p @ v[start:start + block_size]
        m = m_new
    return acc / l[:, None], m + np.log(l)
