use std::process::ExitCode;

/// mimalloc instead of glibc's allocator, whose malloc and free were a large share of the server's
/// CPU; `override` serves SQLite's C allocations too, and `no_thp` keeps idle memory low
/// (docs/benchmarks.md has the measurements in its history).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // SQLite counts every allocation under a global mutex for statistics nothing here reads; this
    // must be set before SQLite initializes, which it does when the first connection opens.
    // SAFETY: no SQLite connection exists yet and no other thread runs; the option takes one int.
    unsafe {
        libsqlite3_sys::sqlite3_config(libsqlite3_sys::SQLITE_CONFIG_MEMSTATUS, 0);
    }
    // Workers look at the shared queue every other task instead of every 31st: the tasks SQLite's
    // threads wake (the group-commit writer's statements) land there, behind local HTTP tasks.
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
