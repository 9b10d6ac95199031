# Writes -log(sigmoid(x)) as -log(1 / (1 + exp(-x))), which overflows to inf for large negative margins.
import numpy as np


def dpo_loss(policy_chosen_logps, policy_rejected_logps, ref_chosen_logps, ref_rejected_logps, beta=0.1):
    chosen = beta * (np.asarray(policy_chosen_logps) - np.asarray(ref_chosen_logps))
    rejected = beta * (np.asarray(policy_rejected_logps) - np.asarray(ref_rejected_logps))
    with np.errstate(over="ignore", divide="ignore"):
        loss = float(np.mean(-np.log(1.0 / (1.0 + np.exp(-(chosen - rejected))))))
    return {"loss": loss, "chosen_rewards": chosen, "rejected_rewards": rejected}
