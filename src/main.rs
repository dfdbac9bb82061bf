use std::process::ExitCode;

/// mimalloc rather than the system allocator: plans, pages and JSON are
/// allocated and freed by the thread that happens to run a request, and
/// glibc's per-thread arenas kept the freed memory (the server grew past
/// 100 MB under the page benchmark; see README, Benchmarks).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    countersign::cli::main()
}
