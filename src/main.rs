use std::process::ExitCode;

fn main() -> ExitCode {
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
