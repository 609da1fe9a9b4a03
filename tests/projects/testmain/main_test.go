package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

var loud = flag.Bool("loud", false, "shout")

func TestMain(m *testing.M) {
	flag.Parse()
	fmt.Println("setup, loud =", *loud)
	code := m.Run()
	fmt.Println("teardown, code", code)
	os.Exit(code)
}

func TestName(t *testing.T) {
	if got := name(); got != "world" {
		t.Errorf("name() = %q", got)
	}
	t.Setenv("GREET_NAME", "gopher")
	if got := name(); got != "gopher" {
		t.Errorf("with GREET_NAME: name() = %q", got)
	}
}

func TestEnvRestored(t *testing.T) {
	if v, ok := os.LookupEnv("GREET_NAME"); ok {
		t.Fatalf("GREET_NAME leaked: %q", v)
	}
}

func TestShort(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short mode")
	}
	t.Log("long test ran;", strings.Repeat("=", 3))
}
