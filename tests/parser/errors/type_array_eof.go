package main

type T [
