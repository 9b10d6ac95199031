# Backs off on overflow but does not reset the count of good steps, so growth comes too early.
def simulate_loss_scaler(grads_finite, init_scale=65536.0, growth_factor=2.0, backoff_factor=0.5, growth_interval=3):
    scale, good = init_scale, 0
    scales, skipped = [], []
    for finite in grads_finite:
        scales.append(scale)
        skipped.append(not finite)
        if not finite:
            scale *= backoff_factor
        else:
            good += 1
            if good == growth_interval:
                scale *= growth_factor
                good = 0
    return {"scales": scales, "skipped": skipped}
