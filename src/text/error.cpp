// zz::Error: formatting of the one-line error message.
#include "zzreport/text/error.hpp"

#include <utility>

namespace zz {

Error::Error(ErrorKind kind, std::string reason, std::string file, std::string where)
    : std::runtime_error(std::move(reason)),
      kind_(kind),
      file_(std::move(file)),
      where_(std::move(where)) {}

std::string Error::message() const {
  std::string line;
  if (!file_.empty()) line += file_ + ": ";
  line += what();
  if (!where_.empty()) line += " (" + where_ + ")";
  return line;
}

Error Error::with_file(std::string file) const {
  return Error(kind_, what(), std::move(file), where_);
}

}  // namespace zz
