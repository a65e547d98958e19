"""What each top-level key of the training side's JSON outputs means: OUT/summary.json of
`spruce train` (written by spruce.training.pipeline.run_pipeline) and the object `spruce
evaluate` prints (pipeline.evaluate_checkpoint). Shown in those commands' --help, hence in
docs/cli.md; a test runs both and checks that the keys written and the keys documented agree.

Accuracies are fractions in [0, 1] of the test split (train_acc* of the training split);
MACs and parameters are counted by spruce (multiply-accumulates of one image's forward pass).
"""

from __future__ import annotations

from spruce.outputs import Field

SUMMARY_FIELDS: dict[str, Field] = {
    "rank": Field("", "the process that wrote it: 0 (other ranks of --distributed write "
                      "nothing)"),
    "model": Field("", "--model"),
    "data": Field("", "--data"),
    "settings": Field("", "the method and its settings (method, lam, alpha, ..., units and "
                          "structures: the prunable channels and groups)"),
    "epochs": Field("epochs", "training epochs (--epochs)"),
    "finetune_epochs": Field("epochs", "fine-tuning epochs run"),
    "device": Field("", "where it ran: cpu, cuda:0, ..."),
    "acc_trained": Field("fraction", "test accuracy after training, before pruning"),
    "acc_pruned": Field("fraction", "test accuracy right after pruning and surgery"),
    "acc_final": Field("fraction", "test accuracy after fine-tuning"),
    "train_time_s": Field("s", "training time, summed over the epochs' steps (no evaluation)"),
    "rules": Field("", "the two accuracy rules side by side (structured: spruce's bisection; "
                       "authors: the SPR authors' threshold): used, units_kept, units_total, "
                       "threshold, macs_ratio, params_ratio, train_acc, train_acc_pruned, "
                       "message; {} when a MACs/parameters target or a ratio decided"),
    "params_dense": Field("parameters", "the architecture as built, before training"),
    "params_pruned": Field("parameters", "the pruned (and fine-tuned) network"),
    "macs_dense": Field("MACs per image", "the architecture as built"),
    "macs_pruned": Field("MACs per image", "the pruned network"),
    "params_trained": Field("parameters", "the trained network (less than params_dense when "
                                          "the method removed blocks while training)"),
    "macs_trained": Field("MACs per image", "the trained network"),
    "macs_checked_with_torch_pruning": Field("", "true if Torch-Pruning counts the same MACs "
                                                 "and parameters for the pruned network"),
    "channels_total": Field("channels", "prunable units (channels) before pruning"),
    "channels_kept": Field("channels", "prunable units kept"),
    "kept_per_structure": Field("channels", "structure name -> units kept"),
    "search": Field("", "the pruning decision: rule, score, threshold, status, message, "
                        "train_acc and train_acc_pruned (fractions of the first "
                        "--prune-samples training images), trials, warnings"),
    "surgery_max_rel_diff": Field("relative", "max |masked(x) − pruned(x)| / max |masked(x)| "
                                              "on a check batch: the error of the surgery"),
    "speed_batch": Field("images", "batch size of the speed measurement (--speed-batch)"),
    "images_per_s_dense": Field("images/s", "inference speed of the dense architecture"),
    "images_per_s_pruned": Field("images/s", "inference speed of the pruned network"),
    "speedup": Field("×", "images_per_s_pruned / images_per_s_dense"),
    "rounding": Field("", "the Bernoulli gates' final rounding: gates_rounded (θ still inside "
                      "(0, 1) after the last epoch), gates_rounded_to_zero, largest_rounding "
                      "(their largest min(θ, 1 − θ)), status (0: nothing to round), message, "
                      "acc_before_rounding (the network with gates, test accuracy in the last "
                      "epoch) and acc_after_rounding (= acc_trained)",
                      only="--method bernoulli"),
    "gates_per_epoch": Field("", "one record per epoch: gates open (θ = 1), closed (θ = 0 or "
                             "removed) and undecided, expected_macs (fraction of the dense "
                             "network's), gamma, units_removed, branches_removed, then the "
                             "network after the epoch's removals: macs, units, branches",
                             only="--method bernoulli"),
    "total_time_s": Field("s", "wall time of the run up to this summary: data, training, "
                               "pruning, fine-tuning, measurements"),
    "figures": Field("", "paths of the PNG figures written next to it (kept channels, "
                         "accuracy vs MACs, SPR regimes)"),
}

EVALUATE_FIELDS: dict[str, Field] = {
    "checkpoint": Field("", "the file evaluated"),
    "data": Field("", "--data"),
    "device": Field("", "where it ran: cpu, cuda:0, ..."),
    "test_acc": Field("fraction", "accuracy on the test split"),
    "test_loss": Field("nats", "mean cross-entropy on the test split"),
    "params": Field("parameters", "parameters of the network"),
    "macs": Field("MACs per image", "multiply-accumulates of one image's forward pass"),
    "macs_matches_torch_pruning": Field("", "true if Torch-Pruning counts the same MACs and "
                                            "parameters"),
    "images_per_s": Field("images/s", "inference speed per --batch size: {\"256\": ...}"),
}
