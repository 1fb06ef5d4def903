// nmt-info: what a model or checkpoint file is (family, sizes, parameters,
// vocabularies, training), as text or JSON; for a damaged or foreign file,
// what is wrong and which parts survive. The work is models/model_info.h.
#include <iostream>
#include <string>

#include "common/app.h"
#include "models/model_info.h"

int main(int argc, char** argv) {
  CLI::App cli{"Describe an nmt model or checkpoint file, or say what is wrong with it"};
  nmt::app::CommonFlags common;
  nmt::app::add_common_flags(cli, common);
  std::string path;
  bool json = false;
  cli.add_option("file", path, "MODEL.nmt, MODEL.nmt.ckpt, or any file to check")->required();
  cli.add_flag("--json", json, "One JSON object instead of text");
  return nmt::app::run("nmt-info", cli, common, argc, argv, [&] {
    const nmt::FileInfo info = nmt::describe_file(path);
    std::cout << (json ? nmt::info_json(info) : nmt::info_text(info)) << std::flush;
    if (info.sound) return 0;
    std::cerr << "nmt-info: error: " << path << ": " << info.problem << "\n";
    return 1;
  });
}
