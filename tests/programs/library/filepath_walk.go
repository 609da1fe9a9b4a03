// path/filepath on the file system: Walk and WalkDir (lexical order, SkipDir, errors, symbolic
// links not followed), Glob, Abs, EvalSymlinks; and the lexical Match (with path.Match's
// differences), Rel, VolumeName, HasPrefix. Files live in a fresh os.MkdirTemp directory and
// paths are printed relative to it.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

var dir string

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func r(s string) string { return strings.ReplaceAll(s, dir, "$TMP") }

func rerr(err error) string {
	if err == nil {
		return "<nil>"
	}
	return r(err.Error())
}

func main() {
	var err error
	dir, err = os.MkdirTemp("", "deferc-filepath-*")
	must(err)
	defer os.RemoveAll(dir)
	for _, d := range []string{"src", "src/pkg", "src/pkg/inner", "docs", "empty", ".hidden"} {
		must(os.Mkdir(filepath.Join(dir, d), 0755))
	}
	for _, f := range []string{"src/main.go", "src/util.go", "src/pkg/a.go", "src/pkg/b_test.go", "src/pkg/inner/z.go", "docs/README.md", "docs/guide.txt", ".hidden/x", "go.mod", "[weird].txt"} {
		must(os.WriteFile(filepath.Join(dir, f), []byte(f), 0644))
	}
	must(os.Symlink("src", filepath.Join(dir, "srclink")))
	must(os.Symlink("docs/README.md", filepath.Join(dir, "readme")))
	must(os.Symlink("missing", filepath.Join(dir, "broken")))

	fmt.Println("Walk")
	err = filepath.Walk(dir, func(p string, info fs.FileInfo, err error) error {
		if err != nil {
			fmt.Println("  err", r(p), rerr(err))
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		name := info.Name()
		if p == dir {
			name = "(root)" // the random name of the temporary directory
		}
		fmt.Printf("  %-22s %-10s dir=%-5v %v\n", rel, name, info.IsDir(), info.Mode().Type())
		if info.Name() == "inner" || info.Name() == ".hidden" {
			return filepath.SkipDir
		}
		return nil
	})
	fmt.Println("  ->", err)

	fmt.Println("WalkDir")
	err = filepath.WalkDir(filepath.Join(dir, "src"), func(p string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, p)
		fmt.Printf("  %-22s %-10s dir=%-5v %v\n", rel, d.Name(), d.IsDir(), d.Type())
		if d.Name() == "a.go" {
			return filepath.SkipDir // the rest of src/pkg
		}
		return nil
	})
	fmt.Println("  ->", err)
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if strings.HasSuffix(p, "util.go") {
			return errors.New("found util.go")
		}
		return nil
	})
	fmt.Println("  ->", err)
	err = filepath.WalkDir(filepath.Join(dir, "nope"), func(p string, d fs.DirEntry, err error) error {
		fmt.Println("  called", r(p), d == nil, rerr(err))
		return err
	})
	fmt.Println("  ->", rerr(err))
	err = filepath.Walk(filepath.Join(dir, "nope"), func(p string, info fs.FileInfo, err error) error {
		fmt.Println("  called", r(p), info == nil, rerr(err))
		return nil
	})
	fmt.Println("  ->", err)
	err = filepath.Walk(filepath.Join(dir, "srclink"), func(p string, info fs.FileInfo, err error) error {
		fmt.Println("  link", r(p), info.Mode().Type())
		return nil
	})
	fmt.Println("  ->", err)
	err = filepath.Walk(filepath.Join(dir, "go.mod"), func(p string, info fs.FileInfo, err error) error {
		return filepath.SkipDir
	})
	fmt.Println("  SkipDir from a lone file ->", err)
	err = filepath.WalkDir(filepath.Join(dir, "go.mod"), func(p string, d fs.DirEntry, err error) error {
		return filepath.SkipDir
	})
	fmt.Println("  ->", err, filepath.SkipDir == fs.SkipDir)

	fmt.Println("Glob")
	for _, pat := range []string{"*", "*.mod", "src/*.go", "*/*.go", "*/*/*.go", "src/pkg/*_test.go", "s*/p*/i*/*", "[a-f]*", "[^a-f]*", "\\[weird\\].txt", "[[]weird*", "?o.mod", "nomatch", "src/[", "*/[]", "srclink/*.go", "broken", "missing/*"} {
		m, err := filepath.Glob(filepath.Join(dir, pat))
		for i := range m {
			m[i] = r(m[i])
		}
		fmt.Printf("  %-22q %q %v\n", pat, m, err)
	}
	m, err := filepath.Glob("[")
	fmt.Println(" ", m, err, err == filepath.ErrBadPattern, err == path.ErrBadPattern)

	fmt.Println("Abs")
	orig, _ := os.Getwd()
	must(os.Chdir(dir))
	for _, p := range []string{".", "src", "src/../docs/./README.md", "/", "/usr/../etc", ""} {
		a, err := filepath.Abs(p)
		fmt.Printf("  %-26q %q %v\n", p, r(a), err)
	}
	fmt.Println("EvalSymlinks")
	for _, p := range []string{"srclink", "srclink/pkg/../main.go", "readme", "src/pkg/a.go", "broken", "src/main.go/x", "docs/../srclink", "nowhere", ".", filepath.Join(dir, "srclink/pkg")} {
		e, err := filepath.EvalSymlinks(p)
		fmt.Printf("  %-26q %q %s\n", r(p), r(e), rerr(err))
	}
	must(os.Symlink("loop", "loop"))
	_, err = filepath.EvalSymlinks("loop")
	fmt.Println(" ", err)
	must(os.Chdir(orig))

	fmt.Println("Match")
	pats := [][2]string{
		{"abc", "abc"}, {"*", "abc"}, {"*c", "abc"}, {"a*", "a"}, {"a*", "abc"}, {"a*", "ab/c"},
		{"a*/b", "abc/b"}, {"a*/b", "a/c/b"}, {"a*b*c*d*e*/f", "axbxcxdxe/f"}, {"a*b*c*d*e*/f", "axbxcxdxexxx/f"},
		{"a*b*c*d*e*/f", "axbxcxdxe/xxx/f"}, {"a*b*c*d*e*/f", "axbxcxdxexxx/fff"}, {"a*b?c*x", "abxbbxdbxebxczzx"},
		{"a*b?c*x", "abxbbxdbxebxczzy"}, {"ab[c]", "abc"}, {"ab[b-d]", "abc"}, {"ab[e-g]", "abc"},
		{"ab[^c]", "abc"}, {"ab[^b-d]", "abc"}, {"ab[^e-g]", "abc"}, {"a\\*b", "a*b"}, {"a\\*b", "ab"},
		{"a?b", "a☺b"}, {"a[^a]b", "a☺b"}, {"a???b", "a☺b"}, {"a[^a][^a][^a]b", "a☺b"}, {"[a-ζ]*", "α"},
		{"*[a-ζ]", "A"}, {"a?b", "a/b"}, {"a*b", "a/b"}, {"[\\]a]", "]"}, {"[\\-]", "-"}, {"[x\\-]", "x"},
		{"[x\\-]", "-"}, {"[x\\-]", "z"}, {"[\\-x]", "x"}, {"[\\-x]", "-"}, {"[\\-x]", "a"}, {"[]a]", "]"},
		{"[-]", "-"}, {"[x-]", "x"}, {"[x-]", "-"}, {"[x-]", "z"}, {"[-x]", "x"}, {"[-x]", "-"},
		{"[-x]", "a"}, {"\\", "a"}, {"[a-b-c]", "a"}, {"[", "a"}, {"[^", "a"}, {"[^bc", "a"},
		{"a[", "a"}, {"a[", "ab"}, {"a[", "x"}, {"a/b[", "x"}, {"*x", "xxx"}, {"", ""}, {"", "a"},
		{"a/*/c", "a/b/c"}, {"x*[", "abc"}, {"x[", "abc"}, {"*?", "ab"}, {"[\xff]", "a"},
	}
	for _, p := range pats {
		m1, e1 := filepath.Match(p[0], p[1])
		m2, e2 := path.Match(p[0], p[1])
		fmt.Printf("  %-16q %-18q filepath=%v,%v path=%v,%v\n", p[0], p[1], m1, e1, m2, e2)
	}

	fmt.Println("Rel")
	rels := [][2]string{
		{"a/b", "a/b"}, {"a/b/.", "a/b"}, {"a/b", "a/b/."}, {"./a/b", "a/b"}, {"a/b", "./a/b"},
		{"ab/cd", "ab/cde"}, {"ab/cd", "ab/c"}, {"a/b", "a/b/c/d"}, {"a/b", "a/b/../c"},
		{"a/b/../c", "a/b"}, {"a/b/c", "a/c/d"}, {"a/b", "c/d"}, {"a/b", "a/bc"}, {"a/b", "a/b/"},
		{".", "a/b"}, {".", "."}, {"/", "/"}, {"/", "/a/b"}, {"/a/b", "/a/b"}, {"/a/b/.", "/a/b"},
		{"/ab/cd", "/ab/cde"}, {"/a/b", "/a/b/c/d"}, {"/../../a/b", "/a/b/c/d"}, {"/a/b", "/c/d"},
		{"/a/b", "/a/b/../c"}, {"/a/b/c", "/a/c/d"}, {"..", "a"}, {"../..", "a"}, {"a", ".."},
		{"/", "a/b"}, {"a/b", "/"}, {"../a", "b"}, {"", ""}, {"", "x"}, {"x", ""},
	}
	for _, p := range rels {
		s, err := filepath.Rel(p[0], p[1])
		fmt.Printf("  %-14q %-14q %q %v\n", p[0], p[1], s, err)
	}

	fmt.Println(filepath.VolumeName("/a/b"), filepath.VolumeName(""), filepath.HasPrefix("/a/b", "/a"), filepath.HasPrefix("a", "b"))
	fmt.Println(filepath.ErrBadPattern, filepath.ErrBadPattern == path.ErrBadPattern)
}
