// Fuzz target: the jieba-format dictionary reader (Lexicon::load_file) on arbitrary bytes: it loads
// the file or throws zz::Error(data) naming it; never a crash, a hang or another exception.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "fuzz_check.hpp"
#include "zzreport/segment/lexicon.hpp"
#include "zzreport/text/error.hpp"

namespace {

/// One scratch file per fuzzing process, rewritten for every input, removed at exit.
struct ScratchFile {
  std::string path = "/tmp/zz-fuzz-lexicon-" + std::to_string(::getpid()) + ".txt";
  ~ScratchFile() { std::remove(path.c_str()); }
};

const std::string& scratch_path() {
  static const ScratchFile file;
  return file.path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace zz;
  const std::string& path = scratch_path();
  std::FILE* f = std::fopen(path.c_str(), "wb");
  fuzz::check(f != nullptr, "cannot create the scratch file");
  fuzz::check(std::fwrite(data, 1, size, f) == size && std::fclose(f) == 0,
              "cannot write the scratch file");
  segment::Lexicon lexicon;
  try {
    lexicon.load_file(path);
  } catch (const Error& e) {
    fuzz::check(e.kind() == ErrorKind::data && e.file() == path,
                "dictionary error of the wrong kind or file");
  }
  return 0;
}
