package main

import 42
