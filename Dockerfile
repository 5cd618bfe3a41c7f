# The Attaché binary in a small image; docker-compose.yml runs it as the
# `attache` service (`attache serve`) next to Neo4j.

# Build: a static binary, so the runtime image needs no libc.
FROM golang:1.26 AS build
WORKDIR /src
# Modules first, so code edits do not re-download them.
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o /out/attache ./cmd/attache

# Run: distroless static, as an unprivileged user.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/attache /usr/local/bin/attache
WORKDIR /app
ENV ATTACHE_ROOT=/app
EXPOSE 8080
USER nonroot:nonroot
ENTRYPOINT ["/usr/local/bin/attache"]
CMD ["serve", "--addr", "0.0.0.0:8080"]
