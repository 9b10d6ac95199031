# Records the scale after updating it, instead of the scale that step actually used.
def simulate_loss_scaler(grads_finite, init_scale=65536.0, growth_factor=2.0, backoff_factor=0.5, growth_interval=3):
    scale, good = init_scale, 0
    scales, skipped = [], []
    for finite in grads_finite:
        skipped.append(not finite)
        if not finite:
            scale *= backoff_factor
            good = 0
        else:
            good += 1
            if good == growth_interval:
                scale *= growth_factor
                good = 0
        scales.append(scale)
    return {"scales": scales, "skipped": skipped}
