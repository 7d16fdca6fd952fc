type DBPool struct {
    db *sql.DB
}

var (
    instance *DBPool
    once     sync.Once
)

func GetDBPool() *DBPool {
    once.Do(func() {
        db, err := sql.Open("mysql", "user:password@tcp(localhost:3306)/dbname")
        if err != nil {
            panic(err)
        }
        
        instance = &DBPool{db: db}
    })
    return instance
}

func (p *DBPool) Query(query string) (*sql.Rows, error) {
    return p.db.Query(query)
}
