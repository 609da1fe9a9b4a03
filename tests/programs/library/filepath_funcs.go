// Packages path and path/filepath (Unix): Clean, Join, Split, Base, Dir, Ext, IsAbs and
// filepath's SplitList, ToSlash, FromSlash and separators.
package main

import (
	"fmt"
	"path"
	"path/filepath"
)

func main() {
	paths := []string{
		"", ".", "..", "/", "//", "///a//b//", "a", "a/", "/a", "a/b", "a/b/", "a//b",
		"a/./b", "./a", "a/.", "a/..", "a/../..", "../a", "../../a/b/..", "/..", "/../a",
		"/a/../..", "a/b/../../c", "abc/def/../ghi/./jkl/", "a/b/c/../../../..",
		"./", "../", "/./", ".a", "a.", "a/b.c/d", "a/b.tar.gz", "x/.hidden", "/a/b/c.go",
		"...", "a/.../b", "a/b/../../../..", "//a//..//b", "a/../b/../c/..", "über/ñ.txt",
	}
	for _, p := range paths {
		dir, file := filepath.Split(p)
		fmt.Printf("%-24q clean=%-14q base=%-10q dir=%-10q ext=%-8q abs=%-5v split=%q,%q\n",
			p, filepath.Clean(p), filepath.Base(p), filepath.Dir(p), filepath.Ext(p), filepath.IsAbs(p), dir, file)
		if path.Clean(p) != filepath.Clean(p) || path.Base(p) != filepath.Base(p) ||
			path.Dir(p) != filepath.Dir(p) || path.Ext(p) != filepath.Ext(p) || path.IsAbs(p) != filepath.IsAbs(p) {
			fmt.Println("  path and filepath differ")
		}
	}
	joins := [][]string{
		{}, {""}, {"", ""}, {"a"}, {"a", "b"}, {"a", ""}, {"", "b"}, {"/", "a"}, {"/", ""},
		{"a/", "b"}, {"a/", "/b"}, {"a", "../b"}, {"", "/a"}, {"a", "b", "c", "..", "d"},
		{"/usr", "local", "bin/", "go"}, {".", "x"}, {"..", "..", "x"}, {"a", "", "", "b"},
	}
	for _, j := range joins {
		fmt.Printf("Join%q = %q %q\n", j, filepath.Join(j...), path.Join(j...))
	}
	fmt.Printf("%q\n", filepath.SplitList("/bin:/usr/bin::/opt/bin"))
	fmt.Printf("%q %v\n", filepath.SplitList(""), len(filepath.SplitList("")))
	fmt.Println(filepath.ToSlash("a/b"), filepath.FromSlash("a/b"), string(filepath.Separator), string(filepath.ListSeparator), filepath.VolumeName("/x") == "")
	fmt.Println(filepath.Join("dir", filepath.Base("/tmp/file.txt")), filepath.Ext(filepath.Base("archive.tar.gz")))
}
