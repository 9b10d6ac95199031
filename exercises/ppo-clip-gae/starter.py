import numpy as np


def ppo_gae_loss(rewards, values, dones, logp_new, logp_old, gamma=0.99, lam=0.95, clip_eps=0.2):
    """GAE advantages and returns over one trajectory, and the PPO clipped policy loss. Returns dict advantages, returns, policy_loss."""
    # TODO: your implementation
    raise NotImplementedError
