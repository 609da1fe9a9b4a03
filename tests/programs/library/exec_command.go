// os/exec: Output, CombinedOutput, Run with Stdin/Stdout/Stderr, Env and Dir, ExitError (exit
// codes, a signal, captured stderr), ErrNotFound and LookPath.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
)

func main() {
	out, err := exec.Command("echo", "hello", "world").Output()
	fmt.Printf("%q %v\n", out, err)
	out, err = exec.Command("sh", "-c", "echo out; echo err >&2; exit 3").CombinedOutput()
	fmt.Printf("%q %v\n", out, err)
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		fmt.Println("exit code", ee.ExitCode(), ee.Exited(), ee.Success(), ee.String())
	}
	cmd := exec.Command("cat")
	cmd.Stdin = strings.NewReader("piped input\n")
	var so, se bytes.Buffer
	cmd.Stdout = &so
	cmd.Stderr = &se
	fmt.Println(cmd.Run(), so.String(), se.Len())
	_, err = exec.Command("definitely-not-a-command-xyz").Output()
	fmt.Println(err, errors.Is(err, exec.ErrNotFound))
	cmd = exec.Command("sh", "-c", "echo $FOO; pwd")
	cmd.Env = append(os.Environ(), "FOO=bar")
	cmd.Dir = "/"
	out, err = cmd.Output()
	fmt.Printf("%q %v\n", out, err)
	out, err = exec.Command("sh", "-c", "kill -9 $$").Output()
	fmt.Printf("%q %v\n", out, err)
	_, err = exec.Command("sh", "-c", "echo oops >&2; exit 1").Output()
	if errors.As(err, &ee) {
		fmt.Printf("stderr %q\n", ee.Stderr)
	}
	lp, err := exec.LookPath("sh")
	fmt.Println(lp != "", err)
	fmt.Println(exec.Command("ls", "-l").String() != "")
}
