package y

import "example.com/internal/x/internal/secret"

func Word() string { return secret.Word }
