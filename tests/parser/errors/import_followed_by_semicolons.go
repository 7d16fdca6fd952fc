package main
import fmt "fmt" ;;
