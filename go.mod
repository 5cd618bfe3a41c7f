module github.com/attache-project/attache

go 1.26.8
