package x

import "example.com/internal/x/internal/secret"

// Word may use its own internal package.
func Word() string { return secret.Word }
