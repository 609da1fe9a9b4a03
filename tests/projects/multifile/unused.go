package main

func init() { total = 100 }
