import numpy as np


def dpo_loss(policy_chosen_logps, policy_rejected_logps, ref_chosen_logps, ref_rejected_logps, beta=0.1):
    """Direct Preference Optimization loss. Inputs are (N,) sequence log-probs. Returns dict loss, chosen_rewards, rejected_rewards."""
    # TODO: your implementation
    raise NotImplementedError
