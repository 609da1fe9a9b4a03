module jsoncorpus

go 1.19
