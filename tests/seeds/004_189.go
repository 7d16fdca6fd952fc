
urls:=[]string{
    "url1",
    "url2",
    "url3",
}

results:=make(chan string, len(urls))

ctx, cancel := context.WithTimeout(context.Background(), 1*time.Second)
    defer cancel()

g, ctx:=errgroup.WithContext(ctx)

for _, url := range urls{
    curUrl:=url
    g.Go(func()error{
        req, err:=http.NewRequestWithContext(ctx, "GET", curUrl, nil)
        if err!=nil{
            return err
        }
        resp, err:=http.DefaultClient.Do(req)
        if err!=nil{
            return err
        }
        defer resp.Body.Close()

        body, err:=ioutil.ReadAll(resp.Body)
        if err!=nil{
            return err
        }

        select{
            case results<-string(body):
                return nil
            case <-ctx.Done():
                return ctx.Err()
        }
    })
}

go func(){
    g.Wait()
    close(results)
}()

for result:=range results{
    fmt.Print(result)
}
if err:=g.Wait();err!=nil{
    fmt.Print(err)
}
