// env: DEFERC_ENVTEST_GIVEN=from-harness DEFERC_ENVTEST_EMPTY=
// The environment in package os: Getenv, LookupEnv, Setenv (and its errors), Unsetenv,
// Environ's order, Clearenv, Expand and ExpandEnv; UserHomeDir, UserCacheDir, UserConfigDir;
// and the process: Getpid, Getppid, Getuid/Geteuid/Getgid/Getegid, Getpagesize, Hostname,
// Executable (checked against /proc and the file system, not printed). Environ is shown for
// the variables the program sets (the harness may pass its environment in another order).
package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
)

func mine() []string {
	var out []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "DEFERC_ENVSET_") {
			out = append(out, kv)
		}
	}
	return out
}

func main() {
	fmt.Printf("%q\n", os.Getenv("DEFERC_ENVTEST_GIVEN"))
	v, ok := os.LookupEnv("DEFERC_ENVTEST_EMPTY")
	fmt.Printf("%q %v\n", v, ok)
	v, ok = os.LookupEnv("DEFERC_ENVTEST_MISSING")
	fmt.Printf("%q %v\n", v, ok)
	v, ok = syscall.Getenv("DEFERC_ENVTEST_GIVEN")
	fmt.Printf("%q %v\n", v, ok)

	fmt.Println(os.Setenv("DEFERC_ENVSET_A", "1"), os.Setenv("DEFERC_ENVSET_B", "2"), os.Setenv("DEFERC_ENVSET_C", "x=y=z"))
	fmt.Println(mine())
	fmt.Println(os.Setenv("DEFERC_ENVSET_A", "one"), os.Unsetenv("DEFERC_ENVSET_B"))
	fmt.Println(mine())
	fmt.Println(os.Setenv("DEFERC_ENVSET_B", ""), os.Unsetenv("DEFERC_ENVTEST_NEVER"))
	fmt.Println(mine())
	v, ok = os.LookupEnv("DEFERC_ENVSET_B")
	fmt.Printf("%q %v %q\n", v, ok, os.Getenv("DEFERC_ENVSET_C"))

	// Names and values the environment cannot hold.
	for _, kv := range [][2]string{{"", "v"}, {"A=B", "v"}, {"A\x00B", "v"}, {"DEFERC_ENVTEST_NUL", "a\x00b"}} {
		err := os.Setenv(kv[0], kv[1])
		var se *os.SyscallError
		fmt.Println(err, errors.As(err, &se), errors.Is(err, syscall.EINVAL))
	}
	fmt.Println(os.Unsetenv(""), os.Unsetenv("A=B"), syscall.Unsetenv("X\x00"))
	v, ok = os.LookupEnv("")
	fmt.Printf("%q %v %q\n", v, ok, os.Getenv("A=B"))

	// Expand and ExpandEnv.
	os.Setenv("DEFERC_ENVTEST_NAME", "gopher")
	os.Setenv("HOME", "/home/deferc")
	for _, s := range []string{
		"", "plain", "$DEFERC_ENVTEST_NAME", "${DEFERC_ENVTEST_NAME}!", "x$DEFERC_ENVTEST_NAME.y",
		"$HOME/bin", "${HOME}", "$", "$$", "$ x", "${}", "${", "${unterminated", "$1 $* $# $@ $!",
		"${1} ${*}x", "$-", "$DEFERC_ENVTEST_UNSET|", "a$", "a$b$c", "${DEFERC_ENVTEST_NAME}${DEFERC_ENVTEST_NAME}",
		"$_x", "${a-b}", "é$DEFERC_ENVTEST_NAMEé",
	} {
		got := os.Expand(s, func(k string) string { return "<" + k + ">" })
		fmt.Printf("%-24q %-32q %q\n", s, got, os.ExpandEnv(s))
	}

	// User directories.
	fmt.Println(os.UserHomeDir())
	os.Setenv("XDG_CACHE_HOME", "/cache")
	os.Unsetenv("XDG_CONFIG_HOME")
	fmt.Println(os.UserCacheDir())
	fmt.Println(os.UserConfigDir())
	os.Unsetenv("XDG_CACHE_HOME")
	os.Setenv("XDG_CONFIG_HOME", "/config")
	fmt.Println(os.UserCacheDir())
	fmt.Println(os.UserConfigDir())
	os.Unsetenv("HOME")
	os.Unsetenv("XDG_CONFIG_HOME")
	fmt.Println(os.UserHomeDir())
	fmt.Println(os.UserCacheDir())
	fmt.Println(os.UserConfigDir())

	// The process.
	self, err := os.Readlink("/proc/self")
	fmt.Println(err, self == strconv.Itoa(os.Getpid()), os.Getpid() == syscall.Getpid(), os.Getppid() > 0, os.Getppid() != os.Getpid())
	dir, err := os.MkdirTemp("", "deferc-env-*")
	fmt.Println(err)
	defer os.RemoveAll(dir)
	fi, err := os.Stat(dir)
	st := fi.Sys().(*syscall.Stat_t)
	fmt.Println(err, int(st.Uid) == os.Geteuid(), os.Getuid() == os.Geteuid(), os.Getgid() == os.Getegid(), os.Getuid() == syscall.Getuid())
	ps := os.Getpagesize()
	fmt.Println(ps >= 4096 && ps&(ps-1) == 0, ps == syscall.Getpagesize())
	host, err := os.Hostname()
	proc, _ := os.ReadFile("/proc/sys/kernel/hostname")
	fmt.Println(err, host != "", host == strings.TrimSuffix(string(proc), "\n"))
	exe, err := os.Executable()
	exeInfo, err2 := os.Stat(exe)
	fmt.Println(err, err2, strings.HasPrefix(exe, "/"), exeInfo.Mode().IsRegular())

	// Clearenv.
	os.Clearenv()
	fmt.Println(len(os.Environ()), os.Environ() != nil, os.Getenv("PATH") == "", os.Getenv("DEFERC_ENVTEST_GIVEN") == "")
	fmt.Println(os.Setenv("DEFERC_ENVSET_AFTER", "1"), os.Environ())
}
