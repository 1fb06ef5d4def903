"""Pair the verses of one book in two translations.

Does: a length-based alignment (Gale & Church 1993) of the two verse lists of
a book, searched in a band around equal verse slots, keeping only one-to-one
pairs. Does not: read or clean text.

Why not just pair equal references: RV1909 keeps its own versification
inside the KJV slots, so some chapters are shifted (RV Numbers 13:1 is
English 12:16, and the shifted chapter's last slot holds two verses) and
some verses are merged into their neighbour (RV Acts 19:40 holds 19:40-41).
Pairing by slot would put the wrong sentences side by side; the alignment
finds the shift and turns merges into 2-1 beads, which are dropped.

Lengths alone cannot tell a shift in poetry, where verses are all about as
long, so a bead also pays for how little the two sides share of their
Strong's numbers (the lemma tags that KJV and RV1909 carry on nearly every
word): parallel verses share most, neighbours almost none.
"""

import math

# Bead (A verses, B verses) -> prior probability, as in Gale & Church
# (their rare 2-2 bead is left out: it only costs time here).
BEADS = ((1, 1, 0.89), (1, 0, 0.0099 / 2), (0, 1, 0.0099 / 2), (2, 1, 0.089 / 2), (1, 2, 0.089 / 2))
BAND = 8  # how far (in verse slots) a pair may stray from equal slots
# Nats charged to a 1-1 pair of unequal slots: a new shift must be paid for
# by length evidence, while continuing a shift (a whole renumbered chapter)
# is nearly free.
SHIFT_START_COST = 8.0
SHIFT_KEEP_COST = 0.1
MAX_COST = 60.0
# Length cost of a verse left unpaired (1-0, 0-1): comparing a length with
# zero would make it huge, but a verse missing from one text is not rare.
INDEL_COST = 4.0
# States costlier than the best with as many A verses consumed by more than
# this are not extended: a beam that keeps the search to a few seconds.
PRUNE = 25.0
MIN_SHIFT_RUN = 4
# Strong's term of a bead: STRONG_WEIGHT * (STRONG_PIVOT - Dice overlap).
# Slot-matched KJV/RV1909 verses overlap by 0.91 (median), neighbours by 0.12.
STRONG_WEIGHT = 10.0
STRONG_PIVOT = 0.45


def fit_length_model(pairs):
    """(c, s2) for lengths of slot-matched verses: B ~ c*A, var ~ s2*A."""
    total_a = sum(a for a, _ in pairs)
    total_b = sum(b for _, b in pairs)
    c = total_b / total_a
    z = sorted(((b - c * a) / math.sqrt(a)) for a, b in pairs if a > 0)
    med = z[len(z) // 2]
    mad = sorted(abs(x - med) for x in z)[len(z) // 2]
    return c, max((1.4826 * mad) ** 2, 1.0)


def length_cost(la, lb, c, s2):
    delta = abs(lb - la * c) / math.sqrt((la + lb / c) * s2 / 2)
    p = math.erfc(delta * 0.7071067811865476)
    return MAX_COST if p <= 1e-26 else -math.log(p)


def _strong_cost(a_sets, b_sets):
    a = a_sets[0] if len(a_sets) == 1 else a_sets[0] | a_sets[1]
    b = b_sets[0] if len(b_sets) == 1 else b_sets[0] | b_sets[1]
    if not a or not b:
        return 0.0
    return STRONG_WEIGHT * (STRONG_PIVOT - 2.0 * len(a & b) / (len(a) + len(b)))


def _prefix(xs):
    out = [0]
    for x in xs:
        out.append(out[-1] + x)
    return out


def align(a_slots, a_lens, a_sets, b_slots, b_lens, b_sets, model):
    """One book: verse slot numbers (increasing), lengths and Strong's sets.

    Returns [(i, j, cost)] for the 1-1 beads, i into A and j into B; cost is
    the bead's length cost in nats (large when the lengths disagree).
    """
    c, s2 = model
    n, m = len(a_lens), len(b_lens)
    pa, pb = _prefix(a_lens), _prefix(b_lens)
    # best[i][j] = (total cost, back-pointer i, j, bead length cost, offset)
    best = [dict() for _ in range(n + 1)]
    best[0][0] = (0.0, -1, -1, 0.0, 0)
    for i in range(n + 1):
        row = best[i]
        cutoff = min(v[0] for v in row.values()) + PRUNE if row else 0.0
        for j in sorted(row):
            total, _, _, _, last_offset = row[j]
            if total > cutoff:
                continue
            for da, db, prior in BEADS:
                ni, nj = i + da, j + db
                if ni > n or nj > m:
                    continue
                if ni < n and nj < m and abs(a_slots[ni] - b_slots[nj]) > BAND:
                    continue
                la, lb = pa[ni] - pa[i], pb[nj] - pb[j]
                if la and lb:
                    length = length_cost(la, lb, c, s2)
                    step = length - math.log(prior) + _strong_cost(a_sets[i:ni], b_sets[j:nj])
                else:
                    length = INDEL_COST
                    step = length - math.log(prior)
                offset = 0
                if da == 1 and db == 1:
                    offset = a_slots[i] - b_slots[j]
                    if offset:
                        step += SHIFT_KEEP_COST if offset == last_offset else SHIFT_START_COST
                new = total + step
                old = best[ni].get(nj)
                if old is None or new < old[0]:
                    best[ni][nj] = (new, i, j, length, offset)
    if m not in best[n]:
        return []
    pairs = []
    i, j = n, m
    while i > 0 or j > 0:
        _, pi, pj, length, _ = best[i][j]
        if i - pi == 1 and j - pj == 1:
            pairs.append((pi, pj, length))
        i, j = pi, pj
    pairs.reverse()
    return pairs


def drop_short_shifts(beads, a_slots, b_slots):
    """Drop runs of fewer than MIN_SHIFT_RUN consecutive pairs shifted by the
    same offset: a renumbered chapter shifts many verses, while a short
    shifted run is the search trading one length mismatch for another."""
    out, run, run_offset = [], [], 0
    for bead in beads + [None]:
        offset = a_slots[bead[0]] - b_slots[bead[1]] if bead else 0
        if run and (offset != run_offset or bead is None or bead[0] != run[-1][0] + 1):
            if len(run) >= MIN_SHIFT_RUN:
                out.extend(run)
            run = []
        if bead is None:
            break
        if offset:
            run.append(bead)
            run_offset = offset
        else:
            out.append(bead)
    return out
