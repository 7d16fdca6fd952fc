nilMapJSON, _ := json.Marshal(nilMap)
fmt.Println(string(nilMapJSON))   // null

emptyMapJSON, _ := json.Marshal(emptyMap)
fmt.Println(string(emptyMapJSON)) // {}
