#!/usr/bin/env python3
"""Replays an nmt RNN training run in PyTorch: same weights, same Adam state, same batches.

  nmt-train ... --arch rnn --dropout 0 --model M.nmt            (stop it after update 1: SIGTERM)
  nmt-train ... --resume --model M.nmt --log-every 1 --log-batches B.jsonl --max-updates N
  /usr/bin/python3 scripts/replay_rnn_torch.py --checkpoint START.ckpt --batches B.jsonl \\
      --nmt-log M.nmt.log.jsonl [--updates N] [--attention dot] [--scores OUT.jsonl]

START.ckpt is a copy of M.nmt.ckpt taken before the resume (the weights and Adam
moments the resumed run starts from). The PyTorch model is
torch_reference/rnn.py with the checkpoint's shape; the update is nmt's: label-
smoothed cross-entropy summed over the target tokens and divided by their count,
global-norm clipping, Adam (0.9, 0.98, 1e-9), inverse-sqrt warm-up schedule.
Prints, per update, nmt's loss (from its log) beside PyTorch's: where the two
implementations compute the same thing they agree closely for many updates, and
then drift apart slowly as float rounding compounds. With --scores it also
records the attention's raw score spread and entropy per update (docs/RESULTS.md,
issue 18). Dropout must be 0 in the nmt run (the masks cannot be replayed)."""
import argparse
import json
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402

from nmt_files import checkpoint_file, config_dict, model_file, payload  # noqa: E402
from torch_reference.rnn import DotAttention, RnnTranslator  # noqa: E402

PAD, BOS, EOS = 0, 2, 3


def train_config(path):
    r = payload(path, b"NMTCHKPT")
    return config_dict(r.string())


def model_config(path):
    r = payload(path[:-len(".ckpt")], b"NMTMODEL")
    return config_dict(r.string())


def tensor(dims, values):
    return torch.tensor(values, dtype=torch.float32).reshape(dims)


def nmt_to_torch(model):
    """nmt parameter name -> (torch parameter, transpose?)."""
    pairs = {"src_embed.weight": (model.src_embed.weight, False),
             "tgt_embed.weight": (model.tgt_embed.weight, False)}
    for side, lstm_suffix in (("fwd", ""), ("bwd", "_reverse")):
        pairs["encoder.0.%s.w_ih" % side] = (getattr(model.encoder, "weight_ih_l0" + lstm_suffix),
                                            True)
        pairs["encoder.0.%s.w_hh" % side] = (getattr(model.encoder, "weight_hh_l0" + lstm_suffix),
                                            True)
        pairs["encoder.0.%s.bias" % side] = (getattr(model.encoder, "bias_ih_l0" + lstm_suffix),
                                            False)
    pairs.update({"decoder.0.w_ih": (model.decoder.weight_ih, True),
                  "decoder.0.w_hh": (model.decoder.weight_hh, True),
                  "decoder.0.bias": (model.decoder.bias_ih, False)})
    for name in ("bridge_h", "bridge_c", "combine", "output"):
        layer = getattr(model, name)
        pairs[name + ".weight"] = (layer.weight, True)
        pairs[name + ".bias"] = (layer.bias, False)
    att = model.attention
    if att is not None and hasattr(att, "v"):
        pairs.update({"attention.query.weight": (att.query_proj.weight, True),
                      "attention.key.weight": (att.key_proj.weight, True),
                      "attention.key.bias": (att.key_proj.bias, False),
                      "attention.v": (att.v.weight, True)})
    elif att is not None and isinstance(att.key_proj, torch.nn.Linear):
        pairs["attention.key.weight"] = (att.key_proj.weight, True)
    return pairs


