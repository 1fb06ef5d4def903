#include "eval/signature.h"

namespace nmt::eval {

std::string Signature::text(bool short_form) const {
  std::string out;
  for (const SignatureField& f : fields) {
    if (!out.empty()) out += '|';
    out += (short_form ? f.short_key : f.key) + ":" + f.value;
  }
  return out;
}

}  // namespace nmt::eval
