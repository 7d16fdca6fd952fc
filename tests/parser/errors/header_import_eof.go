package main
import ()
import
