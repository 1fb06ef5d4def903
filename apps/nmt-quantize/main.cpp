// nmt-quantize: writes a model file with int8 weights (models/quantize_model.h)
// that nmt-translate and nmt-align load like any model.
#include <filesystem>
#include <iostream>

#include "common/app.h"
#include "io/model_file.h"
#include "models/quantize_model.h"
#include "models/saved_model.h"

namespace {

struct Flags {
  std::string input, output;
};

int quantize(const Flags& flags) {
  nmt::load_saved_model(flags.input);  // the whole model must load, not only the file
  nmt::ModelFile file = nmt::quantize_model_file(nmt::load_model_file(flags.input));
  file.metadata["precision"] = "int8";
  nmt::save_model_file(flags.output, file);
  const auto in = std::filesystem::file_size(flags.input);
  const auto out = std::filesystem::file_size(flags.output);
  std::cout << flags.output << ": " << file.quantized.size() << " int8 tensors, "
            << file.parameters.size() << " float32; " << out << " bytes ("
            << static_cast<int>(100.0 * static_cast<double>(out) / static_cast<double>(in) + 0.5)
            << "% of " << in << ")\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App cli{"nmt-quantize: write a model file with int8 weights"};
  nmt::app::last_value_wins(cli);
  nmt::app::CommonFlags common;
  nmt::app::add_common_flags(cli, common);
  Flags flags;
  cli.add_option("input", flags.input, "Model file (float32) from nmt-train")->required();
  cli.add_option("output", flags.output, "Quantized model file to write (atomically)")->required();
  return nmt::app::run("nmt-quantize", cli, common, argc, argv, [&] { return quantize(flags); });
}
