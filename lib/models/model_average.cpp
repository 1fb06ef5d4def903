#include "models/model_average.h"

#include <sstream>

#include "base/error.h"
#include "models/saved_model.h"

namespace nmt {
namespace {

// The first line where two config texts differ, for the message.
std::string first_difference(const std::string& a, const std::string& b) {
  std::istringstream in_a(a), in_b(b);
  std::string line_a, line_b;
  while (true) {
    const bool more_a = static_cast<bool>(std::getline(in_a, line_a));
    const bool more_b = static_cast<bool>(std::getline(in_b, line_b));
    if (!more_a && !more_b) return "?";
    if (!more_a) line_a = "(nothing)";
    if (!more_b) line_b = "(nothing)";
    if (line_a != line_b) return line_a + " vs " + line_b;
  }
}

// Running sums of parameters, one double per element.
class ParameterSums {
 public:
  void add(const ModelFile& model, const std::string& name) {
    if (count_ == 0) {
      first_ = model;
      first_name_ = name;
      for (const NamedTensor& t : model.parameters)
        sums_.emplace_back(t.value.data(), t.value.data() + t.value.numel());
    } else {
      check_compatible(model, name);
      for (size_t i = 0; i < sums_.size(); ++i) {
        const float* v = model.parameters[i].value.data();
        for (size_t j = 0; j < sums_[i].size(); ++j) sums_[i][j] += v[j];
      }
      first_.metadata = model.metadata;
    }
    names_.push_back(name);
    ++count_;
  }

  bool empty() const { return count_ == 0; }

  ModelFile mean() const {
    NMT_CHECK(count_ > 0, "nothing to average: give at least one model file");
    ModelFile out = first_;
    for (size_t i = 0; i < sums_.size(); ++i) {
      Tensor value = out.parameters[i].value.clone();
      float* v = value.data();
      for (size_t j = 0; j < sums_[i].size(); ++j)
        v[j] = static_cast<float>(sums_[i][j] / static_cast<double>(count_));
      out.parameters[i].value = value;
    }
    std::string from;
    for (const std::string& name : names_) from += (from.empty() ? "" : ", ") + name;
    out.metadata["averaged_from"] = from;
    return out;
  }

 private:
  void check_compatible(const ModelFile& model, const std::string& name) const {
    const std::string against = " than " + first_name_ + " (cannot average)";
    NMT_CHECK(model.config_text == first_.config_text, name, ": another architecture", against,
              ": ", first_difference(first_.config_text, model.config_text));
    NMT_CHECK(model.spm_source == first_.spm_source && model.target_spm() == first_.target_spm(),
              name, ": another vocabulary (SentencePiece model)", against);
    NMT_CHECK(model.parameters.size() == first_.parameters.size(), name, ": ",
              model.parameters.size(), " parameters, not ", first_.parameters.size(), against);
    for (size_t i = 0; i < sums_.size(); ++i) {
      const NamedTensor& mine = model.parameters[i];
      const NamedTensor& theirs = first_.parameters[i];
      NMT_CHECK(mine.name == theirs.name && mine.value.shape() == theirs.value.shape(), name,
                ": parameter ", mine.name, " ", mine.value.shape().to_string(), " where ",
                first_name_, " has ", theirs.name, " ", theirs.value.shape().to_string(),
                " (cannot average)");
    }
  }

  ModelFile first_;
  std::string first_name_;
  std::vector<std::vector<double>> sums_;  // parallel to first_.parameters
  std::vector<std::string> names_;
  size_t count_ = 0;
};

}  // namespace

ModelFile average_model_files(const std::vector<ModelFile>& models,
                              const std::vector<std::string>& names) {
  NMT_CHECK(models.size() == names.size(), "average_model_files: ", models.size(), " models but ",
            names.size(), " names");
  ParameterSums sums;
  for (size_t i = 0; i < models.size(); ++i) sums.add(models[i], names[i]);
  return sums.mean();
}

void average_model_paths(const std::vector<std::string>& inputs, const std::string& output) {
  ParameterSums sums;
  for (const std::string& path : inputs) {
    ModelFile model = load_model_file(path);
    if (sums.empty()) {
      // The others must match the first, so the first must load as a model:
      // an average of a damaged file would fail only when someone used it.
      NMT_CHECK(model.quantized.empty(), path,
                ": an int8 model file (nmt-quantize): average the float32 models, then quantize");
      saved_model_from(model, path);
    }
    sums.add(model, path);
  }
  save_model_file(output, sums.mean());
}

}  // namespace nmt
