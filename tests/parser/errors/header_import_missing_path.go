package main

import fmt
