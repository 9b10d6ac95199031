def simulate_loss_scaler(grads_finite, init_scale=65536.0, growth_factor=2.0, backoff_factor=0.5, growth_interval=3):
    scale, good = init_scale, 0
    scales, skipped = [], []
    for finite in grads_finite:
        scales.append(scale)
        if not finite:
            skipped.append(True)
            scale *= backoff_factor
            good = 0
        else:
            skipped.append(False)
            good += 1
            if good == growth_interval:
                scale *= growth_factor
                good = 0
    return {"scales": scales, "skipped": skipped}
