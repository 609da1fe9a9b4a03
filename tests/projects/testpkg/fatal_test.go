package calc

import "testing"

func TestFatalInCleanupFunc(t *testing.T) {
	t.Cleanup(func() { t.Log("outer cleanup still runs") })
	t.Cleanup(func() {
		t.Fatal("fatal inside a cleanup")
		t.Log("unreachable")
	})
	t.Log("body")
}

func TestFatalInDefer(t *testing.T) {
	defer func() {
		t.Fatal("fatal inside a deferred call")
	}()
	t.Log("body")
}

func TestAfterFatal(t *testing.T) { t.Log("next test runs") }
