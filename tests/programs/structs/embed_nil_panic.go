package main

import "fmt"

// Reading a field promoted through a nil embedded pointer is a nil dereference: Go's runtime
// error panic (with the SIGSEGV line), here unrecovered after a deferred call ran.

type Config struct {
	Port int
}

type Server struct {
	*Config
	Name string
}

func (s Server) Addr() string {
	return fmt.Sprintf("%s:%d", s.Name, s.Port)
}

func main() {
	defer fmt.Println("deferred call runs first")
	ok := Server{&Config{80}, "web"}
	fmt.Println(ok.Addr())
	var s Server
	s.Name = "broken"
	fmt.Println(s.Addr())
}
