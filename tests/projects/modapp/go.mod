module example.com/modapp

go 1.19
