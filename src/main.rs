use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    cooptrade::cli::main().await
}
