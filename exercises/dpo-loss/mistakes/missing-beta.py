# Forgets beta in the loss (uses the raw log-ratio difference), though it reports beta-scaled rewards.
import numpy as np


def dpo_loss(policy_chosen_logps, policy_rejected_logps, ref_chosen_logps, ref_rejected_logps, beta=0.1):
    chosen = np.asarray(policy_chosen_logps) - np.asarray(ref_chosen_logps)
    rejected = np.asarray(policy_rejected_logps) - np.asarray(ref_rejected_logps)
    loss = float(np.mean(np.logaddexp(0.0, -(chosen - rejected))))
    return {"loss": loss, "chosen_rewards": beta * chosen, "rejected_rewards": beta * rejected}
