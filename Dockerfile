# The course in a container: Debian + Go 1.26, Jupyter from Debian's packages,
# OpenBLAS, and the built "Go (ganlite)" kernel. Same make targets as CI.
#
#   docker build -t ganlite .
#   docker run -p 8888:8888 ganlite          # then open the printed URL
#   docker run -p 8888:8888 -e JUPYTER_TOKEN=mysecret ganlite
#
# Inside the container Jupyter listens on 0.0.0.0:8888, always with a token
# (JUPYTER_TOKEN, or a generated one printed at start).
FROM golang:1.26-bookworm

ENV DEBIAN_FRONTEND=noninteractive GOTOOLCHAIN=local
WORKDIR /course

# System packages first (this layer survives source changes).
COPY Makefile ./
COPY tools/install-deps tools/install-deps
RUN apt-get update && make deps && rm -rf /var/lib/apt/lists/*

# Go modules, then the course and its kernel.
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN make kernel

EXPOSE 8888
CMD ["make", "notebook", "HOST=0.0.0.0", "PORT=8888"]
