// AnalyzeMany: run_ordered() on a thread of its own, its outcomes queued for the Python iterator.
#include "analyze_many.hpp"

#include <utility>

namespace zz::python {

AnalyzeMany::AnalyzeMany(Engine& engine, std::vector<Source> sources, AnalyzeRequest request,
                         unsigned jobs)
    : engine_(engine), sources_(std::move(sources)), request_(std::move(request)) {
  if (jobs == 0) jobs = pipeline::default_jobs();
  limit_ = 4 * std::size_t{jobs};
  engine_.resources();  // a missing data directory fails here, in the caller, not per document
  runner_ = std::thread([this, jobs] { run(jobs); });
}

AnalyzeMany::~AnalyzeMany() {
  {
    std::lock_guard lock(mutex_);
    cancelled_ = true;
  }
  changed_.notify_all();
  runner_.join();
}

void AnalyzeMany::run(unsigned jobs) {
  std::size_t issued = 0;
  pipeline::NextTask next = [&]() -> std::optional<pipeline::Task> {
    {
      std::lock_guard lock(mutex_);
      if (cancelled_ || issued == sources_.size()) return std::nullopt;
    }
    const Source& source = sources_[issued++];
    return pipeline::Task([this, &source] { return engine_.analyze(source, request_); });
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

std::optional<pipeline::Outcome> AnalyzeMany::next() {
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