def load(model, optimizer, tensors, counters, prefix="param."):
    """Weights, and with an optimizer its Adam moments and step counts."""
    pairs = nmt_to_torch(model)
    names = {k[len(prefix):] for k in tensors if k.startswith(prefix)}
    if names != set(pairs):
        sys.exit("parameters differ: nmt only %s, torch only %s" %
                 (sorted(names - set(pairs)), sorted(set(pairs) - names)))
    with torch.no_grad():
        for name, (param, transpose) in pairs.items():
            value = tensor(*tensors[prefix + name])
            param.copy_(value.t() if transpose else value.reshape(param.shape))
            if optimizer is None:
                continue
            state = optimizer.state[param]
            for key, moment_prefix in (("exp_avg", "adam.m."), ("exp_avg_sq", "adam.v.")):
                moment = tensor(*tensors[moment_prefix + name])
                state[key] = (moment.t() if transpose else moment.reshape(param.shape)).clone()
            state["step"] = torch.tensor(float(counters["adam.step." + name]))


def pad(rows, prefix=(), suffix=()):
    rows = [list(prefix) + r + list(suffix) for r in rows]
    width = max(len(r) for r in rows)
    return torch.tensor([r + [PAD] * (width - len(r)) for r in rows], dtype=torch.long)


def lr_at(step, peak, warmup):
    return peak * step / warmup if step <= warmup else peak * math.sqrt(max(warmup, 1) / step)


def attention_probe(model, src, tgt_in):
    """Mean over decoder steps of: the std of the raw scores over the source,
    entropy / log(S) (1 = uniform over the sentence), the weight on the
    source's EOS, the norm of the most attended key over the sentence's mean
    key norm (> 1: attention goes to loud keys); and the share of steps that
    attend most to the sentence's most attended position (1 = a static
    attention, a fixed context). Dot and general attention."""
    if not isinstance(model.attention, DotAttention):
        sys.exit("the attention probe reads dot and general attention only")
    stats = []

    def hook(module, args, output):
        query, keys, _, mask = args
        scores = module.scores(query, keys)
        real = torch.isfinite(mask)
        weights = torch.softmax(scores + mask, dim=-1)
        entropy = -(weights * torch.log(weights.clamp_min(1e-30))).sum(-1)
        length = real.sum(-1).float()
        spread = torch.stack([scores[b][real[b]].std() for b in range(scores.shape[0])])
        last = (length.long() - 1)[:, None]  # the source's EOS
        on_eos = weights.gather(1, last).squeeze(1)
        norms = keys.norm(dim=-1)  # [B, S]: how loud each position's key is
        top_norm = norms.gather(1, weights.argmax(-1, keepdim=True)).squeeze(1)
        mean_norm = (norms * real).sum(-1) / length
        stats.append((spread.mean().item(), (entropy / length.log()).mean().item(),
                      on_eos.mean().item(), (top_norm / mean_norm).mean().item()))
        argmaxes.append(weights.argmax(-1))

    argmaxes = []
    handle = model.attention.register_forward_hook(hook)
    with torch.no_grad():
        model(src, tgt_in)
    handle.remove()
    # How static the attention is: the share of a sentence's (real) decoder
    # steps whose most-attended source position is the sentence's most common one.
    steps = torch.stack(argmaxes, 1)  # [B, T]
    real_steps = tgt_in != PAD
    static = [(steps[b][real_steps[b]] == steps[b][real_steps[b]].mode().values).float().mean()
              for b in range(steps.shape[0])]
    means = [sum(column) / len(stats) for column in zip(*stats)]
    return tuple(means) + (torch.stack(static).mean().item(),)


def read_batches(path, limit=0):
    for line in open(path):
        batch = json.loads(line)
        if limit and batch["update"] > limit:
            break
        src = pad(batch["src"], suffix=[EOS])
        yield batch["update"], src, pad(batch["tgt"], prefix=[BOS]), pad(batch["tgt"], suffix=[EOS])


def build_model(config):
    if config["arch"] != "rnn" or config["rnn_enc_layers"] != "1" or config["rnn_dec_layers"] != "1":
        sys.exit("only a 1-layer RNN is replayed")
    model = RnnTranslator(vocab=int(config["tgt_vocab"]), emb=int(config["dim"]),
                          enc_hidden=int(config["enc_hidden"]),
                          dec_hidden=int(config["dec_hidden"]), dropout=0.0, pad_id=PAD,
                          attention=config["attention"])
    for lstm_bias in (model.encoder.bias_hh_l0, model.encoder.bias_hh_l0_reverse,
                      model.decoder.bias_hh):
        lstm_bias.data.zero_()
        lstm_bias.requires_grad_(False)  # nmt has one bias per LSTM
    return model


