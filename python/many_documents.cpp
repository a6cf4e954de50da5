// ManyDocuments: run_ordered() on a thread of its own, its outcomes queued for the Python iterator.
#include "many_documents.hpp"

#include <utility>

namespace zz::python {

ManyDocuments::ManyDocuments(std::vector<Source> sources, Render render, unsigned jobs)
    : sources_(std::move(sources)), render_(std::move(render)) {
  if (jobs == 0) jobs = pipeline::default_jobs();
  limit_ = 4 * std::size_t{jobs};
  runner_ = std::thread([this, jobs] { run(jobs); });
}

ManyDocuments::~ManyDocuments() {
  {
    std::lock_guard lock(mutex_);
    cancelled_ = true;
  }
  changed_.notify_all();
  runner_.join();
}

void ManyDocuments::run(unsigned jobs) {
  std::size_t issued = 0;
  pipeline::NextTask next = [&]() -> std::optional<pipeline::Task> {
    {
      std::lock_guard lock(mutex_);
      if (cancelled_ || issued == sources_.size()) return std::nullopt;
    }
    const Source& source = sources_[issued++];
    return pipeline::Task([this, &source] { return render_(source); });
  };
  pipeline::EmitOutcome emit = [&](std::size_t, pipeline::Outcome& outcome) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return cancelled_ || ready_.size() < limit_; });
    if (cancelled_) return;
    ready_.push_back(std::move(outcome));
    changed_.notify_all();
  };
  std::exception_ptr failure;
  try {
    pipeline::run_ordered(next, emit, {jobs, 0});
  } catch (...) {
    failure = std::current_exception();
  }
  std::lock_guard lock(mutex_);
  failure_ = failure;
  finished_ = true;
  changed_.notify_all();
}

std::optional<pipeline::Outcome> ManyDocuments::next() {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return !ready_.empty() || finished_; });
  if (!ready_.empty()) {
    pipeline::Outcome outcome = std::move(ready_.front());
    ready_.pop_front();
    changed_.notify_all();
    return outcome;
  }
  if (failure_) std::rethrow_exception(std::exchange(failure_, nullptr));
  return std::nullopt;
}

}  // namespace zz::python
