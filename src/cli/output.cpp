// Sink: atomic output files (temporary file + fsync + rename) and standard output.
#include "output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ostream>
#include <vector>

#include "zzreport/text/error.hpp"

namespace zz::cli {
namespace {

void write_all(int fd, std::string_view text, const std::string& name) {
  while (!text.empty()) {
    ssize_t n = ::write(fd, text.data(), text.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      throw Error(ErrorKind::output, std::strerror(errno), name);
    }
    text.remove_prefix(static_cast<std::size_t>(n));
  }
}

}  // namespace

Sink::Sink(std::string path, std::ostream& stdout_stream) : path_(std::move(path)) {
  if (path_.empty() || path_ == "-") {
    stream_ = &stdout_stream;
    return;
  }
  std::string pattern = path_ + ".zzreport-XXXXXX";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  fd_ = ::mkstemp(name.data());
  if (fd_ < 0) throw Error(ErrorKind::output, std::string("cannot write: ") + std::strerror(errno), path_);
  temp_path_ = name.data();
}

Sink::~Sink() {
  if (!temp_path_.empty()) {
    ::close(fd_);
    ::unlink(temp_path_.c_str());
  }
}

void Sink::write(std::string_view text) {
  if (stream_ != nullptr) {
    stream_->write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!*stream_) throw Error(ErrorKind::output, "cannot write", "standard output");
    return;
  }
  write_all(fd_, text, path_);
}

void Sink::commit() {
  if (stream_ != nullptr) {
    stream_->flush();
    return;
  }
  if (temp_path_.empty()) return;
  if (::fchmod(fd_, 0644) != 0 || ::fsync(fd_) != 0 || ::close(fd_) != 0) {
    throw Error(ErrorKind::output, std::strerror(errno), path_);
  }
  if (::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    int saved = errno;
    ::unlink(temp_path_.c_str());
    temp_path_.clear();
    throw Error(ErrorKind::output, std::strerror(saved), path_);
  }
  temp_path_.clear();
}

}  // namespace zz::cli