def probe_models(paths, batches_path, count):
    """The attention probe of trained models over the first `count` logged batches."""
    print("model  score_std  entropy/log(S)  weight_on_eos  top_key_norm  static_share")
    for path in paths:
        config, tensors = model_file(path)
        model = build_model(config)
        load(model, None, tensors, None, prefix="")
        model.eval()
        stats = [attention_probe(model, src, tgt_in)
                 for _, src, tgt_in, _ in read_batches(batches_path, count)]
        print("%s  %.3f  %.3f  %.3f  %.3f  %.3f" % ((path,) + tuple(sum(c) / len(stats) for c in zip(*stats))),
              flush=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--probe", nargs="+", metavar="MODEL",
                    help="instead of replaying: the attention probe of these model files")
    ap.add_argument("--probe-batches", type=int, default=20, help="batches per probe")
    ap.add_argument("--checkpoint", help="the checkpoint the nmt run resumed from")
    ap.add_argument("--batches", required=True, help="nmt-train --log-batches output")
    ap.add_argument("--nmt-log", help="the resumed run's MODEL.log.jsonl (its losses)")
    ap.add_argument("--updates", type=int, default=0, help="stop after this update (0 = all)")
    ap.add_argument("--scores", help="write the attention probe per update here (JSON lines)")
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(1)
    if args.probe:
        return probe_models(args.probe, args.batches, args.probe_batches)
    if not args.checkpoint:
        sys.exit("--checkpoint is needed to replay")

    train, config = train_config(args.checkpoint), model_config(args.checkpoint)
    if float(config["dropout"]) != 0:
        sys.exit("the nmt run must have --dropout 0 (its masks cannot be replayed)")
    counters, tensors = checkpoint_file(args.checkpoint)
    model = build_model(config)
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.Adam(params, lr=0.0, betas=(0.9, 0.98), eps=1e-9)
    load(model, optimizer, tensors, counters)
    peak, warmup = float(train["lr"]), int(train["warmup"])
    smoothing, clip = float(train["label_smoothing"]), float(train["clip_norm"])

    nmt_loss = {}
    if args.nmt_log:
        for line in open(args.nmt_log):
            row = json.loads(line)
            if row.get("event") == "train":
                nmt_loss[row["update"]] = row["loss"]
    scores = open(args.scores, "w") if args.scores else None
    print("update  nmt_loss  torch_loss  difference")
    for update, src, tgt_in, tgt_out in read_batches(args.batches, args.updates):
        if scores and model.attention is not None:
            spread, entropy, on_eos, loud, static = attention_probe(model, src, tgt_in)
            scores.write(json.dumps({"update": update, "score_std": spread,
                                     "entropy_ratio": entropy, "weight_on_eos": on_eos,
                                     "top_key_norm": loud, "static_share": static}) + "\n")
        tokens = int((tgt_out != PAD).sum())
        logits = model(src, tgt_in)
        loss = F.cross_entropy(logits.reshape(-1, logits.shape[-1]), tgt_out.reshape(-1),
                               ignore_index=PAD, label_smoothing=smoothing,
                               reduction="sum") / tokens
        optimizer.zero_grad()
        loss.backward()
        if clip > 0:
            torch.nn.utils.clip_grad_norm_(params, clip)
        for group in optimizer.param_groups:
            group["lr"] = lr_at(update, peak, warmup)
        optimizer.step()
        theirs = nmt_loss.get(update)
        print("%6d  %8s  %10.5f  %s" % (
            update, "%.5f" % theirs if theirs is not None else "-", loss.item(),
            "%+.5f" % (loss.item() - theirs) if theirs is not None else "-"), flush=True)


if __name__ == "__main__":
    main()
