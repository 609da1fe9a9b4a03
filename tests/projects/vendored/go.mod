module example.com/vendored

go 1.19

require example.org/greet v1.2.0

replace example.com/mathx => ./mathx

require example.com/mathx v0.0.0
