// nmt-quantize: writes a model file with int8 weights (models/quantize_model.h)
// and, from the training corpus, a vocabulary shortlist
// (models/output_shortlist.h); nmt-translate and nmt-align load it like any model.
#include <filesystem>
#include <fstream>
#include <iostream>

#include "common/app.h"
#include "common/options_cli.h"
#include "decode/decode_options.h"
#include "io/model_file.h"
#include "models/output_shortlist.h"
#include "models/quantize_model.h"
#include "models/saved_model.h"

namespace {

struct Flags {
  std::string input, output;
  nmt::Precision precision = nmt::Precision::Int8;
  std::string shortlist_src, shortlist_tgt;
  nmt::ShortlistSizes sizes;
};

// Every line of path, encoded with pieces.
std::vector<std::vector<int>> encode_lines(const std::string& path,
                                           const nmt::SentencePieceModel& pieces) {
  std::ifstream in(path, std::ios::binary);
  NMT_CHECK(in.good(), path, ": cannot open for reading");
  std::vector<std::vector<int>> out;
  for (std::string line; std::getline(in, line);) out.push_back(pieces.encode(line));
  NMT_CHECK(!in.bad(), path, ": read error");
  return out;
}

nmt::ShortlistTable shortlist_of(const Flags& flags, const nmt::SavedModel& model) {
  const auto src = encode_lines(flags.shortlist_src, *model.pieces.src);
  const auto tgt = encode_lines(flags.shortlist_tgt, *model.pieces.tgt);
  NMT_CHECK(src.size() == tgt.size(), flags.shortlist_tgt, ": ", tgt.size(), " lines but ",
            flags.shortlist_src, " has ", src.size());
  return nmt::build_shortlist(src, tgt, model.config.src_vocab, model.config.tgt_vocab,
                              flags.sizes);
}

int quantize(const Flags& flags) {
  NMT_CHECK(flags.shortlist_src.empty() == flags.shortlist_tgt.empty(),
            "--shortlist-src and --shortlist-tgt go together");
  const nmt::SavedModel model = nmt::load_saved_model(flags.input);  // all of it must load
  nmt::ModelFile file = nmt::load_model_file(flags.input);
  if (flags.precision == nmt::Precision::Int8) {
    file = nmt::quantize_model_file(file);
    file.metadata["precision"] = "int8";
  }
  if (!flags.shortlist_src.empty()) file.shortlist = shortlist_of(flags, model);
  nmt::save_model_file(flags.output, file);
  const auto in = std::filesystem::file_size(flags.input);
  const auto out = std::filesystem::file_size(flags.output);
  std::cout << flags.output << ": " << file.quantized.size() << " int8 tensors, "
            << file.parameters.size() << " float32";
  if (!file.shortlist.empty())
    std::cout << ", shortlist of " << file.shortlist.frequent.size() << " frequent ids + up to "
              << flags.sizes.per_source << " per source id";
  std::cout << "; " << out << " bytes ("
            << static_cast<int>(100.0 * static_cast<double>(out) / static_cast<double>(in) + 0.5)
            << "% of " << in << ")\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App cli{"nmt-quantize: write a model file with int8 weights and/or a vocabulary shortlist"};
  nmt::app::last_value_wins(cli);
  nmt::app::CommonFlags common;
  nmt::app::add_common_flags(cli, common);
  Flags flags;
  cli.add_option("input", flags.input, "Model file from nmt-train")->required();
  cli.add_option("output", flags.output, "Model file to write (atomically)")->required();
  const nmt::OptionTable<Flags> precision = {
      nmt::precision_option(&Flags::precision, "Weights in the new file: int8 or fp32")};
  nmt::app::OptionFlags options;
  options.add(cli, precision, flags);
  cli.add_option("--shortlist-src", flags.shortlist_src,
                 "Training source text: build a vocabulary shortlist from it and --shortlist-tgt");
  cli.add_option("--shortlist-tgt", flags.shortlist_tgt, "Training target text (line-aligned)");
  cli.add_option("--shortlist-per-source", flags.sizes.per_source,
                 "Target pieces kept per source piece (most co-occurring)")
      ->check(CLI::Range(1, 1000000));
  cli.add_option("--shortlist-frequent", flags.sizes.frequent,
                 "Most frequent target pieces always in the shortlist")
      ->check(CLI::Range(0, 1000000));
  return nmt::app::run("nmt-quantize", cli, common, argc, argv, [&] {
    options.apply();
    return quantize(flags);
  });
}
