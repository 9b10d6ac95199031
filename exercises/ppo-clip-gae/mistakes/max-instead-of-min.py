# Takes the max of the clipped and unclipped surrogates instead of the pessimistic min.
import numpy as np


def ppo_gae_loss(rewards, values, dones, logp_new, logp_old, gamma=0.99, lam=0.95, clip_eps=0.2):
    values = np.asarray(values, dtype=np.float64)
    T = len(rewards)
    adv = np.zeros(T)
    last = 0.0
    for t in reversed(range(T)):
        nonterminal = 1.0 - dones[t]
        delta = rewards[t] + gamma * values[t + 1] * nonterminal - values[t]
        last = delta + gamma * lam * nonterminal * last
        adv[t] = last
    ratio = np.exp(np.asarray(logp_new) - np.asarray(logp_old))
    surrogate = np.maximum(ratio * adv, np.clip(ratio, 1 - clip_eps, 1 + clip_eps) * adv)
    return {"advantages": adv, "returns": adv + values[:-1], "policy_loss": float(-surrogate.mean())}
