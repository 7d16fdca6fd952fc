// 在Kubernetes+Istio环境中，服务发现自动处理
// 只需使用服务名即可
func callService() {
    resp, err := http.Get("http://my-service:8080/api")
}
