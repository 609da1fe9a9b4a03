package main

var features = 1
