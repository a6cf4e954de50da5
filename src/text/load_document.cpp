// load_document() and read_file(): the zz_text pipeline from bytes to a structured Document.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "duplicates.hpp"
#include "metadata.hpp"
#include "stray_latin.hpp"
#include "structure.hpp"
#include "zzreport/text/decode.hpp"
#include "zzreport/text/document.hpp"
#include "zzreport/text/error.hpp"
#include "zzreport/text/normalize.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::text {

Document load_document(std::string_view bytes, std::string path, const LoadOptions& options) {
  Document doc;
  doc.path = std::move(path);
  doc.bytes = bytes.size();
  DecodedText decoded;
  try {
    decoded = decode(bytes, {options.encoding});
  } catch (const Error& e) {
    throw e.with_file(doc.path);
  }
  doc.encoding = std::move(decoded.encoding);
  doc.original = std::move(decoded.utf8);
  doc.original_chars = utf8::count_code_points(doc.original);

  Normalized normalized = normalize(doc.original);
  doc.text = std::move(normalized.text);
  doc.map = std::move(normalized.map);
  doc.title = std::move(normalized.title);
  doc.source = std::move(normalized.source);
  doc.warnings = std::move(normalized.warnings);
  build_structure(doc, normalized.markup);
  read_metadata(doc, options.regions);
  if (options.text_checks) {
    find_duplicates(doc);
    find_stray_latin(doc);
  }
  std::stable_sort(
      doc.warnings.begin(), doc.warnings.end(), [](const Warning& a, const Warning& b) {
        return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end < b.span.end;
      });
  return doc;
}

namespace {

/// Reads a descriptor to its end; returns false with errno set on failure.
bool read_all(int fd, std::string& bytes) {
  char buffer[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n == 0) return true;
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    bytes.append(buffer, static_cast<std::size_t>(n));
  }
}

}  // namespace

std::string read_file(const std::string& path) {
  std::string bytes;
  if (path == "-") {
    if (!read_all(STDIN_FILENO, bytes)) throw Error(ErrorKind::input, std::strerror(errno), "-");
    return bytes;
  }
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw Error(ErrorKind::input, std::strerror(errno), path);
  struct stat info {};
  if (::fstat(fd, &info) == 0) {
    if (S_ISDIR(info.st_mode)) {
      ::close(fd);
      throw Error(ErrorKind::input, "is a directory", path);
    }
    if (S_ISREG(info.st_mode)) bytes.reserve(static_cast<std::size_t>(info.st_size));
  }
  bool ok = read_all(fd, bytes);
  int saved = errno;
  ::close(fd);
  if (!ok) throw Error(ErrorKind::input, std::strerror(saved), path);
  return bytes;
}

}  // namespace zz::text
