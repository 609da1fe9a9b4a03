package secret

const Word = "xyzzy"
