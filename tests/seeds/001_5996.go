import "net"

func discoverServiceWithDNS(service string) ([]string, error) {
    _, addrs, err := net.LookupSRV("", "", service)
    if err != nil {
        return nil, err
    }
    
    var addresses []string
    for _, addr := range addrs {
        addresses = append(addresses, 
            fmt.Sprintf("%s:%d", addr.Target, addr.Port))
    }
    
    return addresses, nil
}
