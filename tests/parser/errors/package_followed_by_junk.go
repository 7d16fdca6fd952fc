package main x
