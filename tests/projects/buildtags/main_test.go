package main

var features = "tests only"
