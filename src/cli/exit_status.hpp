// Exit codes of zzreport, and the mapping from an error kind to one.
#pragma once

#include "zzreport/text/error.hpp"

namespace zz::cli {

enum ExitStatus : int {
  kExitOk = 0,
  kExitInput = 1,     ///< an input could not be read, decoded or written (also output errors)
  kExitUsage = 2,     ///< bad command line
  kExitInternal = 3,  ///< a bug or an unexpected library failure
};

inline ExitStatus exit_status_for(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::usage:
      return kExitUsage;
    case ErrorKind::internal:
      return kExitInternal;
    case ErrorKind::input:
    case ErrorKind::data:
    case ErrorKind::output:
      return kExitInput;
  }
  return kExitInternal;
}

}  // namespace zz::cli
