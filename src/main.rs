use std::process::ExitCode;

/// mimalloc instead of glibc's allocator: on the order benchmark glibc's malloc and free were a
/// fifth of the server's CPU time (2 cores; server CPU per order 1.21-1.47 -> 1.13-1.40 ms on
/// SQLite, 0.86-0.99 -> 0.79-0.89 ms on PostgreSQL). It also takes the place of `malloc` for
/// the C code (`override`): SQLite's own allocations went through glibc and its allocator's
/// mutex (`ledger verify` over 1,000,000 postings on SQLite: 1.66-2.18 -> 1.33-1.59 s). Without
/// transparent huge pages (`no_thp`): with them it kept 38 MB resident at idle against glibc's
/// 24 (now 22).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // SQLite counts every allocation it makes under a global mutex, for statistics nothing here
    // reads (`sqlite3_status`); about a sixth of its thread's time in `ledger verify` over
    // 1,000,000 postings went to that mutex and the count. It must be set before SQLite
    // initializes, which it does when the first connection opens.
    // SAFETY: no SQLite connection exists yet and no other thread runs; the option takes one int.
    unsafe {
        libsqlite3_sys::sqlite3_config(libsqlite3_sys::SQLITE_CONFIG_MEMSTATUS, 0);
    }
    // Workers look at the runtime's shared queue every other task instead of every 31st: the
    // tasks that SQLite's worker threads wake (every statement of the group-commit writer) land
    // there and otherwise wait behind the HTTP tasks queued locally. Measured on the order
    // benchmark, SQLite, 2 cores: 875–886 orders/s with 31, 1,003–1,036 with 2 (and 750 against
    // 879 in two `make bench` runs).
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .global_queue_interval(2)
        .build();
    match runtime {
        Ok(rt) => rt.block_on(cooptrade::cli::main()),
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            ExitCode::FAILURE
        }
    }
}
