package main

var features = []string{"windows"} // excluded by its name: would be a redeclaration
