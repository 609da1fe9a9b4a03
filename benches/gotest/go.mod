module deferc.dev/benches/gotest

go 1.19
