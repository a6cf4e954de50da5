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
#include <utility>  // std::exchange
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

/// A failed write to standard output (a full disk, a closed pipe); streams keep errno.
Error stdout_error() {
  return Error(ErrorKind::output, errno != 0 ? std::strerror(errno) : "cannot write",
               "standard output");
}

}  // namespace

Sink::Sink(std::string path, std::ostream& stdout_stream) : path_(std::move(path)) {
  if (path_.empty() || path_ == "-") {
    stream_ = &stdout_stream;
    return;
  }
  // A FIFO or a device (-o /dev/stdout, a named pipe) is written in place: renaming a file over it
  // would replace the pipe or device node instead of writing to it.
  struct stat info {};
  if (::stat(path_.c_str(), &info) == 0 && !S_ISREG(info.st_mode) && !S_ISDIR(info.st_mode)) {
    fd_ = ::open(path_.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd_ < 0)
      throw Error(ErrorKind::output, std::string("cannot write: ") + std::strerror(errno), path_);
    return;
  }
  std::string pattern = path_ + ".zzreport-XXXXXX";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  fd_ = ::mkstemp(name.data());
  if (fd_ < 0)
    throw Error(ErrorKind::output, std::string("cannot write: ") + std::strerror(errno), path_);
  temp_path_ = name.data();
}

Sink::~Sink() {
  if (fd_ >= 0) ::close(fd_);
  if (!temp_path_.empty()) ::unlink(temp_path_.c_str());
}

void Sink::write(std::string_view text) {
  if (stream_ != nullptr) {
    errno = 0;
    stream_->write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!*stream_) throw stdout_error();
    return;
  }
  write_all(fd_, text, path_);
}

void Sink::commit() {
  if (stream_ != nullptr) {
    errno = 0;
    stream_->flush();
    if (!*stream_) throw stdout_error();
    return;
  }
  if (temp_path_.empty()) {  // a pipe or device, written in place
    int fd = std::exchange(fd_, -1);
    if (fd >= 0 && ::close(fd) != 0) throw Error(ErrorKind::output, std::strerror(errno), path_);
    return;
  }
  int fd = std::exchange(fd_, -1);
  if (::fchmod(fd, 0644) != 0 || ::fsync(fd) != 0) {
    int saved = errno;
    ::close(fd);
    throw Error(ErrorKind::output, std::strerror(saved), path_);
  }
  if (::close(fd) != 0) throw Error(ErrorKind::output, std::strerror(errno), path_);
  if (::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    int saved = errno;
    ::unlink(temp_path_.c_str());
    temp_path_.clear();
    throw Error(ErrorKind::output, std::strerror(saved), path_);
  }
  temp_path_.clear();
}

}  // namespace zz::cli
