// nmt-align's options, declared once (base/options.h): the inputs and
// outputs, how links are read from the attention (method, layer, head), the
// reports and pictures, and the rows it shares with nmt-translate (beam,
// length penalty, output length, batch, input limit, precision) taken from
// decode/decode_options.h. apps/nmt-align turns the table into its flags.
// Not here: running the alignment (align_run.h), CLI11.
#pragma once

#include "align/align_run.h"
#include "base/options.h"

namespace nmt {

// In the order --help lists them.
const OptionTable<AlignConfig>& align_options();

}  // namespace nmt
