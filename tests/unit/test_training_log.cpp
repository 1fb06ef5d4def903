// The training curves' JSON lines (train/training_log.h) and the page that
// embeds them (viz/curves_page.h): exact lines, a resume keeps the lines up
// to its checkpoint, the page refuses a line that is not an object and
// cannot be closed early by a "</script>" in the data.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "base/error.h"
#include "train/training_log.h"
#include "viz/curves_page.h"

using namespace nmt;

namespace {

std::string read(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace

TEST_CASE("training log lines are exact JSON objects") {
  ProgressLine p;
  p.update = 100;
  p.epoch = 2;
  p.elapsed_s = 12.5;
  p.loss = 6.125;
  p.nll = std::log(310.0);
  p.lr = 1.25e-5;
  p.grad_norm = 1.2;
  p.tokens_per_s = 2400;
  CHECK(progress_json(p) ==
        "{\"event\":\"train\",\"update\":100,\"epoch\":2,\"time_s\":12.5,\"loss\":6.125,"
        "\"ppl\":310,\"lr\":1.25e-05,\"grad_norm\":1.2,\"tokens_per_s\":2400}");
  ValidationResult r;
  r.loss = 4.1;
  r.perplexity = NAN;
  r.bleu = 12.34;
  r.chrf = 40.1;
  CHECK(validation_json(1000, 130.25, r, true) ==
        "{\"event\":\"valid\",\"update\":1000,\"time_s\":130.25,\"loss\":4.1,\"ppl\":null,"
        "\"bleu\":12.34,\"chrf\":40.1,\"best\":true}");
}

TEST_CASE("a resumed training log keeps the lines up to the checkpoint") {
  const std::string model = "test_training_log_model.nmt";
  ProgressLine p;
  {
    TrainingLog log(model, 0);
    for (int64_t u : {2, 4, 6, 8}) {
      p.update = u;
      log.progress(p);
    }
    log.validation(6, 1.0, ValidationResult(), true);
  }
  {
    std::ofstream cut(training_log_path(model), std::ios::app);
    cut << "{\"event\":\"train\",\"update\":5,\"cu";  // a line cut by a kill
  }
  TrainingLog resumed(model, 6);
  const std::string text = read(training_log_path(model));
  CHECK(text.find("\"update\":4,") != std::string::npos);
  CHECK(text.find("\"event\":\"valid\",\"update\":6,") != std::string::npos);
  CHECK(text.find("\"update\":8,") == std::string::npos);
  CHECK(text.find("\"cu") == std::string::npos);
  resumed.write_page();
  const std::string page = read(curves_page_path(model));
  CHECK(page.find("http-equiv=\"refresh\"") != std::string::npos);
  CHECK(page.find("\"update\":6") != std::string::npos);
  TrainingLog fresh(model, 0);
  CHECK(read(training_log_path(model)).empty());
  std::remove(training_log_path(model).c_str());
  std::remove(curves_page_path(model).c_str());
}

TEST_CASE("the curves page refuses non-objects and escapes </script>") {
  CHECK_THROWS_WITH(viz::training_curves_html({{"run.jsonl", "{\"update\":1}\n\nnot json\n"}}),
                    "run.jsonl:3: not a JSON object");
  const std::string page =
      viz::training_curves_html({{"a</script>b", "{\"note\":\"</script><b>\"}\n"}});
  CHECK(page.find("</script><b>") == std::string::npos);
  CHECK(page.find("<\\/script><b>") != std::string::npos);
  CHECK(page.find("http-equiv") == std::string::npos);  // no refresh unless asked
  size_t scripts = 0;
  for (size_t p = page.find("</script>"); p != std::string::npos; p = page.find("</script>", p + 1))
    ++scripts;
  CHECK(scripts == 2);  // the data's and the program's, nothing from the data
}
