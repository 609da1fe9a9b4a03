module example.com/libcheck

go 1.19
